/** Typed errors: one exception class, one enum of message templates per module. */
package io.steeldome.core.error;

/** steeldome tracking module. */
package io.steeldome.tracking;

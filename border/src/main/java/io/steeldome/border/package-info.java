/** steeldome border module. */
package io.steeldome.border;

/** steeldome sim module. */
package io.steeldome.sim;

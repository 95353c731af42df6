/** Simulation time: exact, monotone, never the wall clock. */
package io.steeldome.core.time;

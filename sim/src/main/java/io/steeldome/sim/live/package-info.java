/**
 * Hooks that let the discrete-event engine run live: an injected {@link io.steeldome.sim.live.Pacer} (the batch run's
 * never waits), an injected approval authority (the batch run's approves automatically) and a
 * {@link io.steeldome.sim.live.ScanListener} told the picture after each radar scan. No HTTP and no wall clock here:
 * a pacer that follows the wall clock lives in the server.
 */
package io.steeldome.sim.live;

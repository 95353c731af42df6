/**
 * The live engine's side of the server: {@link io.steeldome.server.live.LiveRun} runs a scenario on its own thread,
 * paced against the wall clock ({@link io.steeldome.server.live.WallClockPacer}), with the server's operators as the
 * approval authority, and publishes each scan to the shared picture and the {@link io.steeldome.server.live.LiveBoard}
 * of threats and inventory.
 */
package io.steeldome.server.live;

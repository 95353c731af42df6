package io.steeldome.sim.run;

/**
 * Why a track got no round, logged when the reason first appears and whenever it changes.
 *
 * @param reason the doctrine module's reason code, e.g. {@code WEAPONS_HOLD}
 * @param detail the reason in words, per effector where it matters
 */
public record NotEngagedRecord(double timeS, long trackId, String reason, String detail) {}

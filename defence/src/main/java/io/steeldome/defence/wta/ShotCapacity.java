package io.steeldome.defence.wta;

import io.steeldome.core.error.SteeldomeException;

/**
 * What one effector can still fire this assignment round.
 *
 * @param roundsAvailable rounds ready to fire (zero while reloading)
 * @param fireChannels guidance channels free this round (each shot needs one)
 */
public record ShotCapacity(int roundsAvailable, int fireChannels) {
    public ShotCapacity {
        if (roundsAvailable < 0) {
            throw new SteeldomeException(WtaError.NEGATIVE_COUNT, "roundsAvailable", roundsAvailable);
        }
        if (fireChannels < 0) {
            throw new SteeldomeException(WtaError.NEGATIVE_COUNT, "fireChannels", fireChannels);
        }
    }

    public int shots() {
        return Math.min(roundsAvailable, fireChannels);
    }
}

package io.steeldome.defence.doctrine;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.effector.Effector;
import java.util.Objects;

/**
 * One effector at a decision instant.
 *
 * @param roundsAvailable rounds that can be fired now (0 while reloading)
 * @param fireChannelsFree guidance channels not busy with interceptors in flight
 */
public record EffectorStatus(Effector effector, int roundsAvailable, int fireChannelsFree) {
    public EffectorStatus {
        Objects.requireNonNull(effector, "effector");
        if (roundsAvailable < 0) {
            throw new SteeldomeException(DoctrineError.NOT_A_COUNT, "roundsAvailable", 0, roundsAvailable);
        }
        if (fireChannelsFree < 0) {
            throw new SteeldomeException(DoctrineError.NOT_A_COUNT, "fireChannelsFree", 0, fireChannelsFree);
        }
    }

    public String layer() {
        return effector.spec().layerName();
    }
}

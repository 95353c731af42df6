package io.steeldome.defence.effector;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import java.util.Objects;

/**
 * An effector's inventory at some time: rounds in the launcher and when it is next able to fire (after a reload).
 * Immutable; {@link #fire} and {@link #reload} return the next state.
 */
public record EffectorState(int roundsLeft, SimTime busyUntil) {
    public EffectorState {
        if (roundsLeft < 0) {
            throw new SteeldomeException(EffectorError.NOT_A_SHOT_COUNT, "roundsLeft", 0, roundsLeft);
        }
        Objects.requireNonNull(busyUntil, "busyUntil");
    }

    /** A full magazine, ready from {@code readyAt}. */
    public static EffectorState full(EffectorSpec spec, SimTime readyAt) {
        return new EffectorState(spec.magazine(), readyAt);
    }

    public boolean isReady(SimTime now) {
        return !now.isBefore(busyUntil);
    }

    /** Rounds that can be fired at {@code now}: none while reloading. */
    public int roundsAvailable(SimTime now) {
        return isReady(now) ? roundsLeft : 0;
    }

    /** The state after firing {@code rounds} at {@code now}; a launcher may ripple-fire, so it stays ready. */
    public EffectorState fire(SimTime now, int rounds) {
        if (rounds < 1) {
            throw new SteeldomeException(EffectorError.NOT_A_SHOT_COUNT, "rounds", 1, rounds);
        }
        if (!isReady(now)) {
            throw new SteeldomeException(EffectorError.NOT_READY, now.seconds(), busyUntil.seconds());
        }
        if (rounds > roundsLeft) {
            throw new SteeldomeException(EffectorError.NOT_ENOUGH_ROUNDS, rounds, roundsLeft);
        }
        return new EffectorState(roundsLeft - rounds, busyUntil);
    }

    /**
     * The state after a reload to a full magazine started at {@code now} (or when a reload already under way ends):
     * busy for {@link EffectorSpec#reloadS()}, then full.
     */
    public EffectorState reload(EffectorSpec spec, SimTime now) {
        SimTime start = busyUntil.isAfter(now) ? busyUntil : now;
        return new EffectorState(spec.magazine(), start.shiftedBy(spec.reloadS()));
    }
}

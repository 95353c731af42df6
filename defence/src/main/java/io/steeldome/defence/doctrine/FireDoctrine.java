package io.steeldome.defence.doctrine;

import io.steeldome.core.error.SteeldomeException;
import java.util.Objects;

/**
 * How to fire at one class of threat.
 *
 * @param mode shoot-look-shoot (one round, look, re-engage) or salvo (several rounds at once, then look)
 * @param salvoSize rounds per engagement under {@link Mode#SALVO} (>= 1); 1 under shoot-look-shoot
 * @param maxRounds interceptors that may be spent on one threat (track) in total, over all engagements (>= 1)
 */
public record FireDoctrine(Mode mode, int salvoSize, int maxRounds) {
    public enum Mode {
        SHOOT_LOOK_SHOOT,
        SALVO
    }

    public FireDoctrine {
        Objects.requireNonNull(mode, "mode");
        if (salvoSize < 1) {
            throw new SteeldomeException(DoctrineError.NOT_A_COUNT, "salvoSize", 1, salvoSize);
        }
        if (maxRounds < 1) {
            throw new SteeldomeException(DoctrineError.NOT_A_COUNT, "maxRounds", 1, maxRounds);
        }
        if (mode == Mode.SHOOT_LOOK_SHOOT && salvoSize != 1) {
            throw new SteeldomeException(DoctrineError.NOT_A_COUNT, "salvoSize under shoot-look-shoot", 1, salvoSize);
        }
    }

    public static FireDoctrine shootLookShoot(int maxRounds) {
        return new FireDoctrine(Mode.SHOOT_LOOK_SHOOT, 1, maxRounds);
    }

    public static FireDoctrine salvo(int salvoSize, int maxRounds) {
        return new FireDoctrine(Mode.SALVO, salvoSize, maxRounds);
    }

    /** Rounds of the next engagement when {@code spent} have already been fired at the threat. */
    public int roundsNext(int spent) {
        return Math.max(0, Math.min(salvoSize, maxRounds - spent));
    }

    public String describe() {
        return mode == Mode.SHOOT_LOOK_SHOOT
                ? "shoot-look-shoot, at most " + maxRounds + " round(s) per threat"
                : "salvo of " + salvoSize + ", at most " + maxRounds + " round(s) per threat";
    }
}

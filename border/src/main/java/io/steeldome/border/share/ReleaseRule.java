package io.steeldome.border.share;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.SteeldomeException;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code viewerId} may get of items owned by {@code ownerId}, if the item's own marking allows it at all.
 *
 * @param ownerId owning agency
 * @param viewerId viewing agency (another agency)
 * @param access NONE, DOWNGRADED or FULL
 * @param downgrade the precision downgrade, present exactly when access is DOWNGRADED
 */
public record ReleaseRule(String ownerId, String viewerId, Access access, Optional<Downgrade> downgrade) {
    public ReleaseRule {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(viewerId, "viewerId");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(downgrade, "downgrade");
        if (ownerId.equals(viewerId)) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "release rule", ownerId, "owner always sees its own");
        }
        if ((access == Access.DOWNGRADED) != downgrade.isPresent()) {
            throw new SteeldomeException(
                    BorderError.BAD_OPTION, "release rule " + ownerId + "->" + viewerId, access, "grid iff DOWNGRADED");
        }
    }

    public static ReleaseRule full(String ownerId, String viewerId) {
        return new ReleaseRule(ownerId, viewerId, Access.FULL, Optional.empty());
    }

    public static ReleaseRule none(String ownerId, String viewerId) {
        return new ReleaseRule(ownerId, viewerId, Access.NONE, Optional.empty());
    }

    public static ReleaseRule downgraded(String ownerId, String viewerId, double gridDeg) {
        return new ReleaseRule(ownerId, viewerId, Access.DOWNGRADED, Optional.of(new Downgrade(gridDeg)));
    }
}

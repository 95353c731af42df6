package io.steeldome.border.alert;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.SteeldomeException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The releasability marking an item carries from its owning agency. Who may actually see it, and at which precision,
 * is decided by the shared picture's rules ({@code border.share}); the marking is the owner's ceiling, never widened.
 */
public sealed interface Releasability {

    /** Own agency only (NOFORN-style): no partner sees the item, in any form. */
    record OwnOnly() implements Releasability {}

    /** Releasable to the listed agencies (the owner is always allowed). */
    record To(Set<String> agencyIds) implements Releasability {
        public To {
            Objects.requireNonNull(agencyIds, "agencyIds");
            if (agencyIds.isEmpty()) {
                throw new SteeldomeException(BorderError.BAD_OPTION, "RELEASABLE_TO", "[]", "use OWN_ONLY instead");
            }
            agencyIds = java.util.Collections.unmodifiableSet(new TreeSet<>(agencyIds));
        }
    }

    /** Releasable to every partner agency in the shared picture. */
    record AllPartners() implements Releasability {}

    Releasability OWN_ONLY = new OwnOnly();
    Releasability ALL_PARTNERS = new AllPartners();

    static Releasability to(String... agencyIds) {
        return new To(Set.of(agencyIds));
    }

    /** Whether the marking allows {@code viewer} to see an item owned by {@code owner}. */
    default boolean allows(String owner, String viewer) {
        if (owner.equals(viewer)) {
            return true;
        }
        return switch (this) {
            case OwnOnly o -> false;
            case To t -> t.agencyIds().contains(viewer);
            case AllPartners a -> true;
        };
    }
}

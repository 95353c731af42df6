package io.steeldome.border.share;

import io.steeldome.border.BorderError;
import io.steeldome.border.alert.Releasability;
import io.steeldome.core.error.SteeldomeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Release rules per (owner, viewer) agency pair. A pair with no rule gets nothing (deny by default). The item's marking
 * is a ceiling: a pair rule never releases what the marking withholds, and the owner always sees its own items in full.
 */
public final class ReleasePolicy {
    private record Pair(String owner, String viewer) {}

    private final Map<Pair, ReleaseRule> rules;

    public ReleasePolicy(List<ReleaseRule> rules) {
        Map<Pair, ReleaseRule> m = new HashMap<>();
        for (ReleaseRule r : rules) {
            if (m.put(new Pair(r.ownerId(), r.viewerId()), r) != null) {
                throw new SteeldomeException(
                        BorderError.BAD_OPTION, "release rule", r.ownerId() + "->" + r.viewerId(), "duplicate");
            }
        }
        this.rules = Map.copyOf(m);
    }

    /** The rule that applies to an item of {@code owner} marked {@code marking}, seen by {@code viewer}. */
    public ReleaseRule ruleFor(String owner, Releasability marking, String viewer) {
        if (owner.equals(viewer)) {
            return new ReleaseRule(owner, viewer + " (own)", Access.FULL, Optional.empty());
        }
        if (!marking.allows(owner, viewer)) {
            return ReleaseRule.none(owner, viewer);
        }
        return rules.getOrDefault(new Pair(owner, viewer), ReleaseRule.none(owner, viewer));
    }

    /** Access only. */
    public Access access(String owner, Releasability marking, String viewer) {
        return ruleFor(owner, marking, viewer).access();
    }
}

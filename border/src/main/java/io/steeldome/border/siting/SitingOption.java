package io.steeldome.border.siting;

import java.util.Objects;

/** One choice of the siting problem: a station of {@code spec}'s type at {@code site}. */
public record SitingOption(int index, CandidateSite site, StationSpec spec) {
    public SitingOption {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(spec, "spec");
    }

    public String id() {
        return site.id() + "-" + spec.type();
    }
}

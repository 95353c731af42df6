package io.steeldome.defence.doctrine;

import io.steeldome.tracking.tracker.TrackId;
import java.util.Objects;

/** A track the controller did not engage at a decision instant, with the reason code and the reason in words. */
public record NotEngaged(TrackId trackId, NotEngagedReason reason, String detail) {
    public NotEngaged {
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}

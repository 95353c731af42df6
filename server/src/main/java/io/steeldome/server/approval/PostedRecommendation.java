package io.steeldome.server.approval;

import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import java.util.Objects;

/**
 * A recommendation as the server holds it.
 *
 * @param expiresAt after this it can no longer be approved: the earlier of its planned launch time and its creation
 *     time plus the configured maximum age
 */
public record PostedRecommendation(
        EngagementRecommendation recommendation, RecommendationStatus status, SimTime expiresAt) {
    public PostedRecommendation {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    PostedRecommendation with(RecommendationStatus s) {
        return new PostedRecommendation(recommendation, s, expiresAt);
    }
}

package io.steeldome.defence.doctrine;

import io.steeldome.core.error.SteeldomeException;
import java.util.Objects;

/** A track's identity and the rule that gave it, in words for the operator. */
public record IdentityAssessment(Identification identity, String reason) {
    public IdentityAssessment {
        Objects.requireNonNull(identity, "identity");
        if (reason == null || reason.isBlank()) {
            throw new SteeldomeException(DoctrineError.BLANK, "identification reason");
        }
    }
}

package io.steeldome.server.audit;

import java.util.OptionalLong;

/**
 * The result of checking the audit chain.
 *
 * @param entries entries read
 * @param firstBrokenSeq the first position where the chain does not hold (the entry that is missing, altered, or out of
 *     place), empty if the whole chain verifies
 * @param problem what is wrong there, empty text if nothing
 */
public record AuditVerification(long entries, OptionalLong firstBrokenSeq, String problem) {
    public boolean ok() {
        return firstBrokenSeq.isEmpty();
    }
}

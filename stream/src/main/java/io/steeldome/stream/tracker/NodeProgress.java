package io.steeldome.stream.tracker;

/**
 * Counters of one tracker node (or of the embedded pipeline) since it started.
 *
 * @param instanceId the node
 * @param assignedPartitions plots partitions it owns now
 * @param scansProcessed scans whose picture it published (committed or about to be)
 * @param plotsProcessed plots in those scans
 * @param scansReplayed scans re-run with output suppressed to rebuild the state of a partition taken over
 * @param scansRejected undecodable or invalid scans, skipped (and counted) the same way by every instance
 * @param transactionsCommitted Kafka transactions committed
 * @param transactionsAborted Kafka transactions aborted (each followed by a rebuild of the affected state)
 * @param lagRecords plots records behind the end of its partitions, where the consumer knows it
 */
public record NodeProgress(
        String instanceId,
        int assignedPartitions,
        long scansProcessed,
        long plotsProcessed,
        long scansReplayed,
        long scansRejected,
        long transactionsCommitted,
        long transactionsAborted,
        long lagRecords) {
    /** One log line. */
    public String summary() {
        return String.format(
                java.util.Locale.ROOT,
                "%s: %d partitions, %d scans / %d plots processed, %d replayed, %d rejected, %d txn committed,"
                        + " %d aborted, lag %d",
                instanceId,
                assignedPartitions,
                scansProcessed,
                plotsProcessed,
                scansReplayed,
                scansRejected,
                transactionsCommitted,
                transactionsAborted,
                lagRecords);
    }
}

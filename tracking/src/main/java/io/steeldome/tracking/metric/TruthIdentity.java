package io.steeldome.tracking.metric;

/**
 * Identity metrics of one truth (definitions in {@link TrackIdentity}).
 *
 * @param presentScans scans at which the truth exists
 * @param pairedScans of those, scans at which a track was paired with it
 * @param idSwitches changes of the paired track id
 * @param trackBreaks re-acquisitions after at least one unpaired scan
 * @param distinctTrackIds different tracks ever paired with it
 */
public record TruthIdentity(int presentScans, int pairedScans, int idSwitches, int trackBreaks, int distinctTrackIds) {
    public TruthIdentity {
        if (presentScans < 0
                || pairedScans < 0
                || pairedScans > presentScans
                || idSwitches < 0
                || trackBreaks < 0
                || distinctTrackIds < 0
                || distinctTrackIds > pairedScans) {
            throw new IllegalArgumentException("inconsistent identity counts: presentScans=" + presentScans
                    + ", pairedScans=" + pairedScans + ", idSwitches=" + idSwitches + ", trackBreaks=" + trackBreaks
                    + ", distinctTrackIds=" + distinctTrackIds);
        }
    }
}

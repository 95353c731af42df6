package io.steeldome.sim.trackfile;

import io.steeldome.core.error.SteeldomeException;

/**
 * Groups the rows of a file into scans and checks their order: rows sorted by scan, one time per scan, and time
 * strictly increasing from scan to scan.
 */
final class ScanSequence {
    private int scan = -1;
    private double timeS;
    private int firstLine;

    /** Checks {@code row}; true if it starts a new scan, false if it continues the current one. */
    boolean startsScan(CsvInput.Row row, int rowScan, double rowTimeS) {
        if (scan >= 0 && rowScan == scan) {
            if (Double.compare(rowTimeS, timeS) != 0) {
                throw new SteeldomeException(
                        TrackFileError.SCAN_TIME_CHANGES,
                        row.source(),
                        row.lineText(),
                        String.valueOf(rowScan),
                        String.valueOf(rowTimeS),
                        String.valueOf(timeS),
                        String.valueOf(firstLine));
            }
            return false;
        }
        if (scan >= 0 && rowScan < scan) {
            throw new SteeldomeException(
                    TrackFileError.SCAN_ORDER,
                    row.source(),
                    row.lineText(),
                    String.valueOf(rowScan),
                    String.valueOf(scan));
        }
        if (scan >= 0 && !(rowTimeS > timeS)) {
            throw new SteeldomeException(
                    TrackFileError.TIME_BACKWARDS,
                    row.source(),
                    row.lineText(),
                    String.valueOf(rowTimeS),
                    String.valueOf(rowScan),
                    String.valueOf(timeS),
                    String.valueOf(scan),
                    row.source() + ":" + firstLine);
        }
        scan = rowScan;
        timeS = rowTimeS;
        firstLine = row.line();
        return true;
    }
}

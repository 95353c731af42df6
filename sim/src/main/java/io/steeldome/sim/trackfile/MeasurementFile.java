package io.steeldome.sim.trackfile;

import java.util.List;

/**
 * A measurements file: the scans that have at least one detection, in increasing scan and time order.
 *
 * @param source the file name, for messages
 * @param hasZ whether the file has a {@code z_m} column (3-D); otherwise every z is 0
 */
public record MeasurementFile(String source, boolean hasZ, List<MeasurementScan> scans) {
    public MeasurementFile {
        scans = List.copyOf(scans);
    }

    public long detectionCount() {
        return scans.stream().mapToLong(s -> s.positionsM().size()).sum();
    }
}

package io.steeldome.sim.trackfile;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads detections from CSV: header {@code scan,time_s,x_m,y_m} with an optional {@code z_m} (any column order, other
 * columns ignored except {@code kind}, which is rejected), one row per detection, rows grouped by scan in increasing
 * scan and time order. A scan without detections simply has no rows.
 */
public final class MeasurementCsv {
    public static final String HEADER = "scan,time_s,x_m,y_m";
    private static final List<String> REQUIRED = List.of("scan", "time_s", "x_m", "y_m");

    private MeasurementCsv() {}

    /**
     * @throws io.steeldome.core.error.SteeldomeException with a {@link TrackFileError} naming the file and line, for
     *     an unreadable file, a missing column, a value that is not a finite number, rows out of scan order or time
     *     not increasing from scan to scan
     */
    public static MeasurementFile read(Path path) {
        try (CsvInput in = CsvInput.open(path, HEADER)) {
            if (in.has("kind")) {
                throw new SteeldomeException(TrackFileError.KIND_COLUMN, in.source(), "1");
            }
            int scanCol = in.column("scan", REQUIRED);
            int timeCol = in.column("time_s", REQUIRED);
            int xCol = in.column("x_m", REQUIRED);
            int yCol = in.column("y_m", REQUIRED);
            OptionalInt zCol = in.optionalColumn("z_m");
            List<MeasurementScan> scans = new ArrayList<>();
            ScanSequence sequence = new ScanSequence();
            List<EnuVector> current = new ArrayList<>();
            int scan = -1;
            double timeS = 0;
            int line = 0;
            for (Optional<CsvInput.Row> next = in.next(); next.isPresent(); next = in.next()) {
                CsvInput.Row row = next.get();
                int rowScan = row.scan(scanCol);
                double rowTimeS = row.number(timeCol, "time_s");
                if (sequence.startsScan(row, rowScan, rowTimeS)) {
                    if (scan >= 0) {
                        scans.add(new MeasurementScan(scan, timeS, line, current));
                    }
                    current = new ArrayList<>();
                    scan = rowScan;
                    timeS = rowTimeS;
                    line = row.line();
                }
                double z = zCol.isPresent() ? row.number(zCol.getAsInt(), "z_m") : 0;
                current.add(new EnuVector(row.number(xCol, "x_m"), row.number(yCol, "y_m"), z));
            }
            if (scan >= 0) {
                scans.add(new MeasurementScan(scan, timeS, line, current));
            }
            return new MeasurementFile(in.source(), zCol.isPresent(), scans);
        }
    }
}

package io.steeldome.sim.trackfile;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads ground truth from CSV: header {@code scan,time_s,target_id,x_m,y_m} with an optional {@code z_m} (any column
 * order, other columns ignored), one row per target and scan, rows grouped by scan in increasing scan and time order.
 */
public final class TruthCsv {
    public static final String HEADER = "scan,time_s,target_id,x_m,y_m";
    private static final List<String> REQUIRED = List.of("scan", "time_s", "target_id", "x_m", "y_m");

    private TruthCsv() {}

    /**
     * @throws SteeldomeException with a {@link TrackFileError} naming the file and line, for the same faults as
     *     {@link MeasurementCsv#read} and a target listed twice in one scan
     */
    public static TruthFile read(Path path) {
        try (CsvInput in = CsvInput.open(path, HEADER)) {
            int scanCol = in.column("scan", REQUIRED);
            int timeCol = in.column("time_s", REQUIRED);
            int idCol = in.column("target_id", REQUIRED);
            int xCol = in.column("x_m", REQUIRED);
            int yCol = in.column("y_m", REQUIRED);
            OptionalInt zCol = in.optionalColumn("z_m");
            List<TruthScan> scans = new ArrayList<>();
            ScanSequence sequence = new ScanSequence();
            List<LabelledPosition> current = new ArrayList<>();
            Map<Long, Integer> lineOfTarget = new HashMap<>();
            int scan = -1;
            double timeS = 0;
            int line = 0;
            for (Optional<CsvInput.Row> next = in.next(); next.isPresent(); next = in.next()) {
                CsvInput.Row row = next.get();
                int rowScan = row.scan(scanCol);
                double rowTimeS = row.number(timeCol, "time_s");
                if (sequence.startsScan(row, rowScan, rowTimeS)) {
                    if (scan >= 0) {
                        scans.add(new TruthScan(scan, timeS, line, current));
                    }
                    current = new ArrayList<>();
                    lineOfTarget.clear();
                    scan = rowScan;
                    timeS = rowTimeS;
                    line = row.line();
                }
                long id = row.id(idCol, "target_id");
                Integer earlier = lineOfTarget.putIfAbsent(id, row.line());
                if (earlier != null) {
                    throw new SteeldomeException(
                            TrackFileError.DUPLICATE_TARGET,
                            row.source(),
                            row.lineText(),
                            String.valueOf(id),
                            String.valueOf(rowScan),
                            String.valueOf(earlier));
                }
                double z = zCol.isPresent() ? row.number(zCol.getAsInt(), "z_m") : 0;
                current.add(
                        new LabelledPosition(id, new EnuVector(row.number(xCol, "x_m"), row.number(yCol, "y_m"), z)));
            }
            if (scan >= 0) {
                scans.add(new TruthScan(scan, timeS, line, current));
            }
            return new TruthFile(in.source(), zCol.isPresent(), scans);
        }
    }
}

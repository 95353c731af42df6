package io.steeldome.sim.trackfile;

import io.steeldome.core.error.SteeldomeException;
import java.nio.file.Path;

/**
 * Writes confirmed tracks as CSV: {@code scan,time_s,track_id,x_m,y_m}, plus {@code z_m} when the measurements had
 * z; one row per confirmed track and scan. Numbers are written with {@link Double#toString}, which reads back to the
 * same double.
 */
public final class TrackCsv {
    public static final String HEADER = "scan,time_s,track_id,x_m,y_m";

    private TrackCsv() {}

    /**
     * Writes {@code result}'s tracks to {@code path}, through a temporary file in the same directory that is renamed
     * at the end, so a failed write never leaves a partial file under {@code path}.
     *
     * @throws SteeldomeException {@link TrackFileError#UNWRITABLE} if the file cannot be written
     */
    public static void write(Path path, TrackRunResult result) {
        OutputFile.write(path, w -> {
            w.write(result.hasZ() ? HEADER + ",z_m\n" : HEADER + "\n");
            StringBuilder line = new StringBuilder(96);
            for (TrackScan s : result.scans()) {
                String prefix = s.scan() + "," + s.timeS() + ",";
                for (LabelledPosition t : s.tracks()) {
                    line.setLength(0);
                    line.append(prefix)
                            .append(t.id())
                            .append(',')
                            .append(t.positionM().eastM())
                            .append(',')
                            .append(t.positionM().northM());
                    if (result.hasZ()) {
                        line.append(',').append(t.positionM().upM());
                    }
                    w.append(line).append('\n');
                }
            }
        });
    }
}

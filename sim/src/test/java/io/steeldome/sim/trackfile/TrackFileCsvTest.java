package io.steeldome.sim.trackfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.geo.EnuVector;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackFileCsvTest {
    @Test
    void readsColumnsInAnyOrderWithZAndBlankLines(@TempDir Path dir) throws IOException {
        Path m = Files.writeString(dir.resolve("M.csv"), """
                x_m, scan ,y_m,time_s,z_m,note
                1.5,0,2.5,0.25,3.5,a

                4,0,5,0.25,6,b
                7,3,8,1.5,9,c
                """);

        MeasurementFile f = MeasurementCsv.read(m);

        assertThat(f.hasZ()).isTrue();
        assertThat(f.detectionCount()).isEqualTo(3);
        assertThat(f.scans()).hasSize(2);
        MeasurementScan s0 = f.scans().get(0);
        assertThat(s0.scan()).isZero();
        assertThat(s0.timeS()).isEqualTo(0.25);
        assertThat(s0.line()).isEqualTo(2);
        assertThat(s0.positionsM()).containsExactly(new EnuVector(1.5, 2.5, 3.5), new EnuVector(4, 5, 6));
        assertThat(f.scans().get(1).line()).isEqualTo(5);
    }

    @Test
    void readsGzipAndExactDoubles(@TempDir Path dir) throws IOException {
        // the anchors write Python repr floats; Java must read the same bits
        String x = "12513.070138814415";
        Path g = dir.resolve("G.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(g))) {
            out.write(("scan,time_s,target_id,x_m,y_m\n0,0.0,7," + x + ",-3\n").getBytes(StandardCharsets.UTF_8));
        }

        TruthFile t = TruthCsv.read(g);

        assertThat(t.hasZ()).isFalse();
        LabelledPosition p = t.scans().getFirst().targets().getFirst();
        assertThat(p.id()).isEqualTo(7);
        assertThat(p.positionM()).isEqualTo(new EnuVector(Double.parseDouble(x), -3, 0));
    }

    @Test
    void twoDimensionalOutputHasNoZAndRoundTrips(@TempDir Path dir) throws IOException {
        double x = 12513.070138814415;
        TrackRunResult r = new TrackRunResult(
                TrackRunSettings.defaults(),
                false,
                List.of(
                        new TrackScan(0, 0, List.of()),
                        new TrackScan(1, 0.5, List.of(new LabelledPosition(3, new EnuVector(x, -1e-7, 0))))),
                1,
                Optional.empty(),
                Throughput.of(2, new long[] {1, 1}));
        Path out = dir.resolve("T.csv");

        TrackCsv.write(out, r);

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(TrackCsv.HEADER);
        String[] f = lines.get(1).split(",");
        assertThat(f).hasSize(5);
        assertThat(f[0]).isEqualTo("1");
        assertThat(Double.parseDouble(f[1])).isEqualTo(0.5);
        assertThat(f[2]).isEqualTo("3");
        assertThat(Double.parseDouble(f[3])).isEqualTo(x);
        assertThat(Double.parseDouble(f[4])).isEqualTo(-1e-7);
    }
}

package io.steeldome.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.interop.asterix.AsterixCatalog;
import io.steeldome.interop.asterix.AsterixDecoder;
import io.steeldome.interop.asterix.AsterixEncoder;
import io.steeldome.interop.asterix.DecodeResult;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The load harness: its direct ASTERIX writer against the interop encoder, and short smoke runs (no timing checks). */
class ServerLoadHarnessTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"plots", "tracks"})
    void directEncodingIsByteForByteTheReferenceEncoders(String mode) {
        ServerLoadHarness.Options o =
                new ServerLoadHarness.Options(mode, 2000, 1, 0, 3, 4, 32, -1, dir, 11, true, false);
        ServerLoadHarness.Generator gen = new ServerLoadHarness.Generator(o);
        AsterixEncoder encoder = new AsterixEncoder(AsterixCatalog.defaults());
        AsterixDecoder decoder = AsterixDecoder.withDefaults();
        int records = 0;
        // Two full rotations of 1/128 s ticks: every target, clutter plot and sector message at least once.
        for (int k = 0; k < 8 * 128; k++) {
            for (ServerLoadHarness.Radar r : gen.radars()) {
                List<ServerLoadHarness.Radar.Rec> recs = r.recordsUpTo(k / 128.0, (30_000 * 128 + k) / 128.0, o);
                if (recs.isEmpty()) {
                    continue;
                }
                byte[] direct = r.encode(recs, o, encoder);
                byte[] reference = encoder.encodeBlocks(
                        recs.stream().map(x -> r.json(x, o)).toList());
                assertThat(HexFormat.of().formatHex(direct))
                        .isEqualTo(HexFormat.of().formatHex(reference));
                DecodeResult d = decoder.decodeBlocks(direct);
                assertThat(d.errors()).isEmpty();
                assertThat(d.records()).hasSize(recs.size());
                records += recs.size();
            }
        }
        // The radars start at their staggered north crossings (0, 4/3 and 8/3 s): 2000/3 records/s each for 8, 6.7
        // and 5.3 s is 13,333 plots or tracks, plus the sector messages.
        assertThat(records).isGreaterThan(13_333);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plots", "tracks"})
    void aShortRunDeliversUpdatesAndRecordsLatencies(String mode) throws Exception {
        // Plots: 500/s with a 1 s rotation, so tracks confirm (3 of 4 revolutions) within the warm-up. Tracks: 40/s,
        // as each CAT062 track is written to the database in its own transaction (one fsync each).
        ServerLoadHarness.Options o = new ServerLoadHarness.Options(
                mode, mode.equals("plots") ? 500 : 40, 2, 5, 2, 1, 8, -1, dir.resolve("out"), 5, true, false);
        ServerLoadHarness.Result r = ServerLoadHarness.run(o);
        assertThat(((Number) r.feedCounters().get("received")).longValue()).isPositive();
        assertThat(r.plotsSent()).isPositive();
        assertThat(r.wsMessages()).isPositive();
        assertThat(r.latency().count()).isPositive();
        assertThat(r.latency().maxMs()).isPositive();
        assertThat(dir.resolve("out/summary.json")).exists();
        assertThat(dir.resolve("out/samples.csv")).exists();
    }
}

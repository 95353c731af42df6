package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.share.SharedTrack;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.interop.asterix.AsterixCatalog;
import io.steeldome.interop.asterix.AsterixEncoder;
import io.steeldome.interop.radar.RadarSite;
import io.steeldome.server.api.Json;
import io.steeldome.server.feed.FeedCounters.Rejection;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CAT048 plots of a {@link SyntheticRadar} sent over loopback UDP to the ASTERIX feed become confirmed picture tracks
 * at the GeographicLib truth, and leave the picture when their target stops being reported.
 */
class AsterixPlotTrackingTest {
    private static final GeodeticPoint SITE = GeodeticPoint.ofDegrees(39.9, 32.8, 1000);
    /** 02:00:00 UTC, the test server's clock. */
    private static final double START_TOD_S = 7200;

    @TempDir
    Path dir;

    private static SyntheticRadar radar(int sic, long seed, boolean radialCourses) {
        SyntheticRadar base = new SyntheticRadar(25, sic, SITE, START_TOD_S, List.of(), seed);
        // Four targets in different quarters; course either arbitrary or straight out/in along the bearing.
        return new SyntheticRadar(
                25,
                sic,
                SITE,
                START_TOD_S,
                List.of(
                        base.target(40, 60_000, 350, radialCourses ? 40 : 250, 220),
                        base.target(130, 110_000, 240, radialCourses ? 130 : 10, 180),
                        base.target(215, 35_000, 120, radialCourses ? 35 : 300, 120),
                        base.target(300, 150_000, 300.25, radialCourses ? 300 : 90, 250)),
                seed);
    }

    private static void send(InetSocketAddress to, byte[] datagram) throws Exception {
        try (DatagramChannel ch = DatagramChannel.open()) {
            ch.send(ByteBuffer.wrap(datagram), to);
        }
    }

    @Test
    void sectoredPlotsBecomeTracksAtTheTruthAndAStoppedTargetIsDeletedForGood() throws Exception {
        SyntheticRadar radar = radar(7, 20261126L, false);
        FeedConfig cfg = FeedConfig.OFF.withAsterixUdpPort(0);
        Set<String> survivors;
        String stoppedId;
        try (FeedServer s = new FeedServer(dir, cfg)) {
            AsterixUdpFeed feed = s.server.feeds().asterix().orElseThrow();
            InetSocketAddress to =
                    new InetSocketAddress("127.0.0.1", feed.localAddress().getPort());
            FeedCounters c = feed.counters();
            int closed = 0;
            for (int rev = 0; rev < 8; rev++) {
                for (byte[] d : radar.revolution(rev, Set.of(), true)) {
                    send(to, d);
                }
                if (rev == 2) {
                    garbage(to);
                }
                // Pace by revolution (a bound for loopback buffers, not a timing assertion).
                int expected = closed += SyntheticRadar.SECTORS;
                FeedServer.await(
                        "revolution " + rev, () -> c.detail("northMarkers") + c.detail("sectorCrossings") == expected);
            }
            assertThat(c.rejected(Rejection.MALFORMED)).isEqualTo(1);
            assertThat(c.detail("decodeError.TRUNCATED_BLOCK")).isEqualTo(1);
            assertThat(c.detail("plots.incomplete")).isEqualTo(1);
            assertThat(c.detail("radarSitesLearned")).isEqualTo(1);
            // Revolution 0 came before the north marker that placed the radar.
            assertThat(c.detail("plots.unlocated")).isEqualTo(4);

            Map<Integer, SharedTrack> byTarget = matchOnePerTarget(radar, s.tracksFor("NATO"));
            assertThat(byTarget).hasSize(4);

            // Target 3 stops being reported: deleted after three missed revolutions, the others never penalised.
            stoppedId = byTarget.get(3).id();
            for (int rev = 8; rev < 12; rev++) {
                for (byte[] d : radar.revolution(rev, Set.of(3), true)) {
                    send(to, d);
                }
                int expected = closed += SyntheticRadar.SECTORS;
                FeedServer.await(
                        "revolution " + rev, () -> c.detail("northMarkers") + c.detail("sectorCrossings") == expected);
            }
            assertThat(c.detail("tracks.deleted")).isEqualTo(1);
            Map<String, SharedTrack> end = s.tracksFor("NATO");
            assertThat(end).doesNotContainKey(stoppedId);
            survivors = Set.of(
                    byTarget.get(0).id(), byTarget.get(1).id(), byTarget.get(2).id());
            assertThat(end.keySet()).isEqualTo(survivors);
            Map<Integer, SharedTrack> after = matchOnePerTarget(radar, end);
            assertThat(after).containsOnlyKeys(0, 1, 2);
        }
        // Restart on the same database: the deleted track stays deleted.
        try (FeedServer s = new FeedServer(dir, cfg, false)) {
            assertThat(s.tracksFor("NATO").keySet()).isEqualTo(survivors).doesNotContain(stoppedId);
        }
    }

    @Test
    void aRadarWithoutServiceMessagesIsTrackedInWholeRevolutionBatches() throws Exception {
        SyntheticRadar radar = radar(8, 7L, true);
        // The radar sends no CAT034, so its site is configured. 3.9 s: a batch closes at the first plot 3.9 s after
        // its own first, i.e. at that target's next revolution (its azimuth hardly moves on a radial course).
        PlotTrackingConfig tracking = PlotTrackingConfig.defaults()
                .withSites(List.of(RadarSite.typicalSsr(25, 8, radar.site)))
                .withFallbackScanS(3.9)
                .withHistoryIntervalS(10); // thinned history: the picture still gets every update
        FeedConfig cfg = FeedConfig.OFF.withAsterixUdpPort(0).withPlotTracking(tracking);
        try (FeedServer s = new FeedServer(dir, cfg)) {
            AsterixUdpFeed feed = s.server.feeds().asterix().orElseThrow();
            InetSocketAddress to =
                    new InetSocketAddress("127.0.0.1", feed.localAddress().getPort());
            FeedCounters c = feed.counters();
            int plots = 0;
            for (int rev = 0; rev < 6; rev++) {
                for (byte[] d : radar.revolution(rev, Set.of(), false)) {
                    send(to, d);
                }
                int expected = plots += radar.plotCount(Set.of());
                FeedServer.await("revolution " + rev, () -> c.detail("plots.tracked") == expected);
            }
            assertThat(c.detail("northMarkers") + c.detail("sectorCrossings")).isZero();
            // Five closed by the next revolution's first plot; revolution 5's closes after 3.9 s of silence.
            assertThat(c.detail("batches")).isBetween(5L, 6L);
            assertThat(matchOnePerTarget(radar, s.tracksFor("NATO"))).hasSize(4);
        }
    }

    /** A CAT048 block header announcing more bytes than sent, and a plot without its polar position. */
    private void garbage(InetSocketAddress to) throws Exception {
        byte[] g = new byte[40];
        new Random(99).nextBytes(g);
        g[0] = 48;
        g[1] = 0x04;
        g[2] = 0x00;
        send(to, g);
        var items = Json.MAPPER.createObjectNode();
        items.putObject("I048/010").put("SAC", 25).put("SIC", 7);
        items.put("I048/140", START_TOD_S + 9);
        var rec = Json.MAPPER.createObjectNode().put("category", 48);
        rec.set("items", items);
        send(to, new AsterixEncoder(AsterixCatalog.defaults()).encodeBlocks(List.of(rec)));
    }

    /**
     * The radar's confirmed tracks by target: every track lies within 5 sigma of its 1-sigma ellipse's major axis
     * of exactly one target's truth at the track's own time, and no target has two.
     */
    private static Map<Integer, SharedTrack> matchOnePerTarget(SyntheticRadar radar, Map<String, SharedTrack> picture) {
        String prefix = "plot:" + radar.sac + "/" + radar.sic + ":";
        List<SharedTrack> tracks =
                picture.values().stream().filter(t -> t.id().startsWith(prefix)).collect(Collectors.toList());
        Map<Integer, SharedTrack> out = new HashMap<>();
        for (SharedTrack t : tracks) {
            double todS = (t.time().nanos() / 1e9) % 86_400;
            int match = -1;
            for (int k = 0; k < radar.targets.size(); k++) {
                double errM = Geodesy.distanceM(radar.truth(k, todS), t.position());
                double sigmaM = t.uncertainty().semiMajorM();
                if (errM <= 5 * sigmaM) {
                    assertThat(match).as("track %s matches two targets", t.id()).isEqualTo(-1);
                    match = k;
                }
            }
            assertThat(match)
                    .as("track %s at %s matches no target", t.id(), t.position())
                    .isNotNegative();
            assertThat(out.put(match, t)).as("two tracks on target " + match).isNull();
            assertThat(t.agencyId()).isEqualTo("NATO");
            assertThat(t.uncertainty().semiMajorM()).isBetween(5.0, 250.0);
        }
        return out;
    }
}

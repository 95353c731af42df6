package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.share.SharedTrack;
import io.steeldome.interop.asterix.AsterixCatalog;
import io.steeldome.interop.asterix.AsterixEncoder;
import io.steeldome.server.api.Json;
import io.steeldome.server.feed.FeedCounters.Rejection;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AsterixUdpFeedTest {
    @TempDir
    Path dir;

    private static byte[] sample() throws Exception {
        try (InputStream in = AsterixUdpFeedTest.class.getResourceAsStream("/feed/cat062cat065.raw")) {
            return in.readAllBytes();
        }
    }

    private static void send(InetSocketAddress to, byte[] datagram) throws Exception {
        try (DatagramChannel ch = DatagramChannel.open()) {
            ch.send(ByteBuffer.wrap(datagram), to);
        }
    }

    @Test
    void systemTracksReachThePictureAtTheReferencePositionsAndGarbageIsCounted() throws Exception {
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF.withAsterixUdpPort(0))) {
            AsterixUdpFeed feed = s.server.feeds().asterix().orElseThrow();
            InetSocketAddress to =
                    new InetSocketAddress("127.0.0.1", feed.localAddress().getPort());
            // A block header announcing CAT062 with 4096 bytes, then noise: the block runs past the datagram.
            byte[] garbage = new byte[64];
            new Random(20261126L).nextBytes(garbage);
            garbage[0] = 62;
            garbage[1] = 0x10;
            garbage[2] = 0x00;
            send(to, garbage);
            send(to, sample());
            FeedCounters c = feed.counters();
            FeedServer.await("2 datagrams and 2 tracks", () -> c.receivedCount() == 2 && c.acceptedCount() == 2);
            assertThat(c.rejected(Rejection.MALFORMED)).isEqualTo(1);
            assertThat(c.detail("decodeError.TRUNCATED_BLOCK")).isEqualTo(1);
            assertThat(c.detail("records.cat062")).isEqualTo(2);

            Map<String, SharedTrack> nato = s.tracksFor("NATO");
            assertThat(nato.keySet()).containsExactlyInAnyOrder("ast:25/100:4980", "ast:25/100:7977");
            // Reference: CroatiaControl asterix decoder (see src/test/resources/feed/PROVENANCE.md), printed to 1e-7
            // deg.
            SharedTrack t4980 = nato.get("ast:25/100:4980");
            assertThat(t4980.position().latDeg()).isCloseTo(44.7344130, within(1e-7));
            assertThat(t4980.position().lonDeg()).isCloseTo(13.0415279, within(1e-7));
            assertThat(t4980.position().hM()).isCloseTo(43_300 * 0.3048, within(1e-6));
            assertThat(t4980.agencyId()).isEqualTo("NATO");
            assertThat(t4980.uncertainty().semiMajorM()).isEqualTo(FeedConfig.OFF.defaultSigmaM());
            // ToT 30911.6640625 s of the UTC day nearest the server clock (2026-11-26T02:00Z).
            Instant tot = Instant.parse("2026-11-26T08:35:11.664062500Z");
            assertThat(t4980.time().nanos()).isEqualTo(tot.getEpochSecond() * 1_000_000_000L + tot.getNano());
            SharedTrack t7977 = nato.get("ast:25/100:7977");
            assertThat(t7977.position().latDeg()).isCloseTo(45.4008079, within(1e-7));
            assertThat(t7977.position().lonDeg()).isCloseTo(15.1331842, within(1e-7));

            // Still serving after the garbage.
            String viewer = s.token("viewer");
            HttpResponse<String> health = s.send("GET", "/api/health", null, null);
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode status = s.feedStatus(viewer, "asterix-udp").orElseThrow();
            assertThat(status.path("counters").path("accepted").asLong()).isEqualTo(2);
            assertThat(status.path("counters")
                            .path("rejected")
                            .path("MALFORMED")
                            .asLong())
                    .isEqualTo(1);
            assertThat(status.path("counters")
                            .path("details")
                            .path("decodeError.TRUNCATED_BLOCK")
                            .asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void adsbReportsBecomeTracksByIcaoAddress() throws Exception {
        // A CAT021 2.7 report built with the interop encoder (checked against the reference decoder there).
        ObjectNode items = Json.MAPPER.createObjectNode();
        items.putObject("I021/010").put("SAC", 25).put("SIC", 7);
        items.put("I021/073", 30911.5); // 1/128 s LSB: exact
        items.putObject("I021/131").put("LAT", 45.815).put("LON", 15.9819);
        items.put("I021/080", "4CA2D6"); // raw 24-bit ICAO address, as hex
        items.put("I021/140", 1000.0); // ft, 6.25 ft LSB: exact
        ObjectNode rec = Json.MAPPER.createObjectNode().put("category", 21);
        rec.set("items", items);
        byte[] datagram = new AsterixEncoder(AsterixCatalog.defaults()).encodeBlocks(List.of(rec));
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF.withAsterixUdpPort(0))) {
            AsterixUdpFeed feed = s.server.feeds().asterix().orElseThrow();
            send(new InetSocketAddress("127.0.0.1", feed.localAddress().getPort()), datagram);
            FeedServer.await("1 ADS-B track", () -> feed.counters().acceptedCount() == 1);
            SharedTrack t = s.tracksFor("NATO").get("adsb:4CA2D6");
            assertThat(t).isNotNull();
            double lsbDeg = 180.0 / (1 << 30); // I021/131 resolution
            assertThat(t.position().latDeg()).isCloseTo(45.815, within(lsbDeg));
            assertThat(t.position().lonDeg()).isCloseTo(15.9819, within(lsbDeg));
            assertThat(t.position().hM()).isCloseTo(304.8, within(1e-9));
            Instant tod = Instant.parse("2026-11-26T08:35:11.500Z");
            assertThat(t.time().nanos()).isEqualTo(tod.getEpochSecond() * 1_000_000_000L + tod.getNano());
        }
    }

    @Test
    void tracksFromAnUnconfiguredSourceAreRefused() throws Exception {
        FeedConfig cfg = FeedConfig.OFF.withAsterixUdpPort(0).withAsterixSources(Set.of("25/101"));
        try (FeedServer s = new FeedServer(dir, cfg)) {
            AsterixUdpFeed feed = s.server.feeds().asterix().orElseThrow();
            send(new InetSocketAddress("127.0.0.1", feed.localAddress().getPort()), sample());
            FeedCounters c = feed.counters();
            FeedServer.await("2 unknown-source tracks", () -> c.rejected(Rejection.UNKNOWN_SOURCE) == 2);
            assertThat(c.acceptedCount()).isZero();
            assertThat(s.tracksFor("NATO")).isEmpty();
        }
    }
}

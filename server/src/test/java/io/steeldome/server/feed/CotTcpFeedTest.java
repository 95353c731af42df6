package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.share.SharedTrack;
import io.steeldome.border.share.StandardIdentity;
import io.steeldome.interop.cot.CotEvent;
import io.steeldome.interop.cot.CotPoint;
import io.steeldome.interop.cot.CotXml;
import io.steeldome.server.feed.FeedCounters.Rejection;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CotTcpFeedTest {
    @TempDir
    Path dir;

    private static CotEvent atom(String uid, String type, double lat, double lon, double ce, Instant stale) {
        return CotEvent.builder(uid, type)
                .how("m-g")
                // a stale event was sent a minute before it went stale
                .time(stale.isAfter(FeedServer.NOW) ? FeedServer.NOW.minusSeconds(1) : stale.minusSeconds(60))
                .stale(stale)
                .point(new CotPoint(lat, lon, OptionalDouble.of(120), OptionalDouble.of(ce), OptionalDouble.of(30)))
                .build();
    }

    @Test
    void atomsBecomeTracksOfTheOwningAgencyAndBadEventsAreCounted() throws Exception {
        Instant future = FeedServer.NOW.plus(Duration.ofMinutes(5));
        FeedConfig cfg = FeedConfig.OFF.withCotTcpPort(0);
        try (FeedServer s = new FeedServer(dir, cfg)) {
            CotTcpFeed feed = s.server.feeds().cot().orElseThrow();
            // Not valid CoT: the time attribute is no ISO-8601 date-time. The stream must go on after it.
            String malformed = "<event version=\"2.0\" uid=\"bad-1\" type=\"a-f-G\" how=\"m-g\" time=\"yesterday\""
                    + " start=\"2026-11-26T01:59:59Z\" stale=\"2026-11-26T02:05:00Z\">"
                    + "<point lat=\"1\" lon=\"2\" hae=\"0\" ce=\"1\" le=\"1\"/></event>";
            String stream = CotXml.write(atom("UAV-1", "a-h-A-M-F-Q", 45.815, 15.9819, 12.5, future))
                    + malformed
                    + CotXml.write(atom("old-1", "a-h-A", 45.0, 15.0, 10, FeedServer.NOW.minusSeconds(5)))
                    + CotXml.write(atom("pin-1", "b-m-p-s-p-i", 45.1, 15.1, 10, future))
                    + CotXml.write(atom("GRP-7", "a-f-G-U-C", -33.8688, 151.2093, 4, future));
            try (Socket sock = new Socket()) {
                sock.connect(
                        new InetSocketAddress("127.0.0.1", feed.localAddress().getPort()));
                OutputStream out = sock.getOutputStream();
                out.write(stream.getBytes(StandardCharsets.UTF_8));
                out.flush();
                FeedServer.await("5 events read", () -> feed.counters().receivedCount() == 5);
            }
            FeedCounters c = feed.counters();
            FeedServer.await("2 tracks stored", () -> c.acceptedCount() == 2);
            assertThat(c.rejected(Rejection.MALFORMED)).isEqualTo(1);
            assertThat(c.rejected(Rejection.STALE)).isEqualTo(1);
            assertThat(c.rejected(Rejection.NOT_A_TRACK)).isEqualTo(1);
            assertThat(c.rejected(Rejection.OVERSIZED)).isZero();

            Map<String, SharedTrack> nato = s.tracksFor("NATO");
            assertThat(nato.keySet()).containsExactlyInAnyOrder("cot:UAV-1", "cot:GRP-7");
            SharedTrack uav = nato.get("cot:UAV-1");
            assertThat(uav.agencyId()).isEqualTo("NATO");
            assertThat(uav.position().latDeg()).isCloseTo(45.815, within(1e-12));
            assertThat(uav.position().lonDeg()).isCloseTo(15.9819, within(1e-12));
            assertThat(uav.position().hM()).isCloseTo(120, within(1e-9));
            assertThat(uav.uncertainty().semiMajorM()).isCloseTo(12.5, within(1e-12));
            assertThat(uav.uncertainty().semiMinorM()).isCloseTo(12.5, within(1e-12));
            assertThat(uav.time().nanos()).isEqualTo((FeedServer.NOW.getEpochSecond() - 1) * 1_000_000_000L);
            // The type's affiliation letter: a-h-... hostile, a-f-... friend.
            assertThat(uav.identity()).isEqualTo(StandardIdentity.HOSTILE);
            assertThat(nato.get("cot:GRP-7").identity()).isEqualTo(StandardIdentity.FRIEND);
            // OWN_ONLY under the default deny-all policy: another agency sees none of them.
            assertThat(s.tracksFor("FRONTEX")).isEmpty();

            JsonNode status = s.feedStatus(s.token("viewer"), "cot-tcp").orElseThrow();
            assertThat(status.get("enabled").asBoolean()).isTrue();
            assertThat(status.get("port").asInt()).isEqualTo(feed.localAddress().getPort());
            assertThat(status.path("counters").path("received").asLong()).isEqualTo(5);
            assertThat(status.path("counters").path("accepted").asLong()).isEqualTo(2);
            assertThat(status.path("counters")
                            .path("rejected")
                            .path("MALFORMED")
                            .asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void anOversizedEventIsCountedAndTheNextOneStillArrives() throws Exception {
        Instant future = FeedServer.NOW.plus(Duration.ofMinutes(5));
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF.withCotTcpPort(0))) {
            CotTcpFeed feed = s.server.feeds().cot().orElseThrow();
            String huge = "<event version=\"2.0\" uid=\"big-1\" type=\"a-f-G\" how=\"m-g\""
                    + " time=\"2026-11-26T01:59:59Z\" start=\"2026-11-26T01:59:59Z\" stale=\"2026-11-26T02:05:00Z\">"
                    + "<point lat=\"1\" lon=\"2\" hae=\"0\" ce=\"1\" le=\"1\"/><detail><remarks>"
                    + "x".repeat(CotTcpFeed.MAX_EVENT_CHARS + 1)
                    + "</remarks></detail></event>";
            String stream = huge + CotXml.write(atom("after-1", "a-f-G", 45.0, 15.0, 8, future));
            try (Socket sock = new Socket()) {
                sock.connect(
                        new InetSocketAddress("127.0.0.1", feed.localAddress().getPort()));
                sock.getOutputStream().write(stream.getBytes(StandardCharsets.UTF_8));
                sock.getOutputStream().flush();
                FeedServer.await(
                        "the event after the oversized one",
                        () -> feed.counters().acceptedCount() == 1);
            }
            assertThat(feed.counters().rejected(Rejection.OVERSIZED)).isEqualTo(1);
            assertThat(feed.counters().rejected(Rejection.MALFORMED)).isZero();
            assertThat(s.tracksFor("NATO").keySet()).containsExactly("cot:after-1");
        }
    }

    @Test
    void feedsAreOffByDefault() {
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF)) {
            assertThat(s.server.feeds().cot()).isEmpty();
            JsonNode status = s.feedStatus(s.token("viewer"), "cot-tcp").orElseThrow();
            assertThat(status.get("enabled").asBoolean()).isFalse();
        }
    }
}

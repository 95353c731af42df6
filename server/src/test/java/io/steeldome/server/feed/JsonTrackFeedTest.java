package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.share.SharedTrack;
import io.steeldome.server.api.Json;
import io.steeldome.server.audit.AuditEntry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTrackFeedTest {
    private static final String TWO_TRACKS = """
            {"tracks":[
              {"id":"P-1","timeS":1795658400.5,"latDeg":45.815,"lonDeg":15.9819,"heightM":150,"sigmaM":25},
              {"id":"P-2","timeS":1795658401,"latDeg":-33.8688,"lonDeg":151.2093,"heightM":0,"sigmaM":3.5}
            ]}""";

    @TempDir
    Path dir;

    private static List<AuditEntry> feedAudit(FeedServer s) {
        return s.server.audit().list(0, 5000).stream()
                .filter(e -> e.action().equals("feed.tracks"))
                .toList();
    }

    @Test
    void postedTracksJoinThePictureForTheCallersAgencyWithOneAuditEntry() {
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF)) {
            HttpResponse<String> r = s.send("POST", "/api/feed/tracks", s.token("operator"), TWO_TRACKS);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(FeedServer.json(r).get("accepted").asInt()).isEqualTo(2);

            Map<String, SharedTrack> nato = s.tracksFor("NATO");
            assertThat(nato.keySet()).containsExactlyInAnyOrder("json:NATO:P-1", "json:NATO:P-2");
            SharedTrack p1 = nato.get("json:NATO:P-1");
            assertThat(p1.agencyId()).isEqualTo("NATO");
            assertThat(p1.time().nanos()).isEqualTo(1_795_658_400_500_000_000L);
            assertThat(p1.position().latDeg()).isCloseTo(45.815, within(1e-12));
            assertThat(p1.position().lonDeg()).isCloseTo(15.9819, within(1e-12));
            assertThat(p1.position().hM()).isCloseTo(150, within(1e-9));
            assertThat(p1.uncertainty().semiMajorM()).isEqualTo(25);
            assertThat(s.tracksFor("FRONTEX")).isEmpty();

            List<AuditEntry> audit = feedAudit(s);
            assertThat(audit).hasSize(1);
            assertThat(audit.getFirst().actor()).isEqualTo("operator");
            assertThat(Json.MAPPER
                            .readTree(audit.getFirst().details())
                            .get("count")
                            .asInt())
                    .isEqualTo(2);
            assertThat(s.server.feeds().json().counters().acceptedCount()).isEqualTo(2);

            // Another agency posting the same ids gets its own tracks and leaves NATO's alone.
            String moved = TWO_TRACKS.replace("45.815", "44.0");
            assertThat(s.send("POST", "/api/feed/tracks", s.token("other"), moved)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(s.tracksFor("NATO").get("json:NATO:P-1").position().latDeg())
                    .isEqualTo(45.815);
            assertThat(s.tracksFor("FRONTEX").get("json:FRONTEX:P-1").position().latDeg())
                    .isEqualTo(44.0);
        }
    }

    @Test
    void badInputIsRefusedWithAReasonAndPostsNothing() {
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF)) {
            String op = s.token("operator");
            // The second track's latitude is out of range: the whole request is refused.
            String badLat = TWO_TRACKS.replace("-33.8688", "-91");
            HttpResponse<String> r = s.send("POST", "/api/feed/tracks", op, badLat);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(FeedServer.json(r).get("error").stringValue()).isEqualTo("bad_request");
            assertThat(FeedServer.json(r).get("reason").stringValue()).contains("tracks[1].latDeg");

            HttpResponse<String> missing =
                    s.send("POST", "/api/feed/tracks", op, TWO_TRACKS.replace("\"sigmaM\":25", "\"sigma\":25"));
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(FeedServer.json(missing).get("reason").stringValue()).contains("tracks[0].sigmaM");

            HttpResponse<String> notJson = s.send("POST", "/api/feed/tracks", op, "{\"tracks\":[");
            assertThat(notJson.statusCode()).isEqualTo(400);

            HttpResponse<String> tooLarge =
                    s.send("POST", "/api/feed/tracks", op, "{\"tracks\":[\"" + "x".repeat(70_000) + "\"]}");
            assertThat(tooLarge.statusCode()).isEqualTo(413);

            assertThat(s.tracksFor("NATO")).isEmpty();
            assertThat(feedAudit(s)).isEmpty();
            assertThat(s.server.feeds().json().counters().rejected(FeedCounters.Rejection.MALFORMED))
                    .isEqualTo(2);
        }
    }

    @Test
    void postingNeedsCredentialsAndTheOperatorRole() {
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF)) {
            HttpResponse<String> anonymous = s.send("POST", "/api/feed/tracks", null, TWO_TRACKS);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            HttpResponse<String> viewer = s.send("POST", "/api/feed/tracks", s.token("viewer"), TWO_TRACKS);
            assertThat(viewer.statusCode()).isEqualTo(403);
            assertThat(s.send("GET", "/api/feeds", null, null).statusCode()).isEqualTo(401);
            assertThat(s.tracksFor("NATO")).isEmpty();
            assertThat(feedAudit(s)).isEmpty();
        }
    }
}

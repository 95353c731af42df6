package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.alert.Releasability;
import io.steeldome.server.share.LivePicture;
import io.steeldome.stream.schema.GeoOrigin;
import io.steeldome.stream.schema.Schema;
import io.steeldome.stream.schema.SectorTracks;
import io.steeldome.stream.schema.TrackState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each tracker-service record is its sector's whole picture: {@link KafkaTrackFeed#apply} without a broker. */
class KafkaSectorPictureTest {
    private static final Clock CLOCK = Clock.fixed(FeedServer.NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static TrackState track(String sector, int n, String status) {
        List<Double> cov = new ArrayList<>(Collections.nCopies(TrackState.COVARIANCE_ENTRIES, 0.0));
        cov.set(0, 100.0 * 100.0); // ee
        cov.set(6, 100.0 * 100.0); // nn
        cov.set(11, 50.0 * 50.0); // uu
        return new TrackState(sector + "/T" + n, n, status, 1000.0 * n, 500, 3000, 0, 0, 0, cov, 7.0, 5, 0);
    }

    private static SectorTracks picture(String sector, long scan, List<TrackState> tracks) {
        return new SectorTracks(
                Schema.VERSION,
                sector,
                "radar-" + sector,
                scan,
                scan * 4.0,
                new GeoOrigin(40.0, 44.0, 1500),
                List.of(),
                tracks);
    }

    private static int apply(LivePicture p, SectorTracks st) {
        return KafkaTrackFeed.apply(st, p, CLOCK, "NATO", Releasability.OWN_ONLY);
    }

    @Test
    void tracksAbsentFromTheirSectorsNextPictureAreDeletedAndStayDeleted() {
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF)) {
            LivePicture p = s.server.picture();
            apply(p, picture("S1", 1, List.of(track("S1", 1, "CONFIRMED"), track("S1", 2, "CONFIRMED"))));
            apply(p, picture("S10", 1, List.of(track("S10", 1, "CONFIRMED"))));
            assertThat(s.tracksFor("NATO").keySet())
                    .containsExactlyInAnyOrder("kafka:S1/T1", "kafka:S1/T2", "kafka:S10/T1");

            // S1's next picture lacks T1 and has T2 only tentative (not shown): both leave; S10 is another sector
            // (its ids share the "S1" prefix but not "S1/").
            int posted = apply(p, picture("S1", 2, List.of(track("S1", 2, "TENTATIVE"), track("S1", 3, "CONFIRMED"))));
            assertThat(posted).isEqualTo(1);
            assertThat(s.tracksFor("NATO").keySet()).containsExactlyInAnyOrder("kafka:S1/T3", "kafka:S10/T1");

            // An empty picture empties the sector.
            apply(p, picture("S10", 2, List.of()));
            assertThat(s.tracksFor("NATO").keySet()).containsExactly("kafka:S1/T3");
        }
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF, false)) {
            assertThat(s.tracksFor("NATO").keySet()).containsExactly("kafka:S1/T3");
        }
    }
}

package io.steeldome.sim.trackfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.EnuVector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring on cases small enough to work out by hand (c = 100 m, p = 2: a missed or false target costs 5000 m^2). */
class TrackAccuracyTest {
    private static LabelledPosition at(long id, double x, double y) {
        return new LabelledPosition(id, new EnuVector(x, y, 0));
    }

    private static ScanFrame truthScan(int scan, List<LabelledPosition> truth) {
        return new ScanFrame(scan, scan, List.of(), truth);
    }

    @Test
    void oneScanWithAPairAMissAndTheirParts() {
        // truths (0,0) and (1000,0); one track at (3,4): pair at 5 m, the far truth is missed.
        List<ScanFrame> frames = List.of(truthScan(0, List.of(at(1, 0, 0), at(2, 1000, 0))));
        List<TrackScan> tracks = List.of(new TrackScan(0, 0, List.of(at(7, 3, 4))));

        TrackAccuracy a = TrackAccuracy.score(frames, tracks, false);

        GospaMean g = a.allScans();
        assertThat(g.scans()).isEqualTo(1);
        assertThat(g.distanceM()).isCloseTo(Math.sqrt(25 + 5000), within(1e-12));
        assertThat(g.localisationM()).isCloseTo(5, within(1e-12));
        assertThat(g.missedM()).isCloseTo(Math.sqrt(5000), within(1e-12));
        assertThat(g.falseM()).isZero();
        assertThat(g.missedPerScan()).isEqualTo(1);
        assertThat(g.falsePerScan()).isZero();
        assertThat(a.rmseM()).hasValue(5);
        assertThat(a.assignedPairs()).isEqualTo(1);
        assertThat(a.steady()).isEmpty(); // 1 scan: nothing from the sixth scan on
    }

    @Test
    void aTrackBeyondTheCutOffIsOneMissedAndOneFalse() {
        List<ScanFrame> frames = List.of(truthScan(0, List.of(at(1, 0, 0))));
        List<TrackScan> tracks = List.of(new TrackScan(0, 0, List.of(at(7, 150, 0))));

        TrackAccuracy a = TrackAccuracy.score(frames, tracks, false);

        assertThat(a.allScans().distanceM()).isCloseTo(100, within(1e-12)); // sqrt(5000 + 5000)
        assertThat(a.allScans().falsePerScan()).isEqualTo(1);
        assertThat(a.rmseM()).isEmpty();
    }

    @Test
    void steadyAverageLeavesOutTheFirstFiveScansAndRmseIsPooled() {
        // scans 0-4: one truth, no track (GOSPA sqrt(5000) each); scan 5: errors 3 and 4 m on two targets;
        // scan 6: one exact track. Expected by hand:
        //   scan 5 GOSPA = sqrt(9 + 16) = 5, scan 6 = 0; steady mean = 2.5; all-scan mean = (5 sqrt(5000) + 5) / 7
        //   RMSE pooled over the 3 pairs = sqrt((9 + 16 + 0) / 3)
        List<ScanFrame> frames = new ArrayList<>();
        List<TrackScan> tracks = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            frames.add(truthScan(s, List.of(at(1, 0, 0))));
            tracks.add(new TrackScan(s, s, List.of()));
        }
        frames.add(truthScan(5, List.of(at(1, 0, 0), at(2, 500, 500))));
        tracks.add(new TrackScan(5, 5, List.of(at(9, 500, 504), at(8, 3, 0))));
        frames.add(truthScan(6, List.of(at(1, 10, 10))));
        tracks.add(new TrackScan(6, 6, List.of(at(8, 10, 10))));

        TrackAccuracy a = TrackAccuracy.score(frames, tracks, false);

        assertThat(a.steady().orElseThrow().scans()).isEqualTo(2);
        assertThat(a.steady().orElseThrow().distanceM()).isCloseTo(2.5, within(1e-12));
        assertThat(a.allScans().distanceM()).isCloseTo((5 * Math.sqrt(5000) + 5) / 7, within(1e-12));
        assertThat(a.allScans().missedPerScan()).isCloseTo(5.0 / 7, within(1e-15));
        assertThat(a.rmseM().orElseThrow()).isCloseTo(Math.sqrt(25.0 / 3), within(1e-12));
        assertThat(a.assignedPairs()).isEqualTo(3);
    }

    @Test
    void heightCountsOnlyInThreeD() {
        List<ScanFrame> frames = List.of(truthScan(0, List.of(new LabelledPosition(1, new EnuVector(0, 0, 10)))));
        List<TrackScan> tracks = List.of(new TrackScan(0, 0, List.of(at(7, 0, 0))));

        assertThat(TrackAccuracy.score(frames, tracks, false).allScans().distanceM())
                .isZero();
        assertThat(TrackAccuracy.score(frames, tracks, true).allScans().distanceM())
                .isCloseTo(10, within(1e-12));
    }

    @Test
    void noTruthAndNoTrackScoresZero() {
        TrackAccuracy a =
                TrackAccuracy.score(List.of(truthScan(0, List.of())), List.of(new TrackScan(0, 0, List.of())), false);
        assertThat(a.allScans().distanceM()).isZero();
    }

    @Test
    void identityCountsSwitchesAndBreaksOnTheSameGospaPairs() {
        // truths 1 at (0,0) and 2 at (1000,0) for 5 scans. Scans 0-1: track 8 on truth 1, 9 on truth 2; scan 2: only
        // a track 150 m from truth 1 (beyond c), so both truths are unpaired; scans 3-4: tracks 9 on truth 1 and 8 on
        // truth 2. By hand: each truth is re-acquired once after a gap (2 breaks) by the other track (2 switches).
        List<ScanFrame> frames = new ArrayList<>();
        List<TrackScan> tracks = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            frames.add(truthScan(s, List.of(at(1, 0, 0), at(2, 1000, 0))));
        }
        tracks.add(new TrackScan(0, 0, List.of(at(8, 1, 0), at(9, 1001, 0))));
        tracks.add(new TrackScan(1, 1, List.of(at(8, 1, 0), at(9, 1001, 0))));
        tracks.add(new TrackScan(2, 2, List.of(at(8, 150, 0))));
        tracks.add(new TrackScan(3, 3, List.of(at(8, 1000, 2), at(9, 0, 2))));
        tracks.add(new TrackScan(4, 4, List.of(at(8, 1000, 2), at(9, 0, 2))));

        TrackAccuracy a = TrackAccuracy.score(frames, tracks, false);

        assertThat(a.identity().idSwitches()).isEqualTo(2);
        assertThat(a.identity().trackBreaks()).isEqualTo(2);
        assertThat(a.identity().meanDistinctTrackIds()).isEqualTo(2);
        assertThat(a.assignedPairs()).isEqualTo(8);
    }
}

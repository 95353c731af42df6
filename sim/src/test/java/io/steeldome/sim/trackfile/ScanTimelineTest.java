package io.steeldome.sim.trackfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.geo.EnuVector;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScanTimelineTest {
    private static final EnuVector P = new EnuVector(1, 2, 0);

    @Test
    void scansWithoutRowsAreFilledAtTheNominalPeriod() {
        MeasurementFile m = new MeasurementFile(
                "M.csv",
                false,
                List.of(new MeasurementScan(2, 10.0, 2, List.of(P)), new MeasurementScan(5, 13.5, 3, List.of(P, P))));

        List<ScanFrame> frames = ScanTimeline.merge(m, Optional.empty(), 1.0);

        assertThat(frames).extracting(ScanFrame::scan).containsExactly(2, 3, 4, 5);
        assertThat(frames).extracting(ScanFrame::timeS).containsExactly(10.0, 11.0, 12.0, 13.5);
        assertThat(frames).extracting(f -> f.detectionsM().size()).containsExactly(1, 0, 0, 2);
    }

    @Test
    void truthScansWithoutDetectionsBecomeEmptyScansWithTheirTargets() {
        MeasurementFile m = new MeasurementFile("M.csv", false, List.of(new MeasurementScan(1, 1.0, 2, List.of(P))));
        LabelledPosition target = new LabelledPosition(9, P);
        TruthFile g = new TruthFile(
                "G.csv",
                false,
                List.of(
                        new TruthScan(0, 0.0, 2, List.of(target)),
                        new TruthScan(1, 1.0, 3, List.of(target)),
                        new TruthScan(2, 2.0, 4, List.of(target))));

        List<ScanFrame> frames = ScanTimeline.merge(m, Optional.of(g), 1.0);

        assertThat(frames).extracting(ScanFrame::scan).containsExactly(0, 1, 2);
        assertThat(frames).extracting(f -> f.detectionsM().size()).containsExactly(0, 1, 0);
        assertThat(frames).allSatisfy(f -> assertThat(f.truth()).containsExactly(target));
    }
}

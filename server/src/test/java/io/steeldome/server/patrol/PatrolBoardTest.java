package io.steeldome.server.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.border.dispatch.Dispatch;
import io.steeldome.core.time.SimTime;
import io.steeldome.server.live.LiveTimeBase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Patrol status at the exact boundary instants of a hand-made dispatch, and the mapping onto the live time base. */
class PatrolBoardTest {
    static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");
    /** Alert at +0 s, team sets off at +120 s (waited in the queue), on scene at +720 s, clears at +1620 s. */
    static final LiveDispatch D =
            new LiveDispatch("A-1", "T-2", T0, T0.plusSeconds(120), T0.plusSeconds(720), T0.plusSeconds(1620));

    @ParameterizedTest(name = "at +{0} s + {1} ns: {2}, eta {3} s")
    @CsvSource({
        "0, 0, QUEUED, 720",
        "119, 999999999, QUEUED, 600.000000001",
        "120, 0, EN_ROUTE, 600",
        "300, 0, EN_ROUTE, 420",
        "719, 999999999, EN_ROUTE, 0.000000001",
        "720, 0, ON_SCENE, 0",
        "1619, 999999999, ON_SCENE, 0",
        "1620, 0, CLEARED, 0",
        "86400, 0, CLEARED, 0"
    })
    void statusChangesExactlyAtEachPhaseStart(long s, long ns, PatrolStatus expected, double etaS) {
        Instant at = T0.plusSeconds(s).plusNanos(ns);
        assertThat(D.statusAt(at)).isEqualTo(expected);
        assertThat(D.etaS(at)).isCloseTo(etaS, org.assertj.core.data.Offset.offset(1e-10));
    }

    @Test
    void aTeamSentAtOnceAndArrivingAtOnceIsOnSceneAtTheAlertInstant() {
        LiveDispatch instant = new LiveDispatch("A-2", "T-1", T0, T0, T0, T0.plusSeconds(900));
        assertThat(instant.statusAt(T0)).isEqualTo(PatrolStatus.ON_SCENE);
        assertThat(instant.statusAt(T0.minusNanos(1))).isEqualTo(PatrolStatus.QUEUED);
    }

    @Test
    void timesOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new LiveDispatch("A", "T", T0, T0.plusSeconds(10), T0.plusSeconds(5), T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiveDispatch("A", "T", T0, T0.minusSeconds(1), T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** At 10x, scenario second 3600 is due 360 s after the run's start. */
    @Test
    void scenarioTimesMapOntoTheLiveTimeBaseAtTheRunSpeed() {
        Dispatch d = new Dispatch(
                "A-7",
                "PESH-P1",
                SimTime.ofSeconds(3600),
                SimTime.ofSeconds(3700),
                SimTime.ofSeconds(4300),
                SimTime.ofSeconds(5200));
        LiveDispatch live = LiveDispatch.of(d, new LiveTimeBase(T0, 10));
        assertThat(live.alertTime()).isEqualTo(T0.plusSeconds(360));
        assertThat(live.dispatchTime()).isEqualTo(T0.plusSeconds(370));
        assertThat(live.arrivalTime()).isEqualTo(T0.plusSeconds(430));
        assertThat(live.clearTime()).isEqualTo(T0.plusSeconds(520));
    }

    @Test
    void rowsAreCutToTheVisibleAlertsAndCarryTheStatusNow() {
        PatrolBoard board = new PatrolBoard(Clock.fixed(T0.plusSeconds(300), ZoneOffset.UTC));
        board.post(D);
        board.post(new LiveDispatch("A-9", "T-3", T0, T0.plusSeconds(10), T0.plusSeconds(20), T0.plusSeconds(30)));
        assertThat(board.size()).isEqualTo(2);
        assertThat(board.statusAt("A-1", T0)).contains(PatrolStatus.QUEUED);
        assertThat(board.statusAt("A-404", T0)).isEqualTo(Optional.empty());

        List<PatrolBoard.Row> rows = board.rows(List.of("A-1", "A-404"));
        assertThat(rows).hasSize(1);
        PatrolBoard.DispatchDto dto = PatrolBoard.dto(rows.get(0));
        assertThat(dto.alertId()).isEqualTo("A-1");
        assertThat(dto.teamId()).isEqualTo("T-2");
        assertThat(dto.status()).isEqualTo("EN_ROUTE");
        assertThat(dto.etaS()).isEqualTo(420);
        assertThat(dto.dispatchTime()).isEqualTo("2026-11-26T02:02:00Z");
        assertThat(dto.arrivalTime()).isEqualTo("2026-11-26T02:12:00Z");
        assertThat(dto.clearTime()).isEqualTo("2026-11-26T02:27:00Z");
        assertThat(board.rows(List.of())).isEmpty();

        // A later post for the same alert replaces the earlier one.
        board.post(new LiveDispatch("A-1", "T-5", T0, T0, T0, T0));
        assertThat(board.size()).isEqualTo(2);
        assertThat(board.forAlert("A-1").orElseThrow().teamId()).isEqualTo("T-5");
        assertThat(board.statusAt("A-1", T0)).contains(PatrolStatus.CLEARED);
    }
}

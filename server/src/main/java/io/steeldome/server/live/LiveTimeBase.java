package io.steeldome.server.live;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.server.ServerError;
import io.steeldome.server.approval.ApprovalService;
import java.time.Instant;
import java.util.Objects;

/**
 * Maps a run's scenario time (SimTime from 0) onto the live time base (SimTime since the Unix epoch, see
 * {@link ApprovalService#simTime}) and back: scenario second {@code t} is due at {@code start + t / speed}.
 *
 * @param start the wall-clock instant of scenario time 0
 * @param speed scenario seconds per wall-clock second, finite and positive (an as-fast-as-possible run maps at 1:
 *     its recommendations are then dated ahead of the server's clock and cannot be approved)
 */
public record LiveTimeBase(Instant start, double speed) {
    public LiveTimeBase {
        Objects.requireNonNull(start, "start");
        if (!(speed > 0 && Double.isFinite(speed))) {
            throw new SteeldomeException(ServerError.BAD_CONFIG, "live time base speed", speed);
        }
    }

    /** The live instant at which scenario time {@code t} is due. */
    public SimTime toLive(SimTime t) {
        return new SimTime(ApprovalService.simTime(start).nanos() + Math.round(t.nanos() / speed));
    }

    /** The scenario time of live instant {@code live}. */
    public SimTime toScenario(SimTime live) {
        return new SimTime(
                Math.round((live.nanos() - ApprovalService.simTime(start).nanos()) * speed));
    }

    /** The wall-clock instant at which scenario time {@code t} is due. */
    public Instant instantOf(SimTime t) {
        return start.plusNanos(Math.round(t.nanos() / speed));
    }
}

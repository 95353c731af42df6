package io.steeldome.server.patrol;

import io.steeldome.border.dispatch.Dispatch;
import io.steeldome.server.live.LiveTimeBase;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One team sent to one alert, on the live time base (wall-clock instants).
 *
 * @param alertId the alert answered
 * @param teamId the team sent
 * @param alertTime when the alert was raised
 * @param dispatchTime when the team set off, not before {@code alertTime}
 * @param arrivalTime when the team reaches the alert's position, not before {@code dispatchTime}
 * @param clearTime when the team leaves the scene, not before {@code arrivalTime}
 */
public record LiveDispatch(
        String alertId,
        String teamId,
        Instant alertTime,
        Instant dispatchTime,
        Instant arrivalTime,
        Instant clearTime) {
    public LiveDispatch {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(alertTime, "alertTime");
        Objects.requireNonNull(dispatchTime, "dispatchTime");
        Objects.requireNonNull(arrivalTime, "arrivalTime");
        Objects.requireNonNull(clearTime, "clearTime");
        if (dispatchTime.isBefore(alertTime) || arrivalTime.isBefore(dispatchTime) || clearTime.isBefore(arrivalTime)) {
            throw new IllegalArgumentException("dispatch of " + alertId + ": times out of order: alert " + alertTime
                    + ", dispatch " + dispatchTime + ", arrival " + arrivalTime + ", clear " + clearTime);
        }
    }

    /** The border module's dispatch (scenario time) mapped onto the live time base. */
    public static LiveDispatch of(Dispatch d, LiveTimeBase base) {
        return new LiveDispatch(
                d.alertId(),
                d.teamId(),
                base.instantOf(d.alertTime()),
                base.instantOf(d.dispatchTime()),
                base.instantOf(d.arrivalTime()),
                base.instantOf(d.clearTime()));
    }

    /**
     * The status at {@code at}: each phase starts at its own instant (a team is en route at exactly its dispatch
     * time, on scene at exactly its arrival time, cleared at exactly its clear time).
     */
    public PatrolStatus statusAt(Instant at) {
        if (at.isBefore(dispatchTime)) {
            return PatrolStatus.QUEUED;
        }
        if (at.isBefore(arrivalTime)) {
            return PatrolStatus.EN_ROUTE;
        }
        if (at.isBefore(clearTime)) {
            return PatrolStatus.ON_SCENE;
        }
        return PatrolStatus.CLEARED;
    }

    /** Seconds until the team is on scene at {@code at} (0 once it has arrived). */
    public double etaS(Instant at) {
        return at.isBefore(arrivalTime) ? Duration.between(at, arrivalTime).toNanos() / 1e9 : 0;
    }
}

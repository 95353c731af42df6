package io.steeldome.border.dispatch;

import io.steeldome.core.time.SimTime;
import java.util.Objects;

/**
 * One team sent to one alert.
 *
 * @param alertId the alert answered
 * @param teamId the team sent
 * @param alertTime when the alert was raised
 * @param dispatchTime when the team set off (later than {@code alertTime} if the alert waited in the queue)
 * @param arrivalTime when the team reached the alert's position
 * @param clearTime when the team left the scene
 */
public record Dispatch(
        String alertId,
        String teamId,
        SimTime alertTime,
        SimTime dispatchTime,
        SimTime arrivalTime,
        SimTime clearTime) {
    public Dispatch {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(alertTime, "alertTime");
        Objects.requireNonNull(dispatchTime, "dispatchTime");
        Objects.requireNonNull(arrivalTime, "arrivalTime");
        Objects.requireNonNull(clearTime, "clearTime");
    }

    /** Time spent waiting for a free team, s. */
    public double waitS() {
        return dispatchTime.secondsSince(alertTime);
    }

    /** Time from alert to arrival on scene, s. */
    public double responseS() {
        return arrivalTime.secondsSince(alertTime);
    }
}

package io.steeldome.server.patrol;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The patrol dispatches the server knows, by alert id (one team per alert; a later post for the same alert replaces
 * the earlier one), with each one's status at an instant. Thread-safe: a live run posts while the REST API and the
 * WebSocket push read. Held in memory only: a dispatch is the border module's answer to an alert, not a decision of
 * an operator, and a restarted run posts its own again.
 */
public final class PatrolBoard {
    private final Clock clock;
    private final Map<String, LiveDispatch> byAlert = new LinkedHashMap<>();

    /** @param clock the server's wall clock, for {@link #rows} "now" */
    public PatrolBoard(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One dispatch as seen at an instant. */
    public record Row(LiveDispatch dispatch, PatrolStatus status, double etaS) {}

    /**
     * A dispatch as the REST API and the WebSocket give it: times in ISO-8601 UTC, {@code etaS} the whole seconds
     * (rounded up) until the team is on scene, 0 once it is.
     */
    public record DispatchDto(
            String alertId,
            String teamId,
            String status,
            String alertTime,
            String dispatchTime,
            String arrivalTime,
            String clearTime,
            long etaS) {}

    public static DispatchDto dto(Row r) {
        LiveDispatch d = r.dispatch();
        return new DispatchDto(
                d.alertId(),
                d.teamId(),
                r.status().name(),
                d.alertTime().toString(),
                d.dispatchTime().toString(),
                d.arrivalTime().toString(),
                d.clearTime().toString(),
                (long) Math.ceil(r.etaS()));
    }

    public static List<DispatchDto> dto(List<Row> rows) {
        return rows.stream().map(PatrolBoard::dto).toList();
    }

    public synchronized void post(LiveDispatch d) {
        byAlert.put(d.alertId(), d);
    }

    /** The dispatch answering alert {@code alertId}, if any. */
    public synchronized Optional<LiveDispatch> forAlert(String alertId) {
        return Optional.ofNullable(byAlert.get(alertId));
    }

    /** Every dispatch held, in the order posted. */
    public synchronized List<LiveDispatch> all() {
        return List.copyOf(byAlert.values());
    }

    public synchronized int size() {
        return byAlert.size();
    }

    /** The status of alert {@code alertId}'s dispatch at {@code at}; empty when no patrol was sent to it. */
    public synchronized Optional<PatrolStatus> statusAt(String alertId, Instant at) {
        return forAlert(alertId).map(d -> d.statusAt(at));
    }

    /**
     * The dispatches of the alerts in {@code visibleAlertIds} (those a caller's agency may see: a dispatch is
     * released only with its alert) as they stand at {@code at}, in the order posted.
     */
    public List<Row> rows(Collection<String> visibleAlertIds, Instant at) {
        java.util.Set<String> visible = java.util.Set.copyOf(visibleAlertIds);
        List<Row> rows = new ArrayList<>();
        for (LiveDispatch d : all()) {
            if (visible.contains(d.alertId())) {
                rows.add(new Row(d, d.statusAt(at), d.etaS(at)));
            }
        }
        return rows;
    }

    /** As {@link #rows(Collection, Instant)}, now on the server's clock. */
    public List<Row> rows(Collection<String> visibleAlertIds) {
        return rows(visibleAlertIds, clock.instant());
    }

    /** Forgets every dispatch (a new live run starts). */
    public synchronized void clear() {
        byAlert.clear();
    }
}

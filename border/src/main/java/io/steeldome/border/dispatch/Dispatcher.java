package io.steeldome.border.dispatch;

import io.steeldome.border.BorderError;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sends patrol teams to look at alerts: a deterministic discrete-event run over a list of alerts.
 *
 * <ul>
 *   <li>Each alert is answered only by teams of its own agency ({@link BorderAlert#agencyId()}).
 *   <li>Alerts raised at the same instant are assigned together to the idle teams of their agency so that the sum of
 *       arrival times is least ({@link BatchAssignment}); a single alert thus gets the idle team that arrives first.
 *   <li>Alerts that find no idle team wait in their agency's queue ({@link QueuePolicy}).
 *   <li>A team travels from its outpost, stays {@link DispatchOptions#onSceneS()} on scene, then goes straight to the
 *       head of its agency's queue if that is not empty (from the scene), otherwise returns home. A returning team is
 *       busy until it is home (it is not redirected on the way), which keeps positions exact.
 * </ul>
 *
 * At equal times team events are handled before new alerts, so a team that is home at t can take an alert raised at t.
 * The dispatcher only sends teams to look; it holds no state between runs.
 */
public final class Dispatcher {
    private final List<Team> teams;
    private final TravelModel travel;
    private final DispatchOptions options;

    public Dispatcher(List<Team> teams, TravelModel travel, DispatchOptions options) {
        this.teams = List.copyOf(teams);
        this.travel = travel;
        this.options = options;
        Set<String> ids = new HashSet<>();
        for (Team t : this.teams) {
            if (!ids.add(t.id())) {
                throw new SteeldomeException(BorderError.BAD_OPTION, "team id", t.id(), "duplicate");
            }
        }
    }

    private enum Kind {
        ARRIVE,
        CLEAR,
        HOME
    }

    private record Event(SimTime time, long seq, int team, Kind kind) {}

    private static final class TeamRun {
        final Team team;
        TeamState state = TeamState.IDLE;
        BorderAlert current;
        SimTime dispatchTime;
        SimTime arrivalTime;

        TeamRun(Team team) {
            this.team = team;
        }
    }

    /** Runs all alerts (any order; sorted by time then id) until every team is home or nothing more can be done. */
    public DispatchResult run(List<BorderAlert> alerts) {
        List<BorderAlert> sorted = new ArrayList<>(alerts);
        sorted.sort(Comparator.comparing(BorderAlert::time).thenComparing(BorderAlert::id));
        Set<String> alertIds = new HashSet<>();
        for (BorderAlert a : sorted) {
            if (!alertIds.add(a.id())) {
                throw new SteeldomeException(BorderError.BAD_OPTION, "alert id", a.id(), "duplicate");
            }
        }
        Comparator<BorderAlert> order = options.queuePolicy() == QueuePolicy.CONFIDENCE
                ? Comparator.comparingDouble(BorderAlert::confidence)
                        .reversed()
                        .thenComparing(BorderAlert::time)
                        .thenComparing(BorderAlert::id)
                : Comparator.comparing(BorderAlert::time).thenComparing(BorderAlert::id);
        Map<String, List<BorderAlert>> queues = new TreeMap<>();
        List<TeamRun> runs = teams.stream().map(TeamRun::new).toList();
        PriorityQueue<Event> events =
                new PriorityQueue<>(Comparator.comparing(Event::time).thenComparingLong(Event::seq));
        long[] seq = {0};
        List<Dispatch> dispatches = new ArrayList<>();
        List<TeamEvent> timeline = new ArrayList<>();

        int next = 0;
        while (next < sorted.size() || !events.isEmpty()) {
            SimTime alertTime = next < sorted.size() ? sorted.get(next).time() : null;
            if (!events.isEmpty() && (alertTime == null || !events.peek().time().isAfter(alertTime))) {
                Event e = events.poll();
                TeamRun r = runs.get(e.team());
                switch (e.kind()) {
                    case ARRIVE -> {
                        r.state = TeamState.ON_SCENE;
                        r.arrivalTime = e.time();
                        timeline.add(new TeamEvent(e.time(), r.team.id(), r.state, Optional.of(r.current.id())));
                        events.add(new Event(e.time().shiftedBy(options.onSceneS()), seq[0]++, e.team(), Kind.CLEAR));
                    }
                    case CLEAR -> {
                        dispatches.add(new Dispatch(
                                r.current.id(),
                                r.team.id(),
                                r.current.time(),
                                r.dispatchTime,
                                r.arrivalTime,
                                e.time()));
                        GeodeticPoint scene = r.current.position();
                        r.current = null;
                        if (!takeFromQueue(r, e.team(), scene, e.time(), queues, events, seq, timeline)) {
                            r.state = TeamState.RETURNING;
                            timeline.add(new TeamEvent(e.time(), r.team.id(), r.state, Optional.empty()));
                            double backS = travel.travelTimeS(scene, r.team.outpost(), r.team.mobility());
                            // A team that cannot get home is left returning; it can never be sent again.
                            if (Double.isFinite(backS)) {
                                events.add(new Event(e.time().shiftedBy(backS), seq[0]++, e.team(), Kind.HOME));
                            }
                        }
                    }
                    case HOME -> {
                        r.state = TeamState.IDLE;
                        timeline.add(new TeamEvent(e.time(), r.team.id(), r.state, Optional.empty()));
                        takeFromQueue(r, e.team(), r.team.outpost(), e.time(), queues, events, seq, timeline);
                    }
                }
                continue;
            }
            // All alerts raised at this instant, grouped by agency.
            Map<String, List<BorderAlert>> batch = new TreeMap<>();
            while (next < sorted.size() && sorted.get(next).time().equals(alertTime)) {
                BorderAlert a = sorted.get(next++);
                batch.computeIfAbsent(a.agencyId(), k -> new ArrayList<>()).add(a);
            }
            for (Map.Entry<String, List<BorderAlert>> en : batch.entrySet()) {
                List<BorderAlert> fresh = en.getValue();
                List<Integer> idle = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    TeamRun r = runs.get(i);
                    if (r.state == TeamState.IDLE && r.team.agencyId().equals(en.getKey())) {
                        idle.add(i);
                    }
                }
                double[][] cost = new double[fresh.size()][idle.size()];
                for (int a = 0; a < fresh.size(); a++) {
                    for (int k = 0; k < idle.size(); k++) {
                        Team t = runs.get(idle.get(k)).team;
                        cost[a][k] =
                                travel.travelTimeS(t.outpost(), fresh.get(a).position(), t.mobility());
                    }
                }
                int[] teamOf = BatchAssignment.assign(cost);
                List<BorderAlert> queue = queues.computeIfAbsent(en.getKey(), k -> new ArrayList<>());
                for (int a = 0; a < fresh.size(); a++) {
                    if (teamOf[a] < 0) {
                        queue.add(fresh.get(a));
                    } else {
                        int ti = idle.get(teamOf[a]);
                        send(runs.get(ti), ti, fresh.get(a), cost[a][teamOf[a]], alertTime, events, seq, timeline);
                    }
                }
                queue.sort(order);
            }
        }
        List<String> unanswered = new ArrayList<>();
        for (List<BorderAlert> q : queues.values()) {
            q.stream().sorted(Comparator.comparing(BorderAlert::id)).forEach(a -> unanswered.add(a.id()));
        }
        return new DispatchResult(dispatches, timeline, unanswered);
    }

    /** Sends a free team at {@code from} to the first queued alert of its agency it can reach; false if none. */
    private boolean takeFromQueue(
            TeamRun r,
            int index,
            GeodeticPoint from,
            SimTime now,
            Map<String, List<BorderAlert>> queues,
            PriorityQueue<Event> events,
            long[] seq,
            List<TeamEvent> timeline) {
        List<BorderAlert> queue = queues.get(r.team.agencyId());
        if (queue == null) {
            return false;
        }
        for (Iterator<BorderAlert> it = queue.iterator(); it.hasNext(); ) {
            BorderAlert a = it.next();
            double s = travel.travelTimeS(from, a.position(), r.team.mobility());
            if (Double.isFinite(s)) {
                it.remove();
                send(r, index, a, s, now, events, seq, timeline);
                return true;
            }
        }
        return false;
    }

    private void send(
            TeamRun r,
            int index,
            BorderAlert a,
            double travelS,
            SimTime now,
            PriorityQueue<Event> events,
            long[] seq,
            List<TeamEvent> timeline) {
        r.state = TeamState.EN_ROUTE;
        r.current = a;
        r.dispatchTime = now;
        timeline.add(new TeamEvent(now, r.team.id(), r.state, Optional.of(a.id())));
        events.add(new Event(now.shiftedBy(travelS), seq[0]++, index, Kind.ARRIVE));
    }
}

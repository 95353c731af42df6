package io.steeldome.defence.doctrine;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Weapons control status per layer over time: an initial status for every layer, then changes in time order, each
 * for every layer or for the named ones. At time t a layer's status is that of the last change at or before t that
 * covers it, else the initial status.
 *
 * @param initial status of every layer before the first change
 * @param changes in non-decreasing time order
 */
public record WcsSchedule(WeaponsControlStatus initial, List<Change> changes) implements WeaponsControl {
    /**
     * One order.
     *
     * @param timeS when it takes effect, s of simulation time
     * @param layers layer names it applies to (as {@code EffectorSpec.layerName()}); empty means every layer
     */
    public record Change(double timeS, WeaponsControlStatus status, Set<String> layers) {
        public Change {
            Checks.finite("timeS", timeS);
            Objects.requireNonNull(status, "status");
            layers = Set.copyOf(layers);
        }

        public boolean covers(String layer) {
            return layers.isEmpty() || layers.contains(layer);
        }
    }

    /** Weapons free for every layer for the whole run: the default. */
    public static final WcsSchedule ALL_FREE = constant(WeaponsControlStatus.FREE);

    public WcsSchedule {
        Objects.requireNonNull(initial, "initial");
        changes = List.copyOf(changes);
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).timeS() < changes.get(i - 1).timeS()) {
                throw new SteeldomeException(
                        DoctrineError.SCHEDULE_OUT_OF_ORDER,
                        i,
                        changes.get(i).timeS(),
                        changes.get(i - 1).timeS());
            }
        }
    }

    public static WcsSchedule constant(WeaponsControlStatus status) {
        return new WcsSchedule(status, List.of());
    }

    @Override
    public WeaponsControlStatus statusAt(String layer, SimTime t) {
        WeaponsControlStatus s = initial;
        for (Change c : changes) {
            if (c.timeS() > t.seconds()) {
                break;
            }
            if (c.covers(layer)) {
                s = c.status();
            }
        }
        return s;
    }

    /**
     * Every status {@code layer} takes from t = 0 on, in order (for reports): "FREE" or "TIGHT, FREE from 300 s".
     */
    @Override
    public String describe(String layer) {
        List<String> parts = new ArrayList<>();
        WeaponsControlStatus s = statusAt(layer, SimTime.ZERO); // changes at t <= 0 are the starting status
        parts.add(s.name());
        for (Change c : changes) {
            if (c.timeS() > 0 && c.covers(layer) && c.status() != s) {
                s = c.status();
                parts.add(s.name() + " from " + trim(c.timeS()) + " s");
            }
        }
        return String.join(", ", parts);
    }

    /** The layers the schedule names explicitly. */
    public Set<String> namedLayers() {
        Set<String> out = new TreeSet<>();
        changes.forEach(c -> out.addAll(c.layers()));
        return out;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

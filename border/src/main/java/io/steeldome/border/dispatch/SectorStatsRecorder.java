package io.steeldome.border.dispatch;

import io.steeldome.border.BorderError;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Collects per-sector events (crossings and their first detection, false alerts, patrol responses) and turns them into
 * {@link SectorStatistics}. Confined to one thread; {@link #statistics(double)} returns an immutable snapshot.
 */
public final class SectorStatsRecorder {
    private static final class Acc {
        int crossings;
        int detected;
        double detectSumS;
        int responses;
        double respondSumS;
        int falseAlerts;
    }

    private final Map<String, Acc> bySector = new TreeMap<>();

    private Acc acc(String sectorId) {
        return bySector.computeIfAbsent(Objects.requireNonNull(sectorId, "sectorId"), k -> new Acc());
    }

    /** A true crossing that started at {@code start} and was first detected at {@code firstDetection}, if ever. */
    public SectorStatsRecorder crossing(String sectorId, SimTime start, Optional<SimTime> firstDetection) {
        Acc a = acc(sectorId);
        a.crossings++;
        firstDetection.ifPresent(t -> {
            if (t.isBefore(start)) {
                throw new SteeldomeException(BorderError.BAD_OPTION, "firstDetection", t, "before crossing start");
            }
            a.detected++;
            a.detectSumS += t.secondsSince(start);
        });
        return this;
    }

    /** An alert with no crossing behind it. */
    public SectorStatsRecorder falseAlert(String sectorId) {
        acc(sectorId).falseAlerts++;
        return this;
    }

    /** A patrol reached an alert of this sector. */
    public SectorStatsRecorder response(String sectorId, Dispatch dispatch) {
        Acc a = acc(sectorId);
        a.responses++;
        a.respondSumS += dispatch.responseS();
        return this;
    }

    /** Every dispatch of a run, each counted in the sector of its alert (alerts not in {@code alerts} are rejected). */
    public SectorStatsRecorder responses(DispatchResult result, List<BorderAlert> alerts) {
        Map<String, String> sectorOf = new HashMap<>();
        alerts.forEach(a -> sectorOf.put(a.id(), a.sectorId()));
        for (Dispatch d : result.dispatches()) {
            String sector = sectorOf.get(d.alertId());
            if (sector == null) {
                throw new SteeldomeException(BorderError.BAD_OPTION, "dispatch", d.alertId(), "alert not given");
            }
            response(sector, d);
        }
        return this;
    }

    /** Statistics per sector id (sorted) for an observation period of {@code observedS} seconds. */
    public Map<String, SectorStatistics> statistics(double observedS) {
        Map<String, SectorStatistics> out = new TreeMap<>();
        bySector.forEach((id, a) -> out.put(
                id,
                new SectorStatistics(
                        id,
                        a.crossings,
                        a.detected,
                        a.detected == 0 ? OptionalDouble.empty() : OptionalDouble.of(a.detectSumS / a.detected),
                        a.responses,
                        a.responses == 0 ? OptionalDouble.empty() : OptionalDouble.of(a.respondSumS / a.responses),
                        a.falseAlerts,
                        observedS)));
        return java.util.Collections.unmodifiableMap(out);
    }
}

package io.steeldome.sim.border;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.crossing.CrosserKind;
import io.steeldome.border.detect.Station;
import io.steeldome.border.dispatch.DispatchResult;
import io.steeldome.border.dispatch.SectorStatistics;
import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.Sector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a border run produced.
 *
 * @param stretch the stretch of border simulated (distances along it from 0)
 * @param sectors its sectors (distances along {@code stretch})
 * @param stations the stations used (listed or planned)
 * @param stationAgencies owning agency per station id (the agency of the sector nearest it)
 * @param crossings one per generated crossing, in departure order
 * @param alerts every alert (one per confirmed track, at confirmation), sorted by time then id
 * @param falseAlertIds alerts no crossing explains
 * @param dispatch the patrol dispatch run over {@code alerts}
 * @param sectorStats per sector id, every sector present
 * @param views what each agency sees, in scenario order
 * @param terrainSource the DEM's description
 * @param syntheticTerrain whether the terrain is SYNTHETIC
 * @param observedS length of the run, s
 */
public record BorderRunResult(
        BorderScenario scenario,
        int days,
        BorderLine stretch,
        List<Sector> sectors,
        List<Station> stations,
        Map<String, String> stationAgencies,
        List<CrossingOutcome> crossings,
        List<BorderAlert> alerts,
        List<String> falseAlertIds,
        DispatchResult dispatch,
        Map<String, SectorStatistics> sectorStats,
        List<AgencyView> views,
        String terrainSource,
        boolean syntheticTerrain,
        double observedS) {
    public BorderRunResult {
        Objects.requireNonNull(scenario, "scenario");
        sectors = List.copyOf(sectors);
        stations = List.copyOf(stations);
        stationAgencies = Map.copyOf(stationAgencies);
        crossings = List.copyOf(crossings);
        alerts = List.copyOf(alerts);
        falseAlertIds = List.copyOf(falseAlertIds);
        sectorStats = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sectorStats));
        views = List.copyOf(views);
    }

    /**
     * One crossing and what surveillance made of it.
     *
     * @param routed false if no passable route joined its start and goal (it is then left out of the statistics)
     * @param detections station detections of it
     * @param firstAlert time of its first alert, if any
     * @param alertIds the alerts it raised
     * @param path its route, thinned for drawing
     */
    public record CrossingOutcome(
            String id,
            CrosserKind kind,
            String sectorId,
            String agencyId,
            SimTime departure,
            boolean routed,
            double lengthM,
            int detections,
            Optional<SimTime> firstAlert,
            List<String> alertIds,
            List<GeodeticPoint> path) {
        public CrossingOutcome {
            alertIds = List.copyOf(alertIds);
            path = List.copyOf(path);
        }

        public boolean detected() {
            return firstAlert.isPresent();
        }

        /** Time from departure to first alert, s. */
        public Optional<Double> timeToDetectS() {
            return firstAlert.map(t -> t.secondsSince(departure));
        }
    }

    /**
     * What one agency sees of the shared picture.
     *
     * @param alerts alerts in its view
     * @param ownAlerts of which its own
     * @param fullFromPartners partners' alerts seen in full
     * @param downgradedFromPartners partners' alerts seen as position-downgraded copies
     * @param byOwner alerts seen per owning agency
     */
    public record AgencyView(
            String agencyId,
            String name,
            int alerts,
            int ownAlerts,
            int fullFromPartners,
            int downgradedFromPartners,
            Map<String, Integer> byOwner) {
        public AgencyView {
            byOwner = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byOwner));
        }
    }
}

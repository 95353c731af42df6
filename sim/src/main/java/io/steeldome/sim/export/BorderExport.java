package io.steeldome.sim.export;

import static io.steeldome.sim.export.ScenarioExport.ms;
import static io.steeldome.sim.export.ScenarioExport.props;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.detect.Station;
import io.steeldome.border.geometry.Sector;
import io.steeldome.interop.czml.Czml;
import io.steeldome.interop.czml.Czml.Rgba;
import io.steeldome.interop.geojson.GeoJson;
import io.steeldome.sim.border.BorderOutputs;
import io.steeldome.sim.border.BorderRunResult;
import io.steeldome.sim.border.BorderRunResult.CrossingOutcome;
import java.time.Instant;
import java.util.Map;

/**
 * A border surveillance run as GeoJSON and CZML: the stretch and its sectors, the stations with their nominal range
 * rings, the crossings' routes and the alerts with their 95 % position ellipses. Times as in {@link ScenarioExport}:
 * seconds since the run start, placed at an epoch the caller gives. Detection and alerting only: nothing here
 * models or recommends force against people.
 */
public final class BorderExport {
    /** How long an alert stays on the CZML map after it is raised, s. */
    static final double ALERT_SHOWN_S = 1800;

    private static final Rgba LINE = new Rgba(200, 200, 200, 255);
    private static final Rgba SECTOR = new Rgba(31, 119, 180, 255);
    private static final Rgba STATION = new Rgba(255, 215, 0, 255);
    private static final Rgba COVERAGE = new Rgba(255, 215, 0, 25);
    private static final Rgba DETECTED = new Rgba(42, 170, 119, 255);
    private static final Rgba MISSED = new Rgba(238, 51, 51, 255);
    private static final Rgba ALERT = new Rgba(255, 255, 255, 255);
    private static final Rgba ALERT_FILL = new Rgba(255, 153, 0, 70);

    private BorderExport() {}

    public static GeoJson geoJson(BorderRunResult r, Instant epoch) {
        GeoJson g = new GeoJson().withBbox();
        g.lineString(
                "border:" + r.stretch().id(),
                r.stretch().vertices(),
                false,
                props("kind", "border", "length_m", Math.rint(r.stretch().lengthM() * 10) / 10));
        for (Sector s : r.sectors()) {
            g.lineString(
                    "sector:" + s.id(),
                    s.line().vertices(),
                    false,
                    props("kind", "sector", "sector", s.id(), "agency", s.agencyId()));
        }
        for (Station s : r.stations()) {
            g.point("station:" + s.id(), s.position(), true, stationProps(r, s));
        }
        for (Station s : r.stations()) {
            g.polygon(
                    "coverage:" + s.id(),
                    GeoJson.Rings.of(ScenarioExport.ring(s.position(), s.rangeM())),
                    props("kind", "coverage", "station", s.id(), "basis", "nominal range", "range_m", s.rangeM()));
        }
        for (CrossingOutcome c : r.crossings()) {
            if (c.path().size() >= 2) {
                g.lineString("crossing:" + c.id(), c.path(), false, crossingProps(c, epoch));
            }
        }
        for (BorderAlert a : r.alerts()) {
            Map<String, Object> p = alertProps(r, a, epoch);
            g.point("alert:" + a.id(), a.position(), false, p);
            if (a.uncertainty().semiMinorM() > 0) {
                g.polygon("alert-ellipse:" + a.id(), GeoJson.Rings.of(alertEllipse(a)), p);
            }
        }
        return g;
    }

    public static Czml czml(BorderRunResult r, Instant epoch) {
        double end = r.observedS();
        Czml c = new Czml("steeldome border: " + r.scenario().name(), epoch, 0, end, 60);
        c.packet("border:" + r.stretch().id())
                .name(r.stretch().id())
                .polyline(r.stretch().vertices(), LINE, 2, 0, end);
        for (Sector s : r.sectors()) {
            c.packet("sector:" + s.id())
                    .name(s.id() + " (" + s.agencyId() + ")")
                    .polyline(s.line().vertices(), SECTOR, 4, 0, end);
        }
        for (Station s : r.stations()) {
            c.packet("station:" + s.id())
                    .name(s.id())
                    .position(s.position())
                    .point(STATION, 8)
                    .label(s.id(), STATION)
                    .properties(stationProps(r, s));
            c.packet("coverage:" + s.id())
                    .name(s.id() + " nominal range")
                    .polygon(ScenarioExport.ring(s.position(), s.rangeM()), COVERAGE, STATION);
        }
        for (CrossingOutcome x : r.crossings()) {
            double from = Math.min(x.departure().seconds(), end);
            if (x.path().size() >= 2) {
                c.packet("crossing:" + x.id())
                        .name("crossing " + x.id() + " (" + x.kind() + ")")
                        .polyline(x.path(), x.detected() ? DETECTED : MISSED, 1.5, from, end)
                        .properties(crossingProps(x, epoch));
            }
        }
        for (BorderAlert a : r.alerts()) {
            double from = Math.min(a.time().seconds(), end);
            var p = c.packet("alert:" + a.id())
                    .name("alert " + a.id() + " (" + a.classification() + ")")
                    .availability(from, Math.min(from + ALERT_SHOWN_S, end))
                    .position(a.position().withHeight(0))
                    .point(ALERT, 6)
                    .properties(alertProps(r, a, epoch));
            if (a.uncertainty().semiMinorM() > 0) {
                p.ellipse(
                        a.uncertainty().semiMajorM() * ScenarioExport.SIGMA_TO_95,
                        a.uncertainty().semiMinorM() * ScenarioExport.SIGMA_TO_95,
                        majorFromEast(a),
                        ALERT_FILL);
            }
        }
        return c;
    }

    /** PositionUncertainty's axis is clockwise from north; the exports use counter-clockwise from east. */
    static double majorFromEast(BorderAlert a) {
        return Math.PI / 2 - a.uncertainty().orientationRad();
    }

    private static java.util.List<io.steeldome.core.geo.GeodeticPoint> alertEllipse(BorderAlert a) {
        return ScenarioExport.ellipse(
                a.position(),
                a.uncertainty().semiMajorM() * ScenarioExport.SIGMA_TO_95,
                a.uncertainty().semiMinorM() * ScenarioExport.SIGMA_TO_95,
                majorFromEast(a));
    }

    private static Map<String, Object> stationProps(BorderRunResult r, Station s) {
        return props(
                "kind", "border-station",
                "station", s.id(),
                "type", s.type().name(),
                "agency", r.stationAgencies().getOrDefault(s.id(), ""),
                "mast_height_m", s.mastHeightM(),
                "range_m", s.rangeM());
    }

    private static Map<String, Object> crossingProps(CrossingOutcome c, Instant epoch) {
        return props(
                "kind", "crossing",
                "crossing", c.id(),
                "crosser", c.kind().name(),
                "sector", c.sectorId(),
                "agency", c.agencyId(),
                "departure_time", GeoJson.isoTime(epoch, c.departure().seconds()),
                "departure_time_s", ms(c.departure().seconds()),
                "routed", c.routed(),
                "detected", c.detected(),
                "alerts", c.alertIds());
    }

    private static Map<String, Object> alertProps(BorderRunResult r, BorderAlert a, Instant epoch) {
        return props(
                "kind", "alert",
                "alert", a.id(),
                "time", GeoJson.isoTime(epoch, a.time().seconds()),
                "time_s", ms(a.time().seconds()),
                "class", a.classification().name(),
                "confidence", Math.rint(a.confidence() * 1000) / 1000,
                "sector", a.sectorId(),
                "agency", a.agencyId(),
                "semi_major_95_m", Math.rint(a.uncertainty().semiMajorM() * ScenarioExport.SIGMA_TO_95 * 10) / 10,
                "semi_minor_95_m", Math.rint(a.uncertainty().semiMinorM() * ScenarioExport.SIGMA_TO_95 * 10) / 10,
                "false_alert", r.falseAlertIds().contains(a.id()),
                "scope", BorderOutputs.SCOPE);
    }
}

package io.steeldome.sim.export;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.interop.czml.Czml;
import io.steeldome.interop.czml.Czml.Rgba;
import io.steeldome.interop.geojson.GeoJson;
import io.steeldome.sim.run.DecisionRecord;
import io.steeldome.sim.run.EngagementRecord;
import io.steeldome.sim.run.PredictedImpact;
import io.steeldome.sim.run.RunResult;
import io.steeldome.sim.run.SceneLayout;
import io.steeldome.sim.run.TerrainNote;
import io.steeldome.sim.run.ThreatOutcome;
import io.steeldome.sim.run.TrackSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A scenario and a run as GeoJSON (RFC 7946, for GIS) and CZML (time-dynamic, for CesiumJS).
 *
 * <p>Scenarios have no absolute start time: simulation time counts seconds from the scenario start. The exports put
 * that start at {@link #DEFAULT_EPOCH} unless the caller passes another epoch; ISO-8601 times in the files are that
 * epoch plus the simulation time, and every timed item also carries the plain seconds ({@code *_s} properties).
 *
 * <p>Feature and packet ids are {@code kind:id} ({@code asset:TOWN}, {@code track:T3}, {@code shot:7}) and items come
 * in a fixed order (layout, coverage, truth, tracks, shots, predicted impacts), so the same run gives the same bytes.
 *
 * <p>Coverage polygons are each site's nominal range ring (a geodesic 72-gon) and, for radars masked by terrain, where
 * the mask lets them see a target at fixed heights ({@link SceneLayout.Coverage}, ids {@code
 * coverage-masked:<site>:<height>m}; the terrain's source and whether it is synthetic go with them).
 */
public final class ScenarioExport {
    /** Where simulation time 0 is put when the caller gives no epoch. */
    public static final Instant DEFAULT_EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    /** Scale from a 1-sigma to the 95 % ellipse of a 2-D Gaussian: sqrt(chi2(2 dof, 0.95)) = sqrt(5.991). */
    public static final double SIGMA_TO_95 = Math.sqrt(5.991464547107979);
    /** How long an intercept or impact marker stays visible in the CZML, s. */
    static final double MARKER_S = 30;

    private static final Rgba ASSET = new Rgba(30, 144, 255, 90);
    private static final Rgba ASSET_EDGE = new Rgba(30, 144, 255, 255);
    private static final Rgba RADAR = new Rgba(255, 215, 0, 255);
    private static final Rgba EFFECTOR = new Rgba(50, 205, 50, 255);
    private static final Rgba COVERAGE = new Rgba(255, 215, 0, 25);
    private static final Rgba BORDER = new Rgba(200, 200, 200, 255);
    private static final Rgba THREAT = new Rgba(255, 69, 0, 255);
    private static final Rgba TRACK = new Rgba(0, 255, 255, 255);
    private static final Rgba SHOT = new Rgba(124, 252, 0, 255);
    private static final Rgba IMPACT = new Rgba(255, 140, 0, 80);
    private static final Rgba WHITE = new Rgba(255, 255, 255, 255);

    private ScenarioExport() {}

    /** The static scenario: defended areas, sites with their coverage rings, border lines and stations. */
    public static GeoJson scenarioGeoJson(SceneLayout layout) {
        GeoJson g = new GeoJson().withBbox();
        addLayout(g, layout, Optional.empty());
        return g;
    }

    /**
     * The scenario and what happened: truth paths and tracks with per-vertex times ({@code times}, see {@link
     * GeoJson}), shots as launcher-to-intercept lines, and predicted impact points with their 95 % ellipses.
     */
    public static GeoJson runGeoJson(RunResult r, Instant epoch) {
        GeoJson g = new GeoJson().withBbox();
        addLayout(g, r.layout(), r.summary().terrain());
        for (ThreatOutcome t : r.threats()) {
            Map<String, Object> p = props(
                    "kind", "threat-truth",
                    "threat", t.threatId(),
                    "type", t.type(),
                    "class", t.threatClass(),
                    "fate", t.fate().name(),
                    "asset_hit", t.assetHit().orElse(""),
                    "killed_by", t.killedBy().orElse(""),
                    "launch_time", GeoJson.isoTime(epoch, t.launchTimeS()),
                    "end_time", GeoJson.isoTime(epoch, t.endTimeS()));
            if (t.path().size() >= 2) {
                g.timedLineString("threat:" + t.threatId(), t.path(), t.pathTimesS(), epoch, p);
            }
            g.point(
                    "threat-aim:" + t.threatId(),
                    t.aim(),
                    true,
                    props("kind", "threat-aim", "threat", t.threatId(), "type", t.type()));
            g.point(
                    "threat-end:" + t.threatId(),
                    t.endPoint(),
                    true,
                    props(
                            "kind",
                            "threat-end",
                            "threat",
                            t.threatId(),
                            "fate",
                            t.fate().name(),
                            "time",
                            GeoJson.isoTime(epoch, t.endTimeS()),
                            "time_s",
                            ms(t.endTimeS())));
        }
        for (Map.Entry<Long, List<TrackSample>> e : confirmedTracks(r).entrySet()) {
            List<TrackSample> s = e.getValue();
            if (s.size() >= 2) {
                g.timedLineString(
                        "track:T" + e.getKey(),
                        s.stream().map(TrackSample::position).toList(),
                        s.stream().map(TrackSample::timeS).toList(),
                        epoch,
                        props("kind", "track", "track", "T" + e.getKey()));
            }
        }
        for (EngagementRecord e : r.engagements()) {
            Map<String, Object> p = shotProperties(e, epoch);
            Optional<SceneLayout.Site> launcher = launcher(r.layout(), e.effectorId());
            if (launcher.isPresent()) {
                g.lineString("shot:" + e.id(), List.of(launcher.get().position(), e.plannedInterceptPoint()), true, p);
            } else {
                g.point("shot:" + e.id(), e.plannedInterceptPoint(), true, p);
            }
        }
        int k = 0;
        for (DecisionRecord d : r.decisions()) {
            if (d.impact().isEmpty()) {
                continue;
            }
            k++;
            PredictedImpact i = d.impact().get();
            Map<String, Object> p = props(
                    "kind", "predicted-impact",
                    "track", "T" + d.trackId(),
                    "assessed_time", GeoJson.isoTime(epoch, d.timeS()),
                    "assessed_time_s", ms(d.timeS()),
                    "impact_time", GeoJson.isoTime(epoch, i.timeS()),
                    "impact_time_s", ms(i.timeS()),
                    "class", d.inferredClass(),
                    "engage", d.engage(),
                    "max_p_hit", Math.rint(d.maxHitProbability() * 1000) / 1000,
                    "semi_major_95_m", Math.rint(i.sigmaMajorM() * SIGMA_TO_95 * 10) / 10,
                    "semi_minor_95_m", Math.rint(i.sigmaMinorM() * SIGMA_TO_95 * 10) / 10);
            g.point("impact:" + k, i.point(), false, p);
            if (i.sigmaMinorM() > 0) {
                g.polygon("impact-ellipse:" + k, GeoJson.Rings.of(ellipse(i, SIGMA_TO_95)), p);
            }
        }
        return g;
    }

    /** The run over time for CesiumJS: the clock spans the run, objects appear while they exist. */
    public static Czml runCzml(RunResult r, Instant epoch) {
        Czml c = new Czml("steeldome: " + r.scenarioName(), epoch, 0, r.durationS(), 10);
        SceneLayout l = r.layout();
        double end = r.durationS();
        addLayout(c, l, end);
        for (ThreatOutcome t : r.threats()) {
            Samples s = samples(t.pathTimesS(), t.path());
            if (s.times().isEmpty()) {
                continue;
            }
            c.packet("threat:" + t.threatId())
                    .name(t.threatId() + " (" + t.type() + ")")
                    .availability(s.times().get(0), s.times().get(s.times().size() - 1))
                    .position(s.times(), s.points(), 1)
                    .point(THREAT, 7)
                    .label(t.threatId(), THREAT)
                    .path(THREAT, 1.5, 600)
                    .properties(props(
                            "kind",
                            "threat-truth",
                            "type",
                            t.type(),
                            "fate",
                            t.fate().name()));
        }
        for (Map.Entry<Long, List<TrackSample>> e : confirmedTracks(r).entrySet()) {
            Samples s = samples(
                    e.getValue().stream().map(TrackSample::timeS).toList(),
                    e.getValue().stream().map(TrackSample::position).toList());
            if (s.times().isEmpty()) {
                continue;
            }
            c.packet("track:T" + e.getKey())
                    .name("track T" + e.getKey())
                    .availability(s.times().get(0), s.times().get(s.times().size() - 1))
                    .position(s.times(), s.points(), 1)
                    .point(TRACK, 6)
                    .label("T" + e.getKey(), TRACK)
                    .path(TRACK, 2, 600)
                    .properties(props("kind", "track"));
        }
        for (EngagementRecord e : r.engagements()) {
            Map<String, Object> p = shotProperties(e, epoch);
            double from = Math.min(e.launchTimeS(), end);
            double to = Math.min(Math.max(e.interceptTimeS(), from), end);
            Optional<SceneLayout.Site> launcher = launcher(l, e.effectorId());
            if (launcher.isPresent()) {
                c.packet("shot:" + e.id())
                        .name("shot " + e.id() + ": " + e.effectorId() + " at T" + e.trackId())
                        .polyline(List.of(launcher.get().position(), e.plannedInterceptPoint()), SHOT, 2, from, to)
                        .properties(p);
            }
            c.packet("intercept:" + e.id())
                    .name("intercept " + e.id() + " (" + e.result() + ")")
                    .availability(to, Math.min(to + MARKER_S, end))
                    .position(e.plannedInterceptPoint())
                    .point(SHOT, 9)
                    .properties(p);
        }
        int k = 0;
        for (DecisionRecord d : r.decisions()) {
            if (d.impact().isEmpty()) {
                continue;
            }
            k++;
            PredictedImpact i = d.impact().get();
            double from = Math.min(d.timeS(), end);
            double to = Math.min(Math.max(i.timeS(), from), end);
            c.packet("impact:" + k)
                    .name("predicted impact of T" + d.trackId())
                    .availability(from, to)
                    .position(i.point().withHeight(0))
                    .ellipse(
                            Math.max(1, i.sigmaMajorM() * SIGMA_TO_95),
                            Math.max(1, i.sigmaMinorM() * SIGMA_TO_95),
                            i.majorFromEastRad(),
                            IMPACT)
                    .properties(props("kind", "predicted-impact", "track", "T" + d.trackId(), "engage", d.engage()));
        }
        return c;
    }

    /**
     * The static scenario for CesiumJS, over a clock of {@code durationS} from {@code epoch}: defended areas, sites
     * with their coverage rings, border lines and stations.
     */
    public static Czml scenarioCzml(String name, SceneLayout layout, double durationS, Instant epoch) {
        Czml c = new Czml("steeldome: " + name, epoch, 0, durationS, 10);
        addLayout(c, layout, durationS);
        return c;
    }

    private static void addLayout(Czml c, SceneLayout l, double end) {
        for (SceneLayout.Area a : l.assets()) {
            c.packet("asset:" + a.id())
                    .name(a.name())
                    .polygon(a.ring(), ASSET, ASSET_EDGE)
                    .properties(props("kind", "asset", "value", a.value()));
        }
        for (SceneLayout.Site s : l.sites()) {
            Rgba colour = s.kind().equals("radar") ? RADAR : EFFECTOR;
            c.packet("site:" + s.id())
                    .name(s.label())
                    .position(s.position())
                    .point(colour, 10)
                    .label(s.id(), colour)
                    .properties(props("kind", s.kind(), "range_m", s.rangeM()));
            if (s.rangeM() > 0) {
                c.packet("coverage:" + s.id())
                        .name(s.label() + " nominal range")
                        .polygon(ring(s.position(), s.rangeM()), COVERAGE, colour);
            }
        }
        for (SceneLayout.Coverage cov : l.coverage()) {
            for (int k = 0; k < cov.polygons().size(); k++) {
                GeoJson.Rings p = cov.polygons().get(k);
                c.packet(coverageId(cov) + ":" + (k + 1))
                        .name(cov.siteId() + " coverage, target at " + Math.round(cov.targetHeightM()) + " m")
                        .polygon(p.exterior(), p.holes(), COVERAGE, RADAR)
                        .properties(props(
                                "kind", "coverage", "site", cov.siteId(), "target_height_m", cov.targetHeightM()));
            }
        }
        for (SceneLayout.Site s : l.stations()) {
            c.packet("station:" + s.id())
                    .name(s.label())
                    .position(s.position())
                    .point(BORDER, 8)
                    .label(s.id(), BORDER)
                    .properties(props("kind", "border-station"));
        }
        for (SceneLayout.Line b : l.borders()) {
            c.packet("border:" + b.id()).name(b.name()).polyline(b.points(), BORDER, 2, 0, end);
        }
    }

    private static void addLayout(GeoJson g, SceneLayout layout, Optional<TerrainNote> terrain) {
        for (SceneLayout.Area a : layout.assets()) {
            g.polygon(
                    "asset:" + a.id(),
                    GeoJson.Rings.of(a.ring()),
                    props("kind", "asset", "asset", a.id(), "name", a.name(), "value", a.value()));
        }
        for (SceneLayout.Site s : layout.sites()) {
            g.point(
                    "site:" + s.id(),
                    s.position(),
                    true,
                    props("kind", s.kind(), "site", s.id(), "label", s.label(), "range_m", s.rangeM()));
        }
        for (SceneLayout.Site s : layout.sites()) {
            if (s.rangeM() > 0) {
                g.polygon(
                        "coverage:" + s.id(),
                        GeoJson.Rings.of(ring(s.position(), s.rangeM())),
                        props("kind", "coverage", "site", s.id(), "basis", "nominal range", "range_m", s.rangeM()));
            }
        }
        for (SceneLayout.Coverage c : layout.coverage()) {
            if (c.polygons().isEmpty()) {
                continue;
            }
            Map<String, Object> p = props(
                    "kind", "coverage",
                    "site", c.siteId(),
                    "basis", "terrain mask",
                    "target_height_m", c.targetHeightM(),
                    "cell_m", c.cellM());
            terrain.ifPresent(t -> {
                p.put("terrain", t.source());
                p.put("terrain_synthetic", t.synthetic());
            });
            g.multiPolygon(coverageId(c), c.polygons(), p);
        }
        for (SceneLayout.Line b : layout.borders()) {
            g.lineString("border:" + b.id(), b.points(), false, props("kind", "border", "name", b.name()));
        }
        for (SceneLayout.Site s : layout.stations()) {
            g.point(
                    "station:" + s.id(),
                    s.position(),
                    true,
                    props("kind", "border-station", "station", s.id(), "type", s.kind()));
        }
    }

    private static String coverageId(SceneLayout.Coverage c) {
        return "coverage-masked:" + c.siteId() + ":" + Math.round(c.targetHeightM()) + "m";
    }

    private static Map<String, Object> shotProperties(EngagementRecord e, Instant epoch) {
        return props(
                "kind", "shot",
                "shot", e.id(),
                "effector", e.effectorId(),
                "layer", e.layer(),
                "track", "T" + e.trackId(),
                "threat", e.threatId().orElse(""),
                "decision_time", GeoJson.isoTime(epoch, e.decisionTimeS()),
                "launch_time", GeoJson.isoTime(epoch, e.launchTimeS()),
                "intercept_time", GeoJson.isoTime(epoch, e.interceptTimeS()),
                "launch_time_s", ms(e.launchTimeS()),
                "intercept_time_s", ms(e.interceptTimeS()),
                "outcome", e.result().name(),
                "pk", e.pk(),
                "recommendation", e.recommendationId(),
                "approved_by", e.approvedBy(),
                "approval_mode", e.approvalMode());
    }

    private static Optional<SceneLayout.Site> launcher(SceneLayout l, String effectorId) {
        return l.sites().stream()
                .filter(s -> s.kind().equals("effector") && s.id().equals(effectorId))
                .findFirst();
    }

    /** Confirmed samples per track id, in time order (tracks.csv order is already by time). */
    private static Map<Long, List<TrackSample>> confirmedTracks(RunResult r) {
        Map<Long, List<TrackSample>> byTrack = new TreeMap<>();
        for (TrackSample s : r.tracks()) {
            if (s.status().equals("CONFIRMED")) {
                byTrack.computeIfAbsent(s.trackId(), k -> new ArrayList<>()).add(s);
            }
        }
        return byTrack;
    }

    private record Samples(List<Double> times, List<GeodeticPoint> points) {}

    /** Samples with strictly increasing millisecond times (CZML needs increasing sample times). */
    private static Samples samples(List<Double> timesS, List<GeodeticPoint> points) {
        List<Double> t = new ArrayList<>();
        List<GeodeticPoint> p = new ArrayList<>();
        long last = Long.MIN_VALUE;
        for (int i = 0; i < timesS.size(); i++) {
            long msTime = Math.round(timesS.get(i) * 1000);
            if (msTime > last) {
                t.add(msTime / 1000.0);
                p.add(points.get(i));
                last = msTime;
            }
        }
        return new Samples(t, p);
    }

    /** A geodesic circle as a 72-gon, counter-clockwise seen from above (azimuths decreasing). */
    static List<GeodeticPoint> ring(GeodeticPoint centre, double radiusM) {
        List<GeodeticPoint> ring = new ArrayList<>();
        for (int k = 0; k < 72; k++) {
            ring.add(Geodesy.direct(centre.withHeight(0), Math.toRadians(-k * 5.0), radiusM));
        }
        return ring;
    }

    /** The {@code scale}-sigma ellipse of a predicted impact as a 72-gon. */
    static List<GeodeticPoint> ellipse(PredictedImpact i, double scale) {
        return ellipse(i.point(), i.sigmaMajorM() * scale, i.sigmaMinorM() * scale, i.majorFromEastRad());
    }

    /** An ellipse of semi-axes {@code a}, {@code b} (m), major axis counter-clockwise from east, as a 72-gon. */
    static List<GeodeticPoint> ellipse(GeodeticPoint centre, double a, double b, double majorFromEastRad) {
        double c = Math.cos(majorFromEastRad);
        double s = Math.sin(majorFromEastRad);
        List<GeodeticPoint> ring = new ArrayList<>();
        for (int k = 0; k < 72; k++) {
            double u = Math.toRadians(k * 5.0);
            double east = a * Math.cos(u) * c - b * Math.sin(u) * s;
            double north = a * Math.cos(u) * s + b * Math.sin(u) * c;
            double dist = Math.hypot(east, north);
            ring.add(Geodesy.direct(centre.withHeight(0), Math.atan2(east, north), dist));
        }
        return ring;
    }

    static double ms(double s) {
        return Math.rint(s * 1000) / 1000;
    }

    static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}

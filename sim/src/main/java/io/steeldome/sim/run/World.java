package io.steeldome.sim.run;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.SyntheticTerrain;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.effector.EffectorPresets;
import io.steeldome.defence.effector.EffectorSpec;
import io.steeldome.defence.effector.Envelope;
import io.steeldome.defence.evaluate.AssetArea;
import io.steeldome.defence.evaluate.DefendedAsset;
import io.steeldome.defence.evaluate.EnuArea;
import io.steeldome.defence.evaluate.EvaluationPolicy;
import io.steeldome.defence.evaluate.ThreatEvaluator;
import io.steeldome.defence.impact.ImpactPredictor;
import io.steeldome.defence.threat.BallisticPropagator;
import io.steeldome.defence.threat.BallisticTrajectory;
import io.steeldome.defence.threat.GroundHeight;
import io.steeldome.defence.threat.TerrainFollowingProfile;
import io.steeldome.defence.threat.ThreatType;
import io.steeldome.defence.threat.Trajectory;
import io.steeldome.defence.threat.WaypointTrajectory;
import io.steeldome.sensors.coverage.TerrainMask;
import io.steeldome.sensors.radar.Radar;
import io.steeldome.sensors.spec.RadarSpec;
import io.steeldome.sensors.ugs.UnattendedGroundSensor;
import io.steeldome.sim.scenario.AssetConfig;
import io.steeldome.sim.scenario.BorderSegmentConfig;
import io.steeldome.sim.scenario.EffectorConfig;
import io.steeldome.sim.scenario.EoirConfig;
import io.steeldome.sim.scenario.LatLon;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.SensorConfig;
import io.steeldome.sim.scenario.StationConfig;
import io.steeldome.sim.scenario.TerrainConfig;
import io.steeldome.sim.scenario.ThreatConfig;
import io.steeldome.sim.scenario.TrackingConfig;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenario's records turned into the domain modules' objects: the one place that maps between them.
 *
 * @param terrain the terrain the radars are masked with; empty for a smooth earth
 * @param raster the heights behind {@code terrain}, for the EO/IR cameras' lines of sight
 * @param cameras the EO/IR sensors as the scenario gives them (the engine builds the turrets)
 * @param groundSensors the unattended ground sensors
 */
record World(
        LocalFrame frame,
        List<Radar> radars,
        List<Effector> effectors,
        List<DefendedAsset> assets,
        List<EnuArea> assetAreas,
        List<ThreatTruth> threats,
        TrackerConfig trackerConfig,
        ThreatEvaluator evaluator,
        SceneLayout layout,
        Optional<TerrainNote> terrain,
        Optional<ElevationRaster> raster,
        List<EoirConfig> cameras,
        List<UnattendedGroundSensor> groundSensors) {
    /** Terrain-mask azimuth bins are never finer than the sensors module's default, 0.1 deg ... */
    static final double MIN_MASK_AZIMUTH_BIN_RAD = TerrainMask.DEFAULT_AZIMUTH_BIN_RAD;
    /** ... nor coarser than 1 deg. */
    static final double MAX_MASK_AZIMUTH_BIN_RAD = Math.toRadians(1);
    /** At most this many mask bins per radar (4 bytes each: 32 MB); the range step grows to stay within. */
    static final long MAX_MASK_BINS = 8_000_000;

    /** One threat's truth: its scenario entry, its type, and where it really flies. */
    record ThreatTruth(ThreatConfig config, ThreatType type, Trajectory trajectory) {}

    static World build(Scenario s) {
        LocalFrame frame = s.frame();
        List<Radar> smooth = new ArrayList<>();
        for (SensorConfig c : s.sensors()) {
            smooth.add(new Radar(c.id(), c.position().toGeodetic(), radarSpec(c), frame));
        }
        Optional<ElevationRaster> raster = s.terrain().flatMap(t -> raster(t, s.sensors()));
        List<Radar> radars = raster.map(r -> masked(smooth, r)).orElse(smooth);
        Optional<TerrainNote> terrain = raster.map(r -> note(s.terrain().orElseThrow(), r));
        List<Effector> effectors = new ArrayList<>();
        for (EffectorConfig c : s.effectors()) {
            effectors.add(new Effector(c.id(), c.position().toGeodetic(), effectorSpec(c)));
        }
        List<DefendedAsset> assets = new ArrayList<>();
        List<EnuArea> areas = new ArrayList<>();
        for (AssetConfig a : s.assets()) {
            DefendedAsset asset = new DefendedAsset(a.id(), a.name(), a.value(), area(a, s.groundHeightM()));
            assets.add(asset);
            areas.add(asset.area().inFrame(frame));
        }
        List<ThreatTruth> threats = new ArrayList<>();
        for (ThreatConfig t : s.threats()) {
            threats.add(truth(t, frame, s.groundHeightM(), raster));
        }
        TrackerConfig tracker = trackerConfig(s.tracker());
        EvaluationPolicy d = EvaluationPolicy.DEFAULT;
        ThreatEvaluator evaluator = new ThreatEvaluator(
                new ImpactPredictor(frame, s.groundHeightM()),
                new EvaluationPolicy(s.engagement().engageThreshold(), d.levelFlightHorizonS(), d.minUrgencyTimeS()));
        return new World(
                frame,
                List.copyOf(radars),
                List.copyOf(effectors),
                List.copyOf(assets),
                List.copyOf(areas),
                List.copyOf(threats),
                tracker,
                evaluator,
                layout(s, radars, effectors, assets),
                terrain,
                raster,
                s.cameras(),
                s.groundSensors().stream()
                        .map(u ->
                                new UnattendedGroundSensor(u.id(), u.position().toGeodetic(), u.spec()))
                        .toList());
    }

    /** The heights a scenario's terrain section names; empty when there is nothing to mask (no sensors). */
    private static Optional<ElevationRaster> raster(TerrainConfig t, List<SensorConfig> sensors) {
        return switch (t) {
            case TerrainConfig.Dem d -> Optional.of(d.raster());
            case TerrainConfig.Synthetic syn -> syn.grid(sensors).map(g -> SyntheticTerrain.generate(g, syn.seed()));
        };
    }

    private static TerrainNote note(TerrainConfig t, ElevationRaster raster) {
        String source = switch (t) {
            case TerrainConfig.Dem d -> raster.source();
            case TerrainConfig.Synthetic syn -> raster.source() + ", " + arcSec(syn.cellArcSec()) + " arc-second cells";
        };
        return new TerrainNote(source, t.synthetic() || raster.synthetic());
    }

    private static String arcSec(double cellArcSec) {
        return cellArcSec == Math.rint(cellArcSec) ? Long.toString((long) cellArcSec) : Double.toString(cellArcSec);
    }

    /** Every radar with its terrain mask; the masks are independent, so they are built in parallel. */
    private static List<Radar> masked(List<Radar> radars, ElevationRaster raster) {
        return radars.parallelStream()
                .map(r -> r.withTerrainMask(mask(raster, r)))
                .toList();
    }

    /**
     * A mask out to the radar's instrumented range (or the raster's farthest corner, if nearer: the mask samples no
     * farther). The range step is the sensors module's default, half a raster cell, so that every cell on a ray is
     * sampled. The azimuth bin is as wide as one cell at that range (kept within [0.1, 1] deg): a target's azimuth is
     * then never more than half a cell off the ray that decides whether it is masked, and a 250 km radar on 30
     * arc-second terrain needs 2,195 rays instead of the default 3,600 (1.5 million bins, 6 MB). Beyond {@link
     * #MAX_MASK_BINS} (a long range on a fine DEM) the range step grows instead.
     */
    static TerrainMask mask(ElevationRaster raster, Radar radar) {
        double rangeM = radar.spec().maxInstrumentedRangeM();
        double reachM = Math.min(rangeM, farthestCornerM(raster.geometry(), radar.antenna()));
        double halfCellM = TerrainMask.halfCellM(raster, radar.antenna());
        double azimuthBinRad =
                Math.min(MAX_MASK_AZIMUTH_BIN_RAD, Math.max(MIN_MASK_AZIMUTH_BIN_RAD, 2 * halfCellM / reachM));
        long azimuthBins = Math.round(2 * Math.PI / azimuthBinRad);
        double rangeStepM = Math.max(halfCellM, reachM * azimuthBins / MAX_MASK_BINS);
        return TerrainMask.build(
                raster, radar.antenna(), radar.spec().refractionK(), rangeM, azimuthBinRad, rangeStepM, 0);
    }

    /** Distance to the raster's farthest corner, with the 1 % margin TerrainMask uses for the same bound, m. */
    private static double farthestCornerM(GridGeometry g, GeodeticPoint antenna) {
        double west = g.originX();
        double east = g.originX() + g.cols() * g.pixelWidth();
        double north = g.originY();
        double south = g.originY() - g.rows() * g.pixelHeight();
        double farthest = 0;
        for (double[] corner : new double[][] {{west, north}, {east, north}, {west, south}, {east, south}}) {
            farthest = Math.max(farthest, Geodesy.distanceM(antenna, g.crs().toGeodetic(corner[0], corner[1], 0)));
        }
        return 1.01 * farthest + 1;
    }

    int effectorIndex(String id) {
        for (int i = 0; i < effectors.size(); i++) {
            if (effectors.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no effector " + id);
    }

    /** The defended asset whose footprint contains the ground point, if any (truth scoring only). */
    Optional<DefendedAsset> assetContaining(GeodeticPoint p) {
        var enu = frame.toEnu(p);
        for (int i = 0; i < assets.size(); i++) {
            if (assetAreas.get(i).contains(enu.eastM(), enu.northM())) {
                return Optional.of(assets.get(i));
            }
        }
        return Optional.empty();
    }

    double assetValue(String id) {
        return assets.stream()
                .filter(a -> a.id().equals(id))
                .mapToDouble(DefendedAsset::value)
                .findFirst()
                .orElse(0);
    }

    private static RadarSpec radarSpec(SensorConfig c) {
        RadarSpec r = c.presetOrDefault().spec();
        if (c.maxRangeM().isPresent()) {
            r = r.withMaxInstrumentedRangeM(c.maxRangeM().getAsDouble());
        }
        if (c.scanPeriodS().isPresent()) {
            r = r.withScanPeriodS(c.scanPeriodS().getAsDouble());
        }
        if (c.rangeSigmaM().isPresent()
                || c.azimuthSigmaDeg().isPresent()
                || c.elevationSigmaDeg().isPresent()) {
            r = r.withMeasurementSigmas(
                    c.rangeSigmaM().orElse(r.rangeSigmaM()),
                    c.azimuthSigmaDeg().isPresent()
                            ? Math.toRadians(c.azimuthSigmaDeg().getAsDouble())
                            : r.azimuthSigmaRad(),
                    c.elevationSigmaDeg().isPresent()
                            ? Math.toRadians(c.elevationSigmaDeg().getAsDouble())
                            : r.elevationSigmaRad());
        }
        if (c.falseAlarmsPerScan().isPresent()) {
            r = r.withFalseAlarmsPerScan(c.falseAlarmsPerScan().getAsDouble());
        }
        if (c.referenceRangeM().isPresent() || c.referenceSnrDb().isPresent()) {
            r = r.withReference(
                    c.referenceRangeM().orElse(r.referenceRangeM()),
                    c.referenceSnrDb().orElse(r.referenceSnrDb()));
        }
        if (c.probabilityFalseAlarm().isPresent()) {
            r = r.withProbabilityFalseAlarm(c.probabilityFalseAlarm().getAsDouble());
        }
        return r;
    }

    private static EffectorSpec effectorSpec(EffectorConfig c) {
        EffectorSpec preset = switch (c.layer()) {
            case SHORT_RANGE -> EffectorPresets.SHORT_RANGE;
            case MEDIUM_RANGE -> EffectorPresets.MEDIUM_RANGE;
            case UPPER_TIER -> EffectorPresets.UPPER_TIER;
            case IRON_DOME_CLASS -> EffectorPresets.IRON_DOME_CLASS;
            case C_UAS_GUN -> EffectorPresets.C_UAS_GUN;
        };
        EffectorSpec.Builder b = preset.toBuilder();
        Envelope e = preset.envelope();
        if (c.minRangeM().isPresent()
                || c.maxRangeM().isPresent()
                || c.maxAltitudeM().isPresent()) {
            b.envelope(
                    c.minRangeM().orElse(e.minRangeM()),
                    c.maxRangeM().orElse(e.maxRangeM()),
                    e.minAltitudeM(),
                    c.maxAltitudeM().orElse(e.maxAltitudeM()));
        }
        c.magazine().ifPresent(b::magazine);
        c.costPerShot().ifPresent(b::costPerShotUsd);
        c.reloadS().ifPresent(b::reloadS);
        EffectorSpec spec = b.build();
        return c.engages().isEmpty() ? spec : spec.restrictedTo(java.util.EnumSet.copyOf(c.engages()));
    }

    private static AssetArea area(AssetConfig a, double groundHeightM) {
        return switch (a.area()) {
            case io.steeldome.sim.scenario.AssetArea.Circle c ->
                new AssetArea.Circle(c.centre().toGeodetic(groundHeightM), c.radiusM());
            case io.steeldome.sim.scenario.AssetArea.Polygon p ->
                new AssetArea.Polygon(p.vertices().stream()
                        .map(v -> v.toGeodetic(groundHeightM))
                        .toList());
        };
    }

    /**
     * One threat's true flight. With terrain, cruise missiles and helicopters keep their cruise height above
     * {@code groundHeightM} as a clearance above the terrain (smoothed to a flyable climb angle); where the raster
     * has no heights (beyond it, or a void) the ground is {@code groundHeightM}. Everything else, and the aim, keep
     * {@code groundHeightM}.
     */
    static ThreatTruth truth(ThreatConfig t, LocalFrame frame, double groundHeightM, Optional<ElevationRaster> raster) {
        ThreatType type = t.type().threatType();
        SimTime launchTime = SimTime.ofSeconds(t.launchTimeS());
        GeodeticPoint launch = t.launch().toGeodetic();
        GeodeticPoint aim = t.aim().toGeodetic(groundHeightM);
        Trajectory trajectory;
        if (t.type().ballistic()) {
            double flightS = t.flightTimeS().orElse(BallisticTrajectory.minimumEnergyFlightTimeS(launch, aim));
            BallisticPropagator forces = t.ballisticCoefficientKgM2().isPresent()
                    ? BallisticPropagator.withDrag(t.ballisticCoefficientKgM2().getAsDouble())
                    : BallisticPropagator.vacuum();
            trajectory = BallisticTrajectory.solve(frame, launch, aim, launchTime, flightS, forces);
        } else {
            List<GeodeticPoint> route = new ArrayList<>();
            route.add(launch);
            for (LatLon w : t.waypoints()) {
                route.add(w.toGeodetic(groundHeightM));
            }
            route.add(aim);
            double speed = t.speedMps().orElse(type.speedMps());
            double cruiseH = t.cruiseHeightM().orElse(groundHeightM + type.cruiseHeightAglM());
            if (t.type().followsTerrain() && raster.isPresent()) {
                ElevationRaster dem = raster.get();
                GroundHeight ground = p -> dem.sample(p).orElse(groundHeightM);
                TerrainFollowingProfile profile = TerrainFollowingProfile.along(route, ground, cruiseH - groundHeightM);
                trajectory = WaypointTrajectory.terrainFollowing(
                        frame, route, launchTime, speed, profile, type.diveAngleRad());
            } else {
                trajectory = WaypointTrajectory.of(frame, route, launchTime, speed, cruiseH, type.diveAngleRad());
            }
        }
        return new ThreatTruth(t, type, trajectory);
    }

    private static TrackerConfig trackerConfig(TrackingConfig t) {
        TrackerConfig d = TrackerConfig.defaults();
        TrackerConfig c = new TrackerConfig(
                d.motionModel(),
                d.gateChiSquare(),
                t.confirmHits().orElse(d.confirmHits()),
                t.confirmWindow()
                        .orElse(Math.max(d.confirmWindowScans(), t.confirmHits().orElse(d.confirmHits()))),
                t.deleteMisses().orElse(d.maxConsecutiveMisses()),
                d.maxSpeedMps(),
                d.maxPositionSigmaM());
        if (t.processNoise().isPresent()) {
            c = c.withMotionModel(
                    ConstantVelocity.continuousEnu(t.processNoise().getAsDouble()));
        }
        return c;
    }

    private static SceneLayout layout(
            Scenario s, List<Radar> radars, List<Effector> effectors, List<DefendedAsset> assets) {
        List<SceneLayout.Area> areas = new ArrayList<>();
        for (DefendedAsset a : assets) {
            List<GeodeticPoint> ring = switch (a.area()) {
                case AssetArea.Polygon p -> p.vertices();
                case AssetArea.Circle c -> circle(c.centre(), c.radiusM());
            };
            areas.add(new SceneLayout.Area(a.id(), a.name(), a.value(), ring));
        }
        List<SceneLayout.Site> sites = new ArrayList<>();
        for (Radar r : radars) {
            sites.add(new SceneLayout.Site(
                    r.id(),
                    "radar",
                    r.id() + " (surveillance radar)",
                    r.site(),
                    r.spec().maxInstrumentedRangeM()));
        }
        for (Effector e : effectors) {
            sites.add(new SceneLayout.Site(
                    e.id(),
                    "effector",
                    e.id() + " (" + e.spec().layerName() + ")",
                    e.site(),
                    e.spec().envelope().maxRangeM()));
        }
        List<SceneLayout.Line> borders = new ArrayList<>();
        List<SceneLayout.Site> stations = new ArrayList<>();
        s.border().ifPresent(b -> {
            for (BorderSegmentConfig seg : b.segments()) {
                borders.add(new SceneLayout.Line(
                        seg.id(),
                        seg.name(),
                        seg.line().stream().map(p -> p.toGeodetic(0)).toList()));
            }
            for (StationConfig st : b.stations()) {
                stations.add(new SceneLayout.Site(
                        st.id(), st.type().yamlName(), st.id(), st.position().toGeodetic(), 0));
            }
        });
        List<SceneLayout.Coverage> coverage = new ArrayList<>();
        for (Radar r : radars) {
            r.terrainMask().ifPresent(m -> {
                for (double above : MaskedCoverage.TARGET_HEIGHTS_ABOVE_GROUND_M) {
                    coverage.add(
                            MaskedCoverage.of(r.id(), m, r.spec().maxInstrumentedRangeM(), s.groundHeightM() + above));
                }
            });
        }
        return new SceneLayout(s.origin().toGeodetic(), areas, sites, borders, stations, coverage);
    }

    private static List<GeodeticPoint> circle(GeodeticPoint centre, double radiusM) {
        List<GeodeticPoint> ring = new ArrayList<>();
        for (int k = 0; k < 72; k++) {
            ring.add(Geodesy.direct(centre, Math.toRadians(k * 5.0), radiusM));
        }
        return ring;
    }
}

package io.steeldome.border.plan;

import io.steeldome.border.BorderError;
import io.steeldome.border.geometry.ProtectedSide;
import io.steeldome.border.siting.CrossingLikelihood;
import io.steeldome.border.siting.MclpSolver;
import io.steeldome.border.siting.RidgeOptions;
import io.steeldome.border.siting.StationSpec;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.ViewshedOptions;
import java.util.List;
import java.util.Objects;

/**
 * Everything a border plan is computed with (defaults: left side protected, 10 km candidate zone, 200 m demand
 * pieces, all four station types with their default specs, ridge-top defaults, 2 m targets, 4/3 earth, uniform
 * crossing likelihood, radar-tower baseline snapped within 2 km, 50 km report sectors, line sites for ground sensors
 * every 1 km, 100 m inside). Start from {@link #stations(int)} or {@link #budget(double)} and change
 * fields with the withers.
 *
 * @param side the protected side (stations stand there)
 * @param zoneDepthM ridge-top candidates lie within this depth of the border on the protected side, m
 * @param demandSpacingM the border is cut into pieces at most this long, m
 * @param stationTypes the types that may be sited, each with range, mast height and cost
 * @param maxStations most stations, or {@link Integer#MAX_VALUE} for no limit
 * @param budget most total cost, or {@link Double#POSITIVE_INFINITY} for no limit (not both absent)
 * @param ridges how ridge tops are picked
 * @param outposts existing outposts, also candidates (not subject to the road filter)
 * @param roads road lines; if any are given, ridge tops farther than {@code maxRoadDistanceM} from all are dropped
 * @param maxRoadDistanceM see {@code roads}, m
 * @param targetHeightM target height above the ground, m (2 m: a person or vehicle)
 * @param refractionK effective earth radius factor of the viewsheds
 * @param likelihood crossing likelihood per metre of border (demand weights)
 * @param likelihoodLabel how the likelihood is described in outputs
 * @param baselineType the type of the equal-spacing baseline's towers
 * @param baselineSnapM the baseline's towers move to the best candidate of their type within this distance of their
 *     equally spaced point, else stand on the line, m
 * @param sectorLengthM sector length for the per-sector table of the report, m
 * @param solver solver limits
 * @param lineSiteSpacingM range-only types (unattended ground sensors) also get sites along the line this far apart,
 *     m (0: none): such sensors are laid across the paths near the border, not on ridge tops
 * @param lineSiteInsetM those sites lie this far inside the protected side, m
 */
public record PlanOptions(
        ProtectedSide side,
        double zoneDepthM,
        double demandSpacingM,
        List<StationSpec> stationTypes,
        int maxStations,
        double budget,
        RidgeOptions ridges,
        List<GeodeticPoint> outposts,
        List<List<GeodeticPoint>> roads,
        double maxRoadDistanceM,
        double targetHeightM,
        double refractionK,
        CrossingLikelihood likelihood,
        String likelihoodLabel,
        StationType baselineType,
        double baselineSnapM,
        double sectorLengthM,
        MclpSolver.Options solver,
        double lineSiteSpacingM,
        double lineSiteInsetM) {
    public PlanOptions {
        Objects.requireNonNull(side, "side");
        Checks.positive("zoneDepthM", zoneDepthM, "m");
        Checks.positive("demandSpacingM", demandSpacingM, "m");
        stationTypes = List.copyOf(stationTypes);
        if (stationTypes.isEmpty()) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "stationTypes", "[]", "give at least one type");
        }
        if (stationTypes.stream().map(StationSpec::type).distinct().count() != stationTypes.size()) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "stationTypes", stationTypes, "a type appears twice");
        }
        if (maxStations < 1) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "stations", maxStations, "must be >= 1");
        }
        if (!(budget > 0)) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "budget", budget, "must be > 0");
        }
        if (maxStations == Integer.MAX_VALUE && budget == Double.POSITIVE_INFINITY) {
            throw new SteeldomeException(
                    BorderError.BAD_OPTION, "stations/budget", "none", "give a number of stations or a budget");
        }
        Objects.requireNonNull(ridges, "ridges");
        outposts = List.copyOf(outposts);
        roads = roads.stream().map(List::copyOf).toList();
        Checks.nonNegative("maxRoadDistanceM", maxRoadDistanceM, "m");
        Checks.nonNegative("targetHeightM", targetHeightM, "m");
        Checks.positive("refractionK", refractionK, "");
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(likelihoodLabel, "likelihoodLabel");
        Objects.requireNonNull(baselineType, "baselineType");
        Checks.nonNegative("baselineSnapM", baselineSnapM, "m");
        Checks.positive("sectorLengthM", sectorLengthM, "m");
        Objects.requireNonNull(solver, "solver");
        Checks.nonNegative("lineSiteSpacingM", lineSiteSpacingM, "m");
        Checks.nonNegative("lineSiteInsetM", lineSiteInsetM, "m");
    }

    /** Defaults with at most {@code n} stations: left side protected, 10 km zone, 200 m demand spacing, all types. */
    public static PlanOptions stations(int n) {
        return defaults(n, Double.POSITIVE_INFINITY);
    }

    /** Defaults with a budget (in the station costs' unit; the default costs are thousands of euros). */
    public static PlanOptions budget(double budget) {
        return defaults(Integer.MAX_VALUE, budget);
    }

    private static PlanOptions defaults(int n, double budget) {
        return new PlanOptions(
                ProtectedSide.LEFT,
                10_000,
                200,
                StationSpec.defaults(),
                n,
                budget,
                RidgeOptions.defaults(),
                List.of(),
                List.of(),
                2_000,
                2,
                ViewshedOptions.DEFAULT_REFRACTION_K,
                CrossingLikelihood.uniform(),
                "uniform",
                StationType.RADAR_TOWER,
                2_000,
                50_000,
                MclpSolver.Options.defaults(),
                1_000,
                100);
    }

    /** The spec of {@code type} among {@link #stationTypes()}. */
    public StationSpec spec(StationType type) {
        return stationTypes.stream()
                .filter(s -> s.type() == type)
                .findFirst()
                .orElseThrow(() -> new SteeldomeException(
                        BorderError.BAD_OPTION, "station type", type, "not among the plan's station types"));
    }

    public PlanOptions withSide(ProtectedSide v) {
        return new PlanOptions(
                v,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withZoneDepthM(double v) {
        return new PlanOptions(
                side,
                v,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withDemandSpacingM(double v) {
        return new PlanOptions(
                side,
                zoneDepthM,
                v,
                stationTypes,
                maxStations,
                budget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withStationTypes(List<StationSpec> v) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                v,
                maxStations,
                budget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    /** Both limits at once ({@link Integer#MAX_VALUE} / {@link Double#POSITIVE_INFINITY} for none). */
    public PlanOptions withLimits(int stations, double newBudget) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                stations,
                newBudget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withRidges(RidgeOptions v) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                v,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withOutposts(List<GeodeticPoint> v) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                ridges,
                v,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withRoads(List<List<GeodeticPoint>> v, double maxDistanceM) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                ridges,
                outposts,
                v,
                maxDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withTargetHeightM(double v) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                v,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withLikelihood(CrossingLikelihood v, String label) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                v,
                label,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withBaseline(StationType type, double snapM) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                type,
                snapM,
                sectorLengthM,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withSectorLengthM(double v) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                v,
                solver,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    public PlanOptions withSolver(MclpSolver.Options v) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                v,
                lineSiteSpacingM,
                lineSiteInsetM);
    }

    /** Sites along the line for range-only types every {@code spacingM} (0: none), {@code insetM} inside. */
    public PlanOptions withLineSites(double spacingM, double insetM) {
        return new PlanOptions(
                side,
                zoneDepthM,
                demandSpacingM,
                stationTypes,
                maxStations,
                budget,
                ridges,
                outposts,
                roads,
                maxRoadDistanceM,
                targetHeightM,
                refractionK,
                likelihood,
                likelihoodLabel,
                baselineType,
                baselineSnapM,
                sectorLengthM,
                solver,
                spacingM,
                insetM);
    }
}

package io.steeldome.border.plan;

import io.steeldome.border.BorderError;
import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.BufferZone;
import io.steeldome.border.siting.BorderDemand;
import io.steeldome.border.siting.CandidateFinder;
import io.steeldome.border.siting.CandidateSite;
import io.steeldome.border.siting.CoverageModel;
import io.steeldome.border.siting.DemandPoint;
import io.steeldome.border.siting.MclpSolver;
import io.steeldome.border.siting.SitingOption;
import io.steeldome.border.siting.SitingProblem;
import io.steeldome.border.siting.SitingSolution;
import io.steeldome.border.siting.StationSpec;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.ElevationRaster;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The planning entry point: candidates, coverage, siting, bound and baseline for one border line on one DEM.
 *
 * <pre>BorderPlan plan = BorderPlanner.plan(BorderGeoJson.read(file).get(0), DemLoader.load(dems), PlanOptions.stations(8));
 * plan.write(outDir); // sites.geojson, coverage.geojson, plan.json, coverage.png, report.html</pre>
 */
public final class BorderPlanner {
    private BorderPlanner() {}

    public static BorderPlan plan(BorderLine border, ElevationRaster dem, PlanOptions options) {
        BufferZone zone = BufferZone.of(border, options.zoneDepthM(), options.side());
        List<CandidateSite> ridges = CandidateFinder.ridgeTops(dem, zone, options.ridges());
        List<CandidateSite> reachable = CandidateFinder.nearRoads(
                ridges,
                options.roads(),
                options.maxRoadDistanceM(),
                zone.frame().origin());
        List<CandidateSite> sites = new ArrayList<>(reachable);
        sites.addAll(CandidateFinder.outposts(options.outposts()));
        Set<StationType> rangeOnly = EnumSet.noneOf(StationType.class);
        options.stationTypes().stream().filter(s -> !s.lineOfSight()).forEach(s -> rangeOnly.add(s.type()));
        if (options.lineSiteSpacingM() > 0 && !rangeOnly.isEmpty()) {
            sites.addAll(CandidateFinder.alongLine(
                    border, options.lineSiteSpacingM(), options.lineSiteInsetM(), options.side(), rangeOnly));
        }
        if (sites.isEmpty()) {
            throw new SteeldomeException(
                    BorderError.NO_CANDIDATES,
                    String.format(
                            Locale.ROOT,
                            "%d ridge tops in the %.0f m zone, %d near roads, %d outposts",
                            ridges.size(),
                            options.zoneDepthM(),
                            reachable.size(),
                            options.outposts().size()));
        }
        List<DemandPoint> demand = BorderDemand.sample(border, options.demandSpacingM(), options.likelihood());
        CoverageModel model = CoverageModel.compute(
                dem, demand, sites, options.stationTypes(), options.targetHeightM(), options.refractionK());
        if (model.options().isEmpty()) {
            throw new SteeldomeException(
                    BorderError.NO_CANDIDATES, "every candidate site is outside the DEM or on a void");
        }
        SitingProblem problem = model.problem(options.budget(), options.maxStations());
        SitingSolution solution = MclpSolver.solve(problem, options.solver());
        List<PlannedStation> chosen = new ArrayList<>();
        for (int j : solution.chosen()) {
            SitingOption o = model.options().get(j);
            chosen.add(station(o, model.covers(j), dem));
        }
        List<PlannedStation> baseline = baseline(border, dem, options, model, demand);
        return new BorderPlan(border, dem, options, zone, sites, model, problem, solution, chosen, baseline);
    }

    /**
     * N towers of the baseline type at equal geodesic spacing: at (k + 1/2) L / N along the line, N the station limit
     * or as many as the budget buys (the smaller). Each moves to the candidate of its type within the snap distance
     * that covers the most (not one already taken), else stands on the line at that point.
     */
    static List<PlannedStation> baseline(
            BorderLine border,
            ElevationRaster dem,
            PlanOptions options,
            CoverageModel model,
            List<DemandPoint> demand) {
        StationSpec spec = options.spec(options.baselineType());
        long byBudget = options.budget() == Double.POSITIVE_INFINITY
                ? Long.MAX_VALUE
                : (long) Math.floor(options.budget() / spec.cost() * (1 + 1e-12));
        int n = (int) Math.min(options.maxStations(), byBudget);
        n = Math.min(n, 10_000);
        List<PlannedStation> out = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        double[] w = demand.stream().mapToDouble(DemandPoint::weight).toArray();
        for (int k = 0; k < n; k++) {
            double s = (k + 0.5) * border.lengthM() / n;
            GeodeticPoint p = border.pointAt(s);
            int best = -1;
            double bestW = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (SitingOption o : model.options()) {
                if (o.spec().type() != spec.type() || taken.contains(o.index())) {
                    continue;
                }
                double d = Geodesy.distanceM(p, o.site().position());
                if (d > options.baselineSnapM()) {
                    continue;
                }
                double cw = 0;
                for (int i : model.covers(o.index())) {
                    cw += w[i];
                }
                if (cw > bestW || (cw == bestW && d < bestD)) {
                    best = o.index();
                    bestW = cw;
                    bestD = d;
                }
            }
            if (best >= 0) {
                taken.add(best);
                out.add(station(model.options().get(best), model.covers(best), dem));
                continue;
            }
            String id = String.format(Locale.ROOT, "LINE-%02d", k + 1);
            CandidateSite onLine = new CandidateSite(id, p, CandidateSite.Origin.RIDGE_TOP, 0);
            CoverageModel one = CoverageModel.compute(
                    dem, demand, List.of(onLine), List.of(spec), options.targetHeightM(), options.refractionK());
            int[] covers = one.options().isEmpty() ? new int[0] : one.covers(0);
            out.add(new PlannedStation(id + "-" + spec.type(), id, ground(dem, p), spec, covers));
        }
        return out;
    }

    private static PlannedStation station(SitingOption o, int[] covers, ElevationRaster dem) {
        return new PlannedStation(o.id(), o.site().id(), ground(dem, o.site().position()), o.spec(), covers);
    }

    private static GeodeticPoint ground(ElevationRaster dem, GeodeticPoint p) {
        var h = dem.sample(p);
        return h.isPresent() ? p.withHeight(h.getAsDouble()) : p.withHeight(0);
    }
}

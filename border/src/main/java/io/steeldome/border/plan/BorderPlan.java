package io.steeldome.border.plan;

import io.steeldome.border.BorderError;
import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.BufferZone;
import io.steeldome.border.geometry.Sector;
import io.steeldome.border.geometry.Sectors;
import io.steeldome.border.siting.CandidateSite;
import io.steeldome.border.siting.CoverageModel;
import io.steeldome.border.siting.DemandPoint;
import io.steeldome.border.siting.SitingProblem;
import io.steeldome.border.siting.SitingSolution;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.terrain.ElevationRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A border surveillance plan: the chosen stations, what they cover, the bound on the best possible coverage and the
 * equal-spacing baseline on the same limits. Fractions are of the total demand weight (of the border length when the
 * crossing likelihood is uniform). {@link #write(Path)} writes the plan's files.
 */
public final class BorderPlan {
    /** File names {@link #write(Path)} uses. */
    public static final String SITES = "sites.geojson";

    public static final String COVERAGE = "coverage.geojson";
    public static final String PLAN = "plan.json";
    public static final String MAP = "coverage.png";
    public static final String REPORT = "report.html";

    private final BorderLine border;
    private final ElevationRaster dem;
    private final PlanOptions options;
    private final BufferZone zone;
    private final List<CandidateSite> candidates;
    private final CoverageModel model;
    private final SitingProblem problem;
    private final SitingSolution solution;
    private final List<PlannedStation> stations;
    private final List<PlannedStation> baseline;

    BorderPlan(
            BorderLine border,
            ElevationRaster dem,
            PlanOptions options,
            BufferZone zone,
            List<CandidateSite> candidates,
            CoverageModel model,
            SitingProblem problem,
            SitingSolution solution,
            List<PlannedStation> stations,
            List<PlannedStation> baseline) {
        this.border = border;
        this.dem = dem;
        this.options = options;
        this.zone = zone;
        this.candidates = List.copyOf(candidates);
        this.model = model;
        this.problem = problem;
        this.solution = solution;
        this.stations = List.copyOf(stations);
        this.baseline = List.copyOf(baseline);
    }

    public BorderLine border() {
        return border;
    }

    public PlanOptions options() {
        return options;
    }

    public BufferZone zone() {
        return zone;
    }

    public List<CandidateSite> candidates() {
        return candidates;
    }

    public CoverageModel model() {
        return model;
    }

    public SitingProblem problem() {
        return problem;
    }

    public SitingSolution solution() {
        return solution;
    }

    /** The chosen stations. */
    public List<PlannedStation> stations() {
        return stations;
    }

    /** The equal-spacing baseline's stations. */
    public List<PlannedStation> baseline() {
        return baseline;
    }

    ElevationRaster dem() {
        return dem;
    }

    public List<DemandPoint> demand() {
        return model.demand();
    }

    /** Whether the DEM is synthetic (then every output says SYNTHETIC). */
    public boolean syntheticTerrain() {
        return dem.synthetic();
    }

    /** The terrain as outputs name it: the DEM's source, prefixed {@code SYNTHETIC:} if it is generated. */
    public String terrainLabel() {
        String s = dem.source();
        return dem.synthetic() && !s.startsWith("SYNTHETIC") ? "SYNTHETIC: " + s : s;
    }

    /** Covered weight / total weight. */
    public double coveredFraction() {
        return fraction(solution.coveredWeight());
    }

    /** Upper bound on any plan's covered fraction within the same limits. */
    public double upperBoundFraction() {
        return fraction(solution.upperBound());
    }

    /** (bound - covered) / bound. */
    public double gap() {
        return solution.gap();
    }

    /** The baseline's covered fraction. */
    public double baselineCoveredFraction() {
        return fraction(coveredWeight(baseline));
    }

    /** Total cost of the chosen stations. */
    public double cost() {
        return stations.stream().mapToDouble(s -> s.spec().cost()).sum();
    }

    public double baselineCost() {
        return baseline.stream().mapToDouble(s -> s.spec().cost()).sum();
    }

    /** Length of the border the chosen stations cover, m. */
    public double coveredLengthM() {
        return coveredLengthM(covered(stations));
    }

    /** For each demand point, how many of the given stations cover it. */
    static int[] coverCounts(List<PlannedStation> list, int m) {
        int[] c = new int[m];
        for (PlannedStation s : list) {
            for (int i : s.coversView()) {
                c[i]++;
            }
        }
        return c;
    }

    boolean[] covered(List<PlannedStation> list) {
        int[] c = coverCounts(list, demand().size());
        boolean[] out = new boolean[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i] > 0;
        }
        return out;
    }

    double coveredLengthM(boolean[] covered) {
        double s = 0;
        for (int i = 0; i < covered.length; i++) {
            if (covered[i]) {
                s += demand().get(i).lengthM();
            }
        }
        return s;
    }

    /** Length covered by one station alone, m. */
    double lengthM(PlannedStation s) {
        double l = 0;
        for (int i : s.coversView()) {
            l += demand().get(i).lengthM();
        }
        return l;
    }

    private double coveredWeight(List<PlannedStation> list) {
        boolean[] c = covered(list);
        double s = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i]) {
                s += demand().get(i).weight();
            }
        }
        return s;
    }

    private double fraction(double weight) {
        return problem.totalWeight() > 0 ? weight / problem.totalWeight() : 0;
    }

    /** Per-sector rows for the report: sector, covered length by the plan and by the baseline. */
    List<double[]> sectorCoverage(List<Sector> sectors) {
        boolean[] plan = covered(stations);
        boolean[] base = covered(baseline);
        List<double[]> rows = new ArrayList<>();
        for (Sector s : sectors) {
            double len = 0;
            double p = 0;
            double b = 0;
            for (DemandPoint d : demand()) {
                double lo = Math.max(d.fromM(), s.fromM());
                double hi = Math.min(d.toM(), s.toM());
                if (hi > lo) {
                    len += hi - lo;
                    p += plan[d.index()] ? hi - lo : 0;
                    b += base[d.index()] ? hi - lo : 0;
                }
            }
            rows.add(new double[] {s.fromM(), s.toM(), len, p, b});
        }
        return rows;
    }

    List<Sector> reportSectors() {
        return Sectors.byMaxLength(border, options.sectorLengthM());
    }

    /**
     * Writes {@value #SITES}, {@value #COVERAGE}, {@value #PLAN}, {@value #MAP} and {@value #REPORT} into {@code dir}
     * (created if missing).
     */
    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SteeldomeException(e, BorderError.UNWRITABLE, dir, e.toString());
        }
        PlanFiles.writeSites(this, dir.resolve(SITES));
        PlanFiles.writeCoverage(this, dir.resolve(COVERAGE));
        PlanFiles.writePlanJson(this, dir.resolve(PLAN));
        PlanPicture.write(this, dir.resolve(MAP));
        PlanReport.write(this, dir.resolve(REPORT), dir.resolve(MAP));
    }
}

package io.steeldome.border.siting;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.Viewshed;
import io.steeldome.core.terrain.ViewshedOptions;
import io.steeldome.core.terrain.ViewshedResult;
import io.steeldome.core.terrain.ViewshedWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which demand points each option covers, computed once from viewsheds. For each site and each distinct mast height
 * one viewshed (core's {@link Viewshed}, the gdal_viewshed algorithm) is computed with the longest range of the types
 * of that height; a type covers a demand point if the point's DEM cell is visible (target {@code targetHeightM} above
 * the ground) and the point is within the type's range (geodesic). Types without line of sight cover by range alone.
 * A site gets options only for the types it {@link CandidateSite#allows allows}. Sites on a void or outside the DEM
 * are dropped (see {@link #droppedSites()}).
 */
public final class CoverageModel {
    private final List<DemandPoint> demand;
    private final List<SitingOption> options;
    private final int[][] covers;
    private final boolean synthetic;
    private final List<CandidateSite> droppedSites;

    private CoverageModel(
            List<DemandPoint> demand,
            List<SitingOption> options,
            int[][] covers,
            boolean synthetic,
            List<CandidateSite> dropped) {
        this.demand = demand;
        this.options = options;
        this.covers = covers;
        this.synthetic = synthetic;
        this.droppedSites = dropped;
    }

    /**
     * @param targetHeightM height of the target above the ground, m (2 m: a person or a vehicle)
     * @param refractionK effective earth radius factor (4/3 for radar, about 7/6 for light)
     */
    public static CoverageModel compute(
            ElevationRaster dem,
            List<DemandPoint> demand,
            List<CandidateSite> sites,
            List<StationSpec> specs,
            double targetHeightM,
            double refractionK) {
        Checks.nonNegative("targetHeightM", targetHeightM, "m");
        if (specs.isEmpty()) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "station types", "[]", "give at least one");
        }
        GridGeometry g = dem.geometry();
        int m = demand.size();
        int[] dRow = new int[m];
        int[] dCol = new int[m];
        for (int i = 0; i < m; i++) {
            double[] xy = g.crs().fromGeodetic(demand.get(i).point());
            dRow[i] = g.cellRow(xy[1]);
            dCol[i] = g.cellCol(xy[0]);
        }
        List<CandidateSite> usable = new ArrayList<>();
        List<CandidateSite> dropped = new ArrayList<>();
        for (CandidateSite s : sites) {
            double[] xy = g.crs().fromGeodetic(s.position());
            int r = g.cellRow(xy[1]);
            int c = g.cellCol(xy[0]);
            if (r < 0 || c < 0 || Float.isNaN(dem.heightAt(r, c))) {
                dropped.add(s);
            } else {
                usable.add(s);
            }
        }
        double[] heights = specs.stream()
                .filter(StationSpec::lineOfSight)
                .mapToDouble(StationSpec::mastHeightM)
                .distinct()
                .toArray();
        int nSpec = specs.size();
        int[][][] perSite = new int[usable.size()][][];
        IntStream.range(0, usable.size()).parallel().forEach(k -> {
            CandidateSite s = usable.get(k);
            double[] dist = new double[m];
            for (int i = 0; i < m; i++) {
                dist[i] = Geodesy.distanceM(s.position(), demand.get(i).point());
            }
            int[][] out = new int[nSpec][];
            for (double h : heights) {
                if (specs.stream().noneMatch(t -> t.lineOfSight() && t.mastHeightM() == h && s.allows(t.type()))) {
                    continue; // no viewshed for types that may not stand here
                }
                double range = specs.stream()
                        .filter(t -> t.lineOfSight() && t.mastHeightM() == h && s.allows(t.type()))
                        .mapToDouble(StationSpec::rangeM)
                        .max()
                        .orElseThrow();
                ViewshedResult vs = Viewshed.compute(
                        dem, s.position(), ViewshedOptions.withRefraction(h, targetHeightM, range, refractionK));
                ViewshedWindow w = vs.window();
                boolean[] seen = new boolean[m];
                for (int i = 0; i < m; i++) {
                    int wr = dRow[i] - w.row0();
                    int wc = dCol[i] - w.col0();
                    seen[i] = dRow[i] >= 0
                            && dCol[i] >= 0
                            && wr >= 0
                            && wr < w.rows()
                            && wc >= 0
                            && wc < w.cols()
                            && vs.visible(wr, wc);
                }
                for (int t = 0; t < nSpec; t++) {
                    StationSpec spec = specs.get(t);
                    if (spec.lineOfSight() && spec.mastHeightM() == h && s.allows(spec.type())) {
                        out[t] = IntStream.range(0, m)
                                .filter(i -> seen[i] && dist[i] <= spec.rangeM())
                                .toArray();
                    }
                }
            }
            for (int t = 0; t < nSpec; t++) {
                StationSpec spec = specs.get(t);
                if (!spec.lineOfSight() && s.allows(spec.type())) {
                    out[t] = IntStream.range(0, m)
                            .filter(i -> dist[i] <= spec.rangeM())
                            .toArray();
                }
            }
            perSite[k] = out;
        });
        List<SitingOption> options = new ArrayList<>();
        List<int[]> cov = new ArrayList<>();
        for (int k = 0; k < usable.size(); k++) {
            for (int t = 0; t < nSpec; t++) {
                if (perSite[k][t] == null) {
                    continue; // this type may not stand at this site
                }
                options.add(new SitingOption(options.size(), usable.get(k), specs.get(t)));
                cov.add(perSite[k][t]);
            }
        }
        return new CoverageModel(
                List.copyOf(demand),
                List.copyOf(options),
                cov.toArray(int[][]::new),
                dem.synthetic(),
                List.copyOf(dropped));
    }

    public List<DemandPoint> demand() {
        return demand;
    }

    public List<SitingOption> options() {
        return options;
    }

    /** Demand indices option {@code j} covers, ascending. */
    public int[] covers(int j) {
        return covers[j].clone();
    }

    public boolean synthetic() {
        return synthetic;
    }

    public List<CandidateSite> droppedSites() {
        return droppedSites;
    }

    /** The siting problem over these options with the given limits (see {@link SitingProblem#of}). */
    public SitingProblem problem(double budget, int maxStations) {
        double[] w = demand.stream().mapToDouble(DemandPoint::weight).toArray();
        double[] c = options.stream().mapToDouble(o -> o.spec().cost()).toArray();
        return SitingProblem.of(w, covers, c, budget, maxStations);
    }

    /** For each demand point, whether any of the chosen options covers it. */
    public boolean[] covered(int[] chosen) {
        boolean[] out = new boolean[demand.size()];
        for (int j : chosen) {
            for (int i : covers[j]) {
                out[i] = true;
            }
        }
        return out;
    }
}

package io.steeldome.core.terrain;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Multi-site coverage: cumulative viewsheds (per cell, how many sites see it) on the whole DEM grid, for one target
 * height or for several altitude layers at once (people at 2 m, low drones at 100 m, aircraft at 1000 m above ground).
 *
 * <p>Sites run in parallel on this object's fixed pool, one {@link Viewshed} sweep each (the layers of one site come
 * from the same sweep: the observable heights do not depend on the target height). Each worker keeps its own sweep
 * buffers and adds its finished window into the shared counts, locking 64 rows at a time (a few milliseconds per site
 * and layer, against about 20 for the sweep), so memory stays at one count grid per layer. Counts are integer sums, so
 * the result does not depend on the order in which sites finish.
 *
 * <p>Runs may be started from several threads; they share the pool. The last DEM's heights are kept (one copy, 4 bytes
 * per cell) for the next run on it. Close the object to stop its threads.
 */
public final class Coverage implements AutoCloseable {
    private static final int MAX_LAYERS = 254;
    /** Count rows guarded by one lock: workers adding different parts of the grid do not wait for each other. */
    private static final int ROWS_PER_LOCK = 64;

    private final ExecutorService pool;
    private final ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
    // The last DEM's heights, copied once (ElevationRaster hands out copies; it is immutable, so the copy stays valid).
    private ElevationRaster lastDem;
    private float[] lastHeights;

    private Coverage(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "coverage-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A coverage engine with {@code threads} worker threads. */
    public static Coverage withThreads(int threads) {
        Checks.inRange("threads", threads, 1, 1024, "");
        return new Coverage(threads);
    }

    /** One worker per available processor. */
    public static Coverage withAvailableProcessors() {
        return withThreads(Runtime.getRuntime().availableProcessors());
    }

    /**
     * How many sites see each cell, for a target at {@code options.targetHeightM()} above ground (each site with its
     * own observer height; the options' observer height is not used).
     *
     * @throws SteeldomeException {@link TerrainError#OUTSIDE} if a site is outside the DEM or on a void
     */
    public CoverageResult cumulative(
            ElevationRaster dem, List<CoverageSite> sites, ViewshedOptions options, CoverageProgress progress) {
        return run(dem, sites, options, new double[] {options.targetHeightM()}, progress)
                .get(0);
    }

    /**
     * Cumulative viewsheds at several target heights above ground from one sweep per site: one result per height, in
     * the order given (the options' target and observer heights are not used).
     */
    public List<CoverageResult> layers(
            ElevationRaster dem,
            List<CoverageSite> sites,
            ViewshedOptions options,
            List<Double> targetHeightsM,
            CoverageProgress progress) {
        if (targetHeightsM.isEmpty() || targetHeightsM.size() > MAX_LAYERS) {
            Checks.inRange("layer count", targetHeightsM.size(), 1, MAX_LAYERS, "");
        }
        double[] h = new double[targetHeightsM.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = Checks.nonNegative("targetHeightsM[" + i + "]", targetHeightsM.get(i), "m");
        }
        return run(dem, sites, options, h, progress);
    }

    private List<CoverageResult> run(
            ElevationRaster dem,
            List<CoverageSite> sites,
            ViewshedOptions options,
            double[] targetHeights,
            CoverageProgress progress) {
        GridGeometry grid = dem.geometry();
        // The sweep wants ascending heights; results go back in the caller's order.
        Integer[] order = new Integer[targetHeights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(targetHeights[a], targetHeights[b]));
        double[] sorted = new double[targetHeights.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = targetHeights[order[i]];
        }
        int[][] counts = new int[sorted.length][grid.rows() * grid.cols()];
        float[] heights = heightsOf(dem); // shared read-only by the workers
        Object[] locks = new Object[(grid.rows() + ROWS_PER_LOCK - 1) / ROWS_PER_LOCK];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }

        CompletionService<Void> done = new ExecutorCompletionService<>(pool);
        List<Future<Void>> futures = new ArrayList<>(sites.size());
        for (CoverageSite site : sites) {
            futures.add(done.submit(() -> {
                workers.get().site(dem, heights, site, options, sorted, counts, locks);
                return null;
            }));
        }
        try {
            for (int i = 1; i <= sites.size(); i++) {
                done.take().get();
                progress.sitesDone(i, sites.size());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new CancellationException("coverage run interrupted");
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        List<CoverageResult> out = new ArrayList<>(sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            out.add(null);
        }
        for (int k = 0; k < sorted.length; k++) {
            out.set(order[k], new CoverageResult(grid, counts[k], sites.size(), sorted[k], dem.synthetic()));
        }
        return out;
    }

    private synchronized float[] heightsOf(ElevationRaster dem) {
        if (dem != lastDem) {
            lastHeights = dem.heights();
            lastDem = dem;
        }
        return lastHeights;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** One pool thread's sweep buffers. */
    private static final class Worker {
        private final ViewshedKernel kernel = new ViewshedKernel();
        private byte[] codes = new byte[0];

        void site(
                ElevationRaster dem,
                float[] heights,
                CoverageSite site,
                ViewshedOptions options,
                double[] layers,
                int[][] counts,
                Object[] locks) {
            GridGeometry grid = dem.geometry();
            ViewshedWindow w = ViewshedWindow.of(grid, site.x(), site.y(), options.maxDistanceM());
            int or = w.row0() + w.observerRow();
            int oc = w.col0() + w.observerCol();
            Viewshed.checkObserverGround(heights[or * grid.cols() + oc], dem, site.x(), site.y());
            int n = w.rows() * w.cols();
            if (codes.length < n) {
                codes = new byte[n];
            }
            boolean single = layers.length == 1;
            kernel.run(
                    heights,
                    grid.cols(),
                    w.row0(),
                    w.col0(),
                    w,
                    site.observerHeightM(),
                    options.curvatureCoefficient(),
                    single ? ViewshedKernel.Mode.VISIBILITY : ViewshedKernel.Mode.LAYERS,
                    layers[0],
                    layers,
                    codes,
                    null);
            byte[] b = codes;
            int wc = w.cols();
            int gc = grid.cols();
            int rEnd = w.row0() + w.rows();
            for (int block = w.row0() / ROWS_PER_LOCK; block * ROWS_PER_LOCK < rEnd; block++) {
                int from = Math.max(w.row0(), block * ROWS_PER_LOCK);
                int to = Math.min(rEnd, (block + 1) * ROWS_PER_LOCK);
                synchronized (locks[block]) {
                    for (int gr = from; gr < to; gr++) {
                        int src = (gr - w.row0()) * wc;
                        int dst = gr * gc + w.col0();
                        if (single) {
                            int[] cnt = counts[0];
                            for (int c = 0; c < wc; c++) {
                                cnt[dst + c] += b[src + c] & 1; // 255 visible, 0 not
                            }
                        } else {
                            // code = the lowest layer seen (L: none); it is seen in that layer and every higher one.
                            // Touching only the cells seen saves memory traffic: the count grids dominate here.
                            int nl = layers.length;
                            for (int c = 0; c < wc; c++) {
                                int code = b[src + c] & 0xFF;
                                for (int k = code; k < nl; k++) {
                                    counts[k][dst + c]++;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

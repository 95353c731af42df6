package io.steeldome.border.plan;

import io.steeldome.border.BorderError;
import io.steeldome.border.siting.DemandPoint;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.CoverageResult;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.PngWriter;
import io.steeldome.core.terrain.Viewshed;
import io.steeldome.core.terrain.ViewshedOptions;
import io.steeldome.core.terrain.ViewshedResult;
import io.steeldome.core.terrain.ViewshedWindow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The coverage map: how many chosen stations see each place (core's {@link PngWriter} colours over a hillshade, with
 * its SYNTHETIC mark when the DEM is generated), on the DEM's grid around the border (every k-th cell so the picture
 * stays within {@value #MAX_PIXELS} pixels a side), with the border drawn over it (covered stretches white, gaps red)
 * and the stations as dots (black ring, white centre).
 */
final class PlanPicture {
    static final int MAX_PIXELS = 1600;

    private PlanPicture() {}

    static void write(BorderPlan plan, Path file) {
        BufferedImage img = image(plan);
        try {
            if (!ImageIO.write(img, "png", file.toFile())) {
                throw new IOException("no PNG writer in javax.imageio");
            }
        } catch (IOException e) {
            throw new SteeldomeException(e, BorderError.UNWRITABLE, file, e.toString());
        }
    }

    static BufferedImage image(BorderPlan plan) {
        ElevationRaster dem = plan.dem();
        GridGeometry g = dem.geometry();
        double margin = plan.stations().stream()
                .mapToDouble(s -> s.spec().rangeM())
                .max()
                .orElse(0);
        margin = Math.max(margin, plan.options().zoneDepthM()) + 2_000;
        // Window: the border's extent in the DEM's CRS, widened by the margin (in CRS units), clipped to the DEM.
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (GeodeticPoint p : plan.border().vertices()) {
            for (double az = 0; az < 2 * Math.PI; az += Math.PI / 2) {
                double[] xy = g.crs().fromGeodetic(Geodesy.direct(p, az, margin));
                minX = Math.min(minX, xy[0]);
                maxX = Math.max(maxX, xy[0]);
                minY = Math.min(minY, xy[1]);
                maxY = Math.max(maxY, xy[1]);
            }
        }
        int c0 = clamp((int) Math.floor(g.colOf(minX)), g.cols());
        int c1 = clamp((int) Math.ceil(g.colOf(maxX)), g.cols());
        int r0 = clamp((int) Math.floor(g.rowOf(maxY)), g.rows());
        int r1 = clamp((int) Math.ceil(g.rowOf(minY)), g.rows());
        int stride = Math.max(1, (int) Math.ceil(Math.max(c1 - c0 + 1, r1 - r0 + 1) / (double) MAX_PIXELS));
        int cols = (c1 - c0) / stride + 1;
        int rows = (r1 - r0) / stride + 1;
        GridGeometry pic = new GridGeometry(
                g.crs(),
                g.originX() + (c0 + 0.5) * g.pixelWidth() - 0.5 * stride * g.pixelWidth(),
                g.originY() - (r0 + 0.5) * g.pixelHeight() + 0.5 * stride * g.pixelHeight(),
                g.pixelWidth() * stride,
                g.pixelHeight() * stride,
                cols,
                rows);
        // The picture's cell (r, c) is centred on DEM cell (r0 + r * stride, c0 + c * stride) and shows it.
        float[] heights = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                heights[r * cols + c] = dem.heightAt(r0 + r * stride, c0 + c * stride);
            }
        }
        ElevationRaster shade = ElevationRaster.of(pic, heights, dem.source(), dem.synthetic());
        int[] counts = new int[rows * cols];
        for (PlannedStation s : plan.stations()) {
            if (s.spec().lineOfSight()) {
                ViewshedResult vs = Viewshed.compute(
                        dem,
                        s.position(),
                        ViewshedOptions.withRefraction(
                                s.spec().mastHeightM(),
                                plan.options().targetHeightM(),
                                s.spec().rangeM(),
                                plan.options().refractionK()));
                ViewshedWindow w = vs.window();
                for (int r = 0; r < rows; r++) {
                    int wr = r0 + r * stride - w.row0();
                    if (wr < 0 || wr >= w.rows()) {
                        continue;
                    }
                    for (int c = 0; c < cols; c++) {
                        int wc = c0 + c * stride - w.col0();
                        if (wc >= 0 && wc < w.cols() && vs.visible(wr, wc)) {
                            counts[r * cols + c]++;
                        }
                    }
                }
            } else {
                // Only the picture cells in the range's bounding box can be within range.
                double bx0 = Double.POSITIVE_INFINITY, bx1 = Double.NEGATIVE_INFINITY;
                double by0 = Double.POSITIVE_INFINITY, by1 = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < 8; k++) {
                    double[] xy = g.crs()
                            .fromGeodetic(Geodesy.direct(
                                    s.position(), k * Math.PI / 4, s.spec().rangeM() * 1.1));
                    bx0 = Math.min(bx0, xy[0]);
                    bx1 = Math.max(bx1, xy[0]);
                    by0 = Math.min(by0, xy[1]);
                    by1 = Math.max(by1, xy[1]);
                }
                int pc0 = Math.max(0, (int) Math.floor(pic.colOf(bx0)));
                int pc1 = Math.min(cols - 1, (int) Math.ceil(pic.colOf(bx1)));
                int pr0 = Math.max(0, (int) Math.floor(pic.rowOf(by1)));
                int pr1 = Math.min(rows - 1, (int) Math.ceil(pic.rowOf(by0)));
                for (int r = pr0; r <= pr1; r++) {
                    for (int c = pc0; c <= pc1; c++) {
                        GeodeticPoint q = g.crs().toGeodetic(pic.centreX(c), pic.centreY(r), 0);
                        if (Geodesy.distanceM(s.position(), q) <= s.spec().rangeM()) {
                            counts[r * cols + c]++;
                        }
                    }
                }
            }
        }
        CoverageResult cov = new CoverageResult(
                pic, counts, plan.stations().size(), plan.options().targetHeightM(), dem.synthetic());
        BufferedImage img = PngWriter.coverageImage(cov, Optional.of(shade));
        Graphics2D gr = img.createGraphics();
        gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float width = Math.max(2f, Math.max(cols, rows) / 400f);
        gr.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        boolean[] covered = plan.covered(plan.stations());
        List<DemandPoint> demand = plan.demand();
        for (DemandPoint d : demand) {
            Path2D path = new Path2D.Double();
            List<GeodeticPoint> pts = plan.border().subLine(d.fromM(), d.toM());
            for (int k = 0; k < pts.size(); k++) {
                double[] xy = g.crs().fromGeodetic(pts.get(k));
                double px = (xy[0] - pic.originX()) / pic.pixelWidth();
                double py = (pic.originY() - xy[1]) / pic.pixelHeight();
                if (k == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            gr.setColor(covered[d.index()] ? Color.WHITE : new Color(220, 20, 20));
            gr.draw(path);
        }
        double radius = Math.max(3, Math.max(cols, rows) / 200.0);
        for (PlannedStation s : plan.stations()) {
            double[] xy = g.crs().fromGeodetic(s.position());
            double px = (xy[0] - pic.originX()) / pic.pixelWidth();
            double py = (pic.originY() - xy[1]) / pic.pixelHeight();
            gr.setColor(Color.BLACK);
            gr.fill(new java.awt.geom.Ellipse2D.Double(px - radius, py - radius, 2 * radius, 2 * radius));
            gr.setColor(Color.WHITE);
            double ri = radius * 0.55;
            gr.fill(new java.awt.geom.Ellipse2D.Double(px - ri, py - ri, 2 * ri, 2 * ri));
        }
        gr.dispose();
        return img;
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}

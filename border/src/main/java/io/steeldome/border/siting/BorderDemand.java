package io.steeldome.border.siting;

import io.steeldome.border.BorderError;
import io.steeldome.border.geometry.BorderLine;
import io.steeldome.core.error.SteeldomeException;
import java.util.ArrayList;
import java.util.List;

/** The border cut into pieces of (at most) a given length, each a demand point at its midpoint. */
public final class BorderDemand {
    private BorderDemand() {}

    /**
     * Pieces of equal length no longer than {@code spacingM} (so they tile the line exactly), weighted by {@code
     * likelihood} at their midpoints.
     */
    public static List<DemandPoint> sample(BorderLine line, double spacingM, CrossingLikelihood likelihood) {
        if (!(spacingM > 0)) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "demand spacing", spacingM, "must be > 0 m");
        }
        int n = (int) Math.max(1, Math.ceil(line.lengthM() / spacingM - 1e-9));
        double step = line.lengthM() / n;
        List<DemandPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double from = i * step;
            double to = i == n - 1 ? line.lengthM() : (i + 1) * step;
            double mid = (from + to) / 2;
            var p = line.pointAt(mid);
            double l = likelihood.at(p, mid);
            if (!(l >= 0) || Double.isInfinite(l)) {
                throw new SteeldomeException(
                        BorderError.BAD_OPTION, "crossing likelihood at " + p, l, "must be finite and >= 0");
            }
            out.add(new DemandPoint(i, from, to, p, l * (to - from)));
        }
        return List.copyOf(out);
    }
}

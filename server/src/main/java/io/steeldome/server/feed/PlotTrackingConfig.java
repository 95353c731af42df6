package io.steeldome.server.feed;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.interop.radar.RadarSite;
import io.steeldome.server.ServerError;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the ASTERIX feed turns CAT048 plots into tracks (see {@link AsterixUdpFeed}).
 *
 * @param sites surveyed radar sites; a radar not listed is placed by the I034/120 position of its CAT034 messages
 *     (with {@link RadarSite#typicalSsr} accuracies), and its plots are counted as unlocated until then
 * @param tracker gate, motion model, M-of-N confirmation and deletion of the plot tracker (the duplicate rule is not
 *     used); misses are counted per radar sector, so {@code maxConsecutiveMisses} is in antenna revolutions
 * @param fallbackScanS for a radar that sends no CAT034: a batch of its plots closes at the first plot at least this
 *     much later (time of day) than the batch's first plot (which then starts the next batch), or after this much
 *     wall-clock silence, and counts as the whole circle. Set it to the antenna's rotation period (a little under it
 *     if targets move against the rotation): much shorter charges misses to targets the antenna has not reached
 *     yet, much longer puts two plots of a target into one batch (the second starts a tentative track that dies)
 * @param assumedHeightM height above the ellipsoid given to a plot without a valid Mode C height, m
 * @param assumedHeightSigmaM its 1-sigma error, m (wide: such a plot is effectively 2D)
 * @param queueCapacity decoded plots and service messages that may wait for the tracker before further ones are
 *     dropped (counted)
 * @param historyIntervalS a confirmed track's state goes to track_history when it has not been recorded for this
 *     long (plot time), else it updates the picture only; 0 records every update. Each history row costs the
 *     database about 0.1-0.2 ms (H2, measured on the 2-core build machine), so at 10,000 plots/s recording every
 *     update needs more than a core: raise this there (at 4 s revolutions, 10 s records one update in three)
 */
public record PlotTrackingConfig(
        List<RadarSite> sites,
        TrackerConfig tracker,
        double fallbackScanS,
        double assumedHeightM,
        double assumedHeightSigmaM,
        int queueCapacity,
        double historyIntervalS) {

    /**
     * No surveyed sites; nearly-constant velocity with q = 100 m^2/s^3, 99.9 % gate, confirmation 3 of 4 revolutions,
     * deletion after 3 missed revolutions or 10 km position sigma, initiation for targets up to 700 m/s; 4 s fallback
     * scan; 3,000 m +/- 3,000 m for plots without Mode C; 65,536 queued records (6.5 s at 10,000 plots/s).
     */
    public static PlotTrackingConfig defaults() {
        return new PlotTrackingConfig(
                List.of(),
                new TrackerConfig(
                        ConstantVelocity.continuousEnu(TrackerConfig.DEFAULT_PROCESS_NOISE_M2PS3),
                        16.27,
                        3,
                        4,
                        3,
                        700,
                        10_000),
                4.0,
                3000,
                3000,
                65_536,
                0);
    }

    public PlotTrackingConfig {
        sites = List.copyOf(sites);
        Set<Integer> ids = new HashSet<>();
        for (RadarSite s : sites) {
            if (!ids.add(s.dataSourceId())) {
                throw new SteeldomeException(
                        ServerError.BAD_CONFIG, "two radar sites with SAC/SIC", s.sac() + "/" + s.sic());
            }
        }
        Objects.requireNonNull(tracker, "tracker");
        if (!(fallbackScanS > 0) || !Double.isFinite(fallbackScanS)) {
            throw new SteeldomeException(
                    ServerError.BAD_CONFIG, "plot fallback scan must be > 0 s, got", fallbackScanS);
        }
        if (!Double.isFinite(assumedHeightM) || !(assumedHeightSigmaM > 0) || !Double.isFinite(assumedHeightSigmaM)) {
            throw new SteeldomeException(
                    ServerError.BAD_CONFIG,
                    "assumed plot height must be finite with sigma > 0 m, got",
                    assumedHeightM + " +/- " + assumedHeightSigmaM);
        }
        if (queueCapacity < 1) {
            throw new SteeldomeException(
                    ServerError.BAD_CONFIG, "plot queue capacity must be >= 1, got", queueCapacity);
        }
    }

    public PlotTrackingConfig withSites(List<RadarSite> newSites) {
        return new PlotTrackingConfig(
                newSites, tracker, fallbackScanS, assumedHeightM, assumedHeightSigmaM, queueCapacity, historyIntervalS);
    }

    public PlotTrackingConfig withTracker(TrackerConfig newTracker) {
        return new PlotTrackingConfig(
                sites, newTracker, fallbackScanS, assumedHeightM, assumedHeightSigmaM, queueCapacity, historyIntervalS);
    }

    public PlotTrackingConfig withFallbackScanS(double scanS) {
        return new PlotTrackingConfig(
                sites, tracker, scanS, assumedHeightM, assumedHeightSigmaM, queueCapacity, historyIntervalS);
    }

    public PlotTrackingConfig withHistoryIntervalS(double intervalS) {
        return new PlotTrackingConfig(
                sites, tracker, fallbackScanS, assumedHeightM, assumedHeightSigmaM, queueCapacity, intervalS);
    }
}

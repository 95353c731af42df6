package io.steeldome.interop.radar;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.interop.asterix.AsterixRecord;
import io.steeldome.tracking.tracker.Detection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a decoded ASTERIX stream into tracker inputs: CAT048 plots become {@link Detection}s in the scenario frame
 * through their radar's site, CAT062 tracks become {@link SystemTrackReport}s, and a CAT034 message that carries
 * I034/120 (the source's own WGS-84 position) places a radar that was not configured. Times of day are resolved to
 * instants against the running stream (so midnight is crossed forwards) and then to {@link SimTime} since the
 * epoch.
 *
 * <p>Stateful and single-threaded, like the stream it reads. Nothing is dropped silently: {@link #stats()} counts
 * every record by what became of it.
 */
public final class AsterixFeed {
    /** What happened to the records fed so far. */
    public record Stats(int detections, int systemTracks, int serviceMessages, int unlocatedPlots, int ignored) {}

    private final Map<Integer, RadarSite> sites;
    private final RadarSite learnedSiteAccuracy;
    private final PlotConversion conversion;
    private final Instant epoch;
    private Instant reference;
    private int detections;
    private int systemTracks;
    private int serviceMessages;
    private int unlocated;
    private int ignored;

    private AsterixFeed(
            Map<Integer, RadarSite> sites,
            RadarSite learnedSiteAccuracy,
            PlotConversion conversion,
            Instant epoch,
            Instant reference) {
        this.sites = sites;
        this.learnedSiteAccuracy = learnedSiteAccuracy;
        this.conversion = conversion;
        this.epoch = epoch;
        this.reference = reference;
    }

    /**
     * @param sites configured radars
     * @param conversion how plots enter the scenario frame
     * @param epoch the instant that is {@link SimTime#ZERO}
     * @param start an instant within twelve hours of the first record (the recording's date); a pcap's capture
     *     time overrides it record by record
     */
    public static AsterixFeed of(List<RadarSite> sites, PlotConversion conversion, Instant epoch, Instant start) {
        Objects.requireNonNull(conversion, "conversion");
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(start, "start");
        Map<Integer, RadarSite> byId = new HashMap<>();
        for (RadarSite s : sites) {
            if (byId.put(s.dataSourceId(), s) != null) {
                throw new IllegalArgumentException("two radar sites with SAC/SIC " + s.sac() + "/" + s.sic());
            }
        }
        RadarSite template = RadarSite.typicalSsr(0, 0, GeodeticPoint.ofDegrees(0, 0, 0));
        return new AsterixFeed(byId, template, conversion, epoch, start);
    }

    /** Feeds records in stream order and returns the detections they produced. */
    public List<Detection> detections(List<AsterixRecord> records) {
        List<Detection> out = new ArrayList<>();
        for (AsterixRecord r : records) {
            accept(r).ifPresent(out::add);
        }
        return out;
    }

    /** Feeds one record; a detection when it is a plot from a known radar. */
    public Optional<Detection> accept(AsterixRecord r) {
        r.captureTime().ifPresent(t -> reference = t);
        switch (r.category()) {
            case 48 -> {
                Optional<MonoradarPlot> plot = MonoradarPlot.from(r);
                if (plot.isEmpty()) {
                    ignored++;
                    return Optional.empty();
                }
                return plot(plot.get());
            }
            case 62 -> {
                Optional<SystemTrackReport> track = SystemTrackReport.from(r);
                if (track.isPresent()) {
                    systemTracks++;
                    reference = TimeOfDay.resolve(track.get().timeOfTrackS(), reference);
                } else {
                    ignored++;
                }
                return Optional.empty();
            }
            case 34 -> {
                serviceMessages++;
                learnSite(r);
                return Optional.empty();
            }
            default -> {
                ignored++;
                return Optional.empty();
            }
        }
    }

    /** A plot as a detection, resolving its time against the stream. */
    public Optional<Detection> plot(MonoradarPlot p) {
        RadarSite site = sites.get(p.dataSourceId());
        if (site == null) {
            unlocated++;
            return Optional.empty();
        }
        Instant t = TimeOfDay.resolve(p.timeOfDayS(), reference);
        reference = t;
        Optional<Detection> d = conversion.toDetection(
                site, simTime(t), "asterix:" + p.sac() + "/" + p.sic(), p.rangeM(), p.azimuthRad(), p.heightM());
        if (d.isPresent()) {
            detections++;
        } else {
            unlocated++;
        }
        return d;
    }

    /** The sites known now: configured ones and those learned from CAT034 I034/120. */
    public List<RadarSite> sites() {
        return List.copyOf(sites.values());
    }

    public Stats stats() {
        return new Stats(detections, systemTracks, serviceMessages, unlocated, ignored);
    }

    /** Simulation time of an instant: nanoseconds since the epoch. */
    public SimTime simTime(Instant t) {
        return new SimTime(Duration.between(epoch, t).toNanos());
    }

    private void learnSite(AsterixRecord r) {
        var sac = r.raw("I034/010", "SAC");
        var sic = r.raw("I034/010", "SIC");
        OptionalDouble lat = r.number("I034/120", "LAT");
        OptionalDouble lon = r.number("I034/120", "LON");
        OptionalDouble hgt = r.number("I034/120", "HGT");
        r.number("I034/030").ifPresent(tod -> reference = TimeOfDay.resolve(tod, reference));
        if (sac.isEmpty() || sic.isEmpty() || lat.isEmpty() || lon.isEmpty() || hgt.isEmpty()) {
            return;
        }
        // The 24-bit fields can hold up to +/-180 degrees of latitude: a corrupt message must not place a radar.
        if (Math.abs(lat.getAsDouble()) > 90 || Math.abs(lon.getAsDouble()) > 180) {
            ignored++;
            return;
        }
        int id = (int) (sac.getAsLong() << 8 | sic.getAsLong());
        // A configured site wins: its surveyed position and accuracies are the operator's, not the radar's claim.
        sites.computeIfAbsent(
                id,
                k -> new RadarSite(
                        (int) sac.getAsLong(),
                        (int) sic.getAsLong(),
                        GeodeticPoint.ofDegrees(lat.getAsDouble(), lon.getAsDouble(), hgt.getAsDouble()),
                        learnedSiteAccuracy.rangeSigmaM(),
                        learnedSiteAccuracy.azimuthSigmaRad(),
                        learnedSiteAccuracy.heightSigmaM()));
    }
}

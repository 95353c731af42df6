package io.steeldome.server.feed;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.interop.asterix.AsterixRecord;
import io.steeldome.interop.radar.MonoradarPlot;
import io.steeldome.interop.radar.RadarSite;
import io.steeldome.interop.radar.TimeOfDay;
import io.steeldome.server.feed.SectorPlotTracker.SectorPlot;
import io.steeldome.server.feed.SectorPlotTracker.Snapshot;
import io.steeldome.server.feed.SectorPlotTracker.Sweep;
import io.steeldome.server.share.LivePicture;
import io.steeldome.tracking.tracker.Detection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that turns an ASTERIX feed's CAT048 plots into picture tracks, behind a bounded queue of decoded records
 * (the UDP receiver only decodes and queues). Per radar (SAC/SIC) it collects plots into batches closed by the radar's
 * CAT034 north-marker (I034/000 = 1) and sector-crossing (= 2, azimuth I034/020) messages, runs the batch through that
 * radar's {@link SectorPlotTracker}, and writes the batch's confirmed tracks ({@code plot:SAC/SIC:N}) and deletions to
 * the picture in one transaction. A radar that has sent no CAT034 gets whole-circle batches of
 * {@link PlotTrackingConfig#fallbackScanS()} (see there), and so does one whose CAT034 has stopped for two of them.
 *
 * <p>The first batch of a radar in a session also deletes that radar's plot tracks left in the picture by an earlier
 * session: the new tracker numbers its tracks from 1 again and knows nothing of the old ones.
 */
final class PlotTrackWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlotTrackWorker.class);
    private static final long POLL_MS = 100;

    private final FeedConfig config;
    private final PlotTrackingConfig tracking;
    private final LivePicture picture;
    private final FeedCounters counters;
    private final BlockingQueue<AsterixRecord> queue;
    private final Map<Integer, Radar> radars = new HashMap<>();
    private final long fallbackNanos;
    private final long historyNanos;
    private final Thread thread;
    private Instant reference;
    private volatile boolean running = true;

    PlotTrackWorker(FeedConfig config, Clock clock, LivePicture picture, FeedCounters counters) {
        this.config = config;
        this.tracking = config.plotTracking();
        this.picture = picture;
        this.counters = counters;
        this.reference = clock.instant();
        this.queue = new ArrayBlockingQueue<>(tracking.queueCapacity());
        this.fallbackNanos = Math.round(tracking.fallbackScanS() * 1e9);
        this.historyNanos = Math.round(tracking.historyIntervalS() * 1e9);
        for (RadarSite s : tracking.sites()) {
            radars.put(s.dataSourceId(), new Radar(s.sac(), s.sic()).placed(s));
        }
        this.thread =
                Thread.ofPlatform().name("feed-asterix-plots").daemon(true).start(this::run);
    }

    /** Queues a CAT048 or CAT034 record; counts it as dropped when the queue is full. Any thread. */
    void offer(AsterixRecord r) {
        if (!queue.offer(r)) {
            counters.reject(FeedCounters.Rejection.DROPPED);
            counters.count(r.category() == 48 ? "plots.dropped" : "serviceMessages.dropped");
        }
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            AsterixRecord r;
            try {
                r = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (r != null) {
                    handle(r);
                }
                closeSilent(System.nanoTime());
            } catch (RuntimeException e) { // thread boundary: one bad record or failed write must not stop the feed
                counters.reject(FeedCounters.Rejection.FAILED);
                LOG.warn("ASTERIX plot tracking failed", e);
            }
        }
    }

    private void handle(AsterixRecord r) {
        if (r.category() == 48) {
            plot(r);
        } else if (r.category() == 34) {
            service(r);
        }
    }

    private void plot(AsterixRecord r) {
        Optional<MonoradarPlot> mp = MonoradarPlot.from(r);
        if (mp.isEmpty()) {
            counters.reject(FeedCounters.Rejection.NOT_A_TRACK);
            counters.count("plots.incomplete");
            return;
        }
        MonoradarPlot p = mp.get();
        Radar radar = radars.computeIfAbsent(p.dataSourceId(), k -> new Radar(p.sac(), p.sic()));
        if (radar.site.isEmpty()) {
            counters.count("plots.unlocated");
            return;
        }
        Instant t = TimeOfDay.resolve(p.timeOfDayS(), reference);
        reference = t;
        long nanos = nanos(t);
        Optional<Detection> d =
                radar.plots.detection(new SimTime(nanos), radar.key, p.rangeM(), p.azimuthRad(), p.heightM());
        if (d.isEmpty()) {
            counters.count("plots.unlocated");
            return;
        }
        if (radar.sectored && nanos - radar.lastServiceNanos > 2 * fallbackNanos) {
            // CAT034 has stopped: back to whole-revolution batches rather than one batch that never closes.
            radar.sectored = false;
            radar.lastSectorEndRad = Double.NaN;
            counters.count("serviceMessages.lost");
        }
        if (!radar.sectored && !radar.pending.isEmpty() && nanos - radar.batchStartNanos >= fallbackNanos) {
            close(radar, Sweep.FULL, radar.lastPlotNanos);
        }
        if (radar.pending.isEmpty()) {
            radar.batchStartNanos = nanos;
        }
        radar.pending.add(new SectorPlot(d.get(), p.azimuthRad()));
        radar.lastPlotNanos = Math.max(radar.lastPlotNanos, nanos);
        radar.lastPlotWallNanos = System.nanoTime();
        counters.count("plots.tracked");
    }

    private void service(AsterixRecord r) {
        OptionalLong sac = r.raw("I034/010", "SAC");
        OptionalLong sic = r.raw("I034/010", "SIC");
        if (sac.isEmpty() || sic.isEmpty()) {
            counters.count("serviceMessages.noSource");
            return;
        }
        int id = (int) (sac.getAsLong() << 8 | sic.getAsLong());
        Radar radar = radars.computeIfAbsent(id, k -> new Radar((int) sac.getAsLong(), (int) sic.getAsLong()));
        learnSite(radar, r);
        OptionalDouble tod = r.number("I034/030");
        if (tod.isPresent()) {
            reference = TimeOfDay.resolve(tod.getAsDouble(), reference);
        }
        long at = tod.isPresent() ? nanos(reference) : radar.lastPlotNanos;
        long type = r.raw("I034/000").orElse(0);
        double endRad;
        if (type == 1) {
            endRad = 2 * Math.PI;
        } else if (type == 2 && r.number("I034/020").isPresent()) {
            endRad = Math.toRadians(r.number("I034/020").getAsDouble());
        } else {
            return; // other service messages (filters, jamming strobes) do not close a sector
        }
        radar.sectored = true;
        radar.lastServiceNanos = Math.max(at, radar.lastPlotNanos);
        counters.count(type == 1 ? "northMarkers" : "sectorCrossings");
        if (radar.site.isEmpty()) {
            radar.pending.clear();
            return;
        }
        Sweep sweep =
                Double.isNaN(radar.lastSectorEndRad) ? Sweep.UNKNOWN : Sweep.between(radar.lastSectorEndRad, endRad);
        radar.lastSectorEndRad = SectorPlotTracker.normalise(endRad);
        close(radar, sweep, Math.max(at, radar.lastPlotNanos));
    }

    /** Closes the fallback batches of radars that have sent nothing for a fallback scan. */
    private void closeSilent(long wallNanos) {
        for (Radar radar : radars.values()) {
            if (!radar.sectored && !radar.pending.isEmpty() && wallNanos - radar.lastPlotWallNanos >= fallbackNanos) {
                close(radar, Sweep.FULL, radar.lastPlotNanos);
            }
        }
    }

    private void close(Radar radar, Sweep sweep, long referenceNanos) {
        SectorPlotTracker.Result result = radar.tracker.process(referenceNanos, sweep, radar.pending);
        radar.pending.clear();
        counters.count("batches");
        List<SharedTrack> updates = new ArrayList<>(result.changed().size());
        List<SharedTrack> unrecorded = new ArrayList<>();
        for (Snapshot s : result.changed()) {
            Long last = radar.recordedNanos.get(s.number());
            if (last == null || s.timeNanos() - last >= historyNanos) {
                updates.add(shared(radar, s));
                radar.recordedNanos.put(s.number(), s.timeNanos());
            } else {
                unrecorded.add(shared(radar, s));
            }
        }
        List<String> deletions = new ArrayList<>();
        if (!radar.cleared) {
            deletions.addAll(picture.trackIds(radar.prefix));
            radar.cleared = true;
        }
        for (long n : result.deleted()) {
            deletions.add(radar.prefix + n);
            radar.recordedNanos.remove(n);
        }
        if (updates.isEmpty() && unrecorded.isEmpty() && deletions.isEmpty()) {
            return;
        }
        int removed = picture.apply(updates, unrecorded, deletions);
        for (int i = 0; i < updates.size() + unrecorded.size(); i++) {
            counters.accepted();
        }
        for (int i = 0; i < removed; i++) {
            counters.count("tracks.deleted");
        }
    }

    private SharedTrack shared(Radar radar, Snapshot s) {
        double[] x = s.x();
        double[] p = s.p();
        return new SharedTrack(
                radar.prefix + s.number(),
                new SimTime(s.timeNanos()),
                radar.frame.toGeodetic(new EnuVector(x[0], x[1], x[2])),
                PositionUncertainty.ofCovariance(p[0], p[1], p[7]), // 6x6 row-major: ee, en, nn
                config.agency(),
                config.releasability(),
                List.of());
    }

    private void learnSite(Radar radar, AsterixRecord r) {
        if (radar.site.isPresent()) {
            return; // a configured (or already learned) site wins
        }
        OptionalDouble lat = r.number("I034/120", "LAT");
        OptionalDouble lon = r.number("I034/120", "LON");
        OptionalDouble hgt = r.number("I034/120", "HGT");
        if (lat.isEmpty() || lon.isEmpty() || hgt.isEmpty()) {
            return;
        }
        // The 24-bit fields can hold up to +/-180 degrees of latitude: a corrupt message must not place a radar.
        if (Math.abs(lat.getAsDouble()) > 90 || Math.abs(lon.getAsDouble()) > 180) {
            counters.count("serviceMessages.badSite");
            return;
        }
        radar.placed(RadarSite.typicalSsr(
                radar.sac,
                radar.sic,
                GeodeticPoint.ofDegrees(lat.getAsDouble(), lon.getAsDouble(), hgt.getAsDouble())));
        counters.count("radarSitesLearned");
    }

    private static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    /** Stops after tracking what is queued (bounded wait); plots of unclosed batches are not tracked. */
    @Override
    public void close() {
        running = false;
        FeedWorker.awaitStop(thread);
    }

    /** One radar's batching state and tracker. */
    private final class Radar {
        final int sac;
        final int sic;
        final String key;
        final String prefix;
        final SectorPlotTracker tracker = new SectorPlotTracker(tracking.tracker());
        final List<SectorPlot> pending = new ArrayList<>();
        /** When each confirmed track's state last went to the history, by number. */
        final Map<Long, Long> recordedNanos = new HashMap<>();

        Optional<RadarSite> site = Optional.empty();
        LocalFrame frame;
        RadarPlots plots;
        boolean sectored;
        boolean cleared;
        double lastSectorEndRad = Double.NaN;
        long batchStartNanos;
        long lastPlotNanos = Long.MIN_VALUE;
        long lastPlotWallNanos;
        /** Plot time of the last sector-closing CAT034 message. */
        long lastServiceNanos;

        Radar(int sac, int sic) {
            this.sac = sac;
            this.sic = sic;
            this.key = sac + "/" + sic;
            this.prefix = "plot:" + key + ":";
        }

        Radar placed(RadarSite s) {
            site = Optional.of(s);
            plots = new RadarPlots(s, tracking.assumedHeightM(), tracking.assumedHeightSigmaM());
            frame = plots.frame();
            return this;
        }
    }
}

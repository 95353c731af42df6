package io.steeldome.server.feed;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.units.Units;
import io.steeldome.interop.asterix.AsterixDecodeError;
import io.steeldome.interop.asterix.AsterixDecoder;
import io.steeldome.interop.asterix.AsterixRecord;
import io.steeldome.interop.asterix.DecodeResult;
import io.steeldome.interop.radar.SystemTrackReport;
import io.steeldome.interop.radar.TimeOfDay;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.share.LivePicture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ASTERIX over UDP, one or more data blocks per datagram. CAT062 system tracks become {@code ast:SAC/SIC:NUMBER},
 * CAT021 ADS-B reports {@code adsb:ADDRESS} (ICAO 24-bit address in hex), both owned by the feed's agency with the
 * configured default 1-sigma error (neither item set used here states one); times of day are placed on the UTC day
 * nearest the server clock. A datagram that does not decode cleanly is counted as malformed and its errors by kind
 * ({@code decodeError.KIND}); the records that did decode are still used.
 *
 * <p>CAT048 plots are tracked per radar (SAC/SIC) by a {@link PlotTrackWorker} on its own thread (the receiver only
 * decodes and queues): they are placed through the radar's site (configured in {@link PlotTrackingConfig#sites()}, or
 * learned from I034/120 of its CAT034 messages) from RHO/THETA and the Mode C height, with a covariance from the
 * Jacobian of that conversion, and their times of day are resolved like the tracks'. A radar's plots are batched by
 * its CAT034 north-marker and sector-crossing messages, and only tracks predicted inside the sector a batch closes
 * take a miss for it (see {@link SectorPlotTracker}); a radar that sends no CAT034 gets whole-revolution batches
 * ({@link PlotTrackingConfig#fallbackScanS()}). Confirmed tracks become {@code plot:SAC/SIC:N} with the filter's
 * 1-sigma position ellipse, owned by the feed's agency; a deleted track leaves the picture. Counters:
 * {@code plots.tracked}, {@code plots.unlocated} (no site yet, or impossible geometry), {@code plots.dropped} (queue
 * full), {@code batches}, {@code northMarkers}, {@code sectorCrossings}, {@code tracks.deleted}; accepted counts
 * confirmed-track updates written.
 */
public final class AsterixUdpFeed implements AutoCloseable {
    /** Largest UDP payload over IPv4. */
    public static final int MAX_DATAGRAM_BYTES = 65_507;

    private static final int RECEIVE_BUFFER_BYTES = 8 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(AsterixUdpFeed.class);

    private final FeedConfig config;
    private final Clock clock;
    private final AsterixDecoder decoder = AsterixDecoder.withDefaults();
    private final FeedCounters counters = new FeedCounters();
    private final FeedWorker worker;
    private final PlotTrackWorker plots;
    private final DatagramChannel channel;
    private final Thread receiver;

    private AsterixUdpFeed(FeedConfig config, Clock clock, LivePicture picture, InetSocketAddress local) {
        this.config = config;
        this.clock = clock;
        this.worker = new FeedWorker("asterix-udp", picture, counters, config.queueCapacity());
        this.plots = new PlotTrackWorker(config, clock, picture, counters);
        try {
            // A radar burst (a sector's plots) must not overflow the kernel's default buffer while the receive
            // thread is descheduled: ask for 8 MiB (the OS may cap it at net.core.rmem_max).
            this.channel = DatagramChannel.open()
                    .setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER_BYTES)
                    .bind(local);
        } catch (IOException e) {
            worker.close();
            plots.close();
            throw new UncheckedIOException("ASTERIX feed: cannot bind " + local, e);
        }
        this.receiver =
                Thread.ofPlatform().name("feed-asterix-udp-rx").daemon(true).start(this::receiveLoop);
    }

    /** Binds {@code host:port} (0: any free port) and starts receiving. */
    public static AsterixUdpFeed start(FeedConfig config, Clock clock, LivePicture picture, String host, int port) {
        return new AsterixUdpFeed(config, clock, picture, new InetSocketAddress(host, port));
    }

    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FeedCounters counters() {
        return counters;
    }

    private void receiveLoop() {
        // One byte more than the limit, so a longer datagram (possible over IPv6) shows as oversized, not truncated.
        ByteBuffer buf = ByteBuffer.allocate(MAX_DATAGRAM_BYTES + 1);
        while (channel.isOpen()) {
            buf.clear();
            try {
                if (!config.allowedPeers().admit(channel.receive(buf), counters)) {
                    continue; // from an address outside allowedPeers: counted, never decoded
                }
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                counters.count("ioError");
                continue;
            }
            buf.flip();
            byte[] datagram = new byte[buf.remaining()];
            buf.get(datagram);
            try {
                onDatagram(datagram);
            } catch (RuntimeException e) { // thread boundary: no datagram may stop the feed
                counters.reject(FeedCounters.Rejection.MALFORMED);
                LOG.warn("ASTERIX datagram of {} bytes not handled", datagram.length, e);
            }
        }
    }

    /** Decodes one datagram's data blocks and queues their tracks. */
    void onDatagram(byte[] datagram) {
        counters.received();
        if (datagram.length > MAX_DATAGRAM_BYTES) {
            counters.reject(FeedCounters.Rejection.OVERSIZED);
            return;
        }
        DecodeResult d = decoder.decodeBlocks(datagram);
        if (!d.errors().isEmpty() || d.records().isEmpty()) {
            counters.reject(FeedCounters.Rejection.MALFORMED);
        }
        for (AsterixDecodeError e : d.errors()) {
            counters.count("decodeError." + e.kind().name());
        }
        Instant now = clock.instant();
        for (AsterixRecord r : d.records()) {
            counters.count(String.format(Locale.ROOT, "records.cat%03d", r.category()));
            try {
                switch (r.category()) {
                    case 62 -> track(r, now).ifPresent(worker::offer);
                    case 21 -> adsb(r, now).ifPresent(worker::offer);
                    case 48 -> {
                        counters.count("plots");
                        if (acceptsPlot(r)) {
                            plots.offer(r);
                        }
                    }
                    case 34 -> plots.offer(r); // north markers and sector crossings close plot batches
                    default -> {
                        // other service messages (CAT065): counted above, nothing for the picture
                    }
                }
            } catch (RuntimeException e) { // a value outside its range (e.g. a time of day past 24 h)
                counters.reject(FeedCounters.Rejection.MALFORMED);
            }
        }
    }

    private Optional<SharedTrack> track(AsterixRecord r, Instant now) {
        Optional<SystemTrackReport> t = SystemTrackReport.from(r);
        if (t.isEmpty()) {
            counters.reject(FeedCounters.Rejection.NOT_A_TRACK);
            return Optional.empty();
        }
        SystemTrackReport s = t.get();
        String source = s.sac() + "/" + s.sic();
        if (!accepts(source)) {
            return Optional.empty();
        }
        return Optional.of(shared(
                "ast:" + source + ":" + s.trackNumber(), TimeOfDay.resolve(s.timeOfTrackS(), now), s.position()));
    }

    private Optional<SharedTrack> adsb(AsterixRecord r, Instant now) {
        OptionalDouble lat = r.number("I021/131", "LAT");
        OptionalDouble lon = r.number("I021/131", "LON");
        if (lat.isEmpty() || lon.isEmpty()) { // the high-resolution position, else the low-resolution one
            lat = r.number("I021/130", "LAT");
            lon = r.number("I021/130", "LON");
        }
        Optional<String> address = r.text("I021/080").map(a -> a.strip().toUpperCase(Locale.ROOT));
        OptionalLong sac = r.raw("I021/010", "SAC");
        OptionalLong sic = r.raw("I021/010", "SIC");
        if (lat.isEmpty()
                || lon.isEmpty()
                || address.filter(a -> !a.isEmpty()).isEmpty()
                || sac.isEmpty()
                || sic.isEmpty()) {
            counters.reject(FeedCounters.Rejection.NOT_A_TRACK);
            return Optional.empty();
        }
        if (!accepts(sac.getAsLong() + "/" + sic.getAsLong())) {
            return Optional.empty();
        }
        OptionalDouble tod = r.number("I021/073");
        if (tod.isEmpty()) {
            tod = r.number("I021/071");
        }
        Instant t = tod.isPresent() ? TimeOfDay.resolve(tod.getAsDouble(), now) : now;
        // Geometric height (I021/140, ft) when present; the picture is horizontal, so 0 otherwise.
        double hM = Units.ftToM(r.number("I021/140").orElse(0));
        return Optional.of(
                shared("adsb:" + address.get(), t, GeodeticPoint.ofDegrees(lat.getAsDouble(), lon.getAsDouble(), hM)));
    }

    /** Source filter for a plot; one without a source is passed on (the tracker counts it as incomplete). */
    private boolean acceptsPlot(AsterixRecord r) {
        OptionalLong sac = r.raw("I048/010", "SAC");
        OptionalLong sic = r.raw("I048/010", "SIC");
        return sac.isEmpty() || sic.isEmpty() || accepts(sac.getAsLong() + "/" + sic.getAsLong());
    }

    private boolean accepts(String sacSic) {
        if (config.asterixSources().isEmpty() || config.asterixSources().contains(sacSic)) {
            return true;
        }
        counters.reject(FeedCounters.Rejection.UNKNOWN_SOURCE);
        return false;
    }

    private SharedTrack shared(String id, Instant time, GeodeticPoint p) {
        return new SharedTrack(
                id,
                ApprovalService.simTime(time),
                p,
                PositionUncertainty.circular(config.defaultSigmaM()),
                config.agency(),
                config.releasability(),
                List.of());
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a datagram socket: nothing left to do
        }
        try {
            receiver.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.close();
        plots.close();
    }
}

package io.steeldome.server.feed;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.border.share.StandardIdentity;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.interop.cot.CotError;
import io.steeldome.interop.cot.CotEvent;
import io.steeldome.interop.cot.CotIdentity;
import io.steeldome.interop.cot.CotPoint;
import io.steeldome.interop.cot.CotReadResult;
import io.steeldome.interop.cot.CotTcpServer;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.share.LivePicture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Cursor-on-Target over TCP (TAK's undelimited plain-XML stream): atoms ({@code a-…}) that are not yet stale become
 * shared tracks {@code cot:UID} owned by the feed's agency, the position from {@code <point>}, the horizontal error
 * from {@code ce} (1 sigma; CoT's "unknown" 9 999 999 m is kept, so an unknown error shows as unknown). Everything
 * else is counted and dropped. The atom type's affiliation letter gives the track's standard identity. A connection
 * from an address outside {@link FeedConfig#allowedPeers} is closed at accept, before a byte is read, and counted as
 * {@link FeedCounters.Rejection#UNTRUSTED_PEER}. Plain TCP: no TLS.
 */
public final class CotTcpFeed implements AutoCloseable {
    /** Largest event accepted, characters (TAK events are a few kB; detail-heavy ones stay well below this). */
    public static final int MAX_EVENT_CHARS = 64 * 1024;

    private final FeedConfig config;
    private final Clock clock;
    private final FeedCounters counters = new FeedCounters();
    private final FeedWorker worker;
    private final CotTcpServer server;

    private CotTcpFeed(FeedConfig config, Clock clock, LivePicture picture, InetSocketAddress local) {
        this.config = config;
        this.clock = clock;
        this.worker = new FeedWorker("cot-tcp", picture, counters, config.queueCapacity());
        try {
            this.server = CotTcpServer.bind(
                    local, MAX_EVENT_CHARS, peer -> config.allowedPeers().admit(peer, counters), this::onReadSafely);
        } catch (IOException e) {
            worker.close();
            throw new UncheckedIOException("CoT feed: cannot bind " + local, e);
        }
    }

    /** Binds {@code host:port} (0: any free port) and starts reading. */
    public static CotTcpFeed start(FeedConfig config, Clock clock, LivePicture picture, String host, int port) {
        return new CotTcpFeed(config, clock, picture, new InetSocketAddress(host, port));
    }

    public InetSocketAddress localAddress() {
        return server.localAddress();
    }

    public FeedCounters counters() {
        return counters;
    }

    private void onReadSafely(CotReadResult r) {
        try {
            onRead(r);
        } catch (RuntimeException e) { // thread boundary: one bad event must not drop the connection
            counters.reject(FeedCounters.Rejection.MALFORMED);
        }
    }

    private void onRead(CotReadResult r) {
        counters.received();
        switch (r) {
            case CotReadResult.Failed f -> counters.reject(rejection(f.error().code()));
            case CotReadResult.Parsed p -> toTrack(p.event()).ifPresent(worker::offer);
        }
    }

    private static FeedCounters.Rejection rejection(io.steeldome.core.error.ErrorCode code) {
        return code == CotError.EVENT_TOO_LARGE ? FeedCounters.Rejection.OVERSIZED : FeedCounters.Rejection.MALFORMED;
    }

    /** The shared track of an event, or empty (counted) when it is not a current atom. */
    Optional<SharedTrack> toTrack(CotEvent e) {
        if (!e.type().startsWith("a-")) {
            counters.reject(FeedCounters.Rejection.NOT_A_TRACK);
            return Optional.empty();
        }
        if (e.stale().isBefore(clock.instant())) {
            counters.reject(FeedCounters.Rejection.STALE);
            return Optional.empty();
        }
        CotPoint p = e.point();
        double ce = p.ceRaw();
        if (!(ce >= 0) || !Double.isFinite(ce)) { // the schema allows a negative ce; it carries no error estimate
            ce = CotPoint.UNKNOWN;
        }
        return Optional.of(new SharedTrack(
                "cot:" + e.uid(),
                ApprovalService.simTime(e.time()),
                GeodeticPoint.ofDegrees(p.latDeg(), p.lonDeg(), p.haeM().orElse(0)),
                PositionUncertainty.circular(ce),
                config.agency(),
                config.releasability(),
                List.of(),
                CotIdentity.ofType(e.type())
                        .map(i -> StandardIdentity.valueOf(i.name()))
                        .orElse(StandardIdentity.UNKNOWN)));
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing a listening socket: nothing left to do
        } finally {
            worker.close();
        }
    }
}

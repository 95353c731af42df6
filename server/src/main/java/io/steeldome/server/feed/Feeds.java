package io.steeldome.server.feed;

import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.share.LivePicture;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's live feeds: the socket feeds {@link FeedConfig} turns on (opened by {@link #start}, closed by
 * {@link #close}) and the JSON feed behind {@code POST /api/feed/tracks}.
 */
public final class Feeds implements AutoCloseable {
    private final FeedConfig config;
    private final Clock clock;
    private final LivePicture picture;
    private final String host;
    private final JsonTrackFeed json;
    private volatile Optional<CotTcpFeed> cot = Optional.empty();
    private volatile Optional<AsterixUdpFeed> asterix = Optional.empty();

    public Feeds(FeedConfig config, String host, Clock clock, LivePicture picture, AuditLog audit) {
        this.config = Objects.requireNonNull(config, "config");
        this.host = Objects.requireNonNull(host, "host");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.picture = Objects.requireNonNull(picture, "picture");
        this.json = new JsonTrackFeed(config, picture, audit);
    }

    /** Opens the configured socket feeds; on a bind failure closes what was opened and rethrows. */
    public synchronized void start() {
        try {
            if (config.cotTcpPort().isPresent() && cot.isEmpty()) {
                cot = Optional.of(CotTcpFeed.start(
                        config, clock, picture, host, config.cotTcpPort().getAsInt()));
            }
            if (config.asterixUdpPort().isPresent() && asterix.isEmpty()) {
                asterix = Optional.of(AsterixUdpFeed.start(
                        config, clock, picture, host, config.asterixUdpPort().getAsInt()));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public Optional<CotTcpFeed> cot() {
        return cot;
    }

    public Optional<AsterixUdpFeed> asterix() {
        return asterix;
    }

    public JsonTrackFeed json() {
        return json;
    }

    /** Every feed's state and counters, for {@code GET /api/feeds}. */
    public List<FeedStatus> status() {
        List<FeedStatus> out = new ArrayList<>();
        out.add(cot.map(f -> FeedStatus.on("cot-tcp", f.localAddress().getPort(), f.counters()))
                .orElse(FeedStatus.off("cot-tcp")));
        out.add(asterix.map(f -> FeedStatus.on("asterix-udp", f.localAddress().getPort(), f.counters()))
                .orElse(FeedStatus.off("asterix-udp")));
        out.add(FeedStatus.on("json-http", 0, json.counters()));
        return out;
    }

    @Override
    public synchronized void close() {
        cot.ifPresent(CotTcpFeed::close);
        cot = Optional.empty();
        asterix.ifPresent(AsterixUdpFeed::close);
        asterix = Optional.empty();
    }

    /**
     * One feed's state.
     *
     * @param port bound port of a socket feed, 0 for the HTTP feed or when off
     */
    public record FeedStatus(String name, boolean enabled, int port, FeedCounters.Snapshot counters) {
        static FeedStatus on(String name, int port, FeedCounters c) {
            return new FeedStatus(name, true, port, c.snapshot());
        }

        static FeedStatus off(String name) {
            return new FeedStatus(name, false, 0, new FeedCounters().snapshot());
        }
    }
}

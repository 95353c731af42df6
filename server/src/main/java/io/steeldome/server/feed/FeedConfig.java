package io.steeldome.server.feed;

import io.steeldome.border.alert.Releasability;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.server.ServerError;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which live feeds the server opens and whose tracks they carry. The socket feeds bind the server's host; the JSON
 * feed ({@code POST /api/feed/tracks}) is always there and files tracks under the caller's agency.
 *
 * @param cotTcpPort TCP port of the Cursor-on-Target input (0 for any free port); empty: off
 * @param asterixUdpPort UDP port of the ASTERIX input (0 for any free port); empty: off
 * @param agency owning agency of the CoT and ASTERIX tracks
 * @param releasability the owner's marking on every fed track
 * @param asterixSources accepted ASTERIX data sources as "SAC/SIC"; empty accepts any
 * @param defaultSigmaM 1-sigma horizontal error, m, of a track whose source states none (ASTERIX without I062/500,
 *     ADS-B)
 * @param queueCapacity tracks a socket feed may have waiting for the picture before further ones are dropped
 * @param plotTracking how the ASTERIX feed tracks CAT048 plots
 * @param allowedPeers source addresses the CoT and ASTERIX sockets accept; default {@link PeerFilter#LOOPBACK} (this
 *     host only), so a feed bound to a public interface takes nothing until its senders are listed
 */
public record FeedConfig(
        OptionalInt cotTcpPort,
        OptionalInt asterixUdpPort,
        String agency,
        Releasability releasability,
        Set<String> asterixSources,
        double defaultSigmaM,
        int queueCapacity,
        PlotTrackingConfig plotTracking,
        PeerFilter allowedPeers) {

    /** No socket feed; tracks owned by NATO, own agency only. */
    public static final FeedConfig OFF = new FeedConfig(
            OptionalInt.empty(),
            OptionalInt.empty(),
            "NATO",
            Releasability.OWN_ONLY,
            Set.of(),
            150,
            4096,
            PlotTrackingConfig.defaults(),
            PeerFilter.LOOPBACK);

    public FeedConfig {
        Objects.requireNonNull(cotTcpPort, "cotTcpPort");
        Objects.requireNonNull(asterixUdpPort, "asterixUdpPort");
        checkPort(cotTcpPort);
        checkPort(asterixUdpPort);
        Objects.requireNonNull(agency, "agency");
        if (agency.isBlank()) {
            throw new SteeldomeException(
                    ServerError.BAD_CONFIG, "feed agency must not be blank, got", "\"" + agency + "\"");
        }
        Objects.requireNonNull(releasability, "releasability");
        asterixSources = java.util.Collections.unmodifiableSet(new TreeSet<>(asterixSources));
        if (!(defaultSigmaM > 0) || !Double.isFinite(defaultSigmaM)) {
            throw new SteeldomeException(
                    ServerError.BAD_CONFIG, "feed default sigma must be > 0 m, got", defaultSigmaM);
        }
        if (queueCapacity < 1) {
            throw new SteeldomeException(
                    ServerError.BAD_CONFIG, "feed queue capacity must be >= 1, got", queueCapacity);
        }
        Objects.requireNonNull(plotTracking, "plotTracking");
        Objects.requireNonNull(allowedPeers, "allowedPeers");
    }

    private static void checkPort(OptionalInt p) {
        if (p.isPresent() && (p.getAsInt() < 0 || p.getAsInt() > 65535)) {
            throw new SteeldomeException(ServerError.BAD_CONFIG, "feed port out of range:", p.getAsInt());
        }
    }

    public FeedConfig withCotTcpPort(int port) {
        return new FeedConfig(
                OptionalInt.of(port),
                asterixUdpPort,
                agency,
                releasability,
                asterixSources,
                defaultSigmaM,
                queueCapacity,
                plotTracking,
                allowedPeers);
    }

    public FeedConfig withAsterixUdpPort(int port) {
        return new FeedConfig(
                cotTcpPort,
                OptionalInt.of(port),
                agency,
                releasability,
                asterixSources,
                defaultSigmaM,
                queueCapacity,
                plotTracking,
                allowedPeers);
    }

    public FeedConfig withOwner(String newAgency, Releasability newReleasability) {
        return new FeedConfig(
                cotTcpPort,
                asterixUdpPort,
                newAgency,
                newReleasability,
                asterixSources,
                defaultSigmaM,
                queueCapacity,
                plotTracking,
                allowedPeers);
    }

    public FeedConfig withAsterixSources(Set<String> sources) {
        return new FeedConfig(
                cotTcpPort,
                asterixUdpPort,
                agency,
                releasability,
                sources,
                defaultSigmaM,
                queueCapacity,
                plotTracking,
                allowedPeers);
    }

    public FeedConfig withPlotTracking(PlotTrackingConfig tracking) {
        return new FeedConfig(
                cotTcpPort,
                asterixUdpPort,
                agency,
                releasability,
                asterixSources,
                defaultSigmaM,
                queueCapacity,
                tracking,
                allowedPeers);
    }

    public FeedConfig withAllowedPeers(PeerFilter peers) {
        return new FeedConfig(
                cotTcpPort,
                asterixUdpPort,
                agency,
                releasability,
                asterixSources,
                defaultSigmaM,
                queueCapacity,
                plotTracking,
                peers);
    }
}

package io.steeldome.server;

import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.auth.Argon2Params;
import io.steeldome.server.feed.FeedConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the C2 server needs to start.
 *
 * @param host interface to bind, e.g. "127.0.0.1"
 * @param port TCP port, 0 for any free port
 * @param databaseFile H2 database file path without the ".mv.db" suffix
 * @param tls HTTPS with a PKCS12 keystore; empty for plain HTTP (only behind a TLS proxy or for tests)
 * @param sessionTtl how long a session token stays valid after login
 * @param loginLimit login rate limit per username and per client address
 * @param maxRequestBytes largest request body accepted (413 beyond)
 * @param passwordHashing Argon2id cost of new password hashes (older, cheaper hashes are upgraded at login)
 * @param bootstrapAdmin the first administrator, created only if the user table is empty; when empty a password is
 *     generated and printed once
 * @param releasePolicy which agency sees what of another agency's alerts and tracks
 * @param defaultWeaponsControl status of every layer without an explicit order (HOLD: nothing may be approved)
 * @param recommendationMaxAge a recommendation older than this can no longer be approved
 * @param feeds live track feeds (CoT over TCP, ASTERIX over UDP); socket feeds are off by default
 * @param security trusted reverse proxies and the external audit anchor
 */
public record ServerConfig(
        String host,
        int port,
        Path databaseFile,
        Optional<Tls> tls,
        Duration sessionTtl,
        LoginLimit loginLimit,
        long maxRequestBytes,
        Argon2Params passwordHashing,
        Optional<BootstrapAdmin> bootstrapAdmin,
        ReleasePolicy releasePolicy,
        WeaponsControlStatus defaultWeaponsControl,
        Duration recommendationMaxAge,
        FeedConfig feeds,
        Security security) {

    /**
     * Settings that decide whom the server believes.
     *
     * @param trustedProxies reverse proxies (addresses or CIDR blocks) whose {@code X-Forwarded-For} names the client
     *     for the login rate limits; empty (the default): the header is ignored and the direct peer is the client
     * @param auditAnchorFile a file outside the database where the server keeps the audit log's head ("seq:hash"), so a
     *     truncation of the newest entries shows against it ({@code steeldome audit verify --anchor}); empty: none
     * @param auditAnchorEvery write the anchor file once at least this many entries were added since the last write
     *     (checked every second, and always at shutdown)
     */
    public record Security(List<String> trustedProxies, Optional<Path> auditAnchorFile, int auditAnchorEvery) {
        /** No trusted proxy, no anchor file. */
        public static final Security DEFAULT = new Security(List.of(), Optional.empty(), 1);

        public Security {
            trustedProxies = List.copyOf(trustedProxies);
            trustedProxies.forEach(io.steeldome.server.auth.Cidr::parse); // refuse a bad entry at startup
            Objects.requireNonNull(auditAnchorFile, "auditAnchorFile");
            if (auditAnchorEvery < 1) {
                throw new SteeldomeException(
                        ServerError.BAD_CONFIG, "audit anchor interval must be >= 1 entry, got", auditAnchorEvery);
            }
        }

        public Security withTrustedProxies(List<String> proxies) {
            return new Security(proxies, auditAnchorFile, auditAnchorEvery);
        }

        public Security withAuditAnchor(Path file, int every) {
            return new Security(trustedProxies, Optional.of(file), every);
        }
    }

    /** A PKCS12 keystore holding the server's key and certificate. */
    public record Tls(Path keystore, String password) {
        public Tls {
            Objects.requireNonNull(keystore, "keystore");
            Objects.requireNonNull(password, "password");
        }
    }

    /**
     * Token buckets for login attempts: each username and each client address may try {@code burst} times at once,
     * then one attempt every {@code refillInterval}.
     */
    public record LoginLimit(int burst, Duration refillInterval) {
        public LoginLimit {
            if (burst < 1) {
                throw new SteeldomeException(ServerError.BAD_CONFIG, "login burst must be >= 1, got", burst);
            }
            if (refillInterval.isNegative() || refillInterval.isZero()) {
                throw new SteeldomeException(
                        ServerError.BAD_CONFIG, "login refill interval must be > 0, got", refillInterval);
            }
        }
    }

    /** The first administrator's account. */
    public record BootstrapAdmin(String username, String agency, String password) {
        public BootstrapAdmin {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(password, "password");
        }
    }

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new SteeldomeException(ServerError.BAD_CONFIG, "port out of range:", port);
        }
        Objects.requireNonNull(databaseFile, "databaseFile");
        Objects.requireNonNull(tls, "tls");
        if (sessionTtl.isNegative() || sessionTtl.isZero()) {
            throw new SteeldomeException(ServerError.BAD_CONFIG, "session TTL must be > 0, got", sessionTtl);
        }
        Objects.requireNonNull(loginLimit, "loginLimit");
        if (maxRequestBytes < 1024) {
            throw new SteeldomeException(
                    ServerError.BAD_CONFIG, "max request size must be >= 1024 bytes, got", maxRequestBytes);
        }
        Objects.requireNonNull(passwordHashing, "passwordHashing");
        Objects.requireNonNull(bootstrapAdmin, "bootstrapAdmin");
        Objects.requireNonNull(releasePolicy, "releasePolicy");
        Objects.requireNonNull(defaultWeaponsControl, "defaultWeaponsControl");
        if (recommendationMaxAge.isNegative() || recommendationMaxAge.isZero()) {
            throw new SteeldomeException(
                    ServerError.BAD_CONFIG, "recommendation max age must be > 0, got", recommendationMaxAge);
        }
        Objects.requireNonNull(feeds, "feeds");
        Objects.requireNonNull(security, "security");
    }

    /** A configuration without socket feeds ({@link FeedConfig#OFF}). */
    public ServerConfig(
            String host,
            int port,
            Path databaseFile,
            Optional<Tls> tls,
            Duration sessionTtl,
            LoginLimit loginLimit,
            long maxRequestBytes,
            Argon2Params passwordHashing,
            Optional<BootstrapAdmin> bootstrapAdmin,
            ReleasePolicy releasePolicy,
            WeaponsControlStatus defaultWeaponsControl,
            Duration recommendationMaxAge) {
        this(
                host,
                port,
                databaseFile,
                tls,
                sessionTtl,
                loginLimit,
                maxRequestBytes,
                passwordHashing,
                bootstrapAdmin,
                releasePolicy,
                defaultWeaponsControl,
                recommendationMaxAge,
                FeedConfig.OFF,
                Security.DEFAULT);
    }

    /**
     * Defaults for a database file: localhost, plain HTTP, 8 h sessions, 5 login attempts then one per 12 s, 64 KiB
     * bodies, OWASP Argon2id cost, deny-all release policy, every layer under weapons HOLD, 60 s recommendation life.
     * The bootstrap admin's password comes from the environment variable STEELDOME_ADMIN_PASSWORD if set.
     */
    public static ServerConfig defaults(Path databaseFile, int port) {
        Optional<BootstrapAdmin> admin = Optional.ofNullable(System.getenv("STEELDOME_ADMIN_PASSWORD"))
                .filter(p -> !p.isBlank())
                .map(p -> new BootstrapAdmin("admin", "NATO", p));
        return new ServerConfig(
                "127.0.0.1",
                port,
                databaseFile,
                Optional.empty(),
                Duration.ofHours(8),
                new LoginLimit(5, Duration.ofSeconds(12)),
                64 * 1024,
                Argon2Params.DEFAULT,
                admin,
                new ReleasePolicy(List.of()),
                WeaponsControlStatus.HOLD,
                Duration.ofSeconds(60),
                FeedConfig.OFF,
                Security.DEFAULT);
    }

    public ServerConfig withTls(Tls t) {
        return new ServerConfig(
                host,
                port,
                databaseFile,
                Optional.of(t),
                sessionTtl,
                loginLimit,
                maxRequestBytes,
                passwordHashing,
                bootstrapAdmin,
                releasePolicy,
                defaultWeaponsControl,
                recommendationMaxAge,
                feeds,
                security);
    }

    public ServerConfig withBootstrapAdmin(BootstrapAdmin a) {
        return new ServerConfig(
                host,
                port,
                databaseFile,
                tls,
                sessionTtl,
                loginLimit,
                maxRequestBytes,
                passwordHashing,
                Optional.of(a),
                releasePolicy,
                defaultWeaponsControl,
                recommendationMaxAge,
                feeds,
                security);
    }

    public ServerConfig withPasswordHashing(Argon2Params p) {
        return new ServerConfig(
                host,
                port,
                databaseFile,
                tls,
                sessionTtl,
                loginLimit,
                maxRequestBytes,
                p,
                bootstrapAdmin,
                releasePolicy,
                defaultWeaponsControl,
                recommendationMaxAge,
                feeds,
                security);
    }

    public ServerConfig withLoginLimit(LoginLimit l) {
        return new ServerConfig(
                host,
                port,
                databaseFile,
                tls,
                sessionTtl,
                l,
                maxRequestBytes,
                passwordHashing,
                bootstrapAdmin,
                releasePolicy,
                defaultWeaponsControl,
                recommendationMaxAge,
                feeds,
                security);
    }

    public ServerConfig withReleasePolicy(ReleasePolicy p) {
        return new ServerConfig(
                host,
                port,
                databaseFile,
                tls,
                sessionTtl,
                loginLimit,
                maxRequestBytes,
                passwordHashing,
                bootstrapAdmin,
                p,
                defaultWeaponsControl,
                recommendationMaxAge,
                feeds,
                security);
    }

    public ServerConfig withDefaultWeaponsControl(WeaponsControlStatus s) {
        return new ServerConfig(
                host,
                port,
                databaseFile,
                tls,
                sessionTtl,
                loginLimit,
                maxRequestBytes,
                passwordHashing,
                bootstrapAdmin,
                releasePolicy,
                s,
                recommendationMaxAge,
                feeds,
                security);
    }

    public ServerConfig withMaxRequestBytes(long n) {
        return new ServerConfig(
                host,
                port,
                databaseFile,
                tls,
                sessionTtl,
                loginLimit,
                n,
                passwordHashing,
                bootstrapAdmin,
                releasePolicy,
                defaultWeaponsControl,
                recommendationMaxAge,
                feeds,
                security);
    }

    public ServerConfig withFeeds(FeedConfig f) {
        return new ServerConfig(
                host,
                port,
                databaseFile,
                tls,
                sessionTtl,
                loginLimit,
                maxRequestBytes,
                passwordHashing,
                bootstrapAdmin,
                releasePolicy,
                defaultWeaponsControl,
                recommendationMaxAge,
                f,
                security);
    }

    public ServerConfig withSecurity(Security s) {
        return new ServerConfig(
                host,
                port,
                databaseFile,
                tls,
                sessionTtl,
                loginLimit,
                maxRequestBytes,
                passwordHashing,
                bootstrapAdmin,
                releasePolicy,
                defaultWeaponsControl,
                recommendationMaxAge,
                feeds,
                s);
    }
}

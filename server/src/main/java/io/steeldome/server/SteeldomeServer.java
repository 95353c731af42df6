package io.steeldome.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.doctrine.DoctrineError;
import io.steeldome.server.api.ApiException;
import io.steeldome.server.api.AuthFilter;
import io.steeldome.server.api.Json;
import io.steeldome.server.api.RestApi;
import io.steeldome.server.api.RouteSpec;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.audit.AuditAnchor;
import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.auth.Cidr;
import io.steeldome.server.auth.ClientAddress;
import io.steeldome.server.auth.LoginService;
import io.steeldome.server.auth.PasswordHasher;
import io.steeldome.server.auth.Role;
import io.steeldome.server.auth.Sessions;
import io.steeldome.server.auth.TokenBucket;
import io.steeldome.server.auth.UserAdmin;
import io.steeldome.server.auth.Users;
import io.steeldome.server.deploy.LiveDeployment;
import io.steeldome.server.feed.Feeds;
import io.steeldome.server.live.LiveBoard;
import io.steeldome.server.patrol.PatrolBoard;
import io.steeldome.server.share.LivePicture;
import io.steeldome.server.store.Database;
import io.steeldome.server.ws.PushHub;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * The live C2 server: REST API over Javalin 7 (Jackson 3), H2 file storage migrated by Flyway, sessions, roles, the
 * hash-chained audit log, operator approval of engagement recommendations and the releasability-filtered border
 * picture. Decision support only: it drives no weapon; the engine takes approved engagements from
 * {@link #approvals()}.
 */
public final class SteeldomeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SteeldomeServer.class);
    /** Audit messages a WebSocket client may have waiting before further ones are dropped. */
    private static final int PUSH_MAX_EVENTS = 256;
    /** How often the picture is sampled for the WebSocket clients. */
    private static final java.time.Duration PUSH_PERIOD = java.time.Duration.ofMillis(200);
    /** How long one WebSocket frame may wait for a client before that client is closed as too slow. */
    private static final java.time.Duration PUSH_MAX_LAG = java.time.Duration.ofSeconds(5);

    private final ServerConfig config;
    private final Database db;
    private final AuditLog audit;
    private final Users users;
    private final LiveBoard board = new LiveBoard();
    private final LiveDeployment deployment;
    private final ApprovalService approvals;
    private final LivePicture picture;
    private final PatrolBoard patrols;
    private final Feeds feeds;
    private final RestApi api;
    private final PushHub push;
    private final java.util.Optional<AuditAnchor> auditAnchor;
    private final Javalin app;

    /** A server on the system clock. Opens and migrates the database; {@link #start} opens the port. */
    public SteeldomeServer(ServerConfig config) {
        this(config, Clock.systemUTC(), System::nanoTime, new SecureRandom());
    }

    /**
     * @param clock wall clock for sessions, the audit log and the live time base
     * @param nanoTime monotonic time for the login rate limits
     */
    public SteeldomeServer(ServerConfig config, Clock clock, LongSupplier nanoTime, SecureRandom random) {
        this.config = config;
        this.db = Database.open(config.databaseFile());
        try {
            this.audit = new AuditLog(db, clock);
            PasswordHasher hasher = new PasswordHasher(config.passwordHashing(), random);
            this.users = new Users(db, audit, hasher, clock);
            Sessions sessions = new Sessions(db, users, random, clock, config.sessionTtl());
            UserAdmin userAdmin = new UserAdmin(db, users, sessions, audit);
            LoginService login = new LoginService(
                    users,
                    sessions,
                    audit,
                    new TokenBucket(
                            config.loginLimit().burst(), config.loginLimit().refillInterval(), nanoTime, 100_000),
                    new TokenBucket(
                            config.loginLimit().burst(), config.loginLimit().refillInterval(), nanoTime, 100_000),
                    config.sessionTtl(),
                    config.tls().isPresent(),
                    userAdmin,
                    new ClientAddress(config.security().trustedProxies().stream()
                            .map(Cidr::parse)
                            .toList()));
            this.approvals = new ApprovalService(
                    db, audit, clock, config.recommendationMaxAge(), config.defaultWeaponsControl());
            this.picture = new LivePicture(db, clock, config.releasePolicy());
            this.patrols = new PatrolBoard(clock);
            this.feeds = new Feeds(config.feeds(), config.host(), clock, picture, audit);
            this.deployment = new LiveDeployment(config.releasePolicy(), board, approvals);
            this.api = new RestApi(users, login, audit, approvals, picture, board, feeds, deployment, patrols);
            bootstrapAdmin(random);
            AuthFilter auth = new AuthFilter(sessions);
            this.push = new PushHub(
                    picture,
                    board,
                    approvals,
                    audit,
                    users,
                    sessions,
                    deployment,
                    patrols,
                    PUSH_PERIOD,
                    PUSH_MAX_LAG,
                    PUSH_MAX_EVENTS);
            // A disabled or demoted user's open sockets close at once, not at the next periodic session check.
            userAdmin.onSessionsRevoked(push::recheckUser);
            this.auditAnchor = config.security()
                    .auditAnchorFile()
                    .map(f -> new AuditAnchor(audit, f, config.security().auditAnchorEvery()));
            this.app = Javalin.create(cfg -> {
                cfg.jsonMapper(new JavalinJackson3(Json.MAPPER, false));
                cfg.startup.showJavalinBanner = false;
                // The web UI (and its vendored Leaflet/milsymbol) from the jar; nothing from a CDN.
                cfg.staticFiles.add("/public", Location.CLASSPATH);
                cfg.http.maxRequestSize = config.maxRequestBytes();
                cfg.jetty.host = config.host();
                config.tls()
                        .ifPresent(tls -> cfg.jetty.addConnector((server, httpConfig) -> {
                            SslContextFactory.Server ssl = new SslContextFactory.Server();
                            ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
                            ssl.setKeyStorePassword(tls.password());
                            ssl.setKeyStoreType("PKCS12");
                            SecureRequestCustomizer src = new SecureRequestCustomizer();
                            src.setSniHostCheck(false); // clients may connect by IP address
                            httpConfig.addCustomizer(src);
                            ServerConnector c = new ServerConnector(server, ssl, new HttpConnectionFactory(httpConfig));
                            c.setHost(config.host());
                            c.setPort(config.port());
                            return c;
                        }));
                // Errors Jetty answers itself (malformed requests) carry no stack trace either.
                cfg.jetty.modifyServer(server -> {
                    ErrorHandler eh = new ErrorHandler();
                    eh.setShowStacks(false);
                    eh.setShowCauses(false);
                    server.setErrorHandler(eh);
                });
                cfg.routes.before("/api/*", auth);
                boolean tls = config.tls().isPresent();
                cfg.routes.after("/api/*", ctx -> {
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Cache-Control", "no-store");
                    if (tls) {
                        ctx.header("Strict-Transport-Security", "max-age=31536000");
                    }
                });
                cfg.routes.exception(Exception.class, SteeldomeServer::handleException);
                // Javalin answers its own HttpResponseExceptions (e.g. 413) in plain text unless told otherwise.
                cfg.routes.exception(HttpResponseException.class, SteeldomeServer::handleException);
                cfg.routes.error(404, ctx -> fallbackError(ctx, "not_found", "no such resource"));
                cfg.routes.error(405, ctx -> fallbackError(ctx, "method_not_allowed", "method not allowed here"));
                api.register(cfg.routes);
                push.register(cfg.routes, auth);
                api.declareWebSocket(PushHub.PATH, Role.VIEWER);
            });
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private void bootstrapAdmin(SecureRandom random) {
        if (!users.isEmpty()) {
            return;
        }
        ServerConfig.BootstrapAdmin admin = config.bootstrapAdmin().orElseGet(() -> {
            byte[] b = new byte[18];
            random.nextBytes(b);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            // Printed once, to the console of whoever started the first run; it is stored only as an Argon2id hash.
            System.out.println("steeldome: first run, created user 'admin' (agency NATO) with password " + password
                    + " ; change it by creating your own admin account");
            return new ServerConfig.BootstrapAdmin("admin", "NATO", password);
        });
        users.create("system", admin.username(), admin.agency(), Role.ADMIN, admin.password());
    }

    /** Opens the HTTP(S) port. */
    public SteeldomeServer start() {
        app.start(config.host(), config.port());
        push.start();
        feeds.start();
        auditAnchor.ifPresent(AuditAnchor::start);
        return this;
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return app.port();
    }

    public void stop() {
        feeds.close(); // first: nothing may write to the picture once the database closes
        push.close();
        app.stop();
        auditAnchor.ifPresent(AuditAnchor::close); // the final head, before the database closes
        picture.close(); // commits the track history still queued
        db.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** The queue the live engine posts recommendations to and takes approved engagements from. */
    public ApprovalService approvals() {
        return approvals;
    }

    /** The border picture the engine posts alerts and tracks to. */
    public LivePicture picture() {
        return picture;
    }

    /** The patrol dispatches (a team sent to look at a border alert) a live border run posts. */
    public PatrolBoard patrols() {
        return patrols;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The live track feeds (CoT over TCP, ASTERIX over UDP, JSON over HTTP) and their counters. */
    public Feeds feeds() {
        return feeds;
    }

    /** The WebSocket push to browsers (its counters). */
    public PushHub push() {
        return push;
    }

    /** What is deployed (assets, sensors, effectors, border sectors): set by a live run, empty without one. */
    public LiveDeployment deployment() {
        return deployment;
    }

    /** The threat table and inventory the live engine publishes after each scan. */
    public LiveBoard board() {
        return board;
    }

    public Users users() {
        return users;
    }

    /** For tests in this package: direct database access (e.g. to count rows or tamper). */
    Database database() {
        return db;
    }

    /** The routes as declared, with their minimum roles. */
    public List<RouteSpec> routes() {
        return api.routes();
    }

    /** What Javalin actually serves, as "METHOD path" (for tests that no route escapes the checks). */
    public List<String> registeredEndpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                // The WebSocket's upgrade check is a GET request like any other route's.
                .map(p ->
                        (p.endpoint.method.name().equals("WEBSOCKET_BEFORE_UPGRADE") ? "GET" : p.endpoint.method.name())
                                + " " + p.endpoint.path)
                .filter(s -> !s.startsWith("BEFORE") && !s.startsWith("AFTER"))
                .toList();
    }

    private static void handleException(Exception e, Context ctx) {
        switch (e) {
            case ApiException a -> {
                a.retryAfter()
                        .ifPresent(d ->
                                ctx.header("Retry-After", Long.toString(Math.max(1, (d.toMillis() + 999) / 1000))));
                error(ctx, a.status(), a.error(), a.reason());
            }
            case HttpResponseException h ->
                error(
                        ctx,
                        h.getStatus(),
                        h.getStatus() == 413 ? "too_large" : "http_" + h.getStatus(),
                        h.getStatus() == 413 ? "request body too large" : h.getMessage());
            case JacksonException j -> error(ctx, 400, "bad_request", "malformed JSON");
            case SteeldomeException s
            when s.code() instanceof ServerError se -> {
                int status = switch (se) {
                    case UNKNOWN_RECOMMENDATION -> 404;
                    case NOT_PENDING, STALE, WEAPONS_CONTROL, USER_EXISTS, REPLAY -> 409;
                    case NOT_ALLOWED -> 403;
                    case BAD_USER -> 400;
                    case BAD_CONFIG, STORAGE, AUDIT_CHAIN -> 500;
                };
                if (status == 500) {
                    internal(ctx, e);
                } else {
                    error(ctx, status, se.name().toLowerCase(java.util.Locale.ROOT), s.getMessage());
                }
            }
            case SteeldomeException s
            when s.code() instanceof DoctrineError de ->
                error(ctx, 409, de.name().toLowerCase(java.util.Locale.ROOT), s.getMessage());
            default -> internal(ctx, e);
        }
    }

    private static void internal(Context ctx, Exception e) {
        LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal", "internal error; see the server log");
    }

    private static void fallbackError(Context ctx, String error, String reason) {
        String current = ctx.result();
        if (current == null || current.isEmpty() || !current.startsWith("{")) {
            error(ctx, ctx.statusCode(), error, reason);
        }
    }

    private static void error(Context ctx, int status, String error, String reason) {
        ctx.status(status)
                .contentType("application/json")
                .result(Json.MAPPER.writeValueAsString(new ErrorBody(error, reason)));
    }

    record ErrorBody(String error, String reason) {}
}

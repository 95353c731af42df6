package io.steeldome.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.steeldome.border.share.PictureView;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.doctrine.ApprovalRecord;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.ServerError;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.approval.Decision;
import io.steeldome.server.approval.PostedRecommendation;
import io.steeldome.server.audit.AuditEntry;
import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.audit.AuditVerification;
import io.steeldome.server.auth.Caller;
import io.steeldome.server.auth.LoginService;
import io.steeldome.server.auth.Role;
import io.steeldome.server.auth.Session;
import io.steeldome.server.auth.User;
import io.steeldome.server.auth.Users;
import io.steeldome.server.deploy.LiveDeployment;
import io.steeldome.server.feed.Feeds;
import io.steeldome.server.live.LiveBoard;
import io.steeldome.server.patrol.PatrolBoard;
import io.steeldome.server.share.LivePicture;
import io.steeldome.server.share.PictureDto;
import io.steeldome.server.share.ReleaseScope;
import io.steeldome.server.web.Basemap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The REST routes. Every route is declared here with its minimum role; authentication and CSRF are checked for all of
 * /api/* by {@link AuthFilter} before any route runs, and each route's handler checks the caller's role first.
 */
public final class RestApi {
    /** Request attribute holding the authenticated {@link Caller}. */
    public static final String CALLER = "steeldome.caller";

    private final Users users;
    private final LoginService login;
    private final AuditLog audit;
    private final ApprovalService approvals;
    private final LivePicture picture;
    private final Feeds feeds;
    private final LiveBoard board;
    private final LiveDeployment deployment;
    private final PatrolBoard patrols;
    private final List<RouteSpec> routes = new ArrayList<>();
    private final byte[] openApi;

    public RestApi(
            Users users,
            LoginService login,
            AuditLog audit,
            ApprovalService approvals,
            LivePicture picture,
            LiveBoard board,
            Feeds feeds,
            LiveDeployment deployment,
            PatrolBoard patrols) {
        this.users = users;
        this.patrols = patrols;
        this.deployment = deployment;
        this.board = board;
        this.feeds = feeds;
        this.login = login;
        this.audit = audit;
        this.approvals = approvals;
        this.picture = picture;
        try (InputStream in = RestApi.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the classpath");
            }
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The routes declared so far (after {@link #register}). */
    public List<RouteSpec> routes() {
        return List.copyOf(routes);
    }

    public void register(RoutesConfig r) {
        String basemap = Basemap.load().geoJson();
        route(r, "GET", "/api/health", Optional.empty(), ctx -> ctx.json(new Health("ok")));
        route(r, "POST", "/api/login", Optional.empty(), this::login);
        route(r, "POST", "/api/logout", Optional.of(Role.VIEWER), ctx -> {
            login.logout(caller(ctx));
            ctx.header("Set-Cookie", login.clearCookie());
            ctx.status(204);
        });
        route(
                r,
                "GET",
                "/api/me",
                Optional.of(Role.VIEWER),
                ctx -> ctx.json(caller(ctx).user()));
        route(
                r,
                "GET",
                "/api/openapi.json",
                Optional.of(Role.VIEWER),
                ctx -> ctx.contentType("application/json").result(new String(openApi, StandardCharsets.UTF_8)));
        route(
                r,
                "GET",
                "/api/users",
                Optional.of(Role.ADMIN),
                ctx -> ctx.json(
                        users.accounts().stream().map(RestApi::accountBody).toList()));
        route(r, "POST", "/api/users", Optional.of(Role.ADMIN), this::createUser);
        route(r, "PATCH", "/api/users/{username}", Optional.of(Role.ADMIN), this::updateUser);
        route(r, "POST", "/api/users/{username}/password", Optional.of(Role.ADMIN), ctx -> {
            JsonNode body = body(ctx);
            login.admin()
                    .resetPassword(
                            caller(ctx).user(),
                            ctx.pathParam("username"),
                            text(body, "newPassword"),
                            text(body, "reason"));
            ctx.status(204);
        });
        route(r, "POST", "/api/me/password", Optional.of(Role.VIEWER), ctx -> {
            JsonNode body = body(ctx);
            login.changePassword(
                    caller(ctx), text(body, "currentPassword"), text(body, "newPassword"), clientAddress(ctx));
            ctx.status(204); // this session stays valid; the user's other sessions ended
        });
        route(r, "GET", "/api/audit/head", Optional.of(Role.COMMANDER), ctx -> {
            Optional<AuditEntry> head = audit.head();
            ctx.json(new AuditHead(
                    head.map(AuditEntry::seq).orElse(0L),
                    head.map(AuditEntry::hash).orElse(AuditLog.GENESIS),
                    head.map(e -> e.seq() + ":" + e.hash()).orElse("")));
        });
        route(r, "GET", "/api/audit", Optional.of(Role.COMMANDER), this::listAudit);
        route(r, "GET", "/api/audit/verify", Optional.of(Role.COMMANDER), ctx -> {
            AuditVerification v = audit.verify();
            ctx.json(new VerifyBody(
                    v.ok(),
                    v.entries(),
                    v.firstBrokenSeq().isPresent() ? v.firstBrokenSeq().getAsLong() : null,
                    v.problem()));
        });
        route(
                r,
                "GET",
                "/api/recommendations",
                Optional.of(Role.VIEWER),
                ctx -> ctx.json(ReleaseScope.of(picture, users.agencies())
                        .recommendations(caller(ctx).user().agency(), approvals.pending(), board)
                        .stream()
                        .map(p -> recommendationBody(p, board.pictureTrackId(p.recommendation())))
                        .toList()));
        route(r, "POST", "/api/recommendations/{id}/approve", Optional.of(Role.OPERATOR), ctx -> decide(ctx, true));
        route(r, "POST", "/api/recommendations/{id}/reject", Optional.of(Role.OPERATOR), ctx -> decide(ctx, false));
        route(
                r,
                "GET",
                "/api/decisions",
                Optional.of(Role.VIEWER),
                ctx -> ctx.json(approvals.decisions().stream()
                        .map(RestApi::decisionBody)
                        .toList()));
        route(
                r,
                "GET",
                "/api/weapons-control",
                Optional.of(Role.VIEWER),
                ctx -> ctx.json(new WcsBody(
                        approvals.defaultWeaponsControl().name(),
                        approvals.weaponsControlOrders().entrySet().stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        e -> e.getKey(), e -> e.getValue().name())))));
        route(r, "PUT", "/api/weapons-control/{layer}", Optional.of(Role.COMMANDER), this::setWcs);
        route(
                r,
                "GET",
                "/api/alerts",
                Optional.of(Role.VIEWER),
                ctx -> ctx.json(
                        view(ctx).alerts().stream().map(PictureDto::alert).toList()));
        route(
                r,
                "GET",
                "/api/tracks",
                Optional.of(Role.VIEWER),
                ctx -> ctx.json(
                        view(ctx).tracks().stream().map(PictureDto::track).toList()));
        route(
                r,
                "GET",
                "/api/threats",
                Optional.of(Role.VIEWER),
                ctx -> ctx.json(ReleaseScope.of(picture, users.agencies())
                        .threats(caller(ctx).user().agency(), board.latest().threats())));
        route(
                r,
                "GET",
                "/api/basemap",
                Optional.of(Role.VIEWER),
                ctx -> ctx.contentType("application/geo+json; charset=utf-8").result(basemap));
        route(r, "GET", "/api/feeds", Optional.of(Role.VIEWER), ctx -> ctx.json(feeds.status()));
        // A patrol dispatch is released only with its alert: the caller's agency sees those of the alerts it sees.
        route(
                r,
                "GET",
                "/api/dispatches",
                Optional.of(Role.VIEWER),
                ctx -> ctx.json(PatrolBoard.dto(patrols.rows(alertIds(view(ctx))))));
        // What is deployed, cut per caller agency like the picture (empty arrays without a scenario).
        route(r, "GET", "/api/assets", Optional.of(Role.VIEWER), ctx -> ctx.json(deployment.assets(agency(ctx))));
        route(r, "GET", "/api/sensors", Optional.of(Role.VIEWER), ctx -> ctx.json(deployment.sensors(agency(ctx))));
        route(r, "GET", "/api/effectors", Optional.of(Role.VIEWER), ctx -> ctx.json(deployment.effectors(agency(ctx))));
        route(
                r,
                "GET",
                "/api/coverage",
                Optional.of(Role.VIEWER),
                ctx -> ctx.contentType("application/geo+json; charset=utf-8")
                        .result(Json.MAPPER.writeValueAsBytes(deployment.coverage(agency(ctx)))));
        route(r, "POST", "/api/feed/tracks", Optional.of(Role.OPERATOR), ctx -> {
            if (approvals.inReplay()) { // a replay shows recorded history only: nothing may be added to it
                throw new SteeldomeException(ServerError.REPLAY, "POST /api/feed/tracks");
            }
            ctx.json(new FeedAccepted(feeds.json().post(caller(ctx).user(), body(ctx))));
        });
    }

    /**
     * Declares a WebSocket's upgrade (a GET) with its minimum role; the socket's own handlers, registered elsewhere,
     * run only after {@link AuthFilter} accepted the upgrade request.
     */
    public void declareWebSocket(String path, Role minRole) {
        routes.add(new RouteSpec("GET", path, Optional.of(minRole)));
    }

    private void route(RoutesConfig r, String method, String path, Optional<Role> minRole, Handler h) {
        routes.add(new RouteSpec(method, path, minRole));
        Handler guarded = minRole.isEmpty()
                ? h
                : ctx -> {
                    Caller c = caller(ctx);
                    if (!c.user().role().atLeast(minRole.get())) {
                        throw ApiException.forbidden(method + " " + path + " needs role " + minRole.get() + ", "
                                + c.user().username() + " is " + c.user().role());
                    }
                    h.handle(ctx);
                };
        r.addHttpHandler(HandlerType.findOrCreate(method), path, guarded);
    }

    /** The authenticated caller; the auth filter guarantees it on every non-public route. */
    static Caller caller(Context ctx) {
        Caller c = ctx.attribute(CALLER);
        if (c == null) {
            throw ApiException.unauthorized("no valid session");
        }
        return c;
    }

    private static List<String> alertIds(PictureView v) {
        return v.alerts().stream().map(a -> a.id()).toList();
    }

    private static String agency(Context ctx) {
        return caller(ctx).user().agency();
    }

    private PictureView view(Context ctx) {
        return picture.viewFor(caller(ctx).user().agency());
    }

    private void login(Context ctx) {
        JsonNode body = body(ctx);
        String username = text(body, "username");
        String password = text(body, "password");
        Session s = login.login(username, password, clientAddress(ctx));
        ctx.header("Set-Cookie", login.cookie(s));
        ctx.header("Cache-Control", "no-store");
        ctx.json(new LoginBody(s.token(), s.csrfToken(), s.expiresAt().toString(), s.user()));
    }

    /** The client's address for the login limits: the peer, or the proxies' X-Forwarded-For if the peer is trusted. */
    private String clientAddress(Context ctx) {
        List<String> forwarded = java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For"));
        return login.clientAddress(
                ctx.ip(), forwarded.isEmpty() ? Optional.empty() : Optional.of(String.join(",", forwarded)));
    }

    private void updateUser(Context ctx) {
        JsonNode body = body(ctx);
        Optional<Boolean> active = Optional.empty();
        JsonNode a = body.get("active");
        if (a != null) {
            if (!a.isBoolean()) {
                throw ApiException.badRequest("field 'active' must be true or false");
            }
            active = Optional.of(a.booleanValue());
        }
        Optional<Role> role = Optional.empty();
        if (body.has("role")) {
            try {
                role = Optional.of(Role.valueOf(text(body, "role").toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("role must be one of VIEWER, OPERATOR, COMMANDER, ADMIN");
            }
        }
        Users.Account updated =
                login.admin().update(caller(ctx).user(), ctx.pathParam("username"), active, role, text(body, "reason"));
        ctx.json(accountBody(updated));
    }

    private static AccountBody accountBody(Users.Account a) {
        User u = a.user();
        return new AccountBody(u.id(), u.username(), u.agency(), u.role().name(), a.active());
    }

    private void createUser(Context ctx) {
        JsonNode body = body(ctx);
        Role role;
        try {
            role = Role.valueOf(text(body, "role").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("role must be one of VIEWER, OPERATOR, COMMANDER, ADMIN");
        }
        User u = users.create(
                caller(ctx).user().username(),
                text(body, "username"),
                text(body, "agency"),
                role,
                text(body, "password"));
        ctx.status(201).json(u);
    }

    private void listAudit(Context ctx) {
        long after = longParam(ctx, "after", 0);
        long limit = longParam(ctx, "limit", 500);
        if (after < 0 || limit < 1 || limit > 5000) {
            throw ApiException.badRequest("after must be >= 0 and limit in 1..5000");
        }
        List<AuditEntry> entries = audit.list(after, (int) limit);
        List<ObjectNode> out = new ArrayList<>();
        for (AuditEntry e : entries) {
            out.add(auditBody(e));
        }
        ctx.json(out);
    }

    /** An audit entry as JSON (also pushed over the WebSocket). */
    public static ObjectNode auditBody(AuditEntry e) {
        ObjectNode n = Json.MAPPER
                .createObjectNode()
                .put("seq", e.seq())
                .put("at", e.at().toString())
                .put("actor", e.actor())
                .put("action", e.action())
                .put("subject", e.subject())
                .put("prevHash", e.prevHash())
                .put("hash", e.hash());
        n.set("details", Json.MAPPER.readTree(e.details()));
        return n;
    }

    private void decide(Context ctx, boolean approve) {
        JsonNode body = body(ctx);
        String reason = text(body, "reason");
        if (reason.isBlank() || reason.length() > 2000) {
            throw ApiException.badRequest("reason must be 1..2000 characters");
        }
        User u = caller(ctx).user();
        String id = ctx.pathParam("id");
        Decision d = approve ? approvals.approve(u, id, reason) : approvals.reject(u, id, reason);
        ctx.json(decisionBody(d));
    }

    private void setWcs(Context ctx) {
        JsonNode body = body(ctx);
        WeaponsControlStatus s;
        try {
            s = WeaponsControlStatus.valueOf(text(body, "status").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("status must be one of HOLD, TIGHT, FREE");
        }
        approvals.setWeaponsControl(caller(ctx).user(), ctx.pathParam("layer"), s, text(body, "reason"));
        ctx.json(new WcsOrder(ctx.pathParam("layer"), s.name()));
    }

    private static JsonNode body(Context ctx) {
        String raw = ctx.body(); // throws a 413 beyond the configured maximum size
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(raw);
        } catch (JacksonException e) {
            throw ApiException.badRequest("body is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("body must be a JSON object");
        }
        return n;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isString()) {
            throw ApiException.badRequest("field '" + field + "' (string) is required");
        }
        return v.stringValue();
    }

    private static long longParam(Context ctx, String name, long dflt) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter '" + name + "' must be an integer");
        }
    }

    /** A posted recommendation as JSON (also pushed over the WebSocket). */
    public static ObjectNode recommendationBody(PostedRecommendation p) {
        return recommendationBody(p, Long.toString(p.recommendation().trackId().value()));
    }

    /** With the id the recommendation's track has in the shared picture (what the map and releasability use). */
    public static ObjectNode recommendationBody(PostedRecommendation p, String pictureTrackId) {
        ObjectNode n = Json.MAPPER
                .createObjectNode()
                .put("id", p.recommendation().id())
                .put("pictureTrackId", pictureTrackId)
                .put("status", p.status().name())
                .put("expiresAtNanos", p.expiresAt().nanos());
        n.set("recommendation", Json.MAPPER.valueToTree(p.recommendation()));
        return n;
    }

    static ObjectNode decisionBody(Decision d) {
        ApprovalRecord r = d.record();
        ObjectNode n = Json.MAPPER
                .createObjectNode()
                .put("recommendationId", r.recommendation().id())
                .put("verdict", r.verdict().name())
                .put("operator", r.decidedBy())
                .put("decidedAt", d.decidedAtUtc().toString())
                .put("decidedAtNanos", r.decidedAt().nanos())
                .put("weaponsControl", d.weaponsControl().name())
                .put("reason", r.reason());
        n.set("recommendation", Json.MAPPER.valueToTree(r.recommendation()));
        return n;
    }

    record Health(String status) {}

    record AccountBody(long id, String username, String agency, String role, boolean active) {}

    /** The audit chain's head: {@code anchor} is "seq:hash" as {@code steeldome audit verify --anchor} takes it. */
    record AuditHead(long seq, String hash, String anchor) {}

    record FeedAccepted(int accepted) {}

    record LoginBody(String token, String csrfToken, String expiresAt, User user) {}

    record VerifyBody(boolean ok, long entries, Long firstBrokenSeq, String problem) {}

    record WcsBody(String defaultStatus, java.util.Map<String, String> layers) {}

    record WcsOrder(String layer, String status) {}
}

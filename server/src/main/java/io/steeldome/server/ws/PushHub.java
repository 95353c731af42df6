package io.steeldome.server.ws;

import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsContext;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.share.PictureView;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.server.api.ApiException;
import io.steeldome.server.api.AuthFilter;
import io.steeldome.server.api.Json;
import io.steeldome.server.api.RestApi;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.approval.PostedRecommendation;
import io.steeldome.server.audit.AuditEntry;
import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.auth.Caller;
import io.steeldome.server.auth.LoginService;
import io.steeldome.server.auth.Role;
import io.steeldome.server.auth.Sessions;
import io.steeldome.server.auth.Users;
import io.steeldome.server.deploy.LiveDeployment;
import io.steeldome.server.live.LiveBoard;
import io.steeldome.server.patrol.PatrolBoard;
import io.steeldome.server.share.LivePicture;
import io.steeldome.server.share.ReleaseScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WebSocket {@code /api/ws}: authenticated like the REST API (session cookie, Bearer header or {@code
 * access_token} query parameter, checked before the upgrade, 401 otherwise), it pushes JSON messages to each client
 * on one timer thread: {@code hello} (who you are), {@code picture} (tracks and alerts cut by the caller's agency
 * through {@link LivePicture}; a withheld item is never serialised for that client; as a delta against what the
 * client has: changed tracks, {@code removed} ids, the alerts, with {@code full} on the first), {@code board} (threats and
 * inventory), {@code recommendations} (pending), {@code weaponsControl}, {@code dispatches} (the patrol
 * dispatches of the alerts the caller's agency sees, with their status now), and, to COMMANDER and above, {@code audit}
 * (new entries). Threat rows and recommendations about a track withheld from the caller's agency are withheld too. An
 * upgrade from a page of another origin is refused (403), and the session is re-checked every few seconds (a logout
 * or expiry closes the socket with 1008). Each client has its own bounded outbox ({@link PushClient}); a client whose frame stays unsent
 * longer than the allowed lag is closed, so a slow reader never holds up the server or the other clients.
 */
public final class PushHub implements AutoCloseable {
    /** The WebSocket path. */
    public static final String PATH = "/api/ws";

    private static final Logger LOG = LoggerFactory.getLogger(PushHub.class);
    private static final int AUDIT_HISTORY = 200;
    private static final int SESSION_CHECK_TICKS = 10;

    private final LivePicture picture;
    private final LiveBoard board;
    private final ApprovalService approvals;
    private final AuditLog audit;
    private final Users users;
    private final Sessions sessions;
    private final LiveDeployment deployment;
    private final PatrolBoard patrols;
    private final Duration period;
    private final long maxLagNanos;
    private final int maxEvents;
    private final Map<WsContext, PushClient> clients = new ConcurrentHashMap<>();
    private final AtomicLong lastAuditSeq = new AtomicLong();
    private final AtomicLong closedSlow = new AtomicLong();
    private long ticks; // timer thread only
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "steeldome-ws-push");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param period how often the picture is sampled and pushed
     * @param maxLag how long one frame may wait for a client before the client is closed
     * @param maxEvents event messages (audit) a client may have waiting before further ones are dropped
     */
    public PushHub(
            LivePicture picture,
            LiveBoard board,
            ApprovalService approvals,
            AuditLog audit,
            Users users,
            Sessions sessions,
            LiveDeployment deployment,
            PatrolBoard patrols,
            Duration period,
            Duration maxLag,
            int maxEvents) {
        this.picture = picture;
        this.board = board;
        this.approvals = approvals;
        this.audit = audit;
        this.users = users;
        this.sessions = sessions;
        this.deployment = deployment;
        this.patrols = patrols;
        this.period = period;
        this.maxLagNanos = maxLag.toNanos();
        this.maxEvents = maxEvents;
    }

    /** Registers the upgrade check and the WebSocket handlers. */
    public void register(RoutesConfig routes, AuthFilter auth) {
        routes.wsBeforeUpgrade(PATH, ctx -> {
            auth.handle(ctx);
            // Cross-site WebSocket hijacking: a browser sends the session cookie with any page's upgrade request,
            // so an upgrade from a page of another origin is refused.
            String origin = ctx.header("Origin");
            if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
                throw new ApiException(403, "origin", "WebSocket upgrade from another origin");
            }
        });
        routes.ws(PATH, ws -> {
            ws.onConnect(ctx -> {
                Caller c = ctx.attribute(RestApi.CALLER);
                if (c == null) { // the upgrade check refuses first; this only guards a misconfiguration
                    ctx.closeSession(1008, "unauthorized");
                    return;
                }
                ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
                PushClient client = new PushClient(ctx.session, c, token(ctx), maxEvents);
                ObjectNode hello = Json.MAPPER.createObjectNode().put("type", "hello");
                hello.set("user", Json.MAPPER.valueToTree(c.user()));
                client.offerState("hello", Json.MAPPER.writeValueAsString(hello));
                if (c.user().role().atLeast(Role.COMMANDER)) {
                    long last = lastAuditSeq.get();
                    List<AuditEntry> recent = audit.list(Math.max(0, last - AUDIT_HISTORY), AUDIT_HISTORY);
                    if (!recent.isEmpty()) {
                        client.offerEvent(auditMessage(recent));
                    }
                }
                clients.put(ctx, client);
                client.pump(System.nanoTime());
            });
            ws.onClose(ctx -> remove(ctx));
            ws.onError(ctx -> remove(ctx));
            ws.onMessage(ctx -> {}); // clients only listen; anything they send is ignored
        });
    }

    private static boolean sameOrigin(String origin, String host) {
        try {
            return host != null
                    && host.equalsIgnoreCase(java.net.URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The session token the upgrade was authenticated with (the filter accepted exactly one of these). */
    private static String token(WsContext ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.length() > 7) {
            return auth.substring(7).trim();
        }
        String cookie = ctx.cookie(LoginService.COOKIE);
        if (cookie != null && !cookie.isEmpty()) {
            return cookie;
        }
        String q = ctx.queryParam(AuthFilter.WS_TOKEN_PARAM);
        return q == null ? "" : q;
    }

    private void remove(WsContext ctx) {
        PushClient c = clients.remove(ctx);
        if (c != null) {
            c.markClosed();
        }
    }

    /** Starts the push timer (after the server is up). */
    public void start() {
        long seq = 0;
        for (List<AuditEntry> page = audit.list(0, 5000); !page.isEmpty(); page = audit.list(seq, 5000)) {
            seq = page.getLast().seq();
        }
        lastAuditSeq.set(seq);
        long ms = Math.max(1, period.toMillis());
        timer.scheduleWithFixedDelay(this::tickSafely, ms, ms, TimeUnit.MILLISECONDS);
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) { // thread boundary: log and keep pushing on the next tick
            LOG.error("push tick failed", e);
        }
    }

    /** One round: sample everything once, offer it to every client, pump, and close clients that fell behind. */
    void tick() {
        long now = System.nanoTime();
        for (Map.Entry<WsContext, PushClient> e : clients.entrySet()) {
            PushClient c = e.getValue();
            if (c.isClosed()) {
                clients.remove(e.getKey());
            } else if (c.isBehind(now, maxLagNanos)) {
                closedSlow.incrementAndGet();
                clients.remove(e.getKey());
                c.markClosed();
                LOG.warn(
                        "closing WebSocket of {}: a frame waited longer than {} ms",
                        c.caller().user().username(),
                        maxLagNanos / 1_000_000);
                c.session().disconnect(); // a client that does not read would not answer a close handshake either
            }
        }
        // A logout, an expired session or a changed user ends the push too, checked every few seconds.
        if (++ticks % SESSION_CHECK_TICKS == 0) {
            for (Map.Entry<WsContext, PushClient> e : clients.entrySet()) {
                closeIfSessionEnded(e.getKey(), e.getValue());
            }
        }
        if (clients.isEmpty()) {
            lastAuditSeq.set(drainAudit(lastAuditSeq.get(), new ArrayList<>()));
            return;
        }
        List<AuditEntry> newAudit = new ArrayList<>();
        lastAuditSeq.set(drainAudit(lastAuditSeq.get(), newAudit));
        String auditJson = newAudit.isEmpty() ? null : auditMessage(newAudit);
        String wcsJson = weaponsControlMessage();
        LiveBoard.Board latestBoard = board.latest();
        List<PostedRecommendation> pending = approvals.pending();
        // One scope per round: each agency's view is computed once, and a board row or recommendation about a track
        // withheld from an agency is withheld from it too (its id alone would tell that the track exists).
        ReleaseScope scope = ReleaseScope.of(picture, users.agencies());
        Map<String, String[]> byAgency = new HashMap<>();
        Map<String, PictureView> views = new HashMap<>();
        Map<String, String> dispatchesByAgency = new HashMap<>();
        Map<String, Map<String, SharedTrack>> tracksByAgency = new HashMap<>();
        for (PushClient c : clients.values()) {
            String agency = c.caller().user().agency();
            String[] msgs = byAgency.computeIfAbsent(agency, a -> new String[] {
                boardMessage(
                        latestBoard,
                        scope.threats(a, latestBoard.threats()),
                        deployment.inventory(a, latestBoard.inventory())),
                recommendationsMessage(scope.recommendations(a, pending, board))
            });
            PictureView view = views.computeIfAbsent(agency, scope::view);
            Map<String, SharedTrack> tracks = tracksByAgency.computeIfAbsent(agency, a -> {
                Map<String, SharedTrack> m = new HashMap<>();
                view.tracks().forEach(t -> m.put(t.id(), t));
                return m;
            });
            c.offerState("board", msgs[0]);
            c.offerState("recommendations", msgs[1]);
            c.offerState("weaponsControl", wcsJson);
            c.offerPicture(agency, tracks, view.alerts());
            c.offerState(
                    "dispatches", dispatchesByAgency.computeIfAbsent(agency, a -> dispatchesMessage(view.alerts())));
            if (auditJson != null && c.caller().user().role().atLeast(Role.COMMANDER)) {
                c.offerEvent(auditJson);
            }
            c.pump(now);
        }
    }

    /**
     * Re-checks the sessions of user {@code userId}'s open sockets now (on the push thread) and closes those whose
     * session ended or whose user changed: called when an account change revoked that user's sessions.
     */
    public void recheckUser(long userId) {
        try {
            timer.execute(() -> {
                for (Map.Entry<WsContext, PushClient> e : clients.entrySet()) {
                    PushClient c = e.getValue();
                    if (c.caller().user().id() == userId) {
                        closeIfSessionEnded(e.getKey(), c);
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // shutting down: every socket is closing anyway
        }
    }

    private void closeIfSessionEnded(WsContext ctx, PushClient c) {
        boolean valid = sessions.resolve(c.token(), false)
                .map(live -> live.user().equals(c.caller().user()))
                .orElse(false);
        if (!valid) {
            clients.remove(ctx);
            c.markClosed();
            c.session().close(1008, "session ended", org.eclipse.jetty.websocket.api.Callback.NOOP);
        }
    }

    private long drainAudit(long after, List<AuditEntry> into) {
        long seq = after;
        for (List<AuditEntry> page = audit.list(seq, 1000); !page.isEmpty(); page = audit.list(seq, 1000)) {
            into.addAll(page);
            seq = page.getLast().seq();
        }
        return seq;
    }

    private static String boardMessage(
            LiveBoard.Board b,
            List<LiveBoard.ThreatRow> visibleThreats,
            List<LiveBoard.InventoryRow> visibleInventory) {
        ObjectNode n = Json.MAPPER.createObjectNode().put("type", "board").put("timeS", b.timeS());
        n.set("threats", Json.MAPPER.valueToTree(visibleThreats));
        // A fire unit's rounds left only to agencies the deployment is released to in full.
        n.set("inventory", Json.MAPPER.valueToTree(visibleInventory));
        return Json.MAPPER.writeValueAsString(n);
    }

    /** The dispatches of the alerts the agency sees (a dispatch is released only with its alert), as they stand now. */
    private String dispatchesMessage(List<BorderAlert> visibleAlerts) {
        ObjectNode n = Json.MAPPER.createObjectNode().put("type", "dispatches");
        n.set(
                "items",
                Json.MAPPER.valueToTree(PatrolBoard.dto(
                        patrols.rows(visibleAlerts.stream().map(BorderAlert::id).toList()))));
        return Json.MAPPER.writeValueAsString(n);
    }

    private String recommendationsMessage(List<PostedRecommendation> visible) {
        ObjectNode n = Json.MAPPER.createObjectNode().put("type", "recommendations");
        ArrayNode items = n.putArray("items");
        visible.stream()
                .forEach(p -> items.add(RestApi.recommendationBody(p, board.pictureTrackId(p.recommendation()))));
        return Json.MAPPER.writeValueAsString(n);
    }

    private String weaponsControlMessage() {
        ObjectNode n = Json.MAPPER
                .createObjectNode()
                .put("type", "weaponsControl")
                .put("defaultStatus", approvals.defaultWeaponsControl().name());
        ObjectNode layers = n.putObject("layers");
        approvals.weaponsControlOrders().forEach((layer, s) -> layers.put(layer, s.name()));
        return Json.MAPPER.writeValueAsString(n);
    }

    private static String auditMessage(List<AuditEntry> entries) {
        ObjectNode n = Json.MAPPER.createObjectNode().put("type", "audit");
        ArrayNode items = n.putArray("entries");
        entries.forEach(e -> items.add(RestApi.auditBody(e)));
        return Json.MAPPER.writeValueAsString(n);
    }

    /** Counters now. */
    public PushStats stats() {
        return new PushStats(
                clients.size(),
                closedSlow.get(),
                clients.values().stream().map(PushClient::stats).toList());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try { // a tick under way reads the database, which the server closes next
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.values().forEach(PushClient::markClosed);
        clients.clear();
    }
}

package io.steeldome.server.approval;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.ApprovalMode;
import io.steeldome.defence.doctrine.ApprovalRecord;
import io.steeldome.defence.doctrine.ApprovedEngagement;
import io.steeldome.defence.doctrine.EngagementAuthority;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.OperatorAuthority;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.ServerError;
import io.steeldome.server.api.Json;
import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.auth.Role;
import io.steeldome.server.auth.User;
import io.steeldome.server.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live approval path, and the queue between the engine and the operators. The engine posts recommendations
 * ({@link #submit}, or {@link #review} as the {@link EngagementAuthority} of an {@code EngagementController}) and takes
 * approved engagements ({@link #approvedEngagement}, {@link #drainApproved}); operators decide through
 * {@link #approve}/{@link #reject}.
 *
 * <p>An approval is made only here: an authenticated operator's request, checked for role, freshness and weapons
 * control, goes to the doctrine layer's {@link OperatorAuthority}, and the resulting record, the recommendation's new
 * status and an audit entry are written in one transaction. Only after that commit does the engine see it, so no
 * engagement proceeds on an approval that is not on disk. Weapons HOLD on a layer refuses every approval there; TIGHT
 * and FREE are the doctrine's rules ({@link WeaponsControlStatus#permits}) applied to the track's identity at the
 * moment of the decision. Time: the live engine's {@link SimTime} counts from the Unix epoch (UTC).
 */
public final class ApprovalService implements EngagementAuthority {
    /** Audit actor for what the engine posts. */
    public static final String ENGINE = "engine";

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration maxAge;
    private final WeaponsControlStatus defaultWcs;
    private OperatorAuthority authority = new OperatorAuthority();
    private final Map<String, PostedRecommendation> posted = new LinkedHashMap<>();
    private final Map<String, Decision> decided = new LinkedHashMap<>();
    private final Map<String, WeaponsControlStatus> wcs = new TreeMap<>();
    private final List<ApprovedEngagement> undelivered = new ArrayList<>();
    /** Set by {@link #enterReplay}: the service shows recorded history and takes no decision. */
    private boolean replay;

    public ApprovalService(Database db, AuditLog audit, Clock clock, Duration maxAge, WeaponsControlStatus defaultWcs) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.maxAge = maxAge;
        this.defaultWcs = defaultWcs;
        reload();
    }

    /** The live time base: nanoseconds since the Unix epoch. */
    public static SimTime simTime(Instant t) {
        return new SimTime(Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano()));
    }

    @Override
    public ApprovalMode mode() {
        return ApprovalMode.OPERATOR;
    }

    /** Posts {@code r} if new, and returns the committed decision on exactly this recommendation, if any. */
    @Override
    public synchronized Optional<ApprovalRecord> review(EngagementRecommendation r, SimTime now) {
        Decision d = decided.get(r.id());
        if (d != null) {
            return d.record().recommendation().equals(r) ? Optional.of(d.record()) : Optional.empty();
        }
        submit(r);
        return Optional.empty();
    }

    /**
     * Posts a recommendation for an operator's decision (a repeated id is ignored). A pending recommendation for the
     * same track and round is superseded by it.
     */
    public synchronized void submit(EngagementRecommendation r) {
        refuseInReplay("post recommendation " + r.id());
        if (posted.containsKey(r.id())) {
            return;
        }
        SimTime byAge = r.madeAt().shiftedBy(maxAge.toNanos() * 1e-9);
        SimTime launch = r.solution().launchTime();
        PostedRecommendation p =
                new PostedRecommendation(r, RecommendationStatus.PENDING, launch.isBefore(byAge) ? launch : byAge);
        List<String> superseded = posted.values().stream()
                .filter(o -> o.status() == RecommendationStatus.PENDING
                        && o.recommendation().trackId().equals(r.trackId())
                        && o.recommendation().round() == r.round())
                .map(o -> o.recommendation().id())
                .toList();
        String snapshot = Json.MAPPER.writeValueAsString(r);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO recommendations (id, posted_at, made_at_nanos,"
                            + " expires_nanos, layer, track_id, round_no, status, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, r.id());
                ps.setObject(2, utc(clock.instant()));
                ps.setLong(3, r.madeAt().nanos());
                ps.setLong(4, p.expiresAt().nanos());
                ps.setString(5, r.layer());
                ps.setLong(6, r.trackId().value());
                ps.setInt(7, r.round());
                ps.setString(8, RecommendationStatus.PENDING.name());
                ps.setString(9, snapshot);
                ps.executeUpdate();
            }
            audit.append(c, ENGINE, "recommendation.post", r.id(), Json.MAPPER.readTree(snapshot));
            for (String old : superseded) {
                setStatus(c, old, RecommendationStatus.SUPERSEDED);
                audit.append(
                        c,
                        ENGINE,
                        "recommendation.supersede",
                        old,
                        Json.MAPPER.createObjectNode().put("by", r.id()));
            }
            return null;
        });
        superseded.forEach(id -> posted.put(id, posted.get(id).with(RecommendationStatus.SUPERSEDED)));
        posted.put(r.id(), p);
        authority.review(r, r.madeAt());
    }

    /** Recommendations still awaiting a decision, oldest first; stale ones are expired (and audited) first. */
    public synchronized List<PostedRecommendation> pending() {
        expireStale(simTime(clock.instant()));
        return posted.values().stream()
                .filter(p -> p.status() == RecommendationStatus.PENDING)
                .toList();
    }

    /** The recommendation {@code id} as posted, with its status. */
    public synchronized Optional<PostedRecommendation> find(String id) {
        return Optional.ofNullable(posted.get(id));
    }

    /** Approves {@code id} for {@code operator}; see the class comment for every check. */
    public synchronized Decision approve(User operator, String id, String reason) {
        return decide(operator, id, reason, ApprovalRecord.Verdict.APPROVED);
    }

    /** Rejects {@code id} for {@code operator}, recording who, when and why. */
    public synchronized Decision reject(User operator, String id, String reason) {
        return decide(operator, id, reason, ApprovalRecord.Verdict.REJECTED);
    }

    private Decision decide(User operator, String id, String reason, ApprovalRecord.Verdict verdict) {
        refuseInReplay("decide " + id);
        if (!operator.role().atLeast(Role.OPERATOR)) {
            throw new SteeldomeException(ServerError.NOT_ALLOWED, operator.username(), "decide", Role.OPERATOR);
        }
        if (reason == null || reason.isBlank()) {
            throw new SteeldomeException(ServerError.BAD_USER, operator.username(), "a decision needs a reason");
        }
        Instant wall = clock.instant();
        SimTime now = simTime(wall);
        expireStale(now);
        PostedRecommendation p = posted.get(id);
        if (p == null) {
            throw new SteeldomeException(ServerError.UNKNOWN_RECOMMENDATION, id);
        }
        if (p.status() != RecommendationStatus.PENDING) {
            throw new SteeldomeException(ServerError.NOT_PENDING, id, p.status());
        }
        EngagementRecommendation r = p.recommendation();
        if (now.isBefore(r.madeAt())) {
            throw new SteeldomeException(ServerError.STALE, id, "it is dated after the server's clock");
        }
        WeaponsControlStatus status = weaponsControl(r.layer());
        if (verdict == ApprovalRecord.Verdict.APPROVED && !status.permits(r.identity())) {
            throw new SteeldomeException(ServerError.WEAPONS_CONTROL, id, r.layer(), status, status.rule());
        }
        ApprovalRecord record = verdict == ApprovalRecord.Verdict.APPROVED
                ? authority.approve(id, operator.username(), now, reason)
                : authority.reject(id, operator.username(), now, reason);
        Decision d = new Decision(record, wall.truncatedTo(java.time.temporal.ChronoUnit.MICROS), status);
        RecommendationStatus next = record.approves() ? RecommendationStatus.APPROVED : RecommendationStatus.REJECTED;
        try {
            db.inTransaction(c -> {
                if (setStatusIfPending(c, id, next) != 1) {
                    throw new SteeldomeException(ServerError.NOT_PENDING, id, "decided elsewhere");
                }
                insertDecision(c, operator, d);
                ObjectNode details = Json.MAPPER
                        .createObjectNode()
                        .put("verdict", record.verdict().name())
                        .put("reason", reason)
                        .put("weaponsControl", status.name())
                        .put("decidedAtNanos", now.nanos());
                details.set("recommendation", Json.MAPPER.valueToTree(r));
                audit.append(
                        c,
                        operator.username(),
                        record.approves() ? "decision.approve" : "decision.reject",
                        id,
                        details);
                return null;
            });
        } catch (RuntimeException e) {
            // The doctrine authority already moved it out of pending; rebuild it from what is on disk.
            reload();
            throw e;
        }
        posted.put(id, p.with(next));
        decided.put(id, d);
        if (record.approves()) {
            undelivered.add(ApprovedEngagement.of(r, record));
        }
        return d;
    }

    /**
     * The engagement for {@code id} if, and only if, an operator's approval of it is committed; never for a pending,
     * rejected, expired or superseded recommendation.
     */
    public synchronized Optional<ApprovedEngagement> approvedEngagement(String id) {
        Decision d = decided.get(id);
        if (d == null || !d.record().approves()) {
            return Optional.empty();
        }
        return Optional.of(ApprovedEngagement.of(d.record().recommendation(), d.record()));
    }

    /** Approved engagements committed since the last call, in decision order (the engine's poll). */
    public synchronized List<ApprovedEngagement> drainApproved() {
        List<ApprovedEngagement> out = List.copyOf(undelivered);
        undelivered.clear();
        return out;
    }

    /** Every committed decision, oldest first. */
    public synchronized List<Decision> decisions() {
        return List.copyOf(decided.values());
    }

    /** The weapons control status of {@code layer} now. */
    public synchronized WeaponsControlStatus weaponsControl(String layer) {
        return wcs.getOrDefault(layer, defaultWcs);
    }

    /** Every layer's explicit status (others are at the default). */
    public synchronized Map<String, WeaponsControlStatus> weaponsControlOrders() {
        return Map.copyOf(wcs);
    }

    public WeaponsControlStatus defaultWeaponsControl() {
        return defaultWcs;
    }

    /** Orders {@code status} for {@code layer} (COMMANDER or above), audited. */
    public synchronized void setWeaponsControl(
            User commander, String layer, WeaponsControlStatus status, String reason) {
        refuseInReplay("set weapons control of " + layer);
        if (!commander.role().atLeast(Role.COMMANDER)) {
            throw new SteeldomeException(
                    ServerError.NOT_ALLOWED, commander.username(), "set weapons control", Role.COMMANDER);
        }
        if (layer == null || layer.isBlank() || reason == null || reason.isBlank()) {
            throw new SteeldomeException(
                    ServerError.BAD_USER,
                    commander.username(),
                    "a weapons control order needs a" + " layer and a reason");
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO weapons_control (layer, status, set_by, set_at) KEY (layer) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, layer);
                ps.setString(2, status.name());
                ps.setString(3, commander.username());
                ps.setObject(4, utc(clock.instant()));
                ps.executeUpdate();
            }
            audit.append(
                    c,
                    commander.username(),
                    "weapons-control.set",
                    layer,
                    Json.MAPPER.createObjectNode().put("status", status.name()).put("reason", reason));
            return null;
        });
        wcs.put(layer, status);
    }

    /**
     * Turns this service into a replay of a recorded session (io.steeldome.server.replay): from now on every
     * decision, post and weapons control order is refused with {@link ServerError#REPLAY}, nothing expires by the
     * clock, and the state changes only through the {@code replay...} methods, which restore recorded rows in memory
     * (this server's own database is not written).
     */
    public synchronized void enterReplay() {
        replay = true;
    }

    public synchronized boolean inReplay() {
        return replay;
    }

    /** Replay only: shows a recorded recommendation with its status at this point of the recording. */
    public synchronized void replayPosted(PostedRecommendation p) {
        requireReplay();
        posted.put(p.recommendation().id(), p);
    }

    /** Replay only: a recorded status change (superseded, expired) of a recommendation already replayed. */
    public synchronized void replayStatus(String id, RecommendationStatus s) {
        requireReplay();
        PostedRecommendation p = posted.get(id);
        if (p != null) {
            posted.put(id, p.with(s));
        }
    }

    /** Replay only: a recorded operator decision, with its original operator, time and reason. */
    public synchronized void replayDecision(Decision d) {
        requireReplay();
        String id = d.record().recommendation().id();
        decided.put(id, d);
        RecommendationStatus s = d.record().approves() ? RecommendationStatus.APPROVED : RecommendationStatus.REJECTED;
        PostedRecommendation p = posted.get(id);
        posted.put(
                id,
                p != null
                        ? p.with(s)
                        : new PostedRecommendation(
                                d.record().recommendation(),
                                s,
                                d.record().recommendation().solution().launchTime()));
    }

    /** Replay only: a recorded weapons control order. */
    public synchronized void replayWeaponsControl(String layer, WeaponsControlStatus s) {
        requireReplay();
        wcs.put(layer, s);
    }

    private void refuseInReplay(String what) {
        if (replay) {
            throw new SteeldomeException(ServerError.REPLAY, what);
        }
    }

    private void requireReplay() {
        if (!replay) {
            throw new IllegalStateException("recorded history can be restored only in replay mode");
        }
    }

    private void expireStale(SimTime now) {
        if (replay) {
            return; // a replay shows the recorded expiries, at their recorded times
        }
        List<String> stale = posted.values().stream()
                .filter(p -> p.status() == RecommendationStatus.PENDING && now.isAfter(p.expiresAt()))
                .map(p -> p.recommendation().id())
                .toList();
        if (stale.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            for (String id : stale) {
                setStatusIfPending(c, id, RecommendationStatus.EXPIRED);
                audit.append(
                        c,
                        "system",
                        "recommendation.expire",
                        id,
                        Json.MAPPER
                                .createObjectNode()
                                .put(
                                        "expiresAtNanos",
                                        posted.get(id).expiresAt().nanos())
                                .put("nowNanos", now.nanos()));
            }
            return null;
        });
        stale.forEach(id -> posted.put(id, posted.get(id).with(RecommendationStatus.EXPIRED)));
    }

    /** Rebuilds the in-memory state from the database (at start, and after a failed write). */
    private void reload() {
        posted.clear();
        decided.clear();
        wcs.clear();
        authority = new OperatorAuthority();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT id, status, expires_nanos, snapshot FROM recommendations ORDER BY posted_at, id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EngagementRecommendation r =
                            Json.MAPPER.readValue(rs.getString("snapshot"), EngagementRecommendation.class);
                    RecommendationStatus s = RecommendationStatus.valueOf(rs.getString("status"));
                    posted.put(r.id(), new PostedRecommendation(r, s, new SimTime(rs.getLong("expires_nanos"))));
                    if (s == RecommendationStatus.PENDING) {
                        authority.review(r, r.madeAt());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM decisions ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Decision d = Decision.fromRow(rs);
                    decided.put(d.record().recommendation().id(), d);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT layer, status FROM weapons_control");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    wcs.put(rs.getString(1), WeaponsControlStatus.valueOf(rs.getString(2)));
                }
            }
            return null;
        });
    }

    private static void insertDecision(Connection c, User operator, Decision d) throws SQLException {
        ApprovalRecord r = d.record();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO decisions (recommendation_id, verdict, operator_id,"
                + " operator_name, decided_at, decided_at_nanos, weapons_control, reason, snapshot)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.recommendation().id());
            ps.setString(2, r.verdict().name());
            ps.setLong(3, operator.id());
            ps.setString(4, r.decidedBy());
            ps.setObject(5, utc(d.decidedAtUtc()));
            ps.setLong(6, r.decidedAt().nanos());
            ps.setString(7, d.weaponsControl().name());
            ps.setString(8, r.reason());
            ps.setString(9, Json.MAPPER.writeValueAsString(r.recommendation()));
            ps.executeUpdate();
        }
    }

    private static int setStatusIfPending(Connection c, String id, RecommendationStatus s) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE recommendations SET status = ? WHERE id = ? AND status = 'PENDING'")) {
            ps.setString(1, s.name());
            ps.setString(2, id);
            return ps.executeUpdate();
        }
    }

    private static void setStatus(Connection c, String id, RecommendationStatus s) throws SQLException {
        setStatusIfPending(c, id, s);
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}

package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.border.share.StandardIdentity;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.ApprovalRecord;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.defence.effector.EffectorPresets;
import io.steeldome.server.approval.Decision;
import io.steeldome.server.approval.PostedRecommendation;
import io.steeldome.server.approval.RecommendationStatus;
import io.steeldome.server.audit.AuditEntry;
import io.steeldome.server.auth.Role;
import io.steeldome.server.live.LiveBoard;
import io.steeldome.server.live.LiveRun;
import io.steeldome.sim.live.ScanListener;
import io.steeldome.sim.live.TrackReport;
import io.steeldome.sim.run.EngagementRecord;
import io.steeldome.sim.run.RunResult;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The built-in demo raid run live against a real server (port 0, temp H2 file): in live mode no engagement proceeds
 * without a recorded operator approval. The server's clock is moved by hand to each event's time (scenario second t
 * = start + t s), and the "operator" acts through the REST API right after each scan is published.
 */
class LiveRunTest {
    @TempDir
    Path dir;

    Harness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    /** Runs the demo; {@code operator} is called after each scan with the operator's token and the pending list. */
    private RunResult runDemo(WeaponsControlStatus defaultWcs, Function<String, ScanListener> operator)
            throws InterruptedException {
        h = new Harness(dir, new ReleasePolicy(List.of()), defaultWcs);
        h.createRoleUsers();
        String token = h.token("operator");
        Instant start = h.clock.instant();
        LiveRun.Settings settings = LiveRun.Settings.of(1.0)
                .withClock(h.clock)
                .withPacer(t -> {
                    long dueNanos = start.getEpochSecond() * 1_000_000_000L + start.getNano() + t.nanos();
                    long ahead = dueNanos - h.clock.nanoTime();
                    if (ahead > 0) {
                        h.clock.advance(Duration.ofNanos(ahead));
                    }
                })
                .withObserver(operator.apply(token));
        LiveRun run = LiveRun.start(h.server, ScenarioLoader.demo(), settings);
        assertThat(run.awaitFinished(Duration.ofMinutes(5))).isTrue();
        assertThat(run.status().state()).as(run.status().toString()).isEqualTo(LiveRun.State.FINISHED);
        assertThat(run.status().scans()).isGreaterThan(10);
        return run.result().orElseThrow();
    }

    private List<JsonNode> pending(String token) {
        HttpResponse<String> r = h.send("GET", "/api/recommendations", token, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        Harness.json(r).forEach(out::add);
        return out;
    }

    private HttpResponse<String> decide(String token, String id, String verb, String reason) {
        return h.send("POST", "/api/recommendations/" + id + "/" + verb, token, "{\"reason\":\"" + reason + "\"}");
    }

    /** An operator who approves every pending recommendation; counts refusals by HTTP status. */
    private ScanListener approveAll(String token, Map<Integer, Integer> refusals) {
        return s -> {
            for (JsonNode p : pending(token)) {
                HttpResponse<String> r = decide(token, p.get("id").stringValue(), "approve", "confirmed hostile");
                if (r.statusCode() != 200) {
                    refusals.merge(r.statusCode(), 1, Integer::sum);
                }
            }
        };
    }

    private List<AuditEntry> audit() {
        return h.server.audit().list(0, 1_000_000);
    }

    private List<PostedRecommendation> posted() {
        List<PostedRecommendation> all = new ArrayList<>();
        for (AuditEntry e : audit()) {
            if (e.action().equals("recommendation.post")) {
                all.add(h.server.approvals().find(e.subject()).orElseThrow());
            }
        }
        return all;
    }

    @Test
    void withNoOperatorNothingIsFired() throws InterruptedException {
        AtomicInteger scansWithThreats = new AtomicInteger();
        RunResult result = runDemo(WeaponsControlStatus.FREE, token -> s -> {
            if (!s.threats().isEmpty()) {
                scansWithThreats.incrementAndGet();
            }
        });

        assertThat(result.engagements()).isEmpty();
        assertThat(h.server.approvals().decisions()).isEmpty();
        assertThat(h.server.approvals().drainApproved()).isEmpty();
        // The engine did recommend: every recommendation was posted and then expired or was superseded unanswered.
        h.server.approvals().pending(); // expires the stale ones at the clock's (end-of-run) time
        List<PostedRecommendation> posted = posted();
        assertThat(posted).isNotEmpty();
        assertThat(posted)
                .extracting(PostedRecommendation::status)
                .containsOnly(RecommendationStatus.EXPIRED, RecommendationStatus.SUPERSEDED);
        assertThat(audit()).extracting(AuditEntry::action).doesNotContain("decision.approve", "decision.reject");
        assertThat(h.server.audit().verify().ok()).isTrue();
        // Threats were in the picture (incoming rockets, missiles and drones all leak without an approval).
        assertThat(scansWithThreats.get()).isGreaterThan(0);
        assertThat(result.threats()).allSatisfy(t -> assertThat(t.fate().name()).isNotEqualTo("INTERCEPTED"));
    }

    @Test
    void everyEngagementMatchesAnOperatorApproval() throws InterruptedException {
        Map<Integer, Integer> refusals = new HashMap<>();
        List<LiveBoard.Board> boards = new ArrayList<>();
        AtomicInteger mostTracksShown = new AtomicInteger();
        AtomicInteger partnerTracksShown = new AtomicInteger();
        RunResult result = runDemo(WeaponsControlStatus.FREE, token -> {
            ScanListener approve = approveAll(token, refusals);
            return s -> {
                boards.add(h.server.board().latest());
                mostTracksShown.accumulateAndGet(
                        h.server.picture().viewFor("NATO").tracks().size(), Math::max);
                partnerTracksShown.addAndGet(
                        h.server.picture().viewFor("FRONTEX").tracks().size());
                approve.onScan(s);
            };
        });

        List<EngagementRecord> shots = result.engagements();
        assertThat(shots).isNotEmpty();
        // Approved at once, the operator's run matches the batch demo's 10 of 14 threats intercepted.
        assertThat(result.threats().stream()
                        .filter(t -> t.fate().name().equals("INTERCEPTED"))
                        .count())
                .isEqualTo(10);
        Map<String, Decision> decisions = new HashMap<>();
        h.server
                .approvals()
                .decisions()
                .forEach(d -> decisions.put(d.record().recommendation().id(), d));
        String runPrefix = h.server
                .approvals()
                .decisions()
                .getFirst()
                .record()
                .recommendation()
                .id()
                .split("-")[0];
        for (EngagementRecord shot : shots) {
            Decision d = decisions.get(runPrefix + "-" + shot.recommendationId());
            assertThat(d).as("decision row for " + shot.recommendationId()).isNotNull();
            assertThat(d.record().verdict()).isEqualTo(ApprovalRecord.Verdict.APPROVED);
            assertThat(d.record().decidedBy()).isEqualTo("operator");
            assertThat(d.record().reason()).isEqualTo("confirmed hostile");
            assertThat(shot.approvedBy()).isEqualTo("operator");
            assertThat(shot.approvalMode()).isEqualTo("operator");
            // The operator decided after the engine recommended and no later than the planned launch, and the
            // round left no earlier than the decision (scenario second t = start + t s on the server's clock).
            SimTime decided = d.record().decidedAt();
            SimTime made = d.record().recommendation().madeAt();
            assertThat(decided).isGreaterThanOrEqualTo(made);
            assertThat(decided)
                    .isLessThanOrEqualTo(d.record().recommendation().solution().launchTime());
            double decidedScenarioS = (decided.nanos() - startNanos()) * 1e-9;
            assertThat(shot.decisionTimeS()).isGreaterThanOrEqualTo(decidedScenarioS - 1e-9);
            assertThat(audit()).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("decision.approve");
                assertThat(e.actor()).isEqualTo("operator");
                assertThat(e.subject()).isEqualTo(d.record().recommendation().id());
            });
        }
        // One shot per approval at most, and every approval is in the audit log.
        assertThat(Set.copyOf(
                        shots.stream().map(EngagementRecord::recommendationId).toList()))
                .hasSameSizeAs(shots);
        long approvalsAudited = audit().stream()
                .filter(e -> e.action().equals("decision.approve"))
                .count();
        assertThat(approvalsAudited).isEqualTo(decisions.size()).isGreaterThanOrEqualTo(shots.size());
        assertThat(h.server.audit().verify().ok()).isTrue();
        // The board carried ranked threats with explanations, and the inventory went down by the shots fired.
        assertThat(boards).anySatisfy(b -> assertThat(b.threats()).isNotEmpty());
        LiveBoard.Board last = h.server.board().latest();
        assertThat(last.inventory()).hasSize(2);
        assertThat(boards.stream().flatMap(b -> b.threats().stream()))
                .allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
        assertThat(mostTracksShown.get()).isPositive();
        // Marked own-agency only by default: a partner sees none of them.
        assertThat(partnerTracksShown.get()).isZero();
    }

    private long startNanos() {
        return io.steeldome.server.approval.ApprovalService.simTime(Instant.parse("2026-11-26T02:00:00Z"))
                .nanos();
    }

    /**
     * A recommendation names its track, class and intercept: it is released only with its track. The demo's tracks
     * are NATO's, own-agency only, so an operator of another agency must never see a recommendation or a threat row,
     * over REST or otherwise, while NATO's operator sees them with the picture's id of a track it can see.
     */
    @Test
    void recommendationsAreReleasedOnlyWithTheirTrack() throws InterruptedException {
        AtomicInteger natoSaw = new AtomicInteger();
        AtomicInteger partnerSaw = new AtomicInteger();
        AtomicInteger natoThreats = new AtomicInteger();
        AtomicInteger partnerThreats = new AtomicInteger();
        List<String> unmatched = new ArrayList<>();
        runDemo(WeaponsControlStatus.FREE, token -> {
            h.server.users().create("test", "frontex", "FRONTEX", Role.OPERATOR, Harness.PASSWORD);
            String partner = h.token("frontex");
            return s -> {
                List<JsonNode> mine = pending(token);
                natoSaw.addAndGet(mine.size());
                partnerSaw.addAndGet(pending(partner).size());
                for (JsonNode t : Harness.json(h.send("GET", "/api/threats", token, null))) {
                    assertThat(t.get("explanation").stringValue()).isNotBlank();
                    natoThreats.incrementAndGet();
                }
                partnerThreats.addAndGet(Harness.json(h.send("GET", "/api/threats", partner, null))
                        .size());
                HttpResponse<String> tracks = h.send("GET", "/api/tracks", token, null);
                List<String> trackIds = new ArrayList<>();
                Harness.json(tracks).forEach(t -> trackIds.add(t.get("id").stringValue()));
                for (JsonNode p : mine) {
                    if (!trackIds.contains(p.get("pictureTrackId").stringValue())) {
                        unmatched.add(p.get("pictureTrackId").stringValue());
                    }
                }
            };
        });
        assertThat(natoSaw.get()).isPositive();
        assertThat(partnerSaw.get()).isZero();
        assertThat(unmatched).isEmpty();
        // The ranked threat list follows the same rule.
        assertThat(natoThreats.get()).isPositive();
        assertThat(partnerThreats.get()).isZero();
    }

    @Test
    void rejectedRecommendationsAreNeverFired() throws InterruptedException {
        RunResult result = runDemo(WeaponsControlStatus.FREE, token -> s -> {
            for (JsonNode p : pending(token)) {
                assertThat(decide(token, p.get("id").stringValue(), "reject", "possible friendly")
                                .statusCode())
                        .isEqualTo(200);
            }
        });

        assertThat(result.engagements()).isEmpty();
        assertThat(h.server.approvals().decisions())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.record().verdict()).isEqualTo(ApprovalRecord.Verdict.REJECTED));
        assertThat(audit()).extracting(AuditEntry::action).doesNotContain("decision.approve");
    }

    @Test
    void weaponsHoldOnALayerLetsNothingThroughThere() throws InterruptedException {
        String held = EffectorPresets.SHORT_RANGE.layerName();
        Map<Integer, Integer> refusals = new HashMap<>();
        RunResult result = runDemo(WeaponsControlStatus.FREE, token -> {
            String commander = h.token("commander");
            HttpResponse<String> r = h.send(
                    "PUT",
                    "/api/weapons-control/" + held,
                    commander,
                    "{\"status\":\"HOLD\",\"reason\":\"friendly aircraft in the short-range sector\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return approveAll(token, refusals);
        });

        assertThat(result.engagements()).isNotEmpty(); // the other layer still fires on approval
        assertThat(result.engagements()).allSatisfy(e -> assertThat(e.layer()).isNotEqualTo(held));
        assertThat(h.server.approvals().decisions())
                .allSatisfy(d -> assertThat(d.record().recommendation().layer()).isNotEqualTo(held));
        // One source of weapons control: the engine follows the commander's order, so nothing is even recommended on
        // the held layer, and every recommendation states the order in force when it was made.
        assertThat(posted()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.recommendation().layer()).isNotEqualTo(held);
            assertThat(p.recommendation().weaponsControl()).isEqualTo(WeaponsControlStatus.FREE);
        });
        assertThat(refusals).isEmpty();
        assertThat(result.summary().weaponsControl()).contains(held + " set live by commanders (HOLD at the end)");
    }

    @Test
    void aHoldOrderMidRunStopsRecommendationsFromTheNextDecision() throws InterruptedException {
        List<String> layers = List.of(
                EffectorPresets.SHORT_RANGE.layerName(),
                EffectorPresets.MEDIUM_RANGE.layerName(),
                EffectorPresets.UPPER_TIER.layerName(),
                EffectorPresets.IRON_DOME_CLASS.layerName(),
                EffectorPresets.C_UAS_GUN.layerName());
        long[] orderedAtSeq = {-1};
        RunResult result = runDemo(WeaponsControlStatus.FREE, token -> s -> {
            if (orderedAtSeq[0] < 0 && !pending(token).isEmpty()) {
                String commander = h.token("commander");
                for (String layer : layers) {
                    HttpResponse<String> r = h.send(
                            "PUT",
                            "/api/weapons-control/" + layer,
                            commander,
                            "{\"status\":\"HOLD\",\"reason\":\"cease engagements\"}");
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                }
                List<AuditEntry> a = audit();
                orderedAtSeq[0] = a.get(a.size() - 1).seq();
            }
        });

        assertThat(orderedAtSeq[0])
                .as("a recommendation was posted before the order")
                .isPositive();
        assertThat(audit())
                .filteredOn(e -> e.seq() > orderedAtSeq[0])
                .extracting(AuditEntry::action)
                .doesNotContain("recommendation.post");
        assertThat(result.engagements()).isEmpty();
    }

    /**
     * After every scan the picture holds exactly the engine's confirmed tracks: the ones it dropped (threats that
     * impacted) leave the map. Each carries the engine's identification as its standard identity.
     */
    @Test
    void thePictureFollowsTheEnginesConfirmedTracksWithTheirIdentity() throws InterruptedException {
        List<String> mismatches = new ArrayList<>();
        Set<String> everShown = new java.util.TreeSet<>();
        Map<String, StandardIdentity> identities = new HashMap<>();
        runDemo(WeaponsControlStatus.FREE, token -> s -> {
            Map<String, TrackReport> engine = new HashMap<>();
            s.tracks().stream()
                    .filter(t -> t.status().equals("CONFIRMED"))
                    .forEach(t -> engine.put("-T" + t.id().value(), t));
            Map<String, SharedTrack> shown = new HashMap<>();
            h.server
                    .picture()
                    .viewFor("NATO")
                    .tracks()
                    .forEach(t -> shown.put(t.id().substring(t.id().indexOf("-T")), t));
            if (!shown.keySet().equals(engine.keySet())) {
                mismatches.add("t=" + s.time().seconds() + " engine " + engine.keySet() + " map " + shown.keySet());
            }
            everShown.addAll(shown.keySet());
            shown.forEach((k, t) -> {
                StandardIdentity want = engine.get(k) == null
                        ? t.identity()
                        : engine.get(k)
                                .identity()
                                .map(i -> StandardIdentity.valueOf(i.name()))
                                .orElse(StandardIdentity.PENDING);
                assertThat(t.identity()).as(k).isEqualTo(want);
                identities.put(k, t.identity());
            });
        });

        assertThat(mismatches).isEmpty();
        List<String> held = h.server.picture().trackIds("L");
        assertThat(held.size()).as("some tracks were dropped during the raid").isLessThan(everShown.size());
        assertThat(identities).containsValue(StandardIdentity.HOSTILE);
    }

    @Test
    void aPacedRunStopsOnRequest() throws InterruptedException {
        h = new Harness(dir, new ReleasePolicy(List.of()), WeaponsControlStatus.FREE);
        // The hand-moved clock never advances, so the wall-clock pacer holds the run before its first scan.
        LiveRun run = LiveRun.start(
                h.server, ScenarioLoader.demo(), LiveRun.Settings.of(1.0).withClock(h.clock));
        assertThat(run.status().state()).isEqualTo(LiveRun.State.RUNNING);
        run.stop();
        assertThat(run.awaitFinished(Duration.ofSeconds(30))).isTrue();
        assertThat(run.status().state()).isEqualTo(LiveRun.State.STOPPED);
        assertThat(run.status().scans()).isZero();
        assertThat(run.result()).isEmpty();
    }

    @Test
    void theTimeBaseMapsScenarioSecondsAtTheRunsSpeed() {
        Instant start = Instant.parse("2026-11-26T02:00:00Z");
        io.steeldome.server.live.LiveTimeBase base = new io.steeldome.server.live.LiveTimeBase(start, 4.0);
        // Scenario second 100 at 4x real time is due 25 s after the start.
        assertThat(base.instantOf(SimTime.ofSeconds(100))).isEqualTo(Instant.parse("2026-11-26T02:00:25Z"));
        SimTime live = base.toLive(SimTime.ofSeconds(100));
        assertThat(live.nanos()).isEqualTo((start.getEpochSecond() + 25) * 1_000_000_000L);
        assertThat(base.toScenario(live)).isEqualTo(SimTime.ofSeconds(100));
    }
}

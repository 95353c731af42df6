package io.steeldome.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.border.alert.Releasability;
import io.steeldome.server.api.Json;
import io.steeldome.server.live.LiveBoard;
import io.steeldome.server.ws.PushStats;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The /api/ws push without a browser: authentication, releasability per agency, roles, and a client that never reads. */
class PushHubTest {
    @TempDir
    Path dir;

    WebFixture f;

    @BeforeEach
    void setUp() {
        f = new WebFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** Collects every text message a client receives. */
    static final class Collector implements WebSocket.Listener {
        final List<String> messages = new CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        private final StringBuilder part = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                messages.add(part.toString());
                part.setLength(0);
            }
            ws.request(1);
            return null;
        }

        List<JsonNode> ofType(String type) {
            List<JsonNode> out = new ArrayList<>();
            for (String m : messages) {
                JsonNode n = Json.MAPPER.readTree(m);
                if (n.path("type").stringValue("").equals(type)) {
                    out.add(n);
                }
            }
            return out;
        }

        JsonNode await(String type, Predicate<JsonNode> p) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < end) {
                for (JsonNode n : ofType(type)) {
                    if (p.test(n)) {
                        return n;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no " + type + " message matching within 20 s; got " + messages.size());
        }
    }

    WebSocket connect(String token, Collector c) {
        String q = token == null ? "" : "?access_token=" + token;
        return f.http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + f.server.port() + "/api/ws" + q), c)
                .join();
    }

    @Test
    void refusesTheUpgradeWithoutAValidSession() {
        for (String token : new String[] {null, "forged-token"}) {
            CompletableFuture<WebSocket> ws = f.http.newWebSocketBuilder()
                    .buildAsync(
                            URI.create("ws://127.0.0.1:" + f.server.port() + "/api/ws"
                                    + (token == null ? "" : "?access_token=" + token)),
                            new Collector());
            assertThatThrownBy(ws::join)
                    .isInstanceOf(CompletionException.class)
                    .cause()
                    .isInstanceOfSatisfying(
                            WebSocketHandshakeException.class,
                            e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
        }
    }

    @Test
    void refusesAnUpgradeFromAPageOfAnotherOrigin() {
        String token = f.token("viewer");
        CompletableFuture<WebSocket> ws = f.http.newWebSocketBuilder()
                .header("Origin", "http://evil.example")
                .buildAsync(
                        URI.create("ws://127.0.0.1:" + f.server.port() + "/api/ws?access_token=" + token),
                        new Collector());
        assertThatThrownBy(ws::join)
                .cause()
                .isInstanceOfSatisfying(
                        WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));
        Collector same = new Collector();
        f.http.newWebSocketBuilder()
                .header("Origin", "http://127.0.0.1:" + f.server.port())
                .buildAsync(URI.create("ws://127.0.0.1:" + f.server.port() + "/api/ws?access_token=" + token), same)
                .join();
    }

    @Test
    void eachAgencyGetsOnlyWhatIsReleasedToIt() throws Exception {
        f.track("101", 38.6, 44.1, 3000, Releasability.ALL_PARTNERS);
        f.track("OWN-9", 38.7, 44.2, 3000, Releasability.OWN_ONLY);
        f.alert("A-OWN", 38.8, 44.3, Releasability.OWN_ONLY);
        f.alert("A-ALL", 38.9, 44.4, Releasability.ALL_PARTNERS);
        // a threat row and a recommendation about a withheld track are withheld with it
        f.track("909", 38.5, 44.0, 9000, Releasability.OWN_ONLY);
        f.board("909");
        f.recommend("R-909", 909);
        // a patrol dispatch is released only with its alert
        java.time.Instant now = java.time.Instant.now();
        for (String alert : List.of("A-OWN", "A-ALL")) {
            f.server
                    .patrols()
                    .post(new io.steeldome.server.patrol.LiveDispatch(
                            alert, "T-" + alert, now, now, now.plusSeconds(3600), now.plusSeconds(7200)));
        }
        Collector nato = new Collector();
        Collector tr = new Collector();
        connect(f.token("operator"), nato);
        connect(f.token("tr_operator"), tr);
        nato.await("dispatches", n -> n.path("items").size() == 2);
        JsonNode trDispatches = tr.await("dispatches", n -> n.path("items").size() == 1);
        assertThat(trDispatches.path("items").get(0).path("alertId").stringValue())
                .isEqualTo("A-ALL");
        assertThat(trDispatches.path("items").get(0).path("status").stringValue())
                .isEqualTo("EN_ROUTE");
        JsonNode natoPic = nato.await("picture", n -> n.path("tracks").size() == 3);
        nato.await("board", n -> n.toString().contains("\"trackId\":\"909\""));
        nato.await("recommendations", n -> n.toString().contains("R-909"));
        tr.await("board", n -> n.path("threats").size() == 1); // only the row of track 102 (not in the picture)
        assertThat(natoPic.path("alerts").size()).isEqualTo(2);
        JsonNode trPic = tr.await("picture", n -> n.path("tracks").size() == 1);
        assertThat(trPic.path("tracks").get(0).path("id").stringValue()).isEqualTo("101");
        assertThat(trPic.path("alerts").size()).isEqualTo(1);
        // the withheld items never reach the other agency in any message
        Thread.sleep(600);
        for (String m : tr.messages) {
            assertThat(m)
                    .doesNotContain("OWN-9")
                    .doesNotContain("A-OWN")
                    .doesNotContain("\"909\"")
                    .doesNotContain("R-909");
        }
        assertThat(tr.ofType("hello").getFirst().path("user").path("agency").stringValue())
                .isEqualTo("TR_FORCES");
    }

    /**
     * The picture goes as deltas: the whole picture first, then only what changed and the ids that left; no message
     * at all when nothing changed. Replaying the messages in order rebuilds exactly the server's picture.
     */
    @Test
    void thePictureGoesAsDeltasThatRebuildIt() throws Exception {
        f.track("D1", 38.1, 44.1, 1000, Releasability.ALL_PARTNERS);
        f.track("D2", 38.2, 44.2, 1000, Releasability.ALL_PARTNERS);
        f.track("D3", 38.3, 44.3, 1000, Releasability.ALL_PARTNERS);
        Collector c = new Collector();
        connect(f.token("operator"), c);
        JsonNode first = c.await("picture", n -> n.path("full").asBoolean());
        assertThat(first.path("tracks").size()).isEqualTo(3);

        f.track("D1", 38.1, 44.1, 2000, Releasability.ALL_PARTNERS);
        assertThat(f.server.picture().remove("D2")).isTrue();
        JsonNode delta = c.await("picture", n -> n.path("removed").size() == 1);
        assertThat(delta.path("full").asBoolean()).isFalse();
        assertThat(delta.path("removed").get(0).stringValue()).isEqualTo("D2");
        assertThat(delta.path("tracks").size()).isEqualTo(1);
        assertThat(delta.path("tracks").get(0).path("id").stringValue()).isEqualTo("D1");
        assertThat(delta.path("tracks").get(0).path("heightM").asDouble()).isEqualTo(2000);
        int pictures = c.ofType("picture").size();
        Thread.sleep(1000); // five push rounds with nothing new: no picture message
        assertThat(c.ofType("picture")).hasSize(pictures);

        java.util.Map<String, Double> rebuilt = new java.util.TreeMap<>();
        for (JsonNode m : c.ofType("picture")) {
            m.path("tracks")
                    .forEach(t -> rebuilt.put(
                            t.path("id").stringValue(), t.path("heightM").asDouble()));
            m.path("removed").forEach(id -> rebuilt.remove(id.stringValue()));
        }
        assertThat(rebuilt)
                .containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of("D1", 2000.0, "D3", 1000.0)));
    }

    /** A deployed fire unit's rounds left go only to agencies the deployment is released to in full. */
    @Test
    void inventoryOfAWithheldDeploymentIsWithheld() throws Exception {
        f.deploy(Releasability.OWN_ONLY);
        f.server
                .board()
                .publish(new LiveBoard.Board(
                        0,
                        List.of(),
                        List.of(
                                new LiveBoard.InventoryRow("sr-town", "SHORT_RANGE", 10, 18),
                                new LiveBoard.InventoryRow("BTY-1", "SHORAD", 6, 8))));
        Collector nato = new Collector();
        Collector tr = new Collector();
        connect(f.token("operator"), nato);
        connect(f.token("tr_operator"), tr);
        nato.await("board", n -> n.path("inventory").size() == 2);
        JsonNode trBoard = tr.await("board", n -> n.path("inventory").size() == 1);
        assertThat(trBoard.path("inventory").get(0).path("effectorId").stringValue())
                .isEqualTo("BTY-1");
        for (String m : tr.messages) {
            assertThat(m).doesNotContain("sr-town");
        }
    }

    @Test
    void auditEntriesGoOnlyToCommandersAndAbove() throws Exception {
        Collector op = new Collector();
        Collector cmd = new Collector();
        connect(f.token("operator"), op);
        connect(f.token("commander"), cmd);
        f.recommend("R-A1", 101);
        cmd.await("audit", n -> n.toString().contains("recommendation.post"));
        op.await("recommendations", n -> n.path("items").size() == 1);
        assertThat(op.ofType("audit")).isEmpty();
    }

    @Test
    void loggingOutEndsThePush() throws Exception {
        String token = f.token("viewer");
        Collector c = new Collector();
        connect(token, c);
        c.await("hello", n -> true);
        HttpResponse<String> out = f.send(HttpRequest.newBuilder(URI.create(f.base + "/api/logout"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(c.closed.get(20, TimeUnit.SECONDS)).isEqualTo(1008);
    }

    /**
     * A client that completes the handshake and then never reads: the server keeps feeding another client the latest
     * picture, and closes the stuck one once a frame has waited longer than the allowed lag (5 s).
     */
    @Test
    void aClientThatNeverReadsDoesNotStallTheOthers() throws Exception {
        String token = f.token("operator");
        Socket stuck = new Socket();
        stuck.setReceiveBufferSize(4096);
        stuck.connect(new InetSocketAddress("127.0.0.1", f.server.port()));
        OutputStream out = stuck.getOutputStream();
        String key = Base64.getEncoder().encodeToString("steeldome-stuck!".getBytes(StandardCharsets.US_ASCII));
        out.write(("GET /api/ws?access_token=" + token + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                        + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = stuck.getInputStream();
        byte[] status = new byte[12];
        assertThat(in.readNBytes(status, 0, 12)).isEqualTo(12);
        assertThat(new String(status, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 101");
        // from here on the stuck client reads nothing

        Collector live = new Collector();
        connect(f.token("viewer"), live);
        // big pictures (2,000 tracks, about 0.5 MB per message, every track moving each round so that even the
        // deltas are that big) fill the stuck client's socket buffers quickly
        for (int i = 0; i < 2000; i++) {
            f.track("B" + i, 37 + i * 0.001, 43 + i * 0.001, 1000, Releasability.ALL_PARTNERS);
        }
        long closedBefore = f.server.push().stats().closedSlow();
        for (int round = 1; round <= 30; round++) {
            double h = 1000 + round;
            for (int i = 0; i < 2000; i++) {
                f.track("B" + i, 37 + i * 0.001, 43 + i * 0.001, h, Releasability.ALL_PARTNERS);
            }
            f.track("PROBE", 38, 44, h, Releasability.ALL_PARTNERS);
            live.await("picture", n -> hasProbeAt(n, h));
            if (f.server.push().stats().closedSlow() > closedBefore && round >= 3) {
                break;
            }
            Thread.sleep(300);
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (f.server.push().stats().closedSlow() == closedBefore && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        PushStats stats = f.server.push().stats();
        System.out.println("push stats after the stuck client: " + stats);
        assertThat(stats.closedSlow()).isEqualTo(closedBefore + 1);
        assertThat(stats.clients()).isEqualTo(1); // the live viewer is still connected
        // and it still gets fresh pictures after the stuck one was dropped
        f.track("PROBE", 38, 44, 5000, Releasability.ALL_PARTNERS);
        live.await("picture", n -> hasProbeAt(n, 5000));
        stuck.close();
    }

    private static boolean hasProbeAt(JsonNode picture, double hM) {
        for (JsonNode t : picture.path("tracks")) {
            if (t.path("id").stringValue("").equals("PROBE")) {
                return t.path("heightM").asDouble() == hM;
            }
        }
        return false;
    }
}

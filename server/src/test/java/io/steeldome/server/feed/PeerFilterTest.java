package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.server.feed.FeedCounters.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The socket feeds' allowed peers. Linux routes all of 127.0.0.0/8 to the loopback interface, so a sender bound to
 * 127.0.0.2 and one bound to 127.0.0.1 are two distinct source addresses on one machine.
 */
class PeerFilterTest {
    @TempDir
    Path dir;

    /** Only 127.0.0.2 may send. */
    private static final PeerFilter ONLY_127_0_0_2 = PeerFilter.of(List.of("127.0.0.2/32"));

    private static final String EVENT = "<event version=\"2.0\" uid=\"UAV-9\" type=\"a-h-A\" how=\"m-g\""
            + " time=\"2026-11-26T01:59:59Z\" start=\"2026-11-26T01:59:59Z\" stale=\"2026-11-26T02:05:00Z\">"
            + "<point lat=\"45.8\" lon=\"15.9\" hae=\"100\" ce=\"10\" le=\"10\"/></event>";

    @Test
    void theDefaultIsThisHostOnly() throws Exception {
        PeerFilter d = FeedConfig.OFF.allowedPeers();
        assertThat(d).isEqualTo(PeerFilter.LOOPBACK);
        assertThat(d.allows(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(d.allows(InetAddress.getByName("127.8.9.10"))).isTrue();
        assertThat(d.allows(InetAddress.getByName("::1"))).isTrue();
        assertThat(d.allows(InetAddress.getByName("192.0.2.1"))).isFalse();
        assertThat(d.allows(InetAddress.getByName("2001:db8::1"))).isFalse();
        assertThat(PeerFilter.ANY.allows(InetAddress.getByName("2001:db8::1"))).isTrue();
        assertThat(PeerFilter.of(List.of()).allows(InetAddress.getByName("127.0.0.1")))
                .isFalse();
    }

    @Test
    void aCotConnectionFromAnUntrustedAddressIsClosedAtAccept() throws Exception {
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF.withCotTcpPort(0).withAllowedPeers(ONLY_127_0_0_2))) {
            CotTcpFeed feed = s.server.feeds().cot().orElseThrow();
            int port = feed.localAddress().getPort();
            assertThat(sendAndReadToEnd("127.0.0.1", port))
                    .as("closed by the server")
                    .isTrue();
            FeedServer.await("the refusal counted", () -> feed.counters().rejected(Rejection.UNTRUSTED_PEER) == 1);
            assertThat(feed.counters().acceptedCount()).isZero();
            assertThat(s.tracksFor("NATO")).isEmpty();

            // the allowed address gets through on the same port
            try (Socket ok = new Socket()) {
                ok.bind(new InetSocketAddress("127.0.0.2", 0));
                ok.connect(new InetSocketAddress("127.0.0.1", port));
                ok.getOutputStream().write(EVENT.getBytes(StandardCharsets.UTF_8));
                ok.getOutputStream().flush();
                FeedServer.await("the allowed track", () -> feed.counters().acceptedCount() == 1);
            }
            FeedServer.await(
                    "the track in the picture", () -> s.tracksFor("NATO").containsKey("cot:UAV-9"));
            assertThat(feed.counters().rejected(Rejection.UNTRUSTED_PEER)).isEqualTo(1);
            assertThat(s.feedStatus(s.token("viewer"), "cot-tcp")
                            .orElseThrow()
                            .path("counters")
                            .path("rejected")
                            .path("UNTRUSTED_PEER")
                            .asLong())
                    .isEqualTo(1);
        }
    }

    /** Connects from {@code from}, sends an event, and reads until the server ends the connection. */
    private static boolean sendAndReadToEnd(String from, int port) throws IOException {
        try (Socket sock = new Socket()) {
            sock.bind(new InetSocketAddress(from, 0));
            sock.connect(new InetSocketAddress("127.0.0.1", port));
            sock.setSoTimeout(20_000); // a bound for a loaded machine, not a timing assertion
            try {
                OutputStream out = sock.getOutputStream();
                out.write(EVENT.getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = sock.getInputStream();
                return in.read() == -1; // the server never writes: only its close ends the read
            } catch (SocketException reset) {
                return true; // closed with our bytes unread: a reset
            }
        }
    }

    @Test
    void anAsterixDatagramFromAnUntrustedAddressIsCountedAndNeverDecoded() throws Exception {
        byte[] sample;
        try (InputStream in = getClass().getResourceAsStream("/feed/cat062cat065.raw")) {
            sample = in.readAllBytes();
        }
        FeedConfig cfg = FeedConfig.OFF.withAsterixUdpPort(0).withAllowedPeers(ONLY_127_0_0_2);
        try (FeedServer s = new FeedServer(dir, cfg)) {
            AsterixUdpFeed feed = s.server.feeds().asterix().orElseThrow();
            InetSocketAddress to =
                    new InetSocketAddress("127.0.0.1", feed.localAddress().getPort());
            send("127.0.0.1", to, sample);
            send("127.0.0.1", to, new byte[] {1, 2, 3}); // garbage from the untrusted sender: not even decoded
            FeedCounters c = feed.counters();
            FeedServer.await("2 refusals", () -> c.rejected(Rejection.UNTRUSTED_PEER) == 2);
            assertThat(c.rejected(Rejection.MALFORMED)).isZero();
            assertThat(c.acceptedCount()).isZero();
            send("127.0.0.2", to, sample);
            FeedServer.await("the allowed sender's 2 tracks", () -> c.acceptedCount() == 2);
            assertThat(c.rejected(Rejection.UNTRUSTED_PEER)).isEqualTo(2);
        }
    }

    private static void send(String from, InetSocketAddress to, byte[] datagram) throws IOException {
        try (DatagramChannel ch = DatagramChannel.open()) {
            ch.bind(new InetSocketAddress(from, 0));
            ch.send(ByteBuffer.wrap(datagram), to);
        }
    }
}

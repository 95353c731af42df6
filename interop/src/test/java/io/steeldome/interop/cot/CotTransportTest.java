package io.steeldome.interop.cot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.tracking.tracker.TrackId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loopback tests of the UDP and TCP transports. Waits are bounded by generous timeouts, never by sleeps. */
class CotTransportTest {
    private static final InetSocketAddress ANY_LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final long WAIT_S = 30;

    /** N distinct events: the samples plus mapped tracks, so real details travel too. */
    private static List<CotEvent> events(int n) {
        List<CotEvent> out = new ArrayList<>();
        CotTestFiles.samples().forEach(p -> {
            try {
                out.add(CotXml.read(Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        CotMapper m = CotMapper.withDefaults("steeldome", Instant.parse("2024-01-01T00:00:00Z"));
        for (int i = 1; out.size() < n; i++) {
            out.add(m.track(new TrackReport(
                    new TrackId(i),
                    GeodeticPoint.ofDegrees(40 + i * 1e-3, 20, 3000 + i),
                    new EnuVector(100, -50, 2),
                    CotIdentity.values()[i % CotIdentity.values().length],
                    CotPlatform.values()[i % CotPlatform.values().length],
                    Instant.parse("2024-01-01T00:00:00Z").plusMillis(100L * i),
                    OptionalDouble.of(10 + i),
                    OptionalDouble.empty(),
                    i % 3 == 0,
                    Optional.of("T" + i))));
        }
        return out.subList(0, n);
    }

    private static List<CotReadResult> take(BlockingQueue<CotReadResult> q, int n) throws InterruptedException {
        List<CotReadResult> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CotReadResult r = q.poll(WAIT_S, TimeUnit.SECONDS);
            assertThat(r)
                    .as("item %d of %d arrived within %d s", i + 1, n, WAIT_S)
                    .isNotNull();
            out.add(r);
        }
        return out;
    }

    private static List<CotEvent> parsed(List<CotReadResult> rs) {
        assertThat(rs).allSatisfy(r -> assertThat(r).isInstanceOf(CotReadResult.Parsed.class));
        return rs.stream().map(r -> ((CotReadResult.Parsed) r).event()).toList();
    }

    @Test
    void udpOneEventPerDatagram() throws Exception {
        List<CotEvent> sent = events(60);
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotUdpReceiver rx = CotUdpReceiver.bind(ANY_LOOPBACK, CotUdpSender.MAX_DATAGRAM_BYTES, got::add);
                CotUdpSender tx = CotUdpSender.open(rx.localAddress(), 1000, 8192)) {
            for (CotEvent e : sent) {
                assertThat(tx.offer(e)).isTrue();
            }
            // loopback UDP keeps these few datagrams, but not necessarily their order
            assertThat(parsed(take(got, sent.size()))).containsExactlyInAnyOrderElementsOf(sent);
            assertThat(tx.dropped()).isZero();
        }
    }

    /** ATAK-style mesh SA over multicast on the loopback interface; skipped where the host cannot multicast. */
    @Test
    void udpMulticastOnLoopback() throws Exception {
        java.net.NetworkInterface lo = java.net.NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress());
        org.junit.jupiter.api.Assumptions.assumeTrue(lo != null && lo.supportsMulticast(), "loopback multicast");
        InetAddress group = InetAddress.getByName("239.2.3.1");
        List<CotEvent> sent = events(10);
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotUdpReceiver rx = CotUdpReceiver.bindMulticast(group, 0, lo, 65507, got::add)) {
            int port = rx.localAddress().getPort();
            try (CotUdpSender tx = CotUdpSender.openMulticast(new InetSocketAddress(group, port), lo, 1, 100, 8192)) {
                for (CotEvent e : sent) {
                    tx.offer(e);
                }
                assertThat(parsed(take(got, sent.size()))).containsExactlyInAnyOrderElementsOf(sent);
            }
        }
    }

    @Test
    void udpSenderRefusesEventsLargerThanADatagram() throws Exception {
        CotEvent big = events(1).get(0);
        big = big.withDetail(big.detail().with(XmlElement.of("blob", "data", "x".repeat(2000))));
        try (CotUdpSender tx =
                CotUdpSender.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 9), 10, 1400)) {
            CotEvent tooBig = big;
            assertThatThrownBy(() -> tx.offer(tooBig))
                    .asInstanceOf(type(CotException.class))
                    .extracting(CotException::code)
                    .isEqualTo(CotError.EVENT_TOO_LARGE);
        }
    }

    @Test
    void udpReceiverReportsOversizeGarbageAndProtobufThenKeepsReceiving() throws Exception {
        CotEvent ok = events(1).get(0);
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotUdpReceiver rx = CotUdpReceiver.bind(ANY_LOOPBACK, 2048, got::add);
                DatagramSocket raw = new DatagramSocket()) {
            InetSocketAddress to = rx.localAddress();
            byte[] big = ("<event>" + "x".repeat(3000) + "</event>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] junk = "not xml at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] takProto = {(byte) 0xBF, 0x01, (byte) 0xBF, 0x12, 0x00};
            byte[] good = CotXml.writeBytes(ok);
            // sent one by one, each acknowledged by its result, so the order of results is the order of sending
            List<CotReadResult> results = new ArrayList<>();
            for (byte[] d : List.of(big, junk, takProto, good)) {
                raw.send(new DatagramPacket(d, d.length, to));
                results.addAll(take(got, 1));
            }
            assertThat(((CotReadResult.Failed) results.get(0)).error().code()).isEqualTo(CotError.EVENT_TOO_LARGE);
            assertThat(((CotReadResult.Failed) results.get(1)).error().code()).isEqualTo(CotError.MALFORMED_XML);
            assertThat(((CotReadResult.Failed) results.get(2)).error().code()).isEqualTo(CotError.UNSUPPORTED_PAYLOAD);
            assertThat(((CotReadResult.Parsed) results.get(3)).event()).isEqualTo(ok);
        }
    }

    @Test
    void tcpClientToServerKeepsOrder() throws Exception {
        List<CotEvent> sent = events(80);
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotTcpServer server = CotTcpServer.bind(ANY_LOOPBACK, got::add)) {
            try (CotTcpClient client = CotTcpClient.connect(server.localAddress(), 1000, Duration.ofSeconds(10))) {
                for (CotEvent e : sent) {
                    assertThat(client.offer(e)).isTrue();
                }
            } // close() drains the queue before closing the socket
            assertThat(parsed(take(got, sent.size()))).containsExactlyElementsOf(sent);
        }
    }

    /** Raw bytes cut at seeded random places (1..max bytes per write), each write flushed with Nagle off. */
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 64, 1500})
    void tcpEventsSplitAcrossWritesArriveWhole(int maxChunk) throws Exception {
        List<CotEvent> sent = events(30);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (CotEvent e : sent) {
            all.write(CotXml.writeBytes(e));
        }
        byte[] bytes = all.toByteArray();
        Random rnd = new Random(20240501L + maxChunk);
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotTcpServer server = CotTcpServer.bind(ANY_LOOPBACK, got::add);
                Socket s = new Socket()) {
            s.setTcpNoDelay(true);
            s.connect(server.localAddress(), 10_000);
            OutputStream out = s.getOutputStream();
            for (int i = 0; i < bytes.length; ) {
                int n = Math.min(bytes.length - i, 1 + rnd.nextInt(maxChunk));
                out.write(bytes, i, n);
                out.flush();
                i += n;
            }
            assertThat(parsed(take(got, sent.size()))).containsExactlyElementsOf(sent);
        }
    }

    @Test
    void tcpSeveralEventsInOneWriteWithABadOneBetween() throws Exception {
        List<CotEvent> sent = events(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sent.size(); i++) {
            sb.append(CotXml.write(sent.get(i)));
            if (i == 5) {
                sb.append("<event version='2.0' uid='broken'><point lat='x'/></event>");
            }
        }
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotTcpServer server = CotTcpServer.bind(ANY_LOOPBACK, got::add);
                Socket s = new Socket()) {
            s.connect(server.localAddress(), 10_000);
            s.getOutputStream().write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            List<CotReadResult> rs = take(got, sent.size() + 1);
            assertThat(rs.get(6)).isInstanceOf(CotReadResult.Failed.class);
            List<CotReadResult> good = new ArrayList<>(rs);
            good.remove(6);
            assertThat(parsed(good)).containsExactlyElementsOf(sent);
        }
    }

    /**
     * The first connection is refused at accept and the second admitted. Accepts are sequential, so the first was
     * closed before the second was served: once the second's event has arrived, the first's can never arrive.
     */
    @Test
    void tcpRefusedPeerIsClosedBeforeAnyByteIsRead() throws Exception {
        List<CotEvent> sent = events(2);
        List<SocketAddress> asked = new CopyOnWriteArrayList<>();
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotTcpServer server = CotTcpServer.bind(
                ANY_LOOPBACK,
                CotStreamReader.DEFAULT_MAX_EVENT_CHARS,
                peer -> {
                    asked.add(peer);
                    return asked.size() > 1;
                },
                got::add)) {
            for (CotEvent e : sent) {
                try (Socket s = new Socket()) {
                    s.connect(server.localAddress(), 10_000);
                    s.getOutputStream().write(CotXml.write(e).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    s.getOutputStream().flush();
                } catch (IOException refused) {
                    // the refused connection may already be reset by the time we write: either way nothing is read
                    assertThat(e).isEqualTo(sent.get(0));
                }
            }
            assertThat(parsed(take(got, 1))).containsExactly(sent.get(1));
            assertThat(got).isEmpty();
            assertThat(asked).hasSize(2).allSatisfy(a -> assertThat(a).isInstanceOf(InetSocketAddress.class));
        }
    }

    @Test
    void tcpServerServesConcurrentClients() throws Exception {
        List<CotEvent> a = events(40).subList(0, 20);
        List<CotEvent> b = events(40).subList(20, 40);
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotTcpServer server = CotTcpServer.bind(ANY_LOOPBACK, got::add)) {
            try (CotTcpClient ca = CotTcpClient.connect(server.localAddress(), 100, Duration.ofSeconds(10));
                    CotTcpClient cb = CotTcpClient.connect(server.localAddress(), 100, Duration.ofSeconds(10))) {
                for (int i = 0; i < a.size(); i++) {
                    ca.offer(a.get(i));
                    cb.offer(b.get(i));
                }
            }
            List<CotEvent> all = parsed(take(got, 40));
            assertThat(all).containsExactlyInAnyOrderElementsOf(events(40));
            // per connection, order is kept
            assertThat(all.stream().filter(a::contains).toList()).containsExactlyElementsOf(a);
            assertThat(all.stream().filter(b::contains).toList()).containsExactlyElementsOf(b);
        }
    }

    /** A TAK server echoes other clients' events to each client: the client reads them while it sends. */
    @Test
    void tcpClientReceivesWhatTheServerSendsBack() throws Exception {
        List<CotEvent> echo = events(5);
        BlockingQueue<CotReadResult> incoming = new LinkedBlockingQueue<>();
        try (java.net.ServerSocket ss = new java.net.ServerSocket()) {
            ss.bind(ANY_LOOPBACK);
            try (CotTcpClient c = CotTcpClient.connect(
                            (InetSocketAddress) ss.getLocalSocketAddress(), 10, Duration.ofSeconds(10), incoming::add);
                    Socket peer = ss.accept()) {
                for (CotEvent e : echo) {
                    peer.getOutputStream().write(CotXml.writeBytes(e));
                }
                peer.getOutputStream().flush();
                assertThat(parsed(take(incoming, echo.size()))).containsExactlyElementsOf(echo);
            }
        }
    }

    @Test
    void closedSenderRefusesEvents() throws Exception {
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotTcpServer server = CotTcpServer.bind(ANY_LOOPBACK, got::add)) {
            CotTcpClient c = CotTcpClient.connect(server.localAddress(), 10, Duration.ofSeconds(10));
            c.close();
            assertThatThrownBy(() -> c.offer(events(1).get(0)))
                    .asInstanceOf(type(CotException.class))
                    .extracting(CotException::code)
                    .isEqualTo(CotError.TRANSPORT_CLOSED);
            c.close(); // idempotent
        }
    }
}

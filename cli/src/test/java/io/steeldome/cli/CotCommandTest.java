package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.interop.cot.CotEvent;
import io.steeldome.interop.cot.CotReadResult;
import io.steeldome.interop.cot.CotTcpServer;
import io.steeldome.interop.cot.CotUdpReceiver;
import io.steeldome.interop.cot.CotUdpSender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CotCommandTest {
    private static final String PLI = """
            <event version="2.0" uid="track-7" type="a-h-A-M-F-Q" how="m-f" time="2026-11-26T01:00:00.000Z" \
            start="2026-11-26T01:00:00.000Z" stale="2026-11-26T01:00:30.000Z"><point lat="37.5" lon="44.25" \
            hae="1200.0" ce="35.0" le="20.0"/><detail><track course="270.0" speed="45.0"/></detail></event>""";

    /** Two events and a malformed one between them, concatenated as a TAK stream would carry them. */
    private static String stream() {
        return PLI + "<event version='2.0' uid='broken'>" + PLI.replace("track-7", "track-8");
    }

    @Test
    void sendDeliversEveryValidEventToATcpListenerAndReportsTheBadOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("events.cot.xml"), stream());
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotTcpServer server = CotTcpServer.bind(new InetSocketAddress("127.0.0.1", 0), got::add)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = SteeldomeCli.execute(
                    new String[] {
                        "cot",
                        "send",
                        "--tcp",
                        "127.0.0.1:" + server.localAddress().getPort(),
                        file.toString()
                    },
                    new PrintWriter(out, true),
                    new PrintWriter(err, true));

            assertThat(code).isEqualTo(0);
            assertThat(out.toString()).contains("sent 2 event(s) over TCP").contains("1 invalid skipped");
            assertThat(err.toString()).isNotBlank();
            CotEvent first = ((CotReadResult.Parsed) got.poll(10, TimeUnit.SECONDS)).event();
            CotEvent second = ((CotReadResult.Parsed) got.poll(10, TimeUnit.SECONDS)).event();
            assertThat(List.of(first.uid(), second.uid())).containsExactly("track-7", "track-8");
            assertThat(first.point().latDeg()).isEqualTo(37.5);
            assertThat(first.point().lonDeg()).isEqualTo(44.25);
        }
    }

    @Test
    void sendOverUdpReachesAReceiver(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("events.cot.xml"), PLI);
        BlockingQueue<CotReadResult> got = new LinkedBlockingQueue<>();
        try (CotUdpReceiver rx =
                CotUdpReceiver.bind(new InetSocketAddress("127.0.0.1", 0), CotUdpSender.MAX_DATAGRAM_BYTES, got::add)) {
            int code = SteeldomeCli.execute(
                    new String[] {
                        "cot", "send", "--udp", "127.0.0.1:" + rx.localAddress().getPort(), file.toString()
                    },
                    new PrintWriter(new StringWriter(), true),
                    new PrintWriter(new StringWriter(), true));

            assertThat(code).isEqualTo(0);
            CotReadResult r = got.poll(10, TimeUnit.SECONDS);
            assertThat(r).isInstanceOf(CotReadResult.Parsed.class);
            assertThat(((CotReadResult.Parsed) r).event().type()).isEqualTo("a-h-A-M-F-Q");
        }
    }

    @Test
    void aTransportIsRequiredAndAnAddressMustHaveAPort(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("e.xml"), PLI);
        StringWriter err = new StringWriter();
        int none = SteeldomeCli.execute(
                new String[] {"cot", "send", file.toString()},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        int noPort = SteeldomeCli.execute(
                new String[] {"cot", "send", "--tcp", "localhost", file.toString()},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));

        assertThat(none).isEqualTo(2);
        assertThat(noPort).isEqualTo(2);
        assertThat(err.toString()).contains("HOST:PORT");
    }
}

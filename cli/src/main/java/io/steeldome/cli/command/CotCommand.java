package io.steeldome.cli.command;

import io.steeldome.interop.cot.CotEvent;
import io.steeldome.interop.cot.CotReadResult;
import io.steeldome.interop.cot.CotStreamReader;
import io.steeldome.interop.cot.CotTcpClient;
import io.steeldome.interop.cot.CotTcpServer;
import io.steeldome.interop.cot.CotUdpReceiver;
import io.steeldome.interop.cot.CotUdpSender;
import io.steeldome.interop.cot.CotXml;
import io.steeldome.interop.cot.QueuedSender;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "cot",
        mixinStandardHelpOptions = true,
        description = {"Cursor-on-Target: send events to a TAK listener, or listen like one."},
        subcommands = {CotCommand.Send.class, CotCommand.Listen.class})
public final class CotCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Exactly one transport. */
    static final class Transport {
        @Option(names = "--tcp", paramLabel = "HOST:PORT", description = "TCP (a TAK server's streaming input).")
        String tcp;

        @Option(names = "--udp", paramLabel = "HOST:PORT", description = "UDP, one event per datagram.")
        String udp;
    }

    @Command(
            name = "send",
            mixinStandardHelpOptions = true,
            description = {
                "Reads CoT XML files (one or more events each, concatenated as a TAK stream) and",
                "sends every valid event. Invalid events are reported with their position and skipped."
            })
    static final class Send implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @ArgGroup(multiplicity = "1")
        Transport to;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<CotEvent> events = new ArrayList<>();
            int bad = 0;
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f);
                        CotStreamReader reader = new CotStreamReader(in)) {
                    for (var r = reader.next(); r.isPresent(); r = reader.next()) {
                        if (r.get() instanceof CotReadResult.Parsed p) {
                            events.add(p.event());
                        } else if (r.get() instanceof CotReadResult.Failed x) {
                            bad++;
                            err.println(f + ": " + x.error().getMessage());
                        }
                    }
                }
            }
            InetSocketAddress target = address(spec, to.tcp != null ? to.tcp : to.udp);
            try (QueuedSender sender = to.tcp != null
                    ? CotTcpClient.connect(target, Math.max(16, events.size()), Duration.ofSeconds(10))
                    : CotUdpSender.open(target, Math.max(16, events.size()), CotUdpSender.MAX_DATAGRAM_BYTES)) {
                for (CotEvent e : events) {
                    if (!sender.offer(e)) {
                        err.println("queue full, dropped " + e.uid());
                    }
                }
                sender.close();
                if (sender.failure().isPresent()) {
                    err.println("send failed: " + sender.failure().get().getMessage());
                    return 1;
                }
                out.printf(
                        Locale.ROOT,
                        "sent %d event(s) over %s to %s; %d invalid skipped%n",
                        sender.sent(),
                        to.tcp != null ? "TCP" : "UDP",
                        target,
                        bad);
            }
            return events.isEmpty() ? 1 : 0;
        }
    }

    @Command(
            name = "listen",
            mixinStandardHelpOptions = true,
            description = {
                "Listens like a TAK endpoint and prints each event received (its XML, or one",
                "summary line with --brief); malformed input is reported and listening goes on."
            })
    static final class Listen implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--tcp", paramLabel = "PORT", description = "Listen on TCP (0 picks a free port).")
        Integer tcpPort;

        @Option(names = "--udp", paramLabel = "PORT", description = "Listen on UDP (0 picks a free port).")
        Integer udpPort;

        @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address (default ${DEFAULT-VALUE}).")
        String bind;

        @Option(names = "--count", paramLabel = "N", description = "Stop after N events (default: run until killed).")
        int count = Integer.MAX_VALUE;

        @Option(names = "--seconds", paramLabel = "S", description = "Stop after S seconds.")
        long seconds = Long.MAX_VALUE;

        @Option(names = "--brief", description = "One line per event: time, uid, type, lat, lon.")
        boolean brief;

        @Override
        public Integer call() throws Exception {
            if ((tcpPort == null) == (udpPort == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --tcp or --udp");
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            CountDownLatch done = new CountDownLatch(1);
            AtomicInteger received = new AtomicInteger();
            java.util.function.Consumer<CotReadResult> sink = r -> {
                synchronized (out) {
                    if (r instanceof CotReadResult.Parsed p) {
                        CotEvent e = p.event();
                        out.println(
                                brief
                                        ? String.format(
                                                Locale.ROOT,
                                                "%s %s %s %.6f %.6f",
                                                e.time(),
                                                e.uid(),
                                                e.type(),
                                                e.point().latDeg(),
                                                e.point().lonDeg())
                                        : CotXml.writeBare(e));
                        out.flush();
                        if (received.incrementAndGet() >= count) {
                            done.countDown();
                        }
                    } else if (r instanceof CotReadResult.Failed x) {
                        err.println("malformed: " + x.error().getMessage());
                        err.flush();
                    }
                }
            };
            AutoCloseable listener = tcpPort != null
                    ? CotTcpServer.bind(new InetSocketAddress(bind, tcpPort), sink)
                    : CotUdpReceiver.bind(new InetSocketAddress(bind, udpPort), CotUdpSender.MAX_DATAGRAM_BYTES, sink);
            try (listener) {
                InetSocketAddress local = listener instanceof CotTcpServer s
                        ? s.localAddress()
                        : ((CotUdpReceiver) listener).localAddress();
                err.println("listening on " + (tcpPort != null ? "tcp " : "udp ") + local);
                err.flush();
                done.await(seconds, TimeUnit.SECONDS);
            }
            return 0;
        }
    }

    static InetSocketAddress address(CommandLine.Model.CommandSpec spec, String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        try {
            if (colon <= 0) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "expected HOST:PORT, got '" + hostPort + "'");
        }
    }
}

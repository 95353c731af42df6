package io.steeldome.bench;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import io.steeldome.interop.asterix.AsterixCatalog;
import io.steeldome.interop.asterix.AsterixEncoder;
import io.steeldome.server.ServerConfig;
import io.steeldome.server.SteeldomeServer;
import io.steeldome.server.api.Json;
import io.steeldome.server.auth.Argon2Params;
import io.steeldome.server.auth.Role;
import io.steeldome.server.feed.FeedConfig;
import io.steeldome.server.feed.FeedCounters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loopback load test of the live C2 server: an in-process {@link SteeldomeServer} (temp H2 file, HTTP on a free port,
 * ASTERIX UDP feed on a free port) is fed a steady, paced ASTERIX stream over loopback UDP while a WebSocket client,
 * logged in as a viewer like a browser (session cookie, same Origin), reads the pushed picture.
 *
 * <p><b>Feed.</b> {@code radars} rotating radars (SAC 25, SIC 1..n; rotation {@code rotation-s}, {@code sectors}
 * sectors, north crossings staggered), each with its own moving targets and, in plot mode, fresh clutter plots every
 * scan. The beam crosses a target once per scan; its plot is sent in the 1/128 s tick in which that happens. Every tick
 * each radar sends one datagram holding that tick's records in time order: CAT048 plots (mode {@code plots}) or CAT062
 * system tracks (mode {@code tracks}, one per target, no clutter), with CAT034 sector-crossing and north-marker messages
 * (with the radar's position, I034/120) where the beam crossed a sector boundary. Targets and clutter are split so
 * that the total is {@code rate} records/s.
 *
 * <p><b>Latency.</b> Every record's time of day (I048/140, I062/070, I034/030; LSB 1/128 s) is the time of the tick it
 * is sent in, and the ticks are 1/128 s apart on the UTC second grid, so a time of day names exactly one tick; the
 * harness keeps each tick's actual send instant (monotonic clock). A track update is a picture track whose time changed
 * since the previous picture message; its latency is the message's receive instant minus the send instant of the tick
 * named by the track's time, i.e. of the datagram that carried the newest plot of that update. Quantisation: a plot is
 * stamped with the end of the 7.8 ms tick in which its beam crossing falls, so its stamped time is up to 7.8 ms after
 * the simulated crossing; the latency itself is measured from the real send instant and is not quantised (the radars'
 * datagrams of one tick leave within microseconds of each other). Updates whose time names no tick of the measured
 * window (warm-up, or a time the server made up itself) are counted as unmapped.
 *
 * <p><b>Memory.</b> Every 5 s the heap used right after the latest garbage collection is sampled (from the
 * collectors' last GC info, no GC forced; with {@code --gc-every-sample} a full GC is forced at each sample instead,
 * which pauses the server). Without forced GCs the series is an upper bound: G1's young collections leave the garbage
 * promoted to the old generation until a mixed or full collection, so it rises by itself over a minute. At the start
 * and the end of the measured window a full GC is forced once and the live heap recorded. Memory is called flat when
 * that live heap grew by less than {@value #FLAT_MB_PER_MIN} MB per minute of the window and, with forced samples, the
 * least-squares slope of the series is below {@value #FLAT_MB_PER_MIN} MB/min (at 10,000 plots/s that is under 30
 * bytes kept per plot).
 *
 * <p>Run: {@code java -Xmx1g -cp bench/target/benchmarks.jar io.steeldome.bench.ServerLoadHarness [--mode
 * plots|tracks] [--rate 10000] [--duration-s 60] [--warmup-s 20] [--radars 10] [--rotation-s 4] [--sectors 32]
 * [--targets N] [--gc-every-sample] [--out DIR]}. Everything runs in one JVM: generator, server and client share the machine's cores.
 */
public final class ServerLoadHarness {
    static final double FLAT_MB_PER_MIN = 16;
    private static final int TICKS_PER_S = 128;
    private static final long TICK_NANOS = 1_000_000_000L / TICKS_PER_S;
    private static final String PASSWORD = "load harness password";
    private static final double NM_M = 1852;
    private static final double M_PER_DEG = 111_320;
    private static final double CENTRE_LAT_DEG = 45.0;
    private static final double CENTRE_LON_DEG = 15.0;

    private ServerLoadHarness() {}

    /** What to run. */
    record Options(
            String mode,
            double rate,
            int durationS,
            int warmupS,
            int radars,
            double rotationS,
            int sectors,
            int targets,
            Path out,
            long seed,
            boolean quiet,
            boolean gcEverySample) {
        Options {
            if (!mode.equals("plots") && !mode.equals("tracks")) {
                throw new IllegalArgumentException("--mode must be plots or tracks, got " + mode);
            }
            if (!(rate > 0) || durationS < 1 || warmupS < 0 || radars < 1 || !(rotationS > 0) || sectors < 1) {
                throw new IllegalArgumentException("bad options " + mode);
            }
            int perScan = (int) Math.round(rate * rotationS);
            if (targets < 0) { // default: plots mode 90 % targets + 10 % clutter, tracks mode all targets
                targets = mode.equals("plots") ? (int) Math.round(perScan * 0.9) : perScan;
            }
            if (targets > perScan) {
                throw new IllegalArgumentException(
                        "--targets " + targets + " exceeds rate x rotation = " + perScan + " records per scan");
            }
        }

        int recordsPerScan() {
            return (int) Math.round(rate * rotationS);
        }

        static Options parse(String[] args) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + args[i]);
                }
                if (args[i].equals("--quiet") || args[i].equals("--gc-every-sample")) {
                    m.put(args[i].substring(2), "true");
                } else {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("missing value after " + args[i]);
                    }
                    m.put(args[i].substring(2), args[++i]);
                }
            }
            Path out = m.containsKey("out")
                    ? Path.of(m.remove("out"))
                    : Path.of(
                            "bench",
                            "target",
                            "server-load",
                            Instant.now().toString().replace(':', '-'));
            Options o = new Options(
                    m.getOrDefault("mode", "plots"),
                    Double.parseDouble(m.getOrDefault("rate", "10000")),
                    Integer.parseInt(m.getOrDefault("duration-s", "60")),
                    Integer.parseInt(m.getOrDefault("warmup-s", "20")),
                    Integer.parseInt(m.getOrDefault("radars", "10")),
                    Double.parseDouble(m.getOrDefault("rotation-s", "4")),
                    Integer.parseInt(m.getOrDefault("sectors", "32")),
                    Integer.parseInt(m.getOrDefault("targets", "-1")),
                    out,
                    Long.parseLong(m.getOrDefault("seed", "20261126")),
                    Boolean.parseBoolean(m.getOrDefault("quiet", "false")),
                    Boolean.parseBoolean(m.getOrDefault("gc-every-sample", "false")));
            for (String k : List.of(
                    "mode",
                    "rate",
                    "duration-s",
                    "warmup-s",
                    "radars",
                    "rotation-s",
                    "sectors",
                    "targets",
                    "seed",
                    "quiet",
                    "gc-every-sample")) {
                m.remove(k);
            }
            if (!m.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + m.keySet());
            }
            return o;
        }
    }

    /** Latency percentiles, ms. */
    record Latency(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
        static Latency of(long[] nanos, int n) {
            if (n == 0) {
                return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            long[] s = Arrays.copyOf(nanos, n);
            Arrays.sort(s);
            return new Latency(n, ms(s, 0.50), ms(s, 0.95), ms(s, 0.99), s[n - 1] / 1e6);
        }

        /** Nearest-rank percentile. */
        private static double ms(long[] sorted, double q) {
            int rank = (int) Math.ceil(q * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    /** One 5 s progress sample. */
    record Sample(
            double tS,
            String phase,
            long recordsSent,
            long datagramsSent,
            long serverDatagrams,
            long serverAccepted,
            long serverDropped,
            long wsMessages,
            long wsBytes,
            long updates,
            double intervalP99Ms,
            double heapAfterGcMb,
            double heapUsedMb,
            int pictureTracks,
            double loadAverage) {}

    /** The outcome of one run. */
    record Result(
            Options options,
            long recordsSent,
            long plotsSent,
            long datagramsSent,
            double sendLagMaxMs,
            Map<String, Object> feedCounters,
            long wsMessages,
            long wsBytes,
            long updates,
            long unmappedUpdates,
            int pictureTracks,
            Latency latency,
            List<Sample> samples,
            double heapSlopeMbPerMin,
            double liveHeapStartMb,
            double liveHeapEndMb,
            boolean memoryFlat,
            Map<String, Double> threadCpuPercent,
            double loadAverage) {}

    public static void main(String[] args) throws Exception {
        Result r = run(Options.parse(args));
        printTable(r);
    }

    static Result run(Options o) throws Exception {
        Path dir = Files.createTempDirectory("steeldome-load");
        ServerConfig cfg = ServerConfig.defaults(dir.resolve("c2"), 0)
                .withPasswordHashing(new Argon2Params(64, 1, 1))
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", PASSWORD))
                .withFeeds(FeedConfig.OFF.withAsterixUdpPort(0));
        try (SteeldomeServer server = new SteeldomeServer(cfg).start()) {
            server.users().create("load", "viewer", "NATO", Role.VIEWER, PASSWORD);
            FeedCounters counters = server.feeds().asterix().orElseThrow().counters();
            int udpPort = server.feeds().asterix().orElseThrow().localAddress().getPort();
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            String token = login(http, base);

            Generator gen = new Generator(o);
            PictureClient client = new PictureClient(gen);
            WebSocket ws = http.newWebSocketBuilder()
                    .header("Cookie", "steeldome_session=" + token)
                    .header("Origin", base)
                    .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/api/ws"), client)
                    .get(10, TimeUnit.SECONDS);
            HeapSampler heap = new HeapSampler();
            if (!o.quiet()) {
                System.out.printf(
                        Locale.ROOT,
                        "server on %s, ASTERIX UDP %d; mode %s, %.0f records/s, %d radars x %d targets%s, rotation %.1f"
                                + " s, %d sectors; warm-up %d s, measured %d s; %d cores, max heap %d MB%n",
                        base,
                        udpPort,
                        o.mode(),
                        o.rate(),
                        o.radars(),
                        o.targets() / o.radars(),
                        o.mode().equals("plots")
                                ? " + " + (o.recordsPerScan() - o.targets()) / o.radars() + " clutter/scan"
                                : "",
                        o.rotationS(),
                        o.sectors(),
                        o.warmupS(),
                        o.durationS(),
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20);
            }
            Thread sender = Thread.ofPlatform()
                    .name("load-generator")
                    .start(() -> gen.sendAll(new InetSocketAddress("127.0.0.1", udpPort)));
            List<Sample> samples = new ArrayList<>();
            long start = gen.startNanos;
            long warmupEnd = start + TimeUnit.SECONDS.toNanos(o.warmupS());
            long end = warmupEnd + TimeUnit.SECONDS.toNanos(o.durationS());
            double liveStart = Double.NaN;
            Map<String, Long> cpuStart = threadCpu();
            long cpuStartNanos = System.nanoTime();
            long lastUpdates = 0;
            for (long next = start + TimeUnit.SECONDS.toNanos(5); ; next += TimeUnit.SECONDS.toNanos(5)) {
                long wait = Math.min(next, end) - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long now = System.nanoTime();
                if (Double.isNaN(liveStart) && now >= warmupEnd) {
                    liveStart = heap.liveAfterFullGcMb();
                    cpuStart = threadCpu();
                    cpuStartNanos = System.nanoTime();
                }
                long[] recent = client.latenciesSince(lastUpdates);
                lastUpdates += recent.length;
                Sample s = new Sample(
                        (now - start) / 1e9,
                        now <= warmupEnd ? "warmup" : "measured",
                        gen.recordsSent.get(),
                        gen.datagramsSent.get(),
                        counters.receivedCount(),
                        counters.acceptedCount(),
                        counters.rejected(FeedCounters.Rejection.DROPPED),
                        client.messages.get(),
                        client.bytes.get(),
                        client.updateCount(),
                        Latency.of(recent, recent.length).p99Ms(),
                        o.gcEverySample() ? heap.liveAfterFullGcMb() : heap.afterLastGcMb(),
                        heap.usedMb(),
                        client.pictureTracks,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                samples.add(s);
                if (!o.quiet()) {
                    System.out.printf(
                            Locale.ROOT,
                            "t=%5.1fs %-8s sent %9d rec (%7d dg) | server dg %7d accepted %8d dropped %6d | ws %5d"
                                    + " msg %8.1f MB, %8d updates, p99(5s) %7.1f ms, picture %6d tracks | heap"
                                    + " after GC %6.1f MB | load %.1f%n",
                            s.tS(),
                            s.phase(),
                            s.recordsSent(),
                            s.datagramsSent(),
                            s.serverDatagrams(),
                            s.serverAccepted(),
                            s.serverDropped(),
                            s.wsMessages(),
                            s.wsBytes() / 1e6,
                            s.updates(),
                            s.intervalP99Ms(),
                            s.pictureTracks(),
                            s.heapAfterGcMb(),
                            s.loadAverage());
                }
                if (now >= end) {
                    break;
                }
            }
            Map<String, Double> cpu = cpuPercent(cpuStart, threadCpu(), System.nanoTime() - cpuStartNanos);
            gen.stop();
            sender.join();
            double liveEnd = heap.liveAfterFullGcMb();
            // Let the last tick's updates arrive (two push periods and then some) before closing the client.
            Thread.sleep(1000);
            Map<String, Object> feed = feedStatus(http, base, token);
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);

            double slope = slopeMbPerMin(
                    samples.stream().filter(s -> s.phase().equals("measured")).toList());
            boolean flat = (liveEnd - liveStart) / (o.durationS() / 60.0) < FLAT_MB_PER_MIN
                    && (!o.gcEverySample() || Math.abs(slope) < FLAT_MB_PER_MIN);
            Result r = new Result(
                    o,
                    gen.measuredRecords.get(),
                    gen.measuredPlots.get(),
                    gen.datagramsSent.get(),
                    gen.maxLagNanos / 1e6,
                    feed,
                    client.messages.get(),
                    client.bytes.get(),
                    client.measuredCount(),
                    client.unmapped.get(),
                    client.pictureTracks,
                    client.measuredLatency(),
                    samples,
                    slope,
                    liveStart,
                    liveEnd,
                    flat,
                    cpu,
                    samples.stream()
                            .filter(x -> x.phase().equals("measured"))
                            .mapToDouble(Sample::loadAverage)
                            .average()
                            .orElse(Double.NaN));
            write(r);
            return r;
        } finally {
            deleteRecursively(dir);
        }
    }

    private static String login(HttpClient http, String base) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"viewer\",\"password\":\"" + PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        return Json.MAPPER.readTree(r.body()).get("token").asString();
    }

    /** The ASTERIX feed's counters as {@code GET /api/feeds} reports them. */
    private static Map<String, Object> feedStatus(HttpClient http, String base, String token)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/feeds"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode f : Json.MAPPER.readTree(r.body())) {
            if (f.path("name").asString().equals("asterix-udp")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = Json.MAPPER.convertValue(f.path("counters"), Map.class);
                return m;
            }
        }
        throw new IllegalStateException("no asterix-udp feed in " + r.body());
    }

    /** CPU time of every live thread, ns, summed by name with digits dropped ("qtp123-45" and "qtp123-46" together). */
    static Map<String, Long> threadCpu() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new HashMap<>();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long ns = mx.getThreadCpuTime(t.getThreadId());
            if (ns > 0) {
                out.merge(t.getThreadName().replaceAll("[0-9]+", "#"), ns, Long::sum);
            }
        }
        return out;
    }

    /** Per thread group: CPU used between two {@link #threadCpu} readings as % of one core, largest first. */
    static Map<String, Double> cpuPercent(Map<String, Long> before, Map<String, Long> after, long wallNanos) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        long all = after.entrySet().stream()
                .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L))
                .sum();
        out.put("(all threads)", Math.round(1000.0 * all / wallNanos) / 10.0);
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > wallNanos / 200) // above 0.5 % of a core
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), Math.round(1000.0 * e.getValue() / wallNanos) / 10.0));
        return out;
    }

    /** Least-squares slope of the after-GC heap samples, MB/min (NaN with fewer than 2 samples). */
    static double slopeMbPerMin(List<Sample> s) {
        int n = s.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = s.stream().mapToDouble(Sample::tS).average().orElseThrow();
        double my = s.stream().mapToDouble(Sample::heapAfterGcMb).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (Sample x : s) {
            sxy += (x.tS() - mx) * (x.heapAfterGcMb() - my);
            sxx += (x.tS() - mx) * (x.tS() - mx);
        }
        return sxy / sxx * 60;
    }

    /**
     * The paced ASTERIX source: radars, targets, clutter, and the send instant of every tick.
     *
     * <p>Time: tick {@code k} is due at {@code startNanos + k * TICK_NANOS} and stamps its records with time of day
     * {@code todTick0 + k} (in 1/128 s), where {@code todTick0} is the first 1/128 s boundary of the UTC day after the
     * start.
     */
    static final class Generator {
        final Options o;
        final long startNanos;
        final long todTick0; // time of day of tick 0, 1/128 s units (may exceed a day's worth near midnight: wrapped)
        final long epochDayStartS;
        final long warmupTicks;
        final long totalTicks;
        final long[] sentNanos;
        final AtomicLong recordsSent = new AtomicLong();
        final AtomicLong datagramsSent = new AtomicLong();
        final AtomicLong measuredRecords = new AtomicLong();
        final AtomicLong measuredPlots = new AtomicLong();
        volatile long maxLagNanos;
        private volatile boolean running = true;
        private final Radar[] radars;
        private final AsterixEncoder encoder = new AsterixEncoder(AsterixCatalog.defaults());

        Generator(Options o) {
            this.o = o;
            Random rnd = new Random(o.seed());
            radars = new Radar[o.radars()];
            int side = (int) Math.ceil(Math.sqrt(o.radars()));
            int perScan = o.recordsPerScan();
            for (int i = 0; i < o.radars(); i++) {
                int targets = o.targets() / o.radars() + (i < o.targets() % o.radars() ? 1 : 0);
                int total = perScan / o.radars() + (i < perScan % o.radars() ? 1 : 0);
                double latDeg = CENTRE_LAT_DEG + 2.0 * (i / side - side / 2.0);
                double lonDeg = CENTRE_LON_DEG + 3.0 * (i % side - side / 2.0);
                radars[i] = new Radar(
                        i + 1, latDeg, lonDeg, targets, Math.max(0, total - targets), (double) i / o.radars(), rnd);
            }
            Instant now = Instant.now();
            long dayStartS = LocalDate.ofInstant(now, ZoneOffset.UTC)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toEpochSecond();
            long nowTick = (now.getEpochSecond() - dayStartS) * TICKS_PER_S + now.getNano() / TICK_NANOS;
            // Start 200 ms from now on the 1/128 s grid; the monotonic clock carries the pacing from there.
            long firstTick = nowTick + TICKS_PER_S / 5;
            long firstNanosFromNow = (firstTick - nowTick) * TICK_NANOS - now.getNano() % TICK_NANOS;
            this.startNanos = System.nanoTime() + firstNanosFromNow;
            this.epochDayStartS = dayStartS;
            this.todTick0 = firstTick;
            this.warmupTicks = (long) o.warmupS() * TICKS_PER_S;
            this.totalTicks = warmupTicks + (long) o.durationS() * TICKS_PER_S;
            this.sentNanos = new long[(int) totalTicks + 1];
            Arrays.fill(sentNanos, Long.MIN_VALUE);
        }

        void stop() {
            running = false;
        }

        List<Radar> radars() {
            return List.of(radars);
        }

        /** The tick a track time (epoch seconds) names, or -1 when none of this run. */
        long tickOf(double epochS) {
            long q = Math.round((epochS - epochDayStartS) * TICKS_PER_S);
            long k = q - todTick0;
            return k >= 0 && k < totalTicks ? k : -1;
        }

        void sendAll(InetSocketAddress to) {
            try (DatagramChannel ch = DatagramChannel.open()) {
                ch.connect(to);
                for (long k = 0; k < totalTicks && running; k++) {
                    long due = startNanos + k * TICK_NANOS;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    double tS = k / (double) TICKS_PER_S; // run time of this tick
                    double tod = (todTick0 + k) / (double) TICKS_PER_S % 86_400;
                    boolean measured = k >= warmupTicks;
                    List<byte[]> datagrams = new ArrayList<>(radars.length);
                    int recs = 0;
                    int plots = 0;
                    for (Radar r : radars) {
                        List<Radar.Rec> records = r.recordsUpTo(tS, tod, o);
                        if (!records.isEmpty()) {
                            datagrams.add(r.encode(records, o, encoder));
                            recs += records.size();
                            plots += (int) records.stream()
                                    .filter(x -> x.category() != 34)
                                    .count();
                        }
                    }
                    long sent = System.nanoTime();
                    sentNanos[(int) k] = sent;
                    for (byte[] d : datagrams) {
                        ch.write(ByteBuffer.wrap(d));
                    }
                    maxLagNanos = Math.max(maxLagNanos, sent - due);
                    recordsSent.addAndGet(recs);
                    datagramsSent.addAndGet(datagrams.size());
                    if (measured) {
                        measuredRecords.addAndGet(recs);
                        measuredPlots.addAndGet(plots);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One rotating radar, its targets (moving in straight lines, turned back at the range limits) and clutter. */
    static final class Radar {
        private static final double MIN_RANGE_M = 5 * NM_M;
        private static final double MAX_RANGE_M = 200 * NM_M;
        private static final JsonNodeFactory F = JsonNodeFactory.instance;

        final int sic;
        final double latDeg;
        final double lonDeg;
        final double phase; // fraction of a rotation by which this radar's north crossing lags run time 0
        final double[] x;
        final double[] y;
        final double[] vx;
        final double[] vy;
        final double[] fl;
        final int clutter;
        final Random rnd;
        private long scan = -1;
        private List<Plot> due = List.of(); // this scan's plots and sector crossings, by time
        private int next;

        record Plot(double tS, int target, double rangeM, double azDeg, int sector) {
            Plot {
                azDeg = (Math.round(azDeg / (360.0 / 65536)) & 0xFFFF) * (360.0 / 65536); // THETA's 16-bit grid
            }
        }

        Radar(int sic, double latDeg, double lonDeg, int targets, int clutter, double phase, Random rnd) {
            this.sic = sic;
            this.latDeg = latDeg;
            this.lonDeg = lonDeg;
            this.phase = phase;
            this.clutter = clutter;
            this.rnd = rnd;
            x = new double[targets];
            y = new double[targets];
            vx = new double[targets];
            vy = new double[targets];
            fl = new double[targets];
            for (int i = 0; i < targets; i++) {
                double r = MIN_RANGE_M + (MAX_RANGE_M - MIN_RANGE_M) * Math.sqrt(rnd.nextDouble());
                double az = 2 * Math.PI * rnd.nextDouble();
                x[i] = r * Math.sin(az);
                y[i] = r * Math.cos(az);
                double speed = 80 + 170 * rnd.nextDouble();
                double heading = 2 * Math.PI * rnd.nextDouble();
                vx[i] = speed * Math.sin(heading);
                vy[i] = speed * Math.cos(heading);
                fl[i] = 50 + 350 * rnd.nextDouble();
            }
        }

        /** The records whose beam crossing falls at or before run time {@code tS}, stamped {@code tod}. */
        List<Rec> recordsUpTo(double tS, double tod, Options o) {
            List<Rec> out = new ArrayList<>();
            double rotation = o.rotationS();
            while (true) {
                if (next >= due.size()) {
                    long s = (long) Math.floor(tS / rotation - phase);
                    if (s <= scan) {
                        return out;
                    }
                    plan(scan + 1, o);
                }
                Plot p = due.get(next);
                if (p.tS() > tS) {
                    return out;
                }
                next++;
                if (p.target() == -2) {
                    out.add(new Rec(34, tod, p));
                } else if (o.mode().equals("plots")) {
                    out.add(new Rec(48, tod, p));
                } else if (p.target() >= 0) {
                    out.add(new Rec(62, tod, p));
                }
            }
        }

        /** A record to send: its category, time of day (s) and what it reports. */
        record Rec(int category, double tod, Plot plot) {}

        /** The reference encoding: the record as JSON for {@link AsterixEncoder#encodeBlocks}. */
        JsonNode json(Rec r, Options o) {
            return switch (r.category()) {
                case 34 -> service(r.tod(), r.plot().sector(), o);
                case 48 -> cat048(r.tod(), r.plot());
                default -> cat062(r.tod(), r.plot());
            };
        }

        /**
         * The records as data blocks (one per run of the same category), CAT048 and CAT062 written directly, byte for
         * byte what {@link AsterixEncoder} makes of {@link #json} (checked by the harness's test), CAT034 through
         * the encoder (they are rare). The direct path keeps the generator cheap next to the server it loads.
         */
        byte[] encode(List<Rec> recs, Options o, AsterixEncoder encoder) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16 * recs.size() + 16);
            int i = 0;
            while (i < recs.size()) {
                int cat = recs.get(i).category();
                int j = i;
                while (j < recs.size() && recs.get(j).category() == cat) {
                    j++;
                }
                if (cat == 34) {
                    out.writeBytes(encoder.encodeBlocks(
                            recs.subList(i, j).stream().map(r -> json(r, o)).toList()));
                } else {
                    ByteBuffer b = ByteBuffer.allocate(3 + 20 * (j - i));
                    b.put((byte) cat).putShort((short) 0);
                    for (int k = i; k < j; k++) {
                        if (cat == 48) {
                            put048(b, recs.get(k));
                        } else {
                            put062(b, recs.get(k));
                        }
                    }
                    b.putShort(1, (short) b.position());
                    out.write(b.array(), 0, b.position());
                }
                i = j;
            }
            return out.toByteArray();
        }

        /** FSPEC 010 140 020 040 [090]; LSBs 1/128 s, 1/256 NM, 360/2^16 deg, 1/4 FL (CAT048 1.27). */
        private void put048(ByteBuffer b, Rec r) {
            Plot p = r.plot();
            boolean target = p.target() >= 0;
            b.put((byte) (target ? 0xF4 : 0xF0));
            b.put((byte) 25).put((byte) sic);
            put24(b, Math.round(r.tod() / (1.0 / 128)));
            b.put((byte) (target ? 5 << 5 : 1 << 5));
            b.putShort((short) Math.round(p.rangeM() / NM_M / (1.0 / 256)));
            b.putShort((short) Math.round(p.azDeg() / (360.0 / 65536)));
            if (target) {
                b.putShort((short) (Math.round(Math.round(fl[p.target()]) / 0.25) & 0x3FFF));
            }
        }

        /** FSPEC 010 070 105 040 (FRN 1, 4, 5, 12); LSBs 1/128 s, 180/2^25 deg (CAT062 1.18). */
        private void put062(ByteBuffer b, Rec r) {
            Plot p = r.plot();
            b.put((byte) 0x99).put((byte) 0x08);
            b.put((byte) 25).put((byte) (100 + sic));
            put24(b, Math.round(r.tod() / (1.0 / 128)));
            double[] ll = latLon(p);
            b.putInt((int) Math.round(ll[0] / (180.0 / (1 << 25))));
            b.putInt((int) Math.round(ll[1] / (180.0 / (1 << 25))));
            b.putShort((short) p.target());
        }

        private static void put24(ByteBuffer b, long v) {
            b.put((byte) (v >>> 16)).put((byte) (v >>> 8)).put((byte) v);
        }

        private double[] latLon(Plot p) {
            double e = p.rangeM() * Math.sin(Math.toRadians(p.azDeg()));
            double n = p.rangeM() * Math.cos(Math.toRadians(p.azDeg()));
            return new double[] {latDeg + n / M_PER_DEG, lonDeg + e / (M_PER_DEG * Math.cos(Math.toRadians(latDeg)))};
        }

        /** Lays out scan {@code s}: one plot per target at its beam crossing, clutter, and the sector boundaries. */
        private void plan(long s, Options o) {
            scan = s;
            double rotation = o.rotationS();
            double scanStart = (s + phase) * rotation;
            List<Plot> plots = new ArrayList<>(x.length + clutter + o.sectors());
            for (int i = 0; i < x.length; i++) {
                double az = Math.toDegrees(Math.atan2(x[i], y[i]));
                az = az < 0 ? az + 360 : az;
                double t = scanStart + az / 360 * rotation;
                // move the target to its crossing time (the previous crossing was one rotation earlier, near enough)
                x[i] += vx[i] * rotation;
                y[i] += vy[i] * rotation;
                double r = Math.hypot(x[i], y[i]);
                if (r > MAX_RANGE_M || r < MIN_RANGE_M) { // turn back towards the annulus
                    vx[i] = -vx[i];
                    vy[i] = -vy[i];
                }
                plots.add(new Plot(t, i, r, az, 0));
            }
            for (int i = 0; i < clutter; i++) {
                double az = 360 * rnd.nextDouble();
                double r = MIN_RANGE_M + (MAX_RANGE_M - MIN_RANGE_M) * rnd.nextDouble();
                plots.add(new Plot(scanStart + az / 360 * rotation, -1, r, az, 0));
            }
            for (int k = 0; k < o.sectors(); k++) { // sector k starts at azimuth k*360/n: sector 0 is north
                plots.add(new Plot(scanStart + k * rotation / o.sectors(), -2, 0, 0, k));
            }
            // Equal times: the sector message first (it closes the previous sector).
            plots.sort(Comparator.comparingDouble(Plot::tS).thenComparing(p -> p.target() != -2));
            due = plots;
            next = 0;
        }

        private ObjectNode record(int category) {
            ObjectNode rec = F.objectNode().put("category", category);
            return rec;
        }

        private JsonNode service(double tod, int sector, Options o) {
            ObjectNode items = F.objectNode();
            items.putObject("I034/010").put("SAC", 25).put("SIC", sic);
            items.put("I034/000", sector == 0 ? 1 : 2);
            items.put("I034/030", tod);
            if (sector != 0) {
                items.put("I034/020", sector * 360.0 / o.sectors());
            }
            if (sector == 0) {
                items.put("I034/041", o.rotationS());
                items.putObject("I034/120").put("HGT", 300).put("LAT", latDeg).put("LON", lonDeg);
            }
            ObjectNode rec = record(34);
            rec.set("items", items);
            return rec;
        }

        private JsonNode cat048(double tod, Plot p) {
            ObjectNode items = F.objectNode();
            items.putObject("I048/010").put("SAC", 25).put("SIC", sic);
            items.put("I048/140", tod);
            items.putObject("I048/020")
                    .put("TYP", p.target() >= 0 ? 5 : 1)
                    .put("SIM", 0)
                    .put("RDP", 0)
                    .put("SPI", 0)
                    .put("RAB", 0);
            items.putObject("I048/040").put("RHO", p.rangeM() / NM_M).put("THETA", p.azDeg());
            if (p.target() >= 0) {
                items.putObject("I048/090").put("V", 0).put("G", 0).put("FL", Math.round(fl[p.target()]));
            }
            ObjectNode rec = record(48);
            rec.set("items", items);
            return rec;
        }

        private JsonNode cat062(double tod, Plot p) {
            double[] ll = latLon(p);
            ObjectNode items = F.objectNode();
            items.putObject("I062/010").put("SAC", 25).put("SIC", 100 + sic);
            items.put("I062/070", tod);
            items.putObject("I062/105").put("LAT", ll[0]).put("LON", ll[1]);
            items.put("I062/040", p.target());
            ObjectNode rec = record(62);
            rec.set("items", items);
            return rec;
        }
    }

    /**
     * The browser stand-in: reads every pushed message, and for each picture finds the tracks whose time changed
     * (streaming parse of id and timeS only) and records their latency.
     */
    static final class PictureClient implements WebSocket.Listener {
        private final Generator gen;
        private final StringBuilder partial = new StringBuilder();
        private final Map<String, Double> lastTime = new HashMap<>();
        final AtomicLong messages = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong unmapped = new AtomicLong();
        private long[] latencies; // all updates, in arrival order
        private boolean[] measured;
        private int n;
        volatile int pictureTracks;

        PictureClient(Generator gen) {
            this.gen = gen;
            // Sized up front for every record of the run and a fifth more, so that the harness's own bookkeeping does
            // not grow the heap it samples.
            int capacity = (int)
                    Math.min(Integer.MAX_VALUE - 8, 1.2 * gen.o.rate() * (gen.o.warmupS() + gen.o.durationS()) + 1024);
            latencies = new long[capacity];
            measured = new boolean[capacity];
        }

        @Override
        public void onOpen(WebSocket ws) {
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long recv = System.nanoTime();
                String msg = partial.toString();
                partial.setLength(0);
                messages.incrementAndGet();
                bytes.addAndGet(msg.length()); // ASCII JSON: characters = bytes
                if (msg.startsWith("{\"type\":\"picture\"")) {
                    picture(msg, recv);
                }
            }
            ws.request(1);
            return CompletableFuture.completedFuture(null);
        }

        private void picture(String msg, long recv) {
            try (JsonParser p = Json.MAPPER.createParser(msg)) {
                p.nextToken(); // START_OBJECT
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("removed")) { // the picture is a delta: ids that left it
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            lastTime.remove(p.getString());
                        }
                        continue;
                    }
                    if (!name.equals("tracks")) {
                        p.skipChildren();
                        continue;
                    }
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String id = null;
                        double timeS = Double.NaN;
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String f = p.currentName();
                            p.nextToken();
                            switch (f) {
                                case "id" -> id = p.getString();
                                case "timeS" -> timeS = p.getDoubleValue();
                                default -> p.skipChildren();
                            }
                        }
                        if (id != null) {
                            update(id, timeS, recv);
                        }
                    }
                }
            }
            pictureTracks = lastTime.size();
        }

        private void update(String id, double timeS, long recv) {
            Double prev = lastTime.put(id, timeS);
            if (prev != null && prev == timeS) {
                return;
            }
            long k = gen.tickOf(timeS);
            long sent = k < 0 ? Long.MIN_VALUE : gen.sentNanos[(int) k];
            if (sent == Long.MIN_VALUE) {
                unmapped.incrementAndGet();
                return;
            }
            synchronized (this) {
                if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                    measured = Arrays.copyOf(measured, n * 2);
                }
                latencies[n] = recv - sent;
                measured[n] = k >= gen.warmupTicks;
                n++;
            }
        }

        synchronized long updateCount() {
            return n;
        }

        /** Latencies of the updates from index {@code from} on. */
        synchronized long[] latenciesSince(long from) {
            return Arrays.copyOfRange(latencies, (int) Math.min(from, n), n);
        }

        synchronized long measuredCount() {
            long c = 0;
            for (int i = 0; i < n; i++) {
                c += measured[i] ? 1 : 0;
            }
            return c;
        }

        synchronized Latency measuredLatency() {
            long[] m = new long[n];
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (measured[i]) {
                    m[c++] = latencies[i];
                }
            }
            return Latency.of(m, c);
        }
    }

    /** Heap used after the latest GC (no GC forced), and live heap after a forced full GC. */
    static final class HeapSampler {
        private final List<GarbageCollectorMXBean> gcs =
                ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class);

        double afterLastGcMb() {
            GcInfo latest = null;
            for (GarbageCollectorMXBean gc : gcs) {
                GcInfo i = gc.getLastGcInfo();
                if (i != null && (latest == null || i.getEndTime() > latest.getEndTime())) {
                    latest = i;
                }
            }
            if (latest == null) {
                return usedMb();
            }
            long used = 0;
            for (MemoryUsage u : latest.getMemoryUsageAfterGc().values()) {
                used += u.getUsed();
            }
            // Non-heap pools (metaspace, code cache) are in the map too; subtract them to keep the heap only.
            used -= nonHeapUsed(latest);
            return used / 1048576.0;
        }

        private static long nonHeapUsed(GcInfo i) {
            long n = 0;
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.NON_HEAP) {
                    MemoryUsage u = i.getMemoryUsageAfterGc().get(pool.getName());
                    if (u != null) {
                        n += u.getUsed();
                    }
                }
            }
            return n;
        }

        double usedMb() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
        }

        double liveAfterFullGcMb() {
            System.gc();
            return usedMb();
        }
    }

    private static void write(Result r) throws IOException {
        Path out = r.options().out();
        Files.createDirectories(out);
        StringBuilder csv = new StringBuilder("t_s,phase,records_sent,datagrams_sent,server_datagrams,server_accepted,"
                + "server_dropped,ws_messages,ws_bytes,updates,interval_p99_ms,heap_after_gc_mb,heap_used_mb,"
                + "picture_tracks,load_average\n");
        for (Sample s : r.samples()) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%.2f,%s,%d,%d,%d,%d,%d,%d,%d,%d,%.2f,%.1f,%.1f,%d,%.2f%n",
                    s.tS(),
                    s.phase(),
                    s.recordsSent(),
                    s.datagramsSent(),
                    s.serverDatagrams(),
                    s.serverAccepted(),
                    s.serverDropped(),
                    s.wsMessages(),
                    s.wsBytes(),
                    s.updates(),
                    s.intervalP99Ms(),
                    s.heapAfterGcMb(),
                    s.heapUsedMb(),
                    s.pictureTracks(),
                    s.loadAverage()));
        }
        Files.writeString(out.resolve("samples.csv"), csv);
        ObjectNode j = Json.MAPPER.createObjectNode();
        Options o = r.options();
        j.putObject("options")
                .put("mode", o.mode())
                .put("rate", o.rate())
                .put("durationS", o.durationS())
                .put("warmupS", o.warmupS())
                .put("radars", o.radars())
                .put("rotationS", o.rotationS())
                .put("sectors", o.sectors())
                .put("targets", o.targets())
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        j.put("recordsSentMeasured", r.recordsSent())
                .put("plotsSentMeasured", r.plotsSent())
                .put("datagramsSent", r.datagramsSent())
                .put("sendLagMaxMs", r.sendLagMaxMs());
        j.set("feedCounters", Json.MAPPER.valueToTree(r.feedCounters()));
        j.put("wsMessages", r.wsMessages())
                .put("wsBytes", r.wsBytes())
                .put("trackUpdatesMeasured", r.updates())
                .put("unmappedUpdates", r.unmappedUpdates())
                .put("pictureTracks", r.pictureTracks());
        j.set("latencyMs", Json.MAPPER.valueToTree(r.latency()));
        j.put("loadAverage", r.loadAverage());
        j.set("threadCpuPercentOfOneCore", Json.MAPPER.valueToTree(r.threadCpuPercent()));
        j.putObject("memory")
                .put("heapAfterGcSlopeMbPerMin", r.heapSlopeMbPerMin())
                .put("liveHeapStartMb", r.liveHeapStartMb())
                .put("liveHeapEndMb", r.liveHeapEndMb())
                .put("flat", r.memoryFlat())
                .put(
                        "criterion",
                        "full-GC live heap growth over the measured window < " + FLAT_MB_PER_MIN + " MB/min"
                                + (o.gcEverySample()
                                        ? " and |slope of the forced-GC series| < " + FLAT_MB_PER_MIN + " MB/min"
                                        : " (series not forced: its slope is an upper bound, not judged)"))
                .put("forcedGcEverySample", o.gcEverySample());
        Files.writeString(
                out.resolve("summary.json"),
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(j));
    }

    private static void printTable(Result r) {
        Options o = r.options();
        Latency l = r.latency();
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "| mode | records/s | measured s | plots sent | server datagrams | accepted | dropped (queue) |"
                        + " WS msgs | WS MB | updates | p50 ms | p95 ms | p99 ms | max ms | heap slope MB/min |"
                        + " live heap MB start/end | flat |%n");
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|%n");
        @SuppressWarnings("unchecked")
        Map<String, Object> rejected = (Map<String, Object>) r.feedCounters().getOrDefault("rejected", Map.of());
        System.out.printf(
                Locale.ROOT,
                "| %s | %.0f | %d | %d | %s | %s | %s | %d | %.1f | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.0f / %.0f"
                        + " | %s |%n",
                o.mode(),
                o.rate(),
                o.durationS(),
                r.plotsSent(),
                r.feedCounters().get("received"),
                r.feedCounters().get("accepted"),
                rejected.get("DROPPED"),
                r.wsMessages(),
                r.wsBytes() / 1e6,
                r.updates(),
                l.p50Ms(),
                l.p95Ms(),
                l.p99Ms(),
                l.maxMs(),
                r.heapSlopeMbPerMin(),
                r.liveHeapStartMb(),
                r.liveHeapEndMb(),
                r.memoryFlat() ? "yes" : "NO");
        System.out.printf(
                Locale.ROOT,
                "send lag max %.1f ms; unmapped updates %d; picture %d tracks; feed counters %s; results in %s%n",
                r.sendLagMaxMs(),
                r.unmappedUpdates(),
                r.pictureTracks(),
                r.feedCounters(),
                o.out().toAbsolutePath());
        System.out.printf(
                Locale.ROOT,
                "machine load average %.1f over the measured window; CPU by thread (%% of one core): %s%n",
                r.loadAverage(),
                r.threadCpuPercent());
    }

    private static void deleteRecursively(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}

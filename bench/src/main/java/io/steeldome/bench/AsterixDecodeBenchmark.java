package io.steeldome.bench;

import io.steeldome.interop.asterix.AsterixDecoder;
import io.steeldome.interop.asterix.AsterixJson;
import io.steeldome.interop.asterix.AsterixRecord;
import io.steeldome.interop.asterix.DecodeResult;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CAT048 decoding throughput on one thread, in records per second (score = records/s). The input is a data block of
 * 100 Mode S plot records (the CroatiaControl asterix sample record cat048.raw: I010 I140 I020 I040 I070 I090 I220
 * I240 I250 I161 I200 I170 I230, 45 bytes), as a radar sends a sector. {@code decode}: framing, FSPEC and the
 * spec-driven walk that locates and bounds-checks every item (what {@link AsterixDecoder} returns);
 * {@code decodeAndReadPlot}: plus the fields a tracker reads (SAC/SIC, ToD, RHO, THETA, FL, Mode 3/A, track number);
 * {@code decodeToJson}: plus the full value tree as JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AsterixDecodeBenchmark {
    private static final int RECORDS = 100;
    private static final String CAT048_RECORD =
            "FDF70219C9356D4DA0C5AFF1E0020005283C660C10C236D4182001C0780031BC0000400DEB07B9582E410020F5";

    private AsterixDecoder decoder;
    private byte[] block;

    @Setup
    public void setUp() {
        decoder = AsterixDecoder.withDefaults();
        byte[] rec = HexFormat.of().parseHex(CAT048_RECORD);
        block = new byte[3 + RECORDS * rec.length];
        block[0] = 48;
        block[1] = (byte) (block.length >>> 8);
        block[2] = (byte) block.length;
        for (int i = 0; i < RECORDS; i++) System.arraycopy(rec, 0, block, 3 + i * rec.length, rec.length);
        DecodeResult r = decoder.decodeBlocks(block);
        if (r.records().size() != RECORDS || !r.errors().isEmpty()) throw new IllegalStateException("bad input");
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public DecodeResult decode() {
        return decoder.decodeBlocks(block);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void decodeAndReadPlot(Blackhole bh) {
        for (AsterixRecord r : decoder.decodeBlocks(block).records()) {
            bh.consume(r.raw("I048/010", "SAC"));
            bh.consume(r.raw("I048/010", "SIC"));
            bh.consume(r.number("I048/140"));
            bh.consume(r.number("I048/040", "RHO"));
            bh.consume(r.number("I048/040", "THETA"));
            bh.consume(r.number("I048/090", "FL"));
            bh.consume(r.text("I048/070", "MODE3A"));
            bh.consume(r.raw("I048/161", "TRN"));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void decodeToJson(Blackhole bh) {
        for (AsterixRecord r : decoder.decodeBlocks(block).records()) bh.consume(AsterixJson.toJson(r));
    }
}

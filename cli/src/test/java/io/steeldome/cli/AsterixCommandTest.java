package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code steeldome asterix decode|encode} on the reference samples kept with the interop tests (PROVENANCE.md). */
class AsterixCommandTest {
    private static final Path SAMPLES = Path.of("..", "interop", "src", "test", "resources", "asterix");

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void decodesThePcapToJsonLinesWithCaptureTime() throws IOException {
        Result r = run("asterix", "decode", SAMPLES.resolve("cat_062_065.pcap").toString(), "--json");
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = JsonMapper.shared().readTree(lines[0]);
        assertThat(first.get("category").asInt()).isEqualTo(62);
        // Reference decoder: track 4713, ToT 45827.3984375 s, capture 45827401 ms after midnight.
        assertThat(first.at("/items/I062~1040").asInt()).isEqualTo(4713);
        assertThat(first.at("/items/I062~1070").asDouble()).isEqualTo(45827.3984375);
        assertThat(first.get("timestamp").asDouble()).isEqualTo(45827401.0);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void decodeThenEncodeGivesBackTheFile(@TempDir Path dir) throws IOException {
        Path raw = SAMPLES.resolve("cat062cat065.raw");
        Result d = run("asterix", "decode", raw.toString(), "--json");
        assertThat(d.code()).isZero();
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, d.out());
        Path out = dir.resolve("out.raw");
        Result e = run("asterix", "encode", jsonl.toString(), "-o", out.toString());
        assertThat(e.code()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(raw));
    }

    @Test
    void errorsGoToStderrAndOnlyAnEmptyResultFails(@TempDir Path dir) throws IOException {
        byte[] good = Files.readAllBytes(SAMPLES.resolve("cat048.raw"));
        byte[] withJunk = new byte[good.length + 5];
        System.arraycopy(good, 0, withJunk, 0, good.length);
        withJunk[good.length] = (byte) 200; // unknown category 200, LEN 5
        withJunk[good.length + 2] = 5;
        Path f = dir.resolve("mixed.raw");
        Files.write(f, withJunk);
        Result r = run("asterix", "decode", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("CAT048");
        assertThat(r.err()).contains("UNKNOWN_CATEGORY").contains("byte 48");
        Path junk = dir.resolve("junk.raw");
        Files.write(junk, new byte[] {48, 0, 1});
        Result bad = run("asterix", "decode", junk.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("BAD_BLOCK_LENGTH");
    }

    @Test
    void encodeReportsTheLineOfABadRecord(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("bad.jsonl");
        Files.writeString(
                jsonl,
                "{\"category\":48,\"items\":{\"I048/010\":{\"SAC\":1,\"SIC\":2}}}\n"
                        + "{\"category\":48,\"items\":{\"I048/010\":{\"SAC\":999,\"SIC\":2}}}\n");
        Result r = run(
                "asterix",
                "encode",
                jsonl.toString(),
                "-o",
                dir.resolve("o.raw").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("line 2").contains("SAC");
    }
}

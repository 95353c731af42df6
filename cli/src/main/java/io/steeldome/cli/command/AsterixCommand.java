package io.steeldome.cli.command;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.interop.asterix.AsterixCatalog;
import io.steeldome.interop.asterix.AsterixDecodeError;
import io.steeldome.interop.asterix.AsterixDecoder;
import io.steeldome.interop.asterix.AsterixEncoder;
import io.steeldome.interop.asterix.AsterixError;
import io.steeldome.interop.asterix.AsterixJson;
import io.steeldome.interop.asterix.AsterixRecord;
import io.steeldome.interop.asterix.DecodeResult;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Command(
        name = "asterix",
        mixinStandardHelpOptions = true,
        description = {
            "EUROCONTROL ASTERIX (CAT021, 034, 048, 062, 065) decoding and encoding, driven",
            "by the asterix-specs definitions bundled with steeldome."
        },
        subcommands = {AsterixCommand.Decode.class, AsterixCommand.Encode.class})
public final class AsterixCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Default editions with the --edition CAT=X.Y choices applied. */
    static AsterixCatalog catalog(Map<Integer, String> editions) {
        AsterixCatalog c = AsterixCatalog.defaults();
        for (Map.Entry<Integer, String> e : editions.entrySet()) c = c.withEdition(e.getKey(), e.getValue());
        return c;
    }

    @Command(
            name = "decode",
            mixinStandardHelpOptions = true,
            description = {
                "Decodes a raw ASTERIX file (data blocks back to back) or a libpcap capture",
                "(UDP over IPv4 over Ethernet, raw IP or Linux SLL; detected by its magic).",
                "Prints one line per record: a summary, or with --json the record as JSON",
                "(category, edition, length, hex, items; pcap capture time). Decoding errors",
                "go to stderr with their byte offset and item; decoding continues after them.",
                "Exit code 2 only if nothing could be decoded."
            })
    static final class Decode implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Raw ASTERIX or pcap file.")
        Path file;

        @Option(names = "--json", description = "Print each record as one JSON object per line.")
        boolean json;

        @Option(
                names = "--edition",
                paramLabel = "CAT=X.Y",
                description = "Use another bundled edition, e.g. 48=1.32 (repeatable).")
        Map<Integer, String> editions = Map.of();

        @Override
        public Integer call() throws Exception {
            byte[] in = Files.readAllBytes(file);
            DecodeResult r = new AsterixDecoder(catalog(editions)).decode(in);
            PrintWriter out = spec.commandLine().getOut();
            for (AsterixRecord rec : r.records()) {
                if (json) {
                    out.println(AsterixJson.toJson(rec));
                } else {
                    out.printf(
                            "CAT%03d ed %s @%d len %d %s%n",
                            rec.category(), rec.edition(), rec.offset(), rec.length(), String.join(" ", rec.itemIds()));
                }
            }
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            for (AsterixDecodeError e : r.errors()) err.println("asterix: " + e);
            err.flush();
            return r.records().isEmpty() ? 2 : 0;
        }
    }

    @Command(
            name = "encode",
            mixinStandardHelpOptions = true,
            description = {
                "Encodes JSON lines (as printed by 'asterix decode --json': category and items,",
                "or only category and hex) into raw ASTERIX, one data block per run of",
                "consecutive records of the same category. Scaled values are rounded to the",
                "nearest LSB, so decode --json | encode reproduces the input bytes."
            })
    static final class Encode implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "IN.jsonl", description = "One JSON record per line.")
        Path input;

        @Option(names = "-o", required = true, paramLabel = "OUT.raw", description = "Output file.")
        Path output;

        @Option(names = "--edition", paramLabel = "CAT=X.Y", description = "Use another bundled edition.")
        Map<Integer, String> editions = Map.of();

        @Override
        public Integer call() throws Exception {
            AsterixEncoder encoder = new AsterixEncoder(catalog(editions));
            List<JsonNode> records = new ArrayList<>();
            List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                JsonNode rec;
                try {
                    rec = JsonMapper.shared().readTree(lines.get(i));
                } catch (JacksonException e) {
                    throw new SteeldomeException(e, AsterixError.ENCODE_BAD_JSON, i + 1, e.getOriginalMessage());
                }
                try {
                    encoder.encodeBlocks(List.of(rec)); // locate errors by line before encoding the whole file
                } catch (SteeldomeException e) {
                    throw new SteeldomeException(e, AsterixError.ENCODE_BAD_JSON, i + 1, e.getMessage());
                }
                records.add(rec);
            }
            byte[] bytes = encoder.encodeBlocks(records);
            Files.write(output, bytes);
            spec.commandLine()
                    .getOut()
                    .printf("wrote %d records, %d bytes to %s%n", records.size(), bytes.length, output);
            return 0;
        }
    }
}

package io.steeldome.sim.scenario;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads scenario files (YAML, format in docs/scenario.md). Every method either returns a complete, validated
 * {@link Scenario} or throws a {@link ScenarioException} listing every problem found, each with line and column.
 * Reading is deterministic: the same text always gives the same scenario or the same problems.
 */
public final class ScenarioLoader {
    /** Name of the built-in demo scenario resource, next to this class. */
    public static final String DEMO_RESOURCE = "demo.yaml";

    private ScenarioLoader() {}

    /** Reads a scenario file; {@code file:} references in it are resolved relative to its directory. */
    public static Scenario load(Path file) {
        String text;
        try {
            text = readUtf8(file);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), ScenarioReader.describe(e), e);
        }
        Path directory = file.toAbsolutePath().getParent();
        return new ScenarioReader(file.toString(), IncludeResolver.directory(directory)).read(text);
    }

    /**
     * Reads scenario text. {@code sourceName} names it in problems; {@code file:} references are resolved
     * relative to the directory part of {@code sourceName} taken as a path (the working directory if it has none).
     */
    public static Scenario parse(String yaml, String sourceName) {
        Path directory;
        try {
            Path parent = Path.of(sourceName).toAbsolutePath().getParent();
            directory = parent == null ? Path.of("").toAbsolutePath() : parent;
        } catch (InvalidPathException e) {
            directory = Path.of("").toAbsolutePath();
        }
        return new ScenarioReader(sourceName, IncludeResolver.directory(directory)).read(yaml);
    }

    /**
     * The built-in demo: a mixed rocket, ballistic-missile and drone raid from Iran on Doğubayazıt (Ağrı, Turkey)
     * and the Gürbulak border crossing, with the real Turkey-Iran border line. Its radar is masked by synthetic
     * terrain (labelled SYNTHETIC in every output).
     */
    public static Scenario demo() {
        IncludeResolver resources = IncludeResolver.classpath(ScenarioLoader.class);
        String text;
        try {
            text = resources.read(DEMO_RESOURCE);
        } catch (IOException e) {
            throw new ScenarioException(DEMO_RESOURCE, ScenarioReader.describe(e), e);
        }
        return new ScenarioReader(DEMO_RESOURCE, resources).read(text);
    }

    /** Strict UTF-8: a file in another encoding is reported, not read as garbage. */
    private static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }
}

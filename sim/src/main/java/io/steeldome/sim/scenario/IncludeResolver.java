package io.steeldome.sim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads files a scenario refers to ({@code file:} keys), relative to where the scenario itself came from. */
@FunctionalInterface
interface IncludeResolver {
    String read(String relativePath) throws IOException;

    /** Relative to a directory of the file system. */
    static IncludeResolver directory(Path directory) {
        return relativePath -> Files.readString(directory.resolve(relativePath), StandardCharsets.UTF_8);
    }

    /** Relative to the package of {@code anchor} on the class path. */
    static IncludeResolver classpath(Class<?> anchor) {
        return relativePath -> {
            try (InputStream in = anchor.getResourceAsStream(relativePath)) {
                if (in == null) {
                    throw new NoSuchFileException(relativePath, null, "no such resource next to " + anchor.getName());
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        };
    }
}

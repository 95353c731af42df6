package io.steeldome.sim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads files a scenario refers to ({@code file:} and {@code dem:} keys), relative to where the scenario came from. */
interface IncludeResolver {
    String read(String relativePath) throws IOException;

    /**
     * The file system path of a referenced file, for readers that need a file (elevation rasters); empty when the
     * scenario did not come from a directory.
     */
    Optional<Path> path(String relativePath);

    /** Relative to a directory of the file system. */
    static IncludeResolver directory(Path directory) {
        return new IncludeResolver() {
            @Override
            public String read(String relativePath) throws IOException {
                return Files.readString(directory.resolve(relativePath), StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Path> path(String relativePath) {
                return Optional.of(directory.resolve(relativePath));
            }
        };
    }

    /** Relative to the package of {@code anchor} on the class path. */
    static IncludeResolver classpath(Class<?> anchor) {
        return new IncludeResolver() {
            @Override
            public String read(String relativePath) throws IOException {
                try (InputStream in = anchor.getResourceAsStream(relativePath)) {
                    if (in == null) {
                        throw new NoSuchFileException(
                                relativePath, null, "no such resource next to " + anchor.getName());
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }

            @Override
            public Optional<Path> path(String relativePath) {
                return Optional.empty();
            }
        };
    }
}

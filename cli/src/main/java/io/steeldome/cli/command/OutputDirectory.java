package io.steeldome.cli.command;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Default output folders: out/NAME-yyyyMMdd-HHmmss under the working directory. The wall clock is used only here. */
final class OutputDirectory {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private OutputDirectory() {}

    static Path timestamped(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return Path.of("out", safe + "-" + LocalDateTime.now().format(STAMP));
    }
}

package io.steeldome.sim.trackfile;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file completely or not at all: into a temporary file next to it, renamed at the end, so a failed
 * write never leaves a partial file under the final name.
 */
final class OutputFile {
    /** The content of a file, written to a stream. */
    interface Body {
        void writeTo(Writer w) throws IOException;
    }

    private OutputFile() {}

    /** @throws SteeldomeException {@link TrackFileError#UNWRITABLE} if the file cannot be written */
    static void write(Path path, Body body) {
        Path target = path.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.writeTo(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new SteeldomeException(e, TrackFileError.UNWRITABLE, path, e.toString());
        }
    }
}

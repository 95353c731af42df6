package io.steeldome.sim.trackfile;

import io.steeldome.core.error.SteeldomeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.GZIPInputStream;

/**
 * The plain CSV of this package: a header line naming the columns, then one record per line, fields split at commas
 * (no quoting) and trimmed; blank lines are skipped. A name ending in {@code .gz} is read through gzip. Every problem
 * is reported with the file and 1-based line.
 */
final class CsvInput implements AutoCloseable {
    private final String source;
    private final BufferedReader reader;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;
    private int lineNumber = 1;

    private CsvInput(Path path, BufferedReader reader, String expectedHeader) throws IOException {
        this.source = path.toString();
        this.reader = reader;
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new SteeldomeException(TrackFileError.EMPTY_FILE, source, expectedHeader);
        }
        String[] names = split(header.startsWith("\uFEFF") ? header.substring(1) : header);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(name, i) != null) {
                throw new SteeldomeException(TrackFileError.DUPLICATE_COLUMN, source, "1", name);
            }
        }
        this.width = names.length;
    }

    /** Opens {@code path} and reads its header; {@code expectedHeader} is quoted if the file is empty. */
    static CsvInput open(Path path, String expectedHeader) {
        InputStream in = null;
        try {
            in = Files.newInputStream(path);
            if (path.toString().endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
            return new CsvInput(
                    path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), expectedHeader);
        } catch (NoSuchFileException e) {
            throw new SteeldomeException(e, TrackFileError.UNREADABLE, path, "no such file");
        } catch (IOException e) {
            closeQuietly(in, e);
            throw new SteeldomeException(e, TrackFileError.UNREADABLE, path, e.toString());
        } catch (RuntimeException e) {
            closeQuietly(in, e);
            throw e;
        }
    }

    String source() {
        return source;
    }

    boolean has(String name) {
        return columns.containsKey(name);
    }

    /** Index of a required column; {@code required} lists all required columns for the message. */
    int column(String name, List<String> required) {
        Integer i = columns.get(name);
        if (i == null) {
            throw new SteeldomeException(TrackFileError.MISSING_COLUMN, source, "1", name, String.join(",", required));
        }
        return i;
    }

    OptionalInt optionalColumn(String name) {
        Integer i = columns.get(name);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The next non-blank record, or empty at the end of the file. */
    Optional<Row> next() {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = split(line);
                if (fields.length != width) {
                    throw new SteeldomeException(
                            TrackFileError.FIELD_COUNT,
                            source,
                            String.valueOf(lineNumber),
                            String.valueOf(fields.length),
                            String.valueOf(width));
                }
                return Optional.of(new Row(source, lineNumber, fields));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new SteeldomeException(e, TrackFileError.UNREADABLE, source, e.toString());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new SteeldomeException(e, TrackFileError.UNREADABLE, source, e.toString());
        }
    }

    private static void closeQuietly(InputStream in, Exception pending) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException suppressed) {
                pending.addSuppressed(suppressed);
            }
        }
    }

    private static String[] split(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }

    /** One record with its location, and parsers that report it. */
    record Row(String source, int line, String[] fields) {
        String location() {
            return source + ":" + line;
        }

        String lineText() {
            return String.valueOf(line);
        }

        double number(int column, String name) {
            String text = fields[column];
            try {
                double v = Double.parseDouble(text);
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below with the location
            }
            throw new SteeldomeException(TrackFileError.BAD_NUMBER, source, lineText(), name, text);
        }

        int scan(int column) {
            String text = fields[column];
            try {
                int v = Integer.parseInt(text);
                if (v >= 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below with the location
            }
            throw new SteeldomeException(
                    TrackFileError.BAD_INTEGER, source, lineText(), "scan", text, "0 or more (scans count 0, 1, 2...)");
        }

        long id(int column, String name) {
            String text = fields[column];
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new SteeldomeException(
                        e, TrackFileError.BAD_INTEGER, source, lineText(), name, text, "one number per target");
            }
        }
    }
}

package io.steeldome.interop.cot;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Splits an undelimited stream of CoT events, as TAK servers and clients send them over TCP, into events.
 *
 * <p>A small tokenizer follows the markup (quotes, comments, CDATA, processing instructions) and cuts the stream after
 * the end tag that closes each top-level {@code <event>}; each cut is then parsed on its own by {@link CotXml}, so a
 * malformed event yields one {@link CotReadResult.Failed} and the next event is read normally. Text and elements other
 * than {@code <event>} between events (XML declarations, keep-alives, stray whitespace or garbage) are skipped. A new
 * {@code <event>} or XML declaration starting inside an unfinished event means the sender was cut off: the partial
 * event is reported and reading resynchronises on the new one.
 *
 * <p>Bytes are decoded as UTF-8 (what TAK sends; malformed sequences become U+FFFD rather than stopping the stream).
 * Not thread-safe: one reader per connection.
 */
public final class CotStreamReader implements Closeable {
    /** Default bound on one event's size: TAK events are a few kB; this leaves room for large drawings. */
    public static final int DEFAULT_MAX_EVENT_CHARS = 1 << 20;

    private final Reader in;
    private final int maxEventChars;
    private long offset; // characters consumed so far
    private int pushedBack = -1;
    private boolean resume; // the last event was cut off by a new "<event" whose tag is still to be read
    private long resumeStart;

    public CotStreamReader(InputStream in) {
        this(in, DEFAULT_MAX_EVENT_CHARS);
    }

    public CotStreamReader(InputStream in, int maxEventChars) {
        this(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                maxEventChars);
    }

    public CotStreamReader(Reader in, int maxEventChars) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 8192);
        if (maxEventChars < 64) {
            throw new IllegalArgumentException("maxEventChars must be at least 64, got " + maxEventChars);
        }
        this.maxEventChars = maxEventChars;
    }

    /** A reader over text already in memory (tests, files of concatenated events). */
    public static CotStreamReader of(String text) {
        return new CotStreamReader(new StringReader(text), DEFAULT_MAX_EVENT_CHARS);
    }

    /** Reads every remaining item and hands it to {@code sink}; returns at end of stream. */
    public void forEach(Consumer<? super CotReadResult> sink) throws IOException {
        for (Optional<CotReadResult> r = next(); r.isPresent(); r = next()) {
            sink.accept(r.get());
        }
    }

    /**
     * The next event or failure, blocking until one is complete; empty at the end of the stream.
     *
     * @throws IOException only when the underlying stream fails (a closed socket, for instance)
     */
    public Optional<CotReadResult> next() throws IOException {
        if (resume) { // the previous call stopped at the "<event" of a new event that cut off an unfinished one
            resume = false;
            return Optional.of(readEvent(resumeStart));
        }
        while (true) {
            int c = read();
            if (c < 0) {
                return Optional.empty();
            }
            if (c != '<') {
                continue; // between events: whitespace or junk
            }
            long start = offset - 1;
            int d = read();
            if (d < 0) {
                return Optional.empty();
            }
            if (d == '?' || d == '!') {
                // Declarations (and, rarely, comments) between events are scanned over as junk rather than skipped
                // to their end marker: junk that happens to contain "<?" or "<!--" must not swallow the next events.
                continue;
            }
            StringBuilder name = new StringBuilder();
            unread(d);
            readName(name, null);
            if (!name.toString().equals("event")) {
                continue; // some other top-level tag; its content is skipped as junk too
            }
            return Optional.of(readEvent(start));
        }
    }

    /** Reads the rest of an event whose "{@code <event}" has been consumed. */
    private CotReadResult readEvent(long start) throws IOException {
        StringBuilder sb = new StringBuilder(1024).append("<event");
        int first = readTagRest(sb);
        int depth = first == TAG_SELF_CLOSED ? 0 : 1;
        boolean declaration = false;
        boolean ended = first == TAG_EOF;
        while (depth > 0 && !ended && sb.length() <= maxEventChars) {
            int c = read();
            if (c < 0) {
                ended = true;
                break;
            }
            sb.append((char) c);
            if (c != '<') {
                continue;
            }
            int d = read();
            if (d < 0) {
                ended = true;
                break;
            }
            if (d == '/') {
                sb.append('/');
                int t = readTagRest(sb);
                if (t == TAG_EOF) {
                    ended = true;
                    break;
                }
                depth--; // a broken end tag still closes its element: the parser reports it as malformed
            } else if (d == '?' || d == '!') {
                sb.append((char) d);
                if (skipMarkup(d, sb)) { // an XML declaration: the sender started a new document
                    declaration = true;
                    break;
                }
            } else {
                unread(d);
                StringBuilder name = new StringBuilder();
                readName(name, sb);
                if (name.toString().equals("event")) { // CoT events never nest: the previous one was cut off
                    resumeStart = offset - "<event".length();
                    resume = true;
                    break;
                }
                int t = readTagRest(sb);
                if (t == TAG_EOF) {
                    ended = true;
                    break;
                }
                if (t == TAG_OPEN) {
                    depth++;
                }
            }
        }
        if (depth == 0) {
            return parse(sb.toString(), start);
        }
        CotException e;
        if (sb.length() > maxEventChars) {
            // the rest of this event is skipped as junk by next(), which only starts at an <event> tag
            e = CotException.atOffset(start, CotError.EVENT_TOO_LARGE, "> " + maxEventChars, maxEventChars);
        } else if (declaration || resume) {
            e = CotException.atOffset(start, CotError.INTERRUPTED_EVENT, "event");
        } else {
            e = CotException.atOffset(start, CotError.TRUNCATED, sb.length());
        }
        return new CotReadResult.Failed(e, sb.toString());
    }

    private static CotReadResult parse(String text, long start) {
        try {
            return new CotReadResult.Parsed(CotXml.parse(new StringReader(text), start));
        } catch (CotException e) {
            return new CotReadResult.Failed(e, text);
        }
    }

    /** Longer "names" are junk; stopping there bounds memory on garbage input. */
    private static final int MAX_NAME_CHARS = 256;

    /** Reads an XML name (up to whitespace or markup), appending to {@code sb} when given. */
    private void readName(StringBuilder name, StringBuilder sb) throws IOException {
        while (name.length() < MAX_NAME_CHARS) {
            int c = read();
            if (c < 0) {
                return;
            }
            if (Character.isWhitespace(c) || c == '>' || c == '/' || c == '<' || c == '=' || c == '"' || c == '\'') {
                unread(c);
                return;
            }
            name.append((char) c);
            if (sb != null) {
                sb.append((char) c);
            }
        }
    }

    private static final int TAG_OPEN = 0;
    private static final int TAG_SELF_CLOSED = 1;
    private static final int TAG_BROKEN = 2;
    private static final int TAG_EOF = 3;

    /**
     * Reads to the '>' that ends a tag, honouring quoted attribute values. A '<' before that '>' cannot be part of a
     * well-formed tag (it is illegal even inside attribute values), so the tag was cut off: the '<' is pushed back
     * for the caller to resynchronise on and {@link #TAG_BROKEN} is returned.
     */
    private int readTagRest(StringBuilder sb) throws IOException {
        int quote = 0;
        int prev = 0;
        while (true) {
            int c = read();
            if (c < 0) {
                return TAG_EOF;
            }
            if (c == '<') {
                unread(c);
                return TAG_BROKEN;
            }
            sb.append((char) c);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return prev == '/' ? TAG_SELF_CLOSED : TAG_OPEN;
            }
            if (sb.length() > maxEventChars) {
                return TAG_BROKEN;
            }
            if (!Character.isWhitespace(c)) {
                prev = c;
            }
        }
    }

    /**
     * Skips a construct after "<?" or "<!" (declaration/PI, comment, CDATA, DOCTYPE), appending it to {@code sb} when
     * given. Returns true when it was an XML declaration ({@code <?xml ...?>}).
     */
    private boolean skipMarkup(int kind, StringBuilder sb) throws IOException {
        if (kind == '?') {
            StringBuilder target = new StringBuilder();
            readName(target, sb);
            skipUntil("?>", sb);
            return target.toString().equals("xml");
        }
        int c1 = read();
        if (c1 == '-') {
            append(sb, c1);
            int c2 = read();
            append(sb, c2);
            skipUntil("-->", sb);
        } else if (c1 == '[') {
            append(sb, c1);
            skipUntil("]]>", sb);
        } else if (c1 >= 0) {
            append(sb, c1);
            skipUntil(">", sb); // DOCTYPE or similar; the parser rejects it later if it was inside an event
        }
        return false;
    }

    private void skipUntil(String end, StringBuilder sb) throws IOException {
        int matched = 0;
        while (matched < end.length()) {
            int c = read();
            if (c < 0) {
                return;
            }
            append(sb, c);
            if (c == end.charAt(matched)) {
                matched++;
            } else {
                matched = c == end.charAt(0) ? 1 : 0;
            }
            if (sb != null && sb.length() > maxEventChars) {
                return;
            }
        }
    }

    private static void append(StringBuilder sb, int c) {
        if (sb != null && c >= 0) {
            sb.append((char) c);
        }
    }

    private int read() throws IOException {
        int c;
        if (pushedBack >= 0) {
            c = pushedBack;
            pushedBack = -1;
        } else {
            c = in.read();
        }
        if (c < 0) {
            return -1;
        }
        offset++;
        return c;
    }

    private void unread(int c) {
        if (c >= 0) {
            pushedBack = c;
            offset--;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

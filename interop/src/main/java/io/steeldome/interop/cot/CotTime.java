package io.steeldome.interop.cot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoT date-times: ISO-8601 / xs:dateTime, read with any number of fractional-second digits (the 2007 clarification
 * of the CoT 2.0 schema) and any offset, written in UTC with exactly three fractional digits and 'Z' as TAK does.
 */
public final class CotTime {
    private CotTime() {}

    // date, time, optional fraction of any length, optional zone; a missing zone is read as UTC (xs:dateTime leaves
    // it "unspecified"; every CoT producer means UTC).
    private static final Pattern DATE_TIME =
            Pattern.compile("(\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:[.,](\\d+))?(Z|z|[+-]\\d{2}:?\\d{2})?");
    private static final DateTimeFormatter OUT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * Parses a CoT time. Digits beyond nanoseconds are dropped.
     *
     * @param attribute the attribute name, for the error message
     * @throws CotException {@link CotError#BAD_TIME} when the text is not a date-time
     */
    public static Instant parse(String attribute, String text) {
        Matcher m = DATE_TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new CotException(CotError.BAD_TIME, attribute, text);
        }
        String fraction = m.group(2) == null ? "" : m.group(2);
        if (fraction.length() > 9) {
            fraction = fraction.substring(0, 9);
        }
        String zone = m.group(3) == null || m.group(3).equalsIgnoreCase("z") ? "Z" : m.group(3);
        if (zone.length() == 5) { // +hhmm -> +hh:mm
            zone = zone.substring(0, 3) + ":" + zone.substring(3);
        }
        String iso = m.group(1) + (fraction.isEmpty() ? "" : "." + fraction) + zone;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            throw new CotException(e, 0, 0, 0, CotError.BAD_TIME, attribute, text);
        }
    }

    /** Formats in UTC with millisecond precision (sub-millisecond digits are truncated, not rounded). */
    public static String format(Instant t) {
        return OUT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }
}

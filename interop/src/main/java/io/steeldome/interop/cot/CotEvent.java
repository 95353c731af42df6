package io.steeldome.interop.cot;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CoT 2.0 event. {@code time} is when the event was generated, {@code start} and {@code stale} bound the interval in
 * which it is valid (MITRE CoT_Base-Event schema). Times are kept to the millisecond, the precision CoT producers and
 * TAK use, so that read, write and read again gives an equal event.
 *
 * @param uid globally unique name of the thing described; a later event with the same uid replaces earlier ones
 * @param type the type hierarchy, e.g. {@code a-h-A-W-M} (atom, hostile, air, weapon, missile)
 * @param how how the coordinates were produced, e.g. {@code m-g} (GPS), {@code h-e} (human estimate)
 * @param access who may see the event (free text in CoT 2.0)
 * @param qos priority-overtaking-assurance, e.g. {@code 1-r-c}
 * @param opex operation, exercise or simulation marker, e.g. {@code e-ALPHA}
 */
public record CotEvent(
        String uid,
        String type,
        String how,
        Instant time,
        Instant start,
        Instant stale,
        CotPoint point,
        Optional<String> access,
        Optional<String> qos,
        Optional<String> opex,
        CotDetail detail) {
    /** The base schema's patterns for type, how and qos. */
    static final Pattern TYPE = Pattern.compile("\\w+(-\\w+)*(;[^;]*)?");

    static final Pattern HOW = Pattern.compile("\\w(-\\w+)*");
    static final Pattern QOS = Pattern.compile("\\d-\\w-\\w");

    public CotEvent {
        uid = requireNonBlank("uid", uid);
        type = requireNonBlank("type", type);
        how = requireNonBlank("how", how);
        requireMatch("type", type, TYPE);
        requireMatch("how", how, HOW);
        XmlChars.requireLegal("uid", uid);
        time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MILLIS);
        start = Objects.requireNonNull(start, "start").truncatedTo(ChronoUnit.MILLIS);
        stale = Objects.requireNonNull(stale, "stale").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(access, "access").ifPresent(a -> XmlChars.requireLegal("access", a));
        Objects.requireNonNull(qos, "qos").ifPresent(q -> requireMatch("qos", q, QOS));
        Objects.requireNonNull(opex, "opex").ifPresent(o -> XmlChars.requireLegal("opex", o));
        Objects.requireNonNull(detail, "detail");
        // time may lie before or after start (an event can announce a future validity window), but the window itself
        // must not be negative.
        if (stale.isBefore(start)) {
            throw new CotException(CotError.STALE_BEFORE_START, uid, CotTime.format(stale), CotTime.format(start));
        }
    }

    /** Whether the event is valid at {@code t}: start <= t < stale. */
    public boolean isValidAt(Instant t) {
        return !t.isBefore(start) && t.isBefore(stale);
    }

    public CotEvent withDetail(CotDetail newDetail) {
        return new CotEvent(uid, type, how, time, start, stale, point, access, qos, opex, newDetail);
    }

    public CotEvent withPoint(CotPoint newPoint) {
        return new CotEvent(uid, type, how, time, start, stale, newPoint, access, qos, opex, detail);
    }

    public static Builder builder(String uid, String type) {
        return new Builder(uid, type);
    }

    public Builder toBuilder() {
        Builder b = new Builder(uid, type)
                .how(how)
                .time(time)
                .start(start)
                .stale(stale)
                .point(point)
                .detail(detail);
        access.ifPresent(b::access);
        qos.ifPresent(b::qos);
        opex.ifPresent(b::opex);
        return b;
    }

    /**
     * Builds events. {@code time}, {@code how} and {@code point} are required; {@code start} defaults to
     * {@code time}; {@code stale} must be given, directly or as a time-to-live after {@code start}.
     */
    public static final class Builder {
        private final String uid;
        private final String type;
        private String how;
        private Instant time;
        private Instant start;
        private Instant stale;
        private Duration timeToLive;
        private CotPoint point;
        private String access;
        private String qos;
        private String opex;
        private CotDetail detail = CotDetail.EMPTY;

        private Builder(String uid, String type) {
            this.uid = uid;
            this.type = type;
        }

        public Builder how(String v) {
            how = v;
            return this;
        }

        public Builder time(Instant v) {
            time = v;
            return this;
        }

        public Builder start(Instant v) {
            start = v;
            return this;
        }

        public Builder stale(Instant v) {
            stale = v;
            timeToLive = null;
            return this;
        }

        /** The event goes stale this long after its start (TAK PLIs use tens of seconds, markers hours or days). */
        public Builder timeToLive(Duration ttl) {
            if (ttl.isNegative()) {
                throw new CotException(CotError.OUT_OF_RANGE, "event", "time to live", ttl, "PT0S", "+inf");
            }
            timeToLive = ttl;
            stale = null;
            return this;
        }

        public Builder point(CotPoint v) {
            point = v;
            return this;
        }

        public Builder access(String v) {
            access = v;
            return this;
        }

        public Builder qos(String v) {
            qos = v;
            return this;
        }

        public Builder opex(String v) {
            opex = v;
            return this;
        }

        public Builder detail(CotDetail v) {
            detail = v;
            return this;
        }

        /** Appends one detail element. */
        public Builder detail(XmlElement e) {
            detail = detail.with(e);
            return this;
        }

        public CotEvent build() {
            if (how == null) {
                throw new CotException(CotError.BLANK_FIELD, "how");
            }
            if (time == null) {
                throw new CotException(CotError.BLANK_FIELD, "time");
            }
            if (point == null) {
                throw new CotException(CotError.MISSING_POINT, uid);
            }
            Instant s = start == null ? time : start;
            Instant st = stale != null ? stale : timeToLive != null ? s.plus(timeToLive) : null;
            if (st == null) {
                throw new CotException(CotError.BLANK_FIELD, "stale");
            }
            return new CotEvent(
                    uid,
                    type,
                    how,
                    time,
                    s,
                    st,
                    point,
                    Optional.ofNullable(access),
                    Optional.ofNullable(qos),
                    Optional.ofNullable(opex),
                    detail);
        }
    }

    private static String requireNonBlank(String field, String v) {
        if (v == null || v.isBlank()) {
            throw new CotException(CotError.BLANK_FIELD, field);
        }
        return v;
    }

    private static void requireMatch(String field, String v, Pattern p) {
        if (!p.matcher(v).matches()) {
            throw new CotException(CotError.BAD_SYNTAX, field, v, p.pattern());
        }
    }
}

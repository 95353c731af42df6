package io.steeldome.tracking.tracker;

/** A stable track number, unique within one tracker's run. */
public record TrackId(long value) implements Comparable<TrackId> {
    public TrackId {
        if (value <= 0) {
            throw new IllegalArgumentException("track ids are positive, got " + value);
        }
    }

    @Override
    public int compareTo(TrackId o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return "T" + value;
    }
}

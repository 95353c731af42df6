package io.steeldome.tracking.associate;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which detection (by index in the scan) each track (by index in the track list) was assigned. A track without an
 * entry is a missed detection; a detection without a track is unassociated (a candidate for initiation).
 */
public record Association(Map<Integer, Integer> detectionByTrack) {
    public Association {
        detectionByTrack = Map.copyOf(detectionByTrack);
    }

    public OptionalInt detectionFor(int trackIndex) {
        Integer d = detectionByTrack.get(trackIndex);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d);
    }

    public Set<Integer> associatedDetections() {
        return detectionByTrack.values().stream().collect(Collectors.toUnmodifiableSet());
    }
}

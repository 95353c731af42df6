package io.steeldome.sim.live;

import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import java.util.List;
import java.util.Objects;

/**
 * The picture after one radar scan, in scenario time (from SimTime 0).
 *
 * @param tracks every track the tracker holds
 * @param threats confirmed tracks as ranked by threat evaluation, rank 1 first
 * @param recommendations what the controller put to the authority at this scan
 * @param awaitingApproval recommendations still undecided (this scan's and earlier ones whose launch is not past)
 * @param engagements every shot fired so far, with its result so far
 */
public record ScanSnapshot(
        SimTime time,
        double durationS,
        String sensorId,
        List<TrackReport> tracks,
        List<ThreatReport> threats,
        List<InventoryReport> inventory,
        List<EngagementRecommendation> recommendations,
        List<EngagementRecommendation> awaitingApproval,
        List<EngagementReport> engagements) {
    public ScanSnapshot {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(sensorId, "sensorId");
        tracks = List.copyOf(tracks);
        threats = List.copyOf(threats);
        inventory = List.copyOf(inventory);
        recommendations = List.copyOf(recommendations);
        awaitingApproval = List.copyOf(awaitingApproval);
        engagements = List.copyOf(engagements);
    }
}

package io.steeldome.sim.run;

import java.util.List;

/** Everything a run produced, ready to be written as files. */
public record RunResult(
        String scenarioName,
        String description,
        long seed,
        double durationS,
        SceneLayout layout,
        List<ThreatOutcome> threats,
        List<TrackSample> tracks,
        List<EngagementRecord> engagements,
        List<DecisionRecord> decisions,
        List<LoggedEvent> events,
        RunSummary summary) {
    public RunResult {
        threats = List.copyOf(threats);
        tracks = List.copyOf(tracks);
        engagements = List.copyOf(engagements);
        decisions = List.copyOf(decisions);
        events = List.copyOf(events);
    }
}

package io.steeldome.sim.run;

import java.util.List;

/**
 * Everything a run produced, ready to be written as files.
 *
 * @param sightings first EO/IR detection, recognition and identification per (camera, threat), in time order
 * @param groundSensors one tally per unattended ground sensor, in scenario order
 * @param notEngaged why tracks got no round, when the reason first appeared or changed
 */
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
        RunSummary summary,
        List<EoirSighting> sightings,
        List<UgsTally> groundSensors,
        List<NotEngagedRecord> notEngaged) {
    public RunResult {
        notEngaged = List.copyOf(notEngaged);
        sightings = List.copyOf(sightings);
        groundSensors = List.copyOf(groundSensors);
        threats = List.copyOf(threats);
        tracks = List.copyOf(tracks);
        engagements = List.copyOf(engagements);
        decisions = List.copyOf(decisions);
        events = List.copyOf(events);
    }

    /** A run without EO/IR cameras or ground sensors. */
    public RunResult(
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
        this(
                scenarioName,
                description,
                seed,
                durationS,
                layout,
                threats,
                tracks,
                engagements,
                decisions,
                events,
                summary,
                List.of(),
                List.of(),
                List.of());
    }
}

package io.steeldome.sim.run;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Headline numbers of one run. Scoring against truth happens here, after the fact; no stage saw truth.
 *
 * @param threatsLaunched threats launched before the end of the run
 * @param threatsOnAssets threats whose true impact point lay in a defended asset (or that were intercepted)
 * @param intercepted threats destroyed by an interceptor
 * @param leakers threats that hit a defended asset
 * @param openGroundImpacts threats that fell outside every asset
 * @param shotsFired interceptors launched
 * @param interceptorCost total cost of the interceptors launched
 * @param valueLost sum of the values of assets hit (once per hit)
 * @param confirmedTracks tracks that were ever confirmed
 * @param meanTrackErrorM mean distance from confirmed track estimates to the nearest live threat
 * @param terrain the terrain that masked the radars; empty for a smooth earth
 * @param groundSensors unattended ground sensors' report counts; empty when the scenario has none
 */
public record RunSummary(
        String scenarioName,
        long seed,
        int threatsLaunched,
        int intercepted,
        int leakers,
        int openGroundImpacts,
        int inFlightAtEnd,
        int shotsFired,
        int kills,
        double interceptorCost,
        double valueLost,
        int confirmedTracks,
        double meanTrackErrorM,
        Optional<TerrainNote> terrain,
        List<UgsTally> groundSensors) {
    public RunSummary {
        groundSensors = List.copyOf(groundSensors);
    }

    /** A summary of a run without ground sensors. */
    public RunSummary(
            String scenarioName,
            long seed,
            int threatsLaunched,
            int intercepted,
            int leakers,
            int openGroundImpacts,
            int inFlightAtEnd,
            int shotsFired,
            int kills,
            double interceptorCost,
            double valueLost,
            int confirmedTracks,
            double meanTrackErrorM,
            Optional<TerrainNote> terrain) {
        this(
                scenarioName,
                seed,
                threatsLaunched,
                intercepted,
                leakers,
                openGroundImpacts,
                inFlightAtEnd,
                shotsFired,
                kills,
                interceptorCost,
                valueLost,
                confirmedTracks,
                meanTrackErrorM,
                terrain,
                List.of());
    }

    /** The summary as text; a run on a smooth earth gives exactly the text it gave before terrain existed. */
    public String toText() {
        String text = String.format(
                Locale.ROOT,
                "%s (seed %d): %d threats launched, %d intercepted, %d leaked onto defended assets, %d fell on open"
                        + " ground, %d still in flight at the end.\n%d interceptors fired (%d kills), cost %s; value"
                        + " lost %.0f. %d tracks confirmed, mean track error %.0f m.",
                scenarioName,
                seed,
                threatsLaunched,
                intercepted,
                leakers,
                openGroundImpacts,
                inFlightAtEnd,
                shotsFired,
                kills,
                money(interceptorCost),
                valueLost,
                confirmedTracks,
                meanTrackErrorM);
        String withTerrain = terrain.map(t -> text + "\n" + t.text()).orElse(text);
        if (groundSensors.isEmpty()) {
            return withTerrain;
        }
        StringBuilder ugs = new StringBuilder(withTerrain).append("\nGround sensors:");
        for (UgsTally u : groundSensors) {
            ugs.append(String.format(
                    Locale.ROOT,
                    " %s (%s) %d detections, %d false alarms in %d polls;",
                    u.sensorId(),
                    u.modalityName(),
                    u.detections(),
                    u.falseAlarms(),
                    u.polls()));
        }
        ugs.setLength(ugs.length() - 1);
        return ugs.append('.').toString();
    }

    static String money(double usd) {
        if (usd >= 1e6) {
            return String.format(Locale.ROOT, "$%.2f M", usd / 1e6);
        }
        return String.format(Locale.ROOT, "$%.0f k", usd / 1e3);
    }
}

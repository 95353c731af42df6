package io.steeldome.sim.run;

import io.steeldome.defence.doctrine.CostExchange;
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
 * @param approval how engagements were approved, in words ("auto-approved by simulation ...")
 * @param weaponsControl per layer, its weapons control status over the run ("SHORT_RANGE: FREE")
 * @param costExchange defender and attacker spend, the cost-exchange ratio and cost per threat defeated
 * @param layers interceptors fired and left per layer
 * @param feasibilityWarnings effectors that could reach no threat, threats no effector could reach
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
        List<UgsTally> groundSensors,
        String approval,
        List<String> weaponsControl,
        CostExchange costExchange,
        List<LayerUse> layers,
        List<String> feasibilityWarnings) {
    public RunSummary {
        groundSensors = List.copyOf(groundSensors);
        weaponsControl = List.copyOf(weaponsControl);
        layers = List.copyOf(layers);
        feasibilityWarnings = List.copyOf(feasibilityWarnings);
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
                List.of(),
                "",
                List.of(),
                new CostExchange(interceptorCost, 0, kills),
                List.of(),
                List.of());
    }

    /**
     * The summary as text: the outcome, then the doctrine lines (approval, weapons control, interceptors per layer,
     * cost exchange, feasibility warnings), then the terrain line if any, then the ground sensors.
     */
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
        String withTerrain =
                terrain.map(t -> text + doctrineText() + "\n" + t.text()).orElse(text + doctrineText());
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

    /** Approval, weapons control, interceptors per layer, cost exchange and feasibility warnings, one per line. */
    private String doctrineText() {
        StringBuilder s = new StringBuilder();
        if (!approval.isEmpty()) {
            s.append('\n').append(approval);
        }
        if (!weaponsControl.isEmpty()) {
            s.append("\nWeapons control: ")
                    .append(String.join("; ", weaponsControl))
                    .append('.');
        }
        if (!layers.isEmpty()) {
            s.append("\nInterceptors by layer:");
            for (LayerUse l : layers) {
                s.append(String.format(
                        Locale.ROOT,
                        " %s %d fired, %d left%s;",
                        l.layer(),
                        l.fired(),
                        l.roundsLeft(),
                        l.reloading() > 0 ? " (" + l.reloading() + " launcher(s) reloading)" : ""));
            }
            s.setLength(s.length() - 1);
            s.append('.');
            s.append('\n').append(costExchange.describe());
        }
        for (String w : feasibilityWarnings) {
            s.append("\nWarning: ").append(w).append('.');
        }
        return s.toString();
    }

    static String money(double usd) {
        if (usd >= 1e6) {
            return String.format(Locale.ROOT, "$%.2f M", usd / 1e6);
        }
        return String.format(Locale.ROOT, "$%.0f k", usd / 1e3);
    }
}

package io.steeldome.sim.run;

import java.util.Locale;

/**
 * The terrain a run's radars were masked with, as the outputs state it.
 *
 * @param source where the heights came from (the raster's source: file names, or the generator and its seed)
 * @param synthetic true if the heights are generated, not measured: every output then says so
 */
public record TerrainNote(String source, boolean synthetic) {
    public TerrainNote {
        if (source.isBlank()) {
            throw new IllegalArgumentException("terrain source must not be blank");
        }
    }

    /** One sentence for the run summary. */
    public String text() {
        if (synthetic) {
            return String.format(
                    Locale.ROOT,
                    "Terrain: %s%s; radar coverage was masked by made-up relief, not by the real terrain.",
                    source.startsWith("SYNTHETIC") ? "" : "SYNTHETIC: ",
                    source);
        }
        return String.format(Locale.ROOT, "Terrain: %s; radar coverage was masked by it.", source);
    }
}

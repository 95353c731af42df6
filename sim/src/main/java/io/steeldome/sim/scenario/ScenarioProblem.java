package io.steeldome.sim.scenario;

import java.util.Comparator;

/**
 * One problem found in a scenario file.
 *
 * @param source the file name (or the name given to {@link ScenarioLoader#parse(String, String)})
 * @param line 1-based line of the offending key or value; 0 when the problem concerns the whole file
 * @param column 1-based column; 0 when {@code line} is 0
 * @param message what is wrong and where, e.g. {@code unknown key 'lattitude' in sensors[0].position}
 * @param hint how to fix it, e.g. {@code did you mean 'latDeg'?}; empty when there is nothing to add
 */
public record ScenarioProblem(String source, int line, int column, String message, String hint) {
    /** Orders problems by position in the file; problems at the same position keep their order (stable sort). */
    public static final Comparator<ScenarioProblem> BY_POSITION =
            Comparator.comparingInt(ScenarioProblem::line).thenComparingInt(ScenarioProblem::column);

    public ScenarioProblem {
        if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
            throw new IllegalArgumentException("line and column must both be >= 1, or both 0: " + line + ":" + column);
        }
    }

    /** {@code source:line:column: message; hint} (compiler style), without the location parts that are 0. */
    public String format() {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ").append(message);
        if (!hint.isEmpty()) {
            out.append("; ").append(hint);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}

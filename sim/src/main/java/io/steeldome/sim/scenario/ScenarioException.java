package io.steeldome.sim.scenario;

import io.steeldome.core.error.SteeldomeException;
import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be used; carries every problem found, sorted by position. */
public final class ScenarioException extends SteeldomeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;

    /** A file with problems; {@code problems} must not be empty. */
    public ScenarioException(String source, List<ScenarioProblem> problems) {
        super(ScenarioError.INVALID_SCENARIO, source, problems.size(), formatAll(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = problems.stream().sorted(ScenarioProblem.BY_POSITION).toList();
    }

    /** A file that could not be read at all. */
    public ScenarioException(String source, String reason, Throwable cause) {
        super(cause, ScenarioError.UNREADABLE, source, reason);
        this.problems = List.of(new ScenarioProblem(source, 0, 0, "cannot read the file: " + reason, ""));
    }

    /** Every problem, sorted by line and column. */
    public List<ScenarioProblem> problems() {
        return problems;
    }

    private static String formatAll(List<ScenarioProblem> problems) {
        return problems.stream()
                .sorted(ScenarioProblem.BY_POSITION)
                .map(ScenarioProblem::format)
                .collect(Collectors.joining("\n"));
    }
}

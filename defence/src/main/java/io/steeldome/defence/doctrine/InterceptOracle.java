package io.steeldome.defence.doctrine;

import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.engagement.InterceptSolver;
import io.steeldome.defence.evaluate.ThreatAssessment;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the {@link EngagementController} gets its intercept solutions. A live system and the full simulation solve
 * on the track's predicted path ({@link #solving}); an engagement-level Monte Carlo, which draws thousands of runs of
 * one scenario, answers from solutions computed once per scenario along reference tracks.
 */
@FunctionalInterface
public interface InterceptOracle {
    /**
     * The intercept {@code effector} could make on the threat of {@code threat} with a launch no earlier than
     * {@code at}, or empty if there is none inside its envelope before the predicted impact.
     */
    Optional<InterceptSolution> solve(Effector effector, ThreatAssessment threat, SimTime at);

    /** Solves with {@code solver} on the assessment's predicted path and class, in {@code frame}. Thread-safe. */
    static InterceptOracle solving(InterceptSolver solver, LocalFrame frame) {
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(frame, "frame");
        return (effector, threat, at) -> solver.solve(effector, frame, threat.path(), threat.threatClass(), at);
    }
}

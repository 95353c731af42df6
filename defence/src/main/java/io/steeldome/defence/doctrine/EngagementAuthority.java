package io.steeldome.defence.doctrine;

import io.steeldome.core.time.SimTime;
import java.util.Optional;

/**
 * Who approves engagements. The controller puts each recommendation to the authority; a recommendation without an
 * approving record is not fired. {@link SimulationAuthority} approves everything at once and says so in every
 * record; {@link OperatorAuthority} holds recommendations until an operator decides (the live C2 server's path).
 */
public interface EngagementAuthority {
    ApprovalMode mode();

    /**
     * The decision on {@code recommendation} as of {@code now}: a record (approving or rejecting) or empty while it
     * awaits a decision. Submitting the same recommendation again is harmless.
     */
    Optional<ApprovalRecord> review(EngagementRecommendation recommendation, SimTime now);

    /**
     * The weapons control orders of the chain of command this authority speaks for, when it gives them live; empty
     * (the default) leaves the scenario's planned schedule in force. One source: the controller then recommends only
     * what the orders permit, and each recommendation carries the status in force when it was made.
     */
    default Optional<WeaponsControl> weaponsControl() {
        return Optional.empty();
    }
}

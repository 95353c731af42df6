package io.steeldome.defence.wta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.effector.EffectorPresets;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.tracking.tracker.TrackId;
import org.junit.jupiter.api.Test;

class EngagementOptionTest {
    private static final Effector GUN =
            new Effector("GUN-1", GeodeticPoint.ofDegrees(39.55, 44.08, 1_600), EffectorPresets.C_UAS_GUN);
    private static final InterceptSolution SOLUTION =
            new InterceptSolution(SimTime.ZERO, SimTime.ofSeconds(3), new EnuVector(2_000, 0, 100), 2_002.5, 100, 2.3);

    @Test
    void takesPkAndCostFromTheSpec() {
        EngagementOption o = EngagementOption.of(GUN, new TrackId(7), 1e6, ThreatClass.ONE_WAY_ATTACK_DRONE, SOLUTION);
        assertThat(o.effectorId()).isEqualTo("GUN-1");
        assertThat(o.pk()).isEqualTo(EffectorPresets.C_UAS_GUN.pkByClass().get(ThreatClass.ONE_WAY_ATTACK_DRONE));
        assertThat(o.costPerShotUsd()).isEqualTo(EffectorPresets.C_UAS_GUN.costPerShotUsd());
    }

    @Test
    void refusesAClassTheEffectorCannotEngage() {
        assertThatThrownBy(() -> EngagementOption.of(GUN, new TrackId(7), 1e6, ThreatClass.BALLISTIC_MISSILE, SOLUTION))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("GUN-1")
                .hasMessageContaining("BALLISTIC_MISSILE");
    }
}

package io.steeldome.defence.effector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.threat.ThreatClass;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EffectorSpecTest {

    private static EffectorSpec.Builder valid() {
        return EffectorSpec.builder("TEST")
                .envelope(1_000, 20_000, 0, 10_000)
                .flyout(2, 800)
                .launchDelayS(3)
                .pk(ThreatClass.ROCKET, 0.7)
                .magazine(4)
                .reloadS(600)
                .costPerShotUsd(1e5);
    }

    @Test
    void missingClassCannotBeEngaged() {
        EffectorSpec spec = valid().build();
        assertThat(spec.canEngage(ThreatClass.ROCKET)).isTrue();
        assertThat(spec.pk(ThreatClass.ROCKET)).isEqualTo(OptionalDouble.of(0.7));
        assertThat(spec.canEngage(ThreatClass.BALLISTIC_MISSILE)).isFalse();
        assertThat(spec.pk(ThreatClass.BALLISTIC_MISSILE)).isEmpty();
    }

    @Test
    void taskingKeepsOnlyTheGivenClassesItCouldEngage() {
        EffectorSpec spec = valid().pk(ThreatClass.AIRCRAFT, 0.9).build();
        EffectorSpec tasked = spec.restrictedTo(java.util.EnumSet.of(ThreatClass.AIRCRAFT, ThreatClass.CRUISE_MISSILE));
        assertThat(tasked.canEngage(ThreatClass.AIRCRAFT)).isTrue();
        assertThat(tasked.pk(ThreatClass.AIRCRAFT)).isEqualTo(OptionalDouble.of(0.9));
        assertThat(tasked.canEngage(ThreatClass.ROCKET)).isFalse();
        // tasking cannot add a class the layer has no Pk against
        assertThat(tasked.canEngage(ThreatClass.CRUISE_MISSILE)).isFalse();
        assertThat(tasked.envelope()).isEqualTo(spec.envelope());
        assertThat(tasked.magazine()).isEqualTo(spec.magazine());
        assertThat(tasked.costPerShotUsd()).isEqualTo(spec.costPerShotUsd());
    }

    @Test
    void classRangeOverrideOnlyNarrowsThatClass() {
        EffectorSpec spec =
                valid().maxRangeM(ThreatClass.BALLISTIC_MISSILE, 8_000).build();
        assertThat(spec.maxRangeM(ThreatClass.BALLISTIC_MISSILE)).isEqualTo(8_000);
        assertThat(spec.maxRangeM(ThreatClass.ROCKET)).isEqualTo(20_000);
        assertThatThrownBy(() ->
                        valid().maxRangeM(ThreatClass.BALLISTIC_MISSILE, 30_000).build())
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("BALLISTIC_MISSILE");
    }

    @Test
    void pkMapIsCopiedAndUnmodifiable() {
        EffectorSpec spec = valid().build();
        assertThatThrownBy(() -> spec.pkByClass().put(ThreatClass.AIRCRAFT, 0.5))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
    }

    @Test
    void rejectsInvalidSpecs() {
        List<EffectorSpec.Builder> bad = List.of(
                valid().pk(ThreatClass.AIRCRAFT, 0),
                valid().pk(ThreatClass.AIRCRAFT, 1.2),
                valid().magazine(0),
                valid().fireChannels(0),
                valid().launchDelayS(-1),
                valid().costPerShotUsd(Double.NaN),
                valid().envelope(null),
                EffectorSpec.builder(" ")
                        .envelope(1, 2, 0, 1)
                        .flyout(0, 1)
                        .launchDelayS(0)
                        .magazine(1)
                        .reloadS(0)
                        .costPerShotUsd(0),
                EffectorSpec.builder("NO_DELAY")
                        .envelope(1, 2, 0, 1)
                        .flyout(0, 1)
                        .magazine(1)
                        .reloadS(0)
                        .costPerShotUsd(0));
        for (EffectorSpec.Builder b : bad) {
            assertThatThrownBy(b::build).isInstanceOf(SteeldomeException.class);
        }
    }

    @Test
    void emptyEnvelopeIsRejected() {
        assertThatThrownBy(() -> new Envelope(5_000, 4_000, 0, 1_000))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("range");
        assertThatThrownBy(() -> new Envelope(0, 4_000, 2_000, 1_000))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("altitude");
    }

    /** The presets must at least be internally consistent: interceptors reach max range in a plausible time. */
    @Test
    void presetsAreConsistent() {
        for (EffectorSpec spec : List.of(
                EffectorPresets.SHORT_RANGE,
                EffectorPresets.MEDIUM_RANGE,
                EffectorPresets.UPPER_TIER,
                EffectorPresets.IRON_DOME_CLASS,
                EffectorPresets.C_UAS_GUN)) {
            double toMaxRangeS = spec.flyoutTimeS(spec.envelope().maxRangeM());
            assertThat(toMaxRangeS).as(spec.layerName()).isBetween(1.0, 200.0);
            assertThat(spec.pkByClass()).as(spec.layerName()).isNotEmpty();
        }
        assertThat(EffectorPresets.UPPER_TIER.maxRangeM(ThreatClass.BALLISTIC_MISSILE))
                .isLessThan(EffectorPresets.UPPER_TIER.maxRangeM(ThreatClass.AIRCRAFT));
        assertThat(EffectorPresets.C_UAS_GUN.canEngage(ThreatClass.BALLISTIC_MISSILE))
                .isFalse();
    }

    @Test
    void guidanceLimitsDefaultToTheDocumentedAssumptionsAndAreValidated() {
        EffectorSpec sr = EffectorPresets.SHORT_RANGE;
        assertThat(sr.seekerBasketM()).isEqualTo(1500);
        assertThat(sr.maxDivertM()).isEqualTo(5000);
        EffectorSpec tight = sr.toBuilder().seekerBasketM(300).maxDivertM(0).build();
        assertThat(tight.seekerBasketM()).isEqualTo(300);
        assertThat(tight.maxDivertM()).isZero();
        assertThat(tight.toBuilder().build()).isEqualTo(tight);
        assertThatThrownBy(() -> sr.toBuilder().seekerBasketM(0).build())
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("seekerBasketM");
        assertThatThrownBy(() -> sr.toBuilder().maxDivertM(-1).build())
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("maxDivertM");
    }
}

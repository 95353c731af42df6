package io.steeldome.defence.effector;

import io.steeldome.defence.threat.ThreatClass;

/**
 * Layer presets for scenarios. Ranges and altitudes follow open-source figures (cited per preset); fly-out speeds,
 * reaction times, kill probabilities, reload times and costs are rarely published, so they are stated modelling
 * assumptions ("assumed"), order-of-magnitude only. None of this is performance data of a real system.
 */
public final class EffectorPresets {
    private EffectorPresets() {}

    /**
     * HİSAR-O+ class short-range missile. Range 25 km and at least nine simultaneous targets: TRT, 2025-07 report on
     * the first delivery to the Turkish Armed Forces; ~15 km altitude: open reports of the O+ version. Advertised
     * roles are aircraft, helicopters, drones, cruise and air-to-ground missiles; the ROCKET entry is an assumption so
     * a two-layer demo can engage rockets at all (low Pk). Dual-pulse motor (Roketsan tests, 2016): speed assumed.
     * Magazine 6 per launcher (assumed from public launcher photos); cost assumed.
     */
    public static final EffectorSpec SHORT_RANGE = EffectorSpec.builder("SHORT_RANGE")
            .envelope(1_000, 25_000, 30, 15_000)
            .flyout(4, 800)
            .launchDelayS(6)
            .pk(ThreatClass.AIRCRAFT, 0.85)
            .pk(ThreatClass.CRUISE_MISSILE, 0.8)
            .pk(ThreatClass.ONE_WAY_ATTACK_DRONE, 0.85)
            .pk(ThreatClass.ROCKET, 0.5)
            .magazine(6)
            .fireChannels(9)
            .reloadS(900)
            .costPerShotUsd(1.0e6)
            .build();

    /**
     * SİPER class medium/long-range missile. ~100 km range: SSB head İ. Demir on the 2022-12 test (target hit at
     * 100 km, TRT Deutsch) and his 2021 statement (Sabah). ~20 km altitude from open reports. Ballistic capability
     * is planned for the system; the 40 km max range and Pk against BALLISTIC_MISSILE are assumptions (terminal-phase
     * footprint is far smaller than the aerodynamic range). Magazine, speed, delay and cost assumed.
     */
    public static final EffectorSpec MEDIUM_RANGE = EffectorSpec.builder("MEDIUM_RANGE")
            .envelope(3_000, 100_000, 50, 20_000)
            .flyout(6, 1_200)
            .launchDelayS(8)
            .pk(ThreatClass.AIRCRAFT, 0.85)
            .pk(ThreatClass.CRUISE_MISSILE, 0.8)
            .pk(ThreatClass.ONE_WAY_ATTACK_DRONE, 0.8)
            .pk(ThreatClass.BALLISTIC_MISSILE, 0.5)
            .pk(ThreatClass.ROCKET, 0.5)
            .maxRangeM(ThreatClass.BALLISTIC_MISSILE, 40_000)
            .magazine(4)
            .fireChannels(6)
            .reloadS(1_200)
            .costPerShotUsd(2.0e6)
            .build();

    /**
     * Patriot (PAC-2 GEM-T / PAC-3 MSE) class upper tier. 160 km against air-breathing targets is the GEM-T figure
     * (CSIS Missile Defense Project, "Patriot"); against tactical ballistic missiles open estimates for PAC-3 MSE are
     * a few tens of km, modelled as 40 km; ~24 km altitude (same source). 12 PAC-3 MSE per M903 launcher (Lockheed
     * Martin fact sheet); ~4 M USD per PAC-3 MSE (US Army budget documents, FY2024 order). Speed, delay, Pk assumed.
     */
    public static final EffectorSpec UPPER_TIER = EffectorSpec.builder("UPPER_TIER")
            .envelope(3_000, 160_000, 50, 24_000)
            .flyout(5, 1_500)
            .launchDelayS(9)
            .pk(ThreatClass.AIRCRAFT, 0.9)
            .pk(ThreatClass.CRUISE_MISSILE, 0.85)
            .pk(ThreatClass.ONE_WAY_ATTACK_DRONE, 0.8)
            .pk(ThreatClass.BALLISTIC_MISSILE, 0.75)
            .maxRangeM(ThreatClass.BALLISTIC_MISSILE, 40_000)
            .magazine(12)
            .fireChannels(9)
            .reloadS(1_800)
            .costPerShotUsd(4.0e6)
            .build();

    /**
     * Iron Dome class counter-rocket layer. 4-70 km against rockets and aircraft up to ~10 km altitude (Rafael, as
     * widely reported); 20 Tamir interceptors per launcher; ~35-60 k USD per Tamir (reported estimates, BBC 2012:
     * 60 k); ~85-90 % reported interception rate against rockets judged threatening (IDF via BBC and Washington Post,
     * 2012), used as Pk. Speed, delay and reload assumed.
     */
    public static final EffectorSpec IRON_DOME_CLASS = EffectorSpec.builder("IRON_DOME_CLASS")
            .envelope(4_000, 70_000, 30, 10_000)
            .flyout(2, 700)
            .launchDelayS(3)
            .pk(ThreatClass.ROCKET, 0.85)
            .pk(ThreatClass.ONE_WAY_ATTACK_DRONE, 0.8)
            .pk(ThreatClass.CRUISE_MISSILE, 0.7)
            .pk(ThreatClass.AIRCRAFT, 0.6)
            .magazine(20)
            .fireChannels(10)
            .reloadS(900)
            .costPerShotUsd(50_000)
            .build();

    /**
     * 35 mm air-burst gun class (KORKUT / Skynex): effective range ~4 km and 1,100 rounds/min per twin mount (open
     * reports). One "shot" here is one burst; 20 bursts from the ready ammunition, Pk per burst, muzzle-to-target
     * average speed 900 m/s (35 mm rounds leave at ~1,050 m/s and slow down) and cost per burst are assumptions.
     */
    public static final EffectorSpec C_UAS_GUN = EffectorSpec.builder("C_UAS_GUN")
            .envelope(200, 4_000, 0, 3_000)
            .flyout(Flyout.constantSpeed(900))
            .launchDelayS(2)
            .pk(ThreatClass.ONE_WAY_ATTACK_DRONE, 0.7)
            .pk(ThreatClass.CRUISE_MISSILE, 0.4)
            .pk(ThreatClass.ROCKET, 0.3)
            .magazine(20)
            .fireChannels(1)
            .reloadS(600)
            .costPerShotUsd(10_000)
            .build();
}

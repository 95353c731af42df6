package io.steeldome.sensors.signature;

import io.steeldome.sensors.detection.Swerling;

/**
 * Kinds of targets with their typical microwave radar cross-section, the span quoted in open literature, the Swerling
 * model conventionally used for them, and the critical dimension used by the Johnson criteria. RCS depends strongly on
 * frequency and aspect; these are planning values (about X band unless noted), not measurements of any one object.
 *
 * <p>Swerling model convention: many comparable scatterers (aircraft, people, drones) are Rayleigh (case 1, scan to
 * scan); one dominant scatterer plus smaller ones (missiles, re-entry vehicles, vehicles) are chi-square with four
 * degrees of freedom (case 3) (Skolnik, Introduction to Radar Systems, 3rd ed., ch. 2; Richards, Fundamentals of Radar
 * Signal Processing).
 */
public enum TargetType {
    /**
     * Consumer quadcopter (DJI Phantom class): about -20 dBsm at X band, -30..-10 dBsm over aspect (measured in Li
     * and Ling, "An investigation on the radar signatures of small consumer drones", IEEE AWPL 16, 2017). Critical
     * dimension 0.35 m (Phantom diagonal).
     */
    SMALL_DRONE(0.01, 0.001, 0.1, Swerling.CASE_1, 0.35),
    /**
     * Shahed-136-class one-way attack drone (2.5 m span, composite airframe): 0.1-0.5 m^2 in open-source analyst
     * estimates (no measured value is public). Critical dimension 2.5 m (span).
     */
    SHAHED_CLASS_DRONE(0.2, 0.1, 0.5, Swerling.CASE_1, 2.5),
    /**
     * Subsonic cruise missile (Tomahawk/Kh-101 class, nose-on): the 0.1 m^2 planning value of open literature, 0.01-1
     * m^2 over aspect. Critical dimension 1.7 m (sqrt of a 6 m x 0.5 m side view).
     */
    CRUISE_MISSILE(0.1, 0.01, 1, Swerling.CASE_3, 1.7),
    /**
     * Ballistic-missile re-entry vehicle (cone, nose-on): 0.05-0.1 m^2 (open-literature estimates, e.g. the
     * Sessler et al. "Countermeasures" report, UCS/MIT 2000, uses RV cross-sections of this order). Critical
     * dimension 1 m.
     */
    BALLISTIC_RV(0.07, 0.05, 0.1, Swerling.CASE_3, 1.0),
    /**
     * Fighter aircraft (non-stealthy), 1-5 m^2 (Skolnik, Introduction to Radar Systems, 3rd ed., ch. 2 examples:
     * small fighter 2 m^2, large fighter 6 m^2). Critical dimension 8 m.
     */
    FIGHTER(2, 1, 5, Swerling.CASE_1, 8),
    /**
     * Airliner, 10-100 m^2 (Skolnik, ibid.: jumbo jet 100 m^2). Critical dimension 20 m.
     */
    AIRLINER(40, 10, 100, Swerling.CASE_1, 20),
    /**
     * Walking person, about 1 m^2 at X/Ku band (Skolnik, ibid.: man 1 m^2; the design target of ground-surveillance
     * radar brochures), 0.1-1 m^2. Critical dimension 0.75 m (the 1.8 m x 0.5 m human of DRI charts, FLIR technical
     * note TN-0002).
     */
    PERSON(1, 0.1, 1, Swerling.CASE_1, 0.75),
    /**
     * Light vehicle, 10 m^2 (the design target of ground-surveillance radar brochures; Skolnik, ibid., gives 100 m^2
     * for an automobile at microwave frequencies), 10-100 m^2. Critical dimension 2.3 m (the 2.3 m x 2.3 m NATO
     * vehicle of DRI charts).
     */
    VEHICLE(10, 10, 100, Swerling.CASE_3, 2.3);

    private final double typicalRcsM2;
    private final double minRcsM2;
    private final double maxRcsM2;
    private final Swerling swerling;
    private final double criticalDimensionM;

    TargetType(double typicalRcsM2, double minRcsM2, double maxRcsM2, Swerling swerling, double criticalDimensionM) {
        this.typicalRcsM2 = typicalRcsM2;
        this.minRcsM2 = minRcsM2;
        this.maxRcsM2 = maxRcsM2;
        this.swerling = swerling;
        this.criticalDimensionM = criticalDimensionM;
    }

    /** Typical mean RCS, m^2. */
    public double typicalRcsM2() {
        return typicalRcsM2;
    }

    /** Lower end of the quoted span, m^2. */
    public double minRcsM2() {
        return minRcsM2;
    }

    /** Upper end of the quoted span, m^2. */
    public double maxRcsM2() {
        return maxRcsM2;
    }

    /** The fluctuation model conventionally used. */
    public Swerling swerling() {
        return swerling;
    }

    /** Critical dimension for the Johnson criteria (sqrt of the presented area), m. */
    public double criticalDimensionM() {
        return criticalDimensionM;
    }
}

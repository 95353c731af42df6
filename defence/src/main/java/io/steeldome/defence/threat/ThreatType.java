package io.steeldome.defence.threat;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.units.Units;

/**
 * A kind of threat with its public-figure defaults. Ballistic types (rockets, ballistic missiles) use
 * {@code maxSpeedMps} and {@code loftFactor}; air-breathing types (drones, cruise missiles, aircraft) use
 * {@code speedMps} as cruise ground speed, {@code cruiseHeightAglM} and {@code diveAngleRad}. A field that does not
 * apply to the class is 0 (the loft factor is 1). Figures are open-source orders of magnitude for simulation, not
 * intelligence; RCS values especially are assumptions.
 *
 * @param rcsM2 nominal (frontal, X-band) radar cross-section, m^2
 * @param maxRangeM published maximum range, m (informational; trajectories do not enforce it)
 * @param speedMps maximum speed (ballistic) or cruise ground speed (air-breathing), m/s
 * @param cruiseHeightAglM cruise height above ground, m (air-breathing only)
 * @param diveAngleRad terminal dive angle below the horizontal, rad (air-breathing only)
 * @param loftFactor flight time over the minimum-energy flight time for the same range, >= 1 (ballistic only)
 * @param unitCostUsd the attacker's cost of one round, US dollars, >= 0; the cost-exchange ratio divides the
 *     defender's spend by the sum of these. 0 for platforms that are not expended (aircraft).
 */
public record ThreatType(
        String name,
        ThreatClass threatClass,
        double rcsM2,
        double maxRangeM,
        double speedMps,
        double cruiseHeightAglM,
        double diveAngleRad,
        double loftFactor,
        double unitCostUsd) {

    /**
     * BM-21 Grad 122 mm rocket, 9M22U: 20.4 km range, ~690 m/s maximum speed (Wikipedia "BM-21 Grad", citing
     * Jane's Armour and Artillery). RCS 0.05 m^2 is an assumed figure for a 0.122 m x 2.9 m body. Loft 1: with
     * drag neglected, a near-45-degree minimum-energy arc (~64 s, ~5 km apogee at 20 km) is the closest analogue.
     * Unit cost ~1,000 USD: an order-of-magnitude figure; published estimates for unguided 122 mm rockets range from a
     * few hundred to a few thousand dollars.
     */
    public static final ThreatType GRAD_122MM = ballistic(
                    "Grad-class 122 mm rocket", ThreatClass.ROCKET, 0.05, 20_400, 690, 1.0)
            .withUnitCostUsd(1_000);

    /** Extended-range 122 mm rocket (9M521 class, ~40 km; Wikipedia "BM-21 Grad"); otherwise as GRAD_122MM. */
    public static final ThreatType GRAD_122MM_EXTENDED = ballistic(
                    "Grad-class 122 mm extended-range rocket", ThreatClass.ROCKET, 0.05, 40_000, 1_000, 1.0)
            .withUnitCostUsd(2_000);

    /**
     * Scud-B class SRBM: 300 km range, apogee ~80-90 km, flight ~5 min (CSIS Missile Threat, "Scud-B"),
     * burn-out speed ~1.6 km/s (about Mach 5). RCS 1 m^2 is an assumed figure for a 0.88 m x 11 m body that does
     * not separate its warhead. Loft 1.1 gives ~276 s of unpowered flight and a ~90 km apogee at 300 km; the ~60 s
     * boost phase is not modelled (the trajectory starts with the burn-out velocity at the launch point).
     * Unit cost ~1 M USD: an assumed order of magnitude (public estimates for Scud-class rounds are of that order).
     */
    public static final ThreatType SCUD_B = ballistic(
                    "Scud-class SRBM", ThreatClass.BALLISTIC_MISSILE, 1.0, 300_000, 1_600, 1.1)
            .withUnitCostUsd(1_000_000);

    /**
     * Shahab-2 / Scud-C class SRBM for the 300-500 km band: ~500 km range with a ~700 kg warhead (CSIS Missile
     * Threat, "Shahab-2"; Wikipedia "Shahab-2"). Burn-out speed ~2.2 km/s is the minimum-energy speed for 500 km
     * on a spherical earth (Bate, Mueller & White sec. 6.2: v^2 = nu GM / r). Loft 1: the minimum-energy arc over
     * 450 km has a ~110 km apogee and ~310 s of unpowered flight, which with the unmodelled ~60-70 s boost matches
     * the ~6 min flights and ~100 km apogees quoted for Scud-class missiles at that range. RCS 1 m^2 assumed, as for
     * SCUD_B (no warhead separation). Unit cost ~1.5 M USD: an assumed order of magnitude.
     */
    public static final ThreatType SCUD_C = ballistic(
                    "Scud-C/Shahab-2-class SRBM", ThreatClass.BALLISTIC_MISSILE, 1.0, 500_000, 2_200, 1.0)
            .withUnitCostUsd(1_500_000);

    /**
     * Shahed-136 class one-way attack drone: ~185 km/h maximum speed, ~2000-2500 km range (Wikipedia "HESA Shahed
     * 136"; figures vary, 150-185 km/h). RCS 0.1 m^2 is an assumed figure for a 2.5 m composite delta wing with a
     * metal engine. Cruise height: reported flight heights range from ~60 m to a ~4000 m ceiling, and later
     * Ukrainian reports describe 1-3 km to stay above machine-gun teams. Over the Agri/Dogubayazit plateau a
     * pre-programmed route must clear ridges several hundred metres above the valley floor, so the default is
     * 1000 m above ground. The terminal dive is steep (45 degrees here). Unit cost 50,000 USD: within the
     * 20,000-50,000 USD range CSIS quotes ("The Drone Threat", 2023); leaked procurement figures are higher.
     */
    public static final ThreatType SHAHED_136 = airBreathing(
                    "Shahed-136-class drone",
                    ThreatClass.ONE_WAY_ATTACK_DRONE,
                    0.1,
                    2_000_000,
                    Units.kmhToMps(185),
                    1_000,
                    Math.toRadians(45))
            .withUnitCostUsd(50_000);

    /**
     * Subsonic land-attack cruise missile (Kh-55 / Soumar class): ~Mach 0.75 (~240 m/s), terrain-following at
     * ~50-100 m, ranges of 2000+ km (Wikipedia "Kh-55", "Soumar"). RCS 0.1 m^2 is an assumption. Dive 30 degrees.
     * Unit cost 1 M USD: an assumed order of magnitude for a subsonic land-attack cruise missile.
     */
    public static final ThreatType CRUISE_MISSILE = airBreathing(
                    "subsonic cruise missile", ThreatClass.CRUISE_MISSILE, 0.1, 2_000_000, 240, 100, Math.toRadians(30))
            .withUnitCostUsd(1_000_000);

    /**
     * Generic fourth-generation strike aircraft: ~250 m/s ingress at a few km, combat radius ~700-1000 km, RCS of
     * order 1-10 m^2 for non-stealthy fighters (5 m^2 here; an assumption). Dive 30 degrees models a diving
     * weapon release ending at the aim point. Unit cost 0: the aircraft is not expended, so it adds nothing to
     * the attacker's side of the cost-exchange ratio.
     */
    public static final ThreatType STRIKE_AIRCRAFT =
            airBreathing("strike aircraft", ThreatClass.AIRCRAFT, 5.0, 1_000_000, 250, 3_000, Math.toRadians(30));

    /**
     * Attack helicopter (Mi-24/Mi-35, AH-1, T129 ATAK class): cruise ~270 km/h (75 m/s) and combat radius of a few
     * hundred km (Wikipedia "Mil Mi-24": 270 km/h cruise, 335 km/h maximum, 450 km combat range). Flown
     * nap-of-the-earth in defended airspace: 50 m above ground here (US Army FM 3-04.203 "Fundamentals of Flight"
     * describes NOE flight at 0-25 ft above obstacles and contour flight at low, varying heights; 50 m is a contour
     * figure over rough ground). RCS 5 m^2 is an assumption (rotor hub and blades dominate; open estimates for
     * helicopters span ~1-10 m^2). Class AIRCRAFT: effectors' kill probabilities and the kinematic classifier treat
     * it as a (slow) aircraft. The 10 degree "dive" ends the route at the aim point, standing for a pop-up to a
     * firing position; weapon release from stand-off range is not modelled. Unit cost 0: not expended.
     */
    public static final ThreatType ATTACK_HELICOPTER = airBreathing(
            "attack helicopter", ThreatClass.AIRCRAFT, 5.0, 450_000, Units.kmhToMps(270), 50, Math.toRadians(10));

    public ThreatType {
        if (name == null || name.isBlank()) {
            throw new SteeldomeException(ThreatError.BLANK_NAME, "ThreatType.name");
        }
        if (threatClass == null) {
            throw new SteeldomeException(ThreatError.WRONG_PROFILE, name, "null", "give it a ThreatClass");
        }
        Checks.positive("rcsM2", rcsM2, "m^2");
        Checks.positive("maxRangeM", maxRangeM, "m");
        Checks.positive("speedMps", speedMps, "m/s");
        Checks.nonNegative("unitCostUsd", unitCostUsd, "USD");
        if (isBallistic(threatClass)) {
            Checks.inRange("loftFactor", loftFactor, 1.0, 3.0, "");
            if (cruiseHeightAglM != 0 || diveAngleRad != 0) {
                throw new SteeldomeException(
                        ThreatError.WRONG_PROFILE,
                        name,
                        threatClass,
                        "cruiseHeightAglM and diveAngleRad must be 0 for ballistic types");
            }
        } else {
            Checks.positive("cruiseHeightAglM", cruiseHeightAglM, "m");
            Checks.inRange("diveAngleRad", diveAngleRad, 1e-3, Math.PI / 2, "rad");
            if (loftFactor != 1.0) {
                throw new SteeldomeException(
                        ThreatError.WRONG_PROFILE, name, threatClass, "loftFactor must be 1 for air-breathing types");
            }
        }
    }

    /** A rocket or ballistic missile. */
    public static ThreatType ballistic(
            String name,
            ThreatClass threatClass,
            double rcsM2,
            double maxRangeM,
            double maxSpeedMps,
            double loftFactor) {
        if (!isBallistic(threatClass)) {
            throw new SteeldomeException(
                    ThreatError.WRONG_PROFILE, name, threatClass, "use airBreathing(...) for this class");
        }
        return new ThreatType(name, threatClass, rcsM2, maxRangeM, maxSpeedMps, 0, 0, loftFactor, 0);
    }

    /** A drone, cruise missile or aircraft flying waypoints at a cruise height, then diving onto its aim point. */
    public static ThreatType airBreathing(
            String name,
            ThreatClass threatClass,
            double rcsM2,
            double maxRangeM,
            double cruiseSpeedMps,
            double cruiseHeightAglM,
            double diveAngleRad) {
        if (isBallistic(threatClass)) {
            throw new SteeldomeException(
                    ThreatError.WRONG_PROFILE, name, threatClass, "use ballistic(...) for this class");
        }
        return new ThreatType(
                name, threatClass, rcsM2, maxRangeM, cruiseSpeedMps, cruiseHeightAglM, diveAngleRad, 1.0, 0);
    }

    /** This type with the attacker's cost of one round, US dollars. */
    public ThreatType withUnitCostUsd(double value) {
        return new ThreatType(
                name, threatClass, rcsM2, maxRangeM, speedMps, cruiseHeightAglM, diveAngleRad, loftFactor, value);
    }

    public boolean isBallistic() {
        return isBallistic(threatClass);
    }

    /**
     * A sensible unpowered flight time for a ballistic shot over {@code groundRangeM}: the minimum-energy time on a
     * spherical earth times this type's loft factor.
     */
    public double nominalFlightTimeS(double groundRangeM) {
        if (!isBallistic()) {
            throw new SteeldomeException(
                    ThreatError.WRONG_PROFILE,
                    name,
                    threatClass,
                    "flight time follows from the route for air-breathers");
        }
        return loftFactor * BallisticTrajectory.minimumEnergyFlightTimeS(groundRangeM);
    }

    private static boolean isBallistic(ThreatClass c) {
        return c == ThreatClass.ROCKET || c == ThreatClass.BALLISTIC_MISSILE;
    }
}

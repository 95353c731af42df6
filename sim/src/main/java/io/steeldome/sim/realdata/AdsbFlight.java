package io.steeldome.sim.realdata;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.Wgs84;
import java.util.List;

/**
 * A recorded flight: distinct position reports in time order. Positions between reports are interpolated linearly
 * in ECEF, which over a 10 s report interval is within metres of the flown path.
 */
public record AdsbFlight(String name, List<AdsbSample> samples) {
    public AdsbFlight {
        samples = List.copyOf(samples);
        if (samples.size() < 2) {
            throw new SteeldomeException(RealDataError.TOO_SHORT, name, samples.size());
        }
    }

    public double startS() {
        return samples.get(0).timeS();
    }

    public double endS() {
        return samples.get(samples.size() - 1).timeS();
    }

    /** The interpolated position at Unix time {@code timeS}, clamped to the recording. */
    public EcefPoint positionAt(double timeS) {
        int hi = 1;
        while (hi < samples.size() - 1 && samples.get(hi).timeS() < timeS) {
            hi++;
        }
        AdsbSample a = samples.get(hi - 1);
        AdsbSample b = samples.get(hi);
        double f = Math.max(0, Math.min(1, (timeS - a.timeS()) / (b.timeS() - a.timeS())));
        EcefPoint pa = Wgs84.toEcef(a.position());
        EcefPoint pb = Wgs84.toEcef(b.position());
        return new EcefPoint(
                pa.xM() + f * (pb.xM() - pa.xM()),
                pa.yM() + f * (pb.yM() - pa.yM()),
                pa.zM() + f * (pb.zM() - pa.zM()));
    }

    /** Turn rate of the ground track around {@code timeS}, rad/s, from the neighbouring reports. */
    public double turnRateRadPerS(double timeS) {
        int i = 1;
        while (i < samples.size() - 2 && samples.get(i).timeS() < timeS) {
            i++;
        }
        double c1 = course(samples.get(i - 1), samples.get(i));
        double c2 = course(samples.get(i), samples.get(i + 1));
        double d = Math.IEEEremainder(c2 - c1, 2 * Math.PI);
        return Math.abs(d) / ((samples.get(i + 1).timeS() - samples.get(i - 1).timeS()) / 2);
    }

    private static double course(AdsbSample a, AdsbSample b) {
        return io.steeldome.core.geo.Geodesy.inverse(a.position(), b.position()).azimuth1Rad();
    }
}

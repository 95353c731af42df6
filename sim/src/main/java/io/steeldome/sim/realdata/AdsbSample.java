package io.steeldome.sim.realdata;

import io.steeldome.core.geo.GeodeticPoint;

/**
 * One ADS-B position report. The height is the barometric altitude taken as height above the ellipsoid: both the
 * truth and the simulated radar use it, so the offset between the two (tens of metres) does not bias the errors.
 *
 * @param timeS Unix time, s
 */
public record AdsbSample(double timeS, GeodeticPoint position) {}

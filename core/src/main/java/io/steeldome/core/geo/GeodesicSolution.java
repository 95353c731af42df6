package io.steeldome.core.geo;

/**
 * The inverse geodesic problem's answer: ellipsoidal distance and forward azimuths (clockwise from north, radians)
 * at both ends.
 */
public record GeodesicSolution(double distanceM, double azimuth1Rad, double azimuth2Rad) {}

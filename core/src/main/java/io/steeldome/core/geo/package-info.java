/** WGS-84 geodesy: geodetic, ECEF and local ENU/NED coordinates, and geodesics through GeographicLib. */
package io.steeldome.core.geo;

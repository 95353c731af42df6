/**
 * CZML, the time-dynamic scene format of CesiumJS: {@link io.steeldome.interop.czml.Czml} builds documents (a
 * document packet with a clock, then packets with availability, sampled cartographicDegrees positions, points,
 * labels, paths, polygons, ellipses and polylines shown over intervals), and {@link
 * io.steeldome.interop.czml.CzmlValidator} checks their structure.
 */
package io.steeldome.interop.czml;

/**
 * Exports of scenarios and runs for other tools: RFC 7946 GeoJSON (GIS, Leaflet.TimeDimension-style per-vertex
 * {@code times}) and CZML (time-dynamic scenes for CesiumJS), built with {@code interop.geojson} and {@code
 * interop.czml} and checked in tests by their validators.
 */
package io.steeldome.sim.export;

/**
 * RFC 7946 GeoJSON: {@link io.steeldome.interop.geojson.GeoJson} builds FeatureCollections (ids, holes, multi
 * geometries, timed lines, bbox), {@link io.steeldome.interop.geojson.GeoJsonValidator} checks structure, ranges,
 * ring closure and winding (and, given a region, coordinate order), and {@link
 * io.steeldome.interop.geojson.GridOutline} turns raster masks such as viewsheds into polygons with JTS.
 */
package io.steeldome.interop.geojson;

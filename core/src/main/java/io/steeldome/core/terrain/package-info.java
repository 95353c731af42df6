/**
 * Terrain: georeferenced elevation rasters (SRTM, GeoTIFF, mosaics), bilinear sampling with explicit voids, line of
 * sight with earth curvature and refraction, viewsheds and multi-site coverage.
 */
package io.steeldome.core.terrain;

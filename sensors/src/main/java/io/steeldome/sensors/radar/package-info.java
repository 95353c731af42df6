/**
 * Radar sensor model: coverage, detection draws, measurement noise and polar-to-Cartesian conversion into the
 * scenario ENU frame. Plots carry no ground truth.
 */
package io.steeldome.sensors.radar;

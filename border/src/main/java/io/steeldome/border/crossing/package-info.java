/**
 * Simulated border crossings: crosser kinds and their speeds on slopes, terrain-aware least-cost paths over a DEM,
 * timed paths, and a seeded generator of crossings per day. Models movement only, for testing surveillance coverage.
 */
package io.steeldome.border.crossing;

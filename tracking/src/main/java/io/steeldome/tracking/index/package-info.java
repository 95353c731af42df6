/**
 * Spatial indexes: cheap primary filters that may only over-accept; the caller always runs the exact test (the
 * chi-square gate) on what they return.
 */
package io.steeldome.tracking.index;

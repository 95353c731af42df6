/** Typed failures of the tracking module ({@link io.steeldome.tracking.error.TrackingError}). */
package io.steeldome.tracking.error;

/**
 * Detection of simulated crossers by border stations (line of sight on the DEM, range, per-look probability by sensor
 * type, range and day or night), fusion of the detections into tracks, and alerts for the operators. Surveillance
 * only: alerts carry where, what and how sure, for patrol dispatch.
 */
package io.steeldome.border.detect;

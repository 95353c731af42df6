/**
 * Unattended ground sensors (seismic, acoustic, passive infrared): range-dependent detection probability per target
 * type, false alarms at a rate per hour, seeded draws. Reports carry no ground truth.
 */
package io.steeldome.sensors.ugs;

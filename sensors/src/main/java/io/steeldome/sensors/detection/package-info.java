/**
 * Detection physics: exact fluctuating-target detection probability with non-coherent integration ({@link
 * io.steeldome.sensors.detection.Swerling}, {@link io.steeldome.sensors.detection.MarcumQ}), the Albersheim and
 * Shnidman approximations, thermal-noise measurement accuracy, and the smooth-earth radar horizon.
 */
package io.steeldome.sensors.detection;

/**
 * steeldome sensors: sensor specifications ({@code spec}), detection physics ({@code detection}) and sensor models
 * that turn ground truth into measurements without leaking it ({@code radar}). Errors use {@link
 * io.steeldome.sensors.SensorError}. Depends on core and Hipparchus only.
 */
package io.steeldome.sensors;

/**
 * steeldome sensors: sensor specifications and physical radar parameters ({@code spec}), target signatures
 * ({@code signature}), detection physics ({@code detection}: exact Swerling 0-4 with non-coherent integration,
 * Marcum Q, Albersheim and Shnidman, measurement accuracy, radar horizon), terrain masking ({@code coverage}), and
 * sensor models that turn ground truth into measurements without leaking it ({@code radar}, {@code eoir} cameras,
 * {@code ugs} unattended ground sensors). Errors use {@link io.steeldome.sensors.SensorError}. Depends on core and
 * Hipparchus only.
 */
package io.steeldome.sensors;

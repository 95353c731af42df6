/**
 * Target signatures: typical radar cross-sections with their Swerling fluctuation model, and the physical sizes
 * electro-optical sensors resolve. Open-literature planning values with their sources; override per scenario.
 */
package io.steeldome.sensors.signature;

/** Sensor specifications: immutable, validated parameter sets with documented presets. */
package io.steeldome.sensors.spec;

/** Sensor coverage: where a sensor can see at all, independent of detection draws (terrain masking). */
package io.steeldome.sensors.coverage;

/**
 * Electro-optical and infrared cameras: Johnson-criteria discrimination ranges with the target transfer probability
 * function, day (visible) and night (thermal) channels, atmospheric extinction as a range cap, field of view and slew.
 */
package io.steeldome.sensors.eoir;

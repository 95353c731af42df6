/** Detection physics: fluctuating-target detection probability and the smooth-earth radar horizon. */
package io.steeldome.sensors.detection;

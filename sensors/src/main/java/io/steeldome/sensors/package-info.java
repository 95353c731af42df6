/** steeldome sensors module. */
package io.steeldome.sensors;

/**
 * Impact prediction from track estimates: unscented-transform ballistic impacts with covariance, and the predicted
 * paths (ballistic or straight line) that engagement planning intercepts.
 */
package io.steeldome.defence.impact;

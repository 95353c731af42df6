/** Gaussian filters: predict with a motion model, update with a position measurement. */
package io.steeldome.tracking.filter;

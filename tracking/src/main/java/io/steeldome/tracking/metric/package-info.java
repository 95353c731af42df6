/** Tracking performance metrics (GOSPA, RMSE) computed from stored estimates and truth. */
package io.steeldome.tracking.metric;

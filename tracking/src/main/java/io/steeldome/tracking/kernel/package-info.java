/**
 * Fixed-size Kalman kernels on primitive arrays (6-state, 3-D position measurement) for the tracker's hot path.
 * They compute exactly what {@link io.steeldome.tracking.filter.KalmanFilter} computes (same Joseph form, symmetric
 * covariances, Cholesky solves, never an explicit inverse) without allocating; {@code KalmanFilter} stays the
 * general, readable reference they are tested against. Hand-written because the JMH benchmark
 * {@code io.steeldome.bench.tracking.KalmanKernelBenchmark} shows them several times faster.
 */
package io.steeldome.tracking.kernel;

/**
 * Tracking on files: reads detections ({@code scan,time_s,x_m,y_m[,z_m]}) and optional ground truth
 * ({@code scan,time_s,target_id,x_m,y_m[,z_m]}) from CSV, runs the multi-target tracker scan by scan, writes the
 * confirmed tracks and scores them (GOSPA, RMSE, throughput). Bad input fails with the file and line before any
 * output is written. This is the file layer behind {@code steeldome track}; the tracker itself never sees a file.
 */
package io.steeldome.sim.trackfile;

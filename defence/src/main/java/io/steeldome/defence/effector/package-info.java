/**
 * Interceptor layers: their engagement envelope, fly-out kinematics, kill probabilities and magazine (a spec), where
 * they stand (an effector) and how many rounds they have left (an immutable state).
 */
package io.steeldome.defence.effector;

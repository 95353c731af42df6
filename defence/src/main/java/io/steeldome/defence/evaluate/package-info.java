/**
 * Threat evaluation: defended assets, hit probabilities of predicted impacts and ground tracks, class inference from
 * kinematics, and the value-at-risk ranking with the defended-area engagement filter.
 */
package io.steeldome.defence.evaluate;

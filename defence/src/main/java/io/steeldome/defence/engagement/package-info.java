/**
 * Engagement feasibility: when and where an effector's interceptor can meet a threat's predicted path inside its
 * envelope and before impact.
 */
package io.steeldome.defence.engagement;

/** Motion (transition) models: how a target state evolves between scans. */
package io.steeldome.tracking.model;

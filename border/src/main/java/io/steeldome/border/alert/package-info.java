/**
 * The border alert value shared by detection (which raises alerts), dispatch (which sends a patrol to look) and the
 * multi-agency shared picture (which decides who sees them): position with its error ellipse, classification with
 * confidence, sector, owning agency and releasability marking.
 */
package io.steeldome.border.alert;

/**
 * The multi-agency shared picture: per agency-pair release rules (none, downgraded precision, full) under each item's
 * own releasability marking, and per-agency views that hold only what that agency may see.
 */
package io.steeldome.border.share;

/** The tracker: wires filter, gate, association, initiation and deletion; plus the types it exchanges. */
package io.steeldome.tracking.tracker;

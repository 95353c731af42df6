/**
 * Replay of a recorded C2 session: the server's H2 file (track history, alerts, recommendations, operator decisions,
 * weapons control orders, the hash-chained audit log) played back in recorded time order on a fresh server, and
 * exported as files (GeoJSON, CZML, CSV). The recording is evidence: it is copied before it is opened, and only the
 * copy is read. A replay is history: it takes no decision.
 */
package io.steeldome.server.replay;

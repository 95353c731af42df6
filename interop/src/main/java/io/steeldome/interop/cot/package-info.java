/**
 * Cursor-on-Target (CoT 2.0) events: a record model whose {@code detail} is a generic, order-preserving XML tree
 * (so unknown TAK details survive a read/write round trip), a hardened reader for single events and for the
 * undelimited event streams TAK servers send, a deterministic writer, the mapping from steeldome tracks, border
 * alerts and sensor points of interest to CoT, and UDP/TCP transports.
 *
 * <p>Everything here reports detections and positions only; no CoT tasking types are produced.
 */
package io.steeldome.interop.cot;

/**
 * Live feed ingestion into the shared picture: Cursor-on-Target over TCP, ASTERIX over UDP and JSON over HTTP. Each
 * feed turns what it reads into {@link io.steeldome.border.share.SharedTrack}s owned by a configured agency, counts
 * every rejected input by kind (malformed, oversized, unknown source, stale…) and never lets bad input reach past its
 * own receiver. Detection and tracking input only.
 */
package io.steeldome.server.feed;

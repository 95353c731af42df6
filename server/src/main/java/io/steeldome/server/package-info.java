/**
 * The live C2 server: {@link io.steeldome.server.SteeldomeServer} wires storage ({@code store}), authentication and
 * roles ({@code auth}), the hash-chained audit log ({@code audit}), operator approval of engagement recommendations
 * ({@code approval}), the releasability-filtered border picture ({@code share}) and the REST API ({@code api}).
 * Simulation and decision support only: no interface to real weapons; in live mode no engagement proceeds without a
 * recorded operator approval; border features only detect, alert and dispatch patrols.
 */
package io.steeldome.server;

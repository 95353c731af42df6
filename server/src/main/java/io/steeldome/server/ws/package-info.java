/**
 * WebSocket push of the live picture to browsers: one bounded, coalescing outbox per client, so that a slow client
 * costs only its own updates and never stalls the server or other clients.
 */
package io.steeldome.server.ws;

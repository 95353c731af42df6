/**
 * Operator approval of engagement recommendations: the queue between the live engine and the operators, the only
 * path by which an approval is made, persisted and audited.
 */
package io.steeldome.server.approval;

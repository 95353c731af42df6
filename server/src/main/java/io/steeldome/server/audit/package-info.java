/** The append-only, SHA-256 hash-chained audit log and its verification. */
package io.steeldome.server.audit;

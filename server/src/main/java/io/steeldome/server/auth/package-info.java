/** Users, roles, Argon2id password hashes, sessions with CSRF tokens, and login rate limits. */
package io.steeldome.server.auth;

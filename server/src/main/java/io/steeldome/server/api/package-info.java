/** REST routes, the authentication filter, JSON errors and canonical JSON. */
package io.steeldome.server.api;

/** steeldome server module. */
package io.steeldome.server;

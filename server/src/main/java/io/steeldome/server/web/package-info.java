/**
 * The browser UI's server side: the basemap data it draws (shipped border lines, no tile server). The UI itself is
 * static files under {@code /public} in the jar, with Leaflet and milsymbol vendored from npm at build time.
 */
package io.steeldome.server.web;

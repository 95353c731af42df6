/** Reading border lines from GeoJSON, and the bundled Natural Earth lines with their provenance. */
package io.steeldome.border.io;

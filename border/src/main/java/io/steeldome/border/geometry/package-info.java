/**
 * Border lines on the WGS-84 ellipsoid: geodesic lengths and cut points, sectors (by length or by agencies' areas of
 * responsibility) and one-sided buffer zones on the protected side (JTS in a local tangent plane).
 */
package io.steeldome.border.geometry;

/**
 * What is deployed: the defended assets, sensors, effectors and border sectors of the scenario a live run drives,
 * with their coverage as GeoJSON, served per caller agency under the same release rules as the picture.
 */
package io.steeldome.server.deploy;

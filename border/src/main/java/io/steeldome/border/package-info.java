/**
 * Border surveillance: border lines and sectors ({@code geometry}, {@code io}), station siting as a maximal covering
 * location problem ({@code siting}) with a planning entry point and its outputs ({@code plan}); crossers on
 * least-cost paths over the terrain ({@code crossing}); detection by each station's sensors, fusion into tracks and
 * alerts ({@code detect}, {@code alert}); patrol dispatch with queueing and per-sector statistics ({@code dispatch});
 * and the multi-agency shared picture under releasability rules ({@code share}). The module detects, alerts and
 * dispatches patrols to look; it never models or recommends force against people.
 */
package io.steeldome.border;

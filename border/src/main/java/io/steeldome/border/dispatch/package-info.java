/**
 * Patrol dispatch: teams at outposts are sent to look at alerts of their own agency, the earliest arrival first
 * (optimal assignment when alerts arrive together), with queueing when every team is busy; a slope-aware travel-time
 * model; per-sector statistics (probability of detection, time to detect, time to respond, false alerts per day).
 * Dispatch sends a patrol to look, nothing more.
 */
package io.steeldome.border.dispatch;

/**
 * Patrol dispatch on the live server: {@link io.steeldome.server.patrol.PatrolBoard} holds the border module's
 * dispatches (a team sent to look at an alert) on the live time base and tells each one's status at an instant;
 * {@link io.steeldome.server.patrol.BorderLiveRun} plays a border scenario's alerts and dispatches live. Detection,
 * alerting and patrol dispatch only: nothing here models force against people.
 */
package io.steeldome.server.patrol;

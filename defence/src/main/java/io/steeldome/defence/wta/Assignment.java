package io.steeldome.defence.wta;

import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.tracking.tracker.TrackId;

/**
 * One shot: effector {@code effectorId} fires one round at {@code targetId}.
 *
 * @param expectedValueSaved the marginal reduction of expected surviving value when it was chosen
 */
public record Assignment(
        String effectorId,
        TrackId targetId,
        double pk,
        InterceptSolution solution,
        double costPerShotUsd,
        double expectedValueSaved) {}

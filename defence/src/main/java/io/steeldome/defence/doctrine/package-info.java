/**
 * Engagement doctrine: weapons control status per layer and over time, identification from what a track shows,
 * fire doctrine per threat class (shoot-look-shoot, salvoes, rounds per threat, layering), the recommendation to
 * approval step that every engagement passes through, the cost-exchange ratio and a pre-run feasibility check.
 * {@link io.steeldome.defence.doctrine.EngagementController} ties them together at each decision instant and says
 * why each threat was or was not engaged. Decision support only: nothing here drives real weapons.
 */
package io.steeldome.defence.doctrine;

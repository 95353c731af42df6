package io.steeldome.sim.scenario;

import io.steeldome.defence.threat.DroneSwarm;

/** How the launches of a swarm's members are timed ({@code threats[].swarm.arrival}). */
public enum SwarmArrival implements YamlEnum {
    /** Members launch {@code intervalS} apart (0: together). */
    STAGGERED("staggered", DroneSwarm.Arrival.STAGGERED),
    /** Launches are delayed so that every member arrives at the same time. */
    SIMULTANEOUS("simultaneous", DroneSwarm.Arrival.SIMULTANEOUS);

    private final String yamlName;
    private final DroneSwarm.Arrival arrival;

    SwarmArrival(String yamlName, DroneSwarm.Arrival arrival) {
        this.yamlName = yamlName;
        this.arrival = arrival;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** The defence module's timing rule. */
    public DroneSwarm.Arrival arrival() {
        return arrival;
    }
}

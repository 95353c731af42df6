package io.steeldome.sim.scenario;

/** An enum constant with the spelling it has in a scenario file (lower-case, hyphenated). */
public interface YamlEnum {
    /** The spelling in the scenario file, e.g. {@code grad-rocket}. */
    String yamlName();
}

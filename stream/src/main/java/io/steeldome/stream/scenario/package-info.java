/** Seeded synthetic plot feeds for tests, benchmarks and the embedded server. */
package io.steeldome.stream.scenario;

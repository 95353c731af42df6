/**
 * Kafka scale-out: topic names and keys, the JSON record schema, and a tracker service that consumes plots by
 * partition and publishes tracks. It sits above {@code sim} and beside {@code server} because it runs against the wall
 * clock and a live cluster; nothing below it knows about Kafka.
 */
package io.steeldome.stream;

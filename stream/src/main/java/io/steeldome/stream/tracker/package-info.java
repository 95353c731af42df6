/** Sector trackers and the transactional tracker service that runs them over Kafka partitions. */
package io.steeldome.stream.tracker;

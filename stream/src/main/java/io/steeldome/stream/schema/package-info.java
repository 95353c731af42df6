/**
 * The records on the steeldome topics and their JSON encoding; stream/README.md documents the schema field by field.
 */
package io.steeldome.stream.schema;

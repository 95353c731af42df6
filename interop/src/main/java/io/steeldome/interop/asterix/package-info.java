/**
 * EUROCONTROL ASTERIX codec (CAT021, 034, 048, 062, 065), driven by the asterix-specs category definitions compiled
 * at load ({@link io.steeldome.interop.asterix.AsterixCatalog}). {@link io.steeldome.interop.asterix.AsterixDecoder}
 * reads raw data blocks or libpcap captures and returns records and typed errors, never throwing on bad input;
 * records are an index of item offsets with typed accessors, values decoded on demand.
 * {@link io.steeldome.interop.asterix.AsterixEncoder} writes records back from their JSON form
 * ({@link io.steeldome.interop.asterix.AsterixJson}) byte for byte.
 */
package io.steeldome.interop.asterix;

/** Error codes of the stream module. */
package io.steeldome.stream.error;

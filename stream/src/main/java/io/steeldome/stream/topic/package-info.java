/** Topic names, keys and creation. */
package io.steeldome.stream.topic;

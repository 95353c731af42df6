/** Track deletion rules. */
package io.steeldome.tracking.delete;

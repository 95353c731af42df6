/** steeldome bench module. */
package io.steeldome.bench;

/** steeldome cli module. */
package io.steeldome.cli;

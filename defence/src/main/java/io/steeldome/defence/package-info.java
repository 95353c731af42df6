/** steeldome defence module. */
package io.steeldome.defence;

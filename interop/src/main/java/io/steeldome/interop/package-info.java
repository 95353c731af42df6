/** steeldome interop module. */
package io.steeldome.interop;

/** Unit conversions used at input and output edges; the rest of steeldome is SI. */
package io.steeldome.core.units;

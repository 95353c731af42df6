/** Gaussian state estimates shared by the filters, the tracker and the modules above. */
package io.steeldome.tracking.state;

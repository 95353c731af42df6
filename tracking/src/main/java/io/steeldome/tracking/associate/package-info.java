/** Data association: which detection updates which track. */
package io.steeldome.tracking.associate;

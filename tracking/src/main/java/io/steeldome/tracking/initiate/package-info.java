/** Track initiation from unassociated detections and the tentative-to-confirmed rule. */
package io.steeldome.tracking.initiate;

/** Gates: which detections may belong to a track. */
package io.steeldome.tracking.gate;

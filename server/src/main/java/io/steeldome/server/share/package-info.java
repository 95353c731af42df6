/** The multi-agency border picture served per caller agency under the border module's release rules. */
package io.steeldome.server.share;

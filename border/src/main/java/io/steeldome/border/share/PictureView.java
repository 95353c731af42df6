package io.steeldome.border.share;

import io.steeldome.border.alert.BorderAlert;
import java.util.List;
import java.util.Objects;

/**
 * What one agency sees of the shared picture. It holds only released items (downgraded where the rules say so); it
 * carries no count of, or reference to, anything withheld.
 *
 * @param viewerId the viewing agency
 * @param alerts released alerts, sorted by id
 * @param tracks released tracks, sorted by id, whose alert references name only alerts in {@code alerts}
 */
public record PictureView(String viewerId, List<BorderAlert> alerts, List<SharedTrack> tracks) {
    public PictureView {
        Objects.requireNonNull(viewerId, "viewerId");
        alerts = List.copyOf(alerts);
        tracks = List.copyOf(tracks);
    }
}

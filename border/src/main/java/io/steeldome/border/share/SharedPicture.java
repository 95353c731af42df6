package io.steeldome.border.share;

import io.steeldome.border.BorderError;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.core.error.SteeldomeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The multi-agency picture: every agency's alerts and tracks, from which {@link #viewFor(String)} cuts what one agency
 * may see under a {@link ReleasePolicy}. Withheld items are dropped entirely (never passed on, never counted), released
 * ones are passed as they are or as downgraded copies, and track references to withheld alerts are removed.
 */
public final class SharedPicture {
    private final List<BorderAlert> alerts;
    private final List<SharedTrack> tracks;
    private final ReleasePolicy policy;

    public SharedPicture(List<BorderAlert> alerts, List<SharedTrack> tracks, ReleasePolicy policy) {
        this.alerts = List.copyOf(alerts);
        this.tracks = List.copyOf(tracks);
        this.policy = policy;
        Set<String> ids = new HashSet<>();
        for (BorderAlert a : this.alerts) {
            if (!ids.add("A:" + a.id())) {
                throw new SteeldomeException(BorderError.BAD_OPTION, "alert id", a.id(), "duplicate");
            }
        }
        for (SharedTrack t : this.tracks) {
            if (!ids.add("T:" + t.id())) {
                throw new SteeldomeException(BorderError.BAD_OPTION, "track id", t.id(), "duplicate");
            }
        }
    }

    /** What {@code viewerId} may see. */
    public PictureView viewFor(String viewerId) {
        List<BorderAlert> seenAlerts = new ArrayList<>();
        Set<String> seenAlertIds = new HashSet<>();
        for (BorderAlert a : alerts) {
            ReleaseRule rule = policy.ruleFor(a.agencyId(), a.releasability(), viewerId);
            switch (rule.access()) {
                case NONE -> {
                    continue;
                }
                case FULL -> seenAlerts.add(a);
                case DOWNGRADED -> {
                    Downgrade d = rule.downgrade().orElseThrow();
                    seenAlerts.add(a.withPosition(d.snap(a.position()), d.widen(a.uncertainty())));
                }
            }
            seenAlertIds.add(a.id());
        }
        List<SharedTrack> seenTracks = new ArrayList<>();
        for (SharedTrack t : tracks) {
            ReleaseRule rule = policy.ruleFor(t.agencyId(), t.releasability(), viewerId);
            if (rule.access() == Access.NONE) {
                continue;
            }
            List<String> refs =
                    t.alertIds().stream().filter(seenAlertIds::contains).toList();
            boolean down = rule.access() == Access.DOWNGRADED;
            Downgrade d = rule.downgrade().orElse(null);
            seenTracks.add(new SharedTrack(
                    t.id(),
                    t.time(),
                    down ? d.snap(t.position()) : t.position(),
                    down ? d.widen(t.uncertainty()) : t.uncertainty(),
                    t.agencyId(),
                    t.releasability(),
                    refs,
                    t.identity()));
        }
        seenAlerts.sort(Comparator.comparing(BorderAlert::id));
        seenTracks.sort(Comparator.comparing(SharedTrack::id));
        return new PictureView(viewerId, seenAlerts, seenTracks);
    }
}

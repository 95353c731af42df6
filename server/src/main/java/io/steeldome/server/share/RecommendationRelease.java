package io.steeldome.server.share;

import io.steeldome.border.share.SharedTrack;
import io.steeldome.server.approval.PostedRecommendation;
import io.steeldome.server.live.LiveBoard;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which recommendations an agency may see: only those about tracks it may see, because a recommendation's track id,
 * class and intercept geometry tell that the track exists. A live run's recommendation is released only with its
 * track (so not in the moment between posting it and publishing the scan's picture); one from elsewhere, whose track
 * may not be in the picture at all, is withheld only when its track is in the picture and withheld from the agency.
 */
public final class RecommendationRelease {
    private RecommendationRelease() {}

    /** The pending recommendations {@code agency} may see, in order. */
    public static List<PostedRecommendation> visibleTo(
            String agency,
            List<PostedRecommendation> pending,
            LivePicture picture,
            LiveBoard board,
            Collection<String> allAgencies) {
        Set<String> mine = ids(picture.viewFor(agency).tracks());
        Set<String> shared = new HashSet<>(mine);
        for (String a : allAgencies) {
            shared.addAll(ids(picture.viewFor(a).tracks()));
        }
        return pending.stream()
                .filter(p -> {
                    String id = board.pictureTrackId(p.recommendation());
                    return mine.contains(id) || (!board.isLinked(p.recommendation()) && !shared.contains(id));
                })
                .toList();
    }

    /**
     * The threat rows {@code agency} may see: rows about a track in the picture that is withheld from it are dropped
     * (as the WebSocket does); rows about tracks no agency has in the picture stay.
     */
    public static List<LiveBoard.ThreatRow> threatsVisibleTo(
            String agency, List<LiveBoard.ThreatRow> rows, LivePicture picture, Collection<String> allAgencies) {
        Set<String> mine = ids(picture.viewFor(agency).tracks());
        Set<String> shared = new HashSet<>(mine);
        for (String a : allAgencies) {
            shared.addAll(ids(picture.viewFor(a).tracks()));
        }
        return rows.stream()
                .filter(r -> mine.contains(r.trackId()) || !shared.contains(r.trackId()))
                .toList();
    }

    private static Set<String> ids(List<SharedTrack> tracks) {
        Set<String> out = new HashSet<>();
        tracks.forEach(t -> out.add(t.id()));
        return out;
    }
}

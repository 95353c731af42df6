package io.steeldome.server.share;

import io.steeldome.border.share.PictureView;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.server.approval.PostedRecommendation;
import io.steeldome.server.live.LiveBoard;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each agency may see of the picture at one moment, and so which threat rows and recommendations it may see:
 * a row or recommendation names its track, so it goes only where the track goes. Built once per REST request or
 * WebSocket push round, so every agency's view is computed once.
 *
 * <p>A threat row about a track that no agency has in the picture stays visible (a feed without tracks). A live run's
 * recommendation is released only with its track, also in the moment between posting it and publishing the scan's
 * picture; one from elsewhere is withheld only when its track is in the picture and withheld from the agency.
 */
public final class ReleaseScope {
    private final LivePicture picture;
    private final Map<String, PictureView> views = new HashMap<>();
    private final Map<String, Set<String>> visibleIds = new HashMap<>();
    /** Every track id some agency may see. */
    private final Set<String> shared = new HashSet<>();

    private ReleaseScope(LivePicture picture) {
        this.picture = picture;
    }

    /** The views of {@code agencies} (all agencies with users) now. */
    public static ReleaseScope of(LivePicture picture, Collection<String> agencies) {
        ReleaseScope s = new ReleaseScope(picture);
        agencies.forEach(s::view);
        return s;
    }

    /** {@code agency}'s view of the picture (computed on first use). */
    public PictureView view(String agency) {
        return views.computeIfAbsent(agency, a -> {
            PictureView v = picture.viewFor(a);
            Set<String> ids = new HashSet<>();
            for (SharedTrack t : v.tracks()) {
                ids.add(t.id());
            }
            visibleIds.put(a, ids);
            shared.addAll(ids);
            return v;
        });
    }

    /** The threat rows {@code agency} may see, in order. */
    public List<LiveBoard.ThreatRow> threats(String agency, List<LiveBoard.ThreatRow> rows) {
        Set<String> mine = mine(agency);
        return rows.stream()
                .filter(r -> mine.contains(r.trackId()) || !shared.contains(r.trackId()))
                .toList();
    }

    /** The pending recommendations {@code agency} may see, in order. */
    public List<PostedRecommendation> recommendations(
            String agency, List<PostedRecommendation> pending, LiveBoard board) {
        Set<String> mine = mine(agency);
        return pending.stream()
                .filter(p -> {
                    String id = board.pictureTrackId(p.recommendation());
                    return mine.contains(id) || (!board.isLinked(p.recommendation()) && !shared.contains(id));
                })
                .toList();
    }

    private Set<String> mine(String agency) {
        view(agency);
        return visibleIds.get(agency);
    }
}

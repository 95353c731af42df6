package io.steeldome.server.share;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.share.PictureView;
import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.border.share.SharedPicture;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.server.api.Json;
import io.steeldome.server.store.Database;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The multi-agency border picture the server holds: alerts and the latest state of each shared track, as the engine
 * posts them (each also written to the alerts / track_history tables). What a caller gets is cut by the border
 * module's {@link SharedPicture} under the configured {@link ReleasePolicy} for the caller's agency: withheld items are
 * absent, not redacted. Detection and alerting only.
 *
 * <p>A track leaves the picture through {@link #remove} (or {@link #apply}/{@link #replace}), which appends a
 * {@code deleted} history row (migration V2) and leaves {@code track_latest} (V4), which a restart reads. The picture in memory changes
 * at once; the history rows are written behind by a {@link HistoryWriter} that commits whatever has queued in one
 * transaction (each H2 commit is a file sync, which a plot feed's thread could not wait for). A crash can lose the
 * last fraction of a second of track history, never a decision or an audit entry (those commit synchronously).
 */
public final class LivePicture {
    private final Database db;
    private final Clock clock;
    private final ReleasePolicy policy;
    private final Map<String, BorderAlert> alerts = new LinkedHashMap<>();
    private final Map<String, SharedTrack> tracks = new LinkedHashMap<>();
    private final HistoryWriter history;

    public LivePicture(Database db, Clock clock, ReleasePolicy policy) {
        this.db = db;
        this.clock = clock;
        this.policy = policy;
        reload();
        this.history = new HistoryWriter(db);
    }

    /** The stored alerts and each live track's latest state, back in memory after a restart; deleted ones stay gone. */
    private void reload() {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT snapshot FROM alerts ORDER BY received_at, id");
                    java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BorderAlert a = PictureDto.toAlert(Json.MAPPER.readValue(rs.getString(1), PictureDto.Alert.class));
                    alerts.put(a.id(), a);
                }
            }
            // One row per live track (V4), not the whole history: a restart costs the picture's size, not its age.
            try (PreparedStatement ps = c.prepareStatement("SELECT snapshot FROM track_latest ORDER BY track_id");
                    java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SharedTrack t = PictureDto.toTrack(Json.MAPPER.readValue(rs.getString(1), PictureDto.Track.class));
                    tracks.put(t.id(), t);
                }
            }
            return null;
        });
    }

    public synchronized void post(BorderAlert a) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO alerts (id, agency, received_at, snapshot) KEY (id) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, a.id());
                ps.setString(2, a.agencyId());
                ps.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                ps.setString(4, Json.MAPPER.writeValueAsString(PictureDto.alert(a)));
                return ps.executeUpdate();
            }
        });
        alerts.put(a.id(), a);
    }

    public synchronized void post(SharedTrack t) {
        apply(List.of(t), List.of());
    }

    /** Posts a batch of track states in one transaction (in order: a later state of the same id wins). */
    public synchronized void postAll(List<SharedTrack> batch) {
        apply(batch, List.of());
    }

    /**
     * Takes the track {@code id} out of the picture and records its deletion; false (and nothing written) when the
     * picture does not hold it.
     */
    public synchronized boolean remove(String id) {
        return apply(List.of(), List.of(id)) == 1;
    }

    /**
     * Posts {@code updates} and then removes {@code deletions}, all in one transaction. Ids the picture does not hold
     * (after the updates) are ignored.
     *
     * @return how many tracks were removed
     */
    public synchronized int apply(List<SharedTrack> updates, Collection<String> deletions) {
        return apply(updates, List.of(), deletions);
    }

    /**
     * As {@link #apply(List, Collection)}, plus {@code unrecorded}: states that replace their track's state in the
     * picture without a history row (a high-rate feed thinning its history; after a restart such a track comes back
     * at its last recorded state). Deletions are always recorded.
     *
     * @return how many tracks were removed
     */
    public synchronized int apply(
            List<SharedTrack> updates, List<SharedTrack> unrecorded, Collection<String> deletions) {
        Map<String, SharedTrack> gone = new LinkedHashMap<>();
        Map<String, SharedTrack> after = new LinkedHashMap<>();
        for (SharedTrack t : updates) {
            after.put(t.id(), t);
        }
        for (SharedTrack t : unrecorded) {
            after.put(t.id(), t);
        }
        for (String id : deletions) {
            SharedTrack last = after.containsKey(id) ? after.get(id) : tracks.get(id);
            if (last != null) {
                gone.put(id, last);
            }
        }
        if (!updates.isEmpty() || !gone.isEmpty()) {
            write(updates, gone.values());
        }
        tracks.putAll(after);
        tracks.keySet().removeAll(gone.keySet());
        return gone.size();
    }

    /**
     * Makes {@code current} the whole picture of the tracks whose ids start with {@code idPrefix} (one source's
     * sector, say): posts them and removes every other track under that prefix, in one transaction.
     *
     * @return how many tracks were removed
     */
    public synchronized int replace(String idPrefix, List<SharedTrack> current) {
        Set<String> keep = new HashSet<>();
        for (SharedTrack t : current) {
            if (!t.id().startsWith(idPrefix)) {
                throw new IllegalArgumentException("track " + t.id() + " is not under " + idPrefix);
            }
            keep.add(t.id());
        }
        List<String> absent = new ArrayList<>();
        for (String id : tracks.keySet()) {
            if (id.startsWith(idPrefix) && !keep.contains(id)) {
                absent.add(id);
            }
        }
        return apply(current, absent);
    }

    /** Ids of the tracks held now whose id starts with {@code idPrefix}. */
    public synchronized List<String> trackIds(String idPrefix) {
        return tracks.keySet().stream().filter(id -> id.startsWith(idPrefix)).toList();
    }

    private void write(List<SharedTrack> updates, Collection<SharedTrack> deleted) {
        Instant now = clock.instant();
        List<HistoryWriter.Row> rows = new ArrayList<>(updates.size() + deleted.size());
        for (SharedTrack t : updates) {
            rows.add(new HistoryWriter.Row(t, now, false));
        }
        for (SharedTrack t : deleted) {
            rows.add(new HistoryWriter.Row(t, now, true));
        }
        history.enqueue(rows);
    }

    /** Waits until every history row handed over so far is committed (tests, and a clean stop). */
    public void flushHistory() {
        history.flush();
    }

    /** Commits the history rows still queued, then stops taking new ones (the server calls it before the database closes). */
    public void close() {
        history.close();
    }

    /** What {@code agency} may see now. */
    public synchronized PictureView viewFor(String agency) {
        return new SharedPicture(new ArrayList<>(alerts.values()), List.copyOf(tracks.values()), policy)
                .viewFor(agency);
    }
}

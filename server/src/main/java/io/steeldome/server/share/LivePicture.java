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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multi-agency border picture the server holds: alerts and the latest state of each shared track, as the engine
 * posts them (each also written to the alerts / track_history tables). What a caller gets is cut by the border
 * module's {@link SharedPicture} under the configured {@link ReleasePolicy} for the caller's agency: withheld items are
 * absent, not redacted. Detection and alerting only.
 */
public final class LivePicture {
    private final Database db;
    private final Clock clock;
    private final ReleasePolicy policy;
    private final Map<String, BorderAlert> alerts = new LinkedHashMap<>();
    private final Map<String, SharedTrack> tracks = new LinkedHashMap<>();

    public LivePicture(Database db, Clock clock, ReleasePolicy policy) {
        this.db = db;
        this.clock = clock;
        this.policy = policy;
        reload();
    }

    /** The stored alerts and each track's latest state, back in memory after a restart. */
    private void reload() {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT snapshot FROM alerts ORDER BY received_at, id");
                    java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BorderAlert a = PictureDto.toAlert(Json.MAPPER.readValue(rs.getString(1), PictureDto.Alert.class));
                    alerts.put(a.id(), a);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT snapshot FROM track_history ORDER BY seq");
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
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO track_history (track_id, agency, received_at, snapshot) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, t.id());
                ps.setString(2, t.agencyId());
                ps.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                ps.setString(4, Json.MAPPER.writeValueAsString(PictureDto.track(t)));
                return ps.executeUpdate();
            }
        });
        tracks.put(t.id(), t);
    }

    /** What {@code agency} may see now. */
    public synchronized PictureView viewFor(String agency) {
        return new SharedPicture(new ArrayList<>(alerts.values()), List.copyOf(tracks.values()), policy)
                .viewFor(agency);
    }
}

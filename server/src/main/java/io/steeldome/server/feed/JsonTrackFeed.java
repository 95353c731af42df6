package io.steeldome.server.feed;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.server.api.ApiException;
import io.steeldome.server.api.Json;
import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.auth.User;
import io.steeldome.server.share.LivePicture;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Tracks posted as JSON ({@code POST /api/feed/tracks}):
 * {@code {"tracks":[{"id","timeS","latDeg","lonDeg","heightM","sigmaM"}]}} with {@code timeS} in seconds since the
 * Unix epoch (UTC, the live time base), WGS-84 degrees, height above the ellipsoid and the 1-sigma horizontal error in
 * metres. The whole request is checked before any track is posted (all or nothing), each track becomes
 * {@code json:AGENCY:ID} owned by the caller's agency (the agency in the id, so that one agency can never overwrite
 * another's track), and the request leaves one audit entry.
 */
public final class JsonTrackFeed {
    /** Most tracks in one request (the body size limit bounds it too). */
    public static final int MAX_TRACKS = 1000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");

    private final FeedConfig config;
    private final LivePicture picture;
    private final AuditLog audit;
    private final FeedCounters counters = new FeedCounters();

    JsonTrackFeed(FeedConfig config, LivePicture picture, AuditLog audit) {
        this.config = Objects.requireNonNull(config, "config");
        this.picture = Objects.requireNonNull(picture, "picture");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    public FeedCounters counters() {
        return counters;
    }

    /**
     * Validates and posts a request's tracks for {@code caller}; returns how many were posted.
     *
     * @throws ApiException 400 naming the first bad field (nothing is posted then)
     */
    public int post(User caller, JsonNode body) {
        counters.received();
        List<SharedTrack> tracks;
        try {
            tracks = parse(caller.agency(), body);
        } catch (ApiException e) {
            counters.reject(FeedCounters.Rejection.MALFORMED);
            throw e;
        }
        for (SharedTrack t : tracks) {
            picture.post(t);
            counters.accepted();
        }
        audit.append(
                caller.username(),
                "feed.tracks",
                caller.agency(),
                Json.MAPPER.createObjectNode().put("count", tracks.size()));
        return tracks.size();
    }

    private List<SharedTrack> parse(String agency, JsonNode body) {
        JsonNode arr = body.get("tracks");
        if (arr == null || !arr.isArray()) {
            throw ApiException.badRequest("field 'tracks' (array) is required");
        }
        if (arr.isEmpty() || arr.size() > MAX_TRACKS) {
            throw ApiException.badRequest("'tracks' must hold 1.." + MAX_TRACKS + " tracks, got " + arr.size());
        }
        List<SharedTrack> out = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            JsonNode t = arr.get(i);
            String where = "tracks[" + i + "]";
            if (!t.isObject()) {
                throw ApiException.badRequest(where + " must be an object");
            }
            JsonNode id = t.get("id");
            if (id == null || !id.isString() || !ID.matcher(id.stringValue()).matches()) {
                throw ApiException.badRequest(where + ".id must be 1..128 characters of [A-Za-z0-9._:/-]");
            }
            double timeS = number(t, where, "timeS", 0, 1e11);
            double lat = number(t, where, "latDeg", -90, 90);
            double lon = number(t, where, "lonDeg", -180, 180);
            double h = number(t, where, "heightM", -12_000, 1e6);
            double sigma = number(t, where, "sigmaM", 0, 1e7);
            out.add(new SharedTrack(
                    "json:" + agency + ":" + id.stringValue(),
                    SimTime.ofSeconds(timeS),
                    GeodeticPoint.ofDegrees(lat, lon, h),
                    PositionUncertainty.circular(sigma),
                    agency,
                    config.releasability(),
                    List.of()));
        }
        return out;
    }

    private static double number(JsonNode t, String where, String field, double min, double max) {
        JsonNode v = t.get(field);
        if (v == null || !v.isNumber()) {
            throw ApiException.badRequest(where + "." + field + " (number) is required");
        }
        double x = v.doubleValue();
        if (!(x >= min && x <= max)) { // also refuses NaN
            throw ApiException.badRequest(where + "." + field + " = " + x + " is outside [" + min + ", " + max + "]");
        }
        return x;
    }
}

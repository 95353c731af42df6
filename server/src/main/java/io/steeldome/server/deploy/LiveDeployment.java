package io.steeldome.server.deploy;

import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.Access;
import io.steeldome.border.share.Downgrade;
import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.border.share.ReleaseRule;
import io.steeldome.server.api.Json;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.live.LiveBoard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deployment the server runs (a live run sets it at start; {@link Deployment#empty()} without one), served per
 * caller agency under the same release rules as the picture: the owner's marking is the ceiling and the
 * (owner, viewer) rule decides. NONE: the viewer gets nothing of it (empty lists, as without a deployment).
 * DOWNGRADED: sensor and effector positions and asset centres snapped to the rule's grid, no outlines, no terrain-masked
 * coverage (its shape pins the site), no rounds left; only the border lines of the map. FULL: everything, with the
 * effectors' rounds left from the live board and their layer's weapons control status.
 */
public final class LiveDeployment {
    /** Map feature kinds a DOWNGRADED viewer still gets: the border line is geography, not a position of the owner. */
    private static final Set<String> DOWNGRADED_KINDS = Set.of("border");

    private final ReleasePolicy policy;
    private final LiveBoard board;
    private final ApprovalService approvals;
    private volatile Deployment current = Deployment.empty();

    public LiveDeployment(ReleasePolicy policy, LiveBoard board, ApprovalService approvals) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.board = Objects.requireNonNull(board, "board");
        this.approvals = Objects.requireNonNull(approvals, "approvals");
    }

    /** Replaces what is deployed (a live run, at its start). */
    public void set(Deployment d) {
        current = Objects.requireNonNull(d, "deployment");
    }

    public Deployment current() {
        return current;
    }

    /** What {@code viewer} may get of the current deployment. */
    public ReleaseRule ruleFor(String viewer) {
        Deployment d = current;
        return policy.ruleFor(d.agency(), d.releasability(), viewer);
    }

    /** The defended assets {@code viewer} may see, as JSON objects. */
    public List<ObjectNode> assets(String viewer) {
        Deployment d = current;
        ReleaseRule rule = policy.ruleFor(d.agency(), d.releasability(), viewer);
        List<ObjectNode> out = new ArrayList<>();
        if (d.isEmpty() || rule.access() == Access.NONE) {
            return out;
        }
        for (Deployment.Asset a : d.assets()) {
            ObjectNode n = item(d, rule, a.id())
                    .put("name", a.name())
                    .put("value", a.value())
                    .put("shape", a.radiusM().isPresent() ? "circle" : "polygon");
            n.set("centre", position(a.centre(), rule));
            if (rule.access() == Access.FULL) {
                putOptional(n, "radiusM", a.radiusM());
                ArrayNode outline = n.putArray("outline");
                a.outline().forEach(p -> outline.add(position(p, rule)));
            } else {
                n.putNull("radiusM");
                n.putArray("outline");
            }
            out.add(n);
        }
        return out;
    }

    /** The sensors {@code viewer} may see, as JSON objects. */
    public List<ObjectNode> sensors(String viewer) {
        Deployment d = current;
        ReleaseRule rule = policy.ruleFor(d.agency(), d.releasability(), viewer);
        List<ObjectNode> out = new ArrayList<>();
        if (d.isEmpty() || rule.access() == Access.NONE) {
            return out;
        }
        for (Deployment.Sensor s : d.sensors()) {
            ObjectNode n = item(d, rule, s.id()).put("kind", s.kind()).put("model", s.model());
            n.set("position", position(s.position(), rule));
            putOptional(n, "rangeM", s.rangeM());
            ArrayNode h = n.putArray("coverageHeightsM");
            if (rule.access() == Access.FULL) {
                s.coverageHeightsM().forEach(h::add);
            }
            out.add(n);
        }
        return out;
    }

    /**
     * The effectors {@code viewer} may see, as JSON objects: with rounds left (from the latest board, null until the
     * engine reports them) and the weapons control status of their layer now.
     */
    public List<ObjectNode> effectors(String viewer) {
        Deployment d = current;
        ReleaseRule rule = policy.ruleFor(d.agency(), d.releasability(), viewer);
        List<ObjectNode> out = new ArrayList<>();
        if (d.isEmpty() || rule.access() == Access.NONE) {
            return out;
        }
        Map<String, LiveBoard.InventoryRow> inventory = new HashMap<>();
        for (LiveBoard.InventoryRow r : board.latest().inventory()) {
            inventory.put(r.effectorId(), r);
        }
        for (Deployment.Effector e : d.effectors()) {
            ObjectNode n = item(d, rule, e.id())
                    .put("layer", e.layer())
                    .put("minRangeM", e.minRangeM())
                    .put("maxRangeM", e.maxRangeM())
                    .put("maxAltitudeM", e.maxAltitudeM())
                    .put("magazine", e.magazine())
                    .put("weaponsControl", approvals.weaponsControl(e.layer()).name());
            n.set("position", position(e.position(), rule));
            LiveBoard.InventoryRow row = inventory.get(e.id());
            if (rule.access() == Access.FULL && row != null) {
                n.put("roundsLeft", row.roundsLeft());
            } else {
                n.putNull("roundsLeft");
            }
            out.add(n);
        }
        return out;
    }

    /**
     * The inventory rows {@code viewer} may see: a deployed effector's rounds go only to an agency with FULL access to
     * the deployment; rows about units outside it (e.g. posted by a feed) pass unchanged. For the board's push.
     */
    public List<LiveBoard.InventoryRow> inventory(String viewer, List<LiveBoard.InventoryRow> rows) {
        Deployment d = current;
        if (d.isEmpty() || policy.access(d.agency(), d.releasability(), viewer) == Access.FULL) {
            return rows;
        }
        Set<String> deployed = new java.util.HashSet<>();
        d.effectors().forEach(e -> deployed.add(e.id()));
        return rows.stream().filter(r -> !deployed.contains(r.effectorId())).toList();
    }

    /**
     * The map of the deployment {@code viewer} may see: the scenario export's GeoJSON FeatureCollection (defended
     * areas, nominal range rings, terrain-masked coverage, border lines, border stations) cut by the rule, each
     * feature with its {@code agency}.
     */
    public ObjectNode coverage(String viewer) {
        Deployment d = current;
        ReleaseRule rule = policy.ruleFor(d.agency(), d.releasability(), viewer);
        ObjectNode out = Json.MAPPER.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = out.putArray("features");
        if (d.isEmpty() || rule.access() == Access.NONE) {
            return out;
        }
        JsonNode map = Json.MAPPER.readTree(d.mapGeoJson());
        for (JsonNode f : map.path("features")) {
            String kind = f.path("properties").path("kind").asString("");
            if (rule.access() == Access.FULL || DOWNGRADED_KINDS.contains(kind)) {
                ObjectNode copy = (ObjectNode) f.deepCopy();
                ((ObjectNode) copy.get("properties")).put("agency", d.agency());
                features.add(copy);
            }
        }
        return out;
    }

    private static ObjectNode item(Deployment d, ReleaseRule rule, String id) {
        return Json.MAPPER
                .createObjectNode()
                .put("id", id)
                .put("agency", d.agency())
                .put("releasability", marking(d))
                .put("precision", rule.access().name());
    }

    private static String marking(Deployment d) {
        return switch (d.releasability()) {
            case Releasability.OwnOnly o -> "OWN_ONLY";
            case Releasability.AllPartners a -> "ALL_PARTNERS";
            case Releasability.To t -> "REL_TO " + String.join(",", t.agencyIds());
        };
    }

    private static ObjectNode position(Deployment.Position p, ReleaseRule rule) {
        Deployment.Position q = rule.downgrade().map(g -> snap(p, g)).orElse(p);
        return Json.MAPPER
                .createObjectNode()
                .put("latDeg", q.latDeg())
                .put("lonDeg", q.lonDeg())
                .put("heightM", q.heightM());
    }

    private static Deployment.Position snap(Deployment.Position p, Downgrade g) {
        return Deployment.Position.of(g.snap(p.toGeodetic()));
    }

    private static void putOptional(ObjectNode n, String field, OptionalDouble v) {
        if (v.isPresent()) {
            n.put(field, v.getAsDouble());
        } else {
            n.putNull(field);
        }
    }
}

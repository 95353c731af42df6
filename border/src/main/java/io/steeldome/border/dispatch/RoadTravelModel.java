package io.steeldome.border.dispatch;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Vehicles may use roads: the travel time is the least of going straight off-road and of going off-road to a road
 * vertex, along roads (vertices shared by equal positions join roads), and off-road from a road vertex to the goal
 * (Dijkstra over the road vertices, off-road legs timed by the {@code offRoad} model). Foot teams go off-road only.
 * Off-road legs to every vertex are evaluated per query, so keep networks small (tens to hundreds of vertices).
 */
public final class RoadTravelModel implements TravelModel {
    private final TravelModel offRoad;
    private final List<GeodeticPoint> vertices = new ArrayList<>();
    private final List<List<double[]>> edges = new ArrayList<>(); // per vertex: {neighbour, seconds}

    public RoadTravelModel(TravelModel offRoad, List<Road> roads) {
        this.offRoad = Objects.requireNonNull(offRoad, "offRoad");
        Map<GeodeticPoint, Integer> index = new HashMap<>();
        for (Road r : roads) {
            int prev = -1;
            for (GeodeticPoint p : r.points()) {
                int v = index.computeIfAbsent(p, k -> {
                    vertices.add(k);
                    edges.add(new ArrayList<>());
                    return vertices.size() - 1;
                });
                if (prev >= 0 && prev != v) {
                    double s = Geodesy.distanceM(vertices.get(prev), p) / r.speedMps();
                    edges.get(prev).add(new double[] {v, s});
                    edges.get(v).add(new double[] {prev, s});
                }
                prev = v;
            }
        }
    }

    @Override
    public double travelTimeS(GeodeticPoint from, GeodeticPoint to, Mobility mobility) {
        double direct = offRoad.travelTimeS(from, to, mobility);
        if (mobility != Mobility.VEHICLE || vertices.isEmpty()) {
            return direct;
        }
        int n = vertices.size();
        double[] dist = new double[n];
        for (int v = 0; v < n; v++) {
            dist[v] = offRoad.travelTimeS(from, vertices.get(v), mobility);
        }
        boolean[] done = new boolean[n];
        for (int k = 0; k < n; k++) { // O(n^2) Dijkstra: networks are small
            int u = -1;
            for (int v = 0; v < n; v++) {
                if (!done[v] && (u < 0 || dist[v] < dist[u])) {
                    u = v;
                }
            }
            if (!Double.isFinite(dist[u])) {
                break;
            }
            done[u] = true;
            for (double[] e : edges.get(u)) {
                int w = (int) e[0];
                dist[w] = Math.min(dist[w], dist[u] + e[1]);
            }
        }
        double best = direct;
        for (int v = 0; v < n; v++) {
            if (dist[v] < best) { // leaving the road can only add time
                best = Math.min(best, dist[v] + offRoad.travelTimeS(vertices.get(v), to, mobility));
            }
        }
        return best;
    }
}

package io.steeldome.server;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.Identification;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.tracking.tracker.TrackId;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Test entry point run as a separate JVM by {@link DurabilityTest}: starts a server on {@code args[0]} (port 0),
 * posts recommendations R1..R{args[1]} as the engine would (ignored if already known), prints "PORT n".
 */
public final class DurabilityMain {
    private DurabilityMain() {}

    public static void main(String[] args) {
        ServerConfig cfg = ServerConfig.defaults(Path.of(args[0]), 0)
                .withPasswordHashing(Harness.CHEAP)
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", Harness.ADMIN_PASSWORD));
        SteeldomeServer s = new SteeldomeServer(cfg).start();
        int n = Integer.parseInt(args[1]);
        SimTime now = ApprovalService.simTime(Instant.now());
        for (int i = 1; i <= n; i++) {
            s.approvals()
                    .submit(new EngagementRecommendation(
                            "R" + i,
                            now,
                            "BTY-1",
                            "SHORAD",
                            new TrackId(i),
                            ThreatClass.ONE_WAY_ATTACK_DRONE,
                            Identification.HOSTILE,
                            WeaponsControlStatus.FREE,
                            1,
                            0.7,
                            new InterceptSolution(
                                    now.shiftedBy(50),
                                    now.shiftedBy(60),
                                    new EnuVector(100 * i, 2000, 500),
                                    2100,
                                    500,
                                    10),
                            30_000,
                            2e5,
                            "drone at the radar"));
        }
        System.out.println("PORT " + s.port());
        System.out.flush();
    }
}

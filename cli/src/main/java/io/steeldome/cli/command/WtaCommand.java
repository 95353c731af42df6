package io.steeldome.cli.command;

import io.steeldome.defence.wta.StaticWtaSolver;
import io.steeldome.defence.wta.WtaInstance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "wta",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Solves a static weapon-target assignment instance (the benchmark format of",
            "Andersen, Pavlikov and Toffolo 2022: 'W T mu', T values, W x T lines",
            "'i j p_ij') and prints one JSON line {\"objective\":..., \"lowerBound\":...,",
            "\"timeS\":...}: the expected surviving value, a proven lower bound on the",
            "optimum, and the time taken. --out writes weapon,target,shots.",
            ""
        },
        footer = {"", "Exit code 2 on a malformed instance, with file:line and what is wrong."})
public final class WtaCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--instance", required = true, paramLabel = "FILE", description = "The instance file.")
    Path instance;

    @Option(
            names = "--time-limit-s",
            defaultValue = "1",
            paramLabel = "S",
            description = "Search time (default ${DEFAULT-VALUE} s).")
    double timeLimitS;

    @Option(names = "--out", paramLabel = "assignment.csv", description = "Write weapon,target,shots.")
    Optional<Path> out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the search's kicks.")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (!(timeLimitS > 0 && timeLimitS <= 86_400)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit-s must be in (0, 86400]");
        }
        long t0 = System.nanoTime(); // the CLI owns the wall clock; the solver only sees the stop condition
        WtaInstance in = WtaInstance.parse(
                Files.readString(instance, StandardCharsets.US_ASCII),
                instance.getFileName().toString());
        // the search gets 70 % of the time; the lower bound (a fixed number of subgradient steps) comes after it
        long deadline = t0 + (long) (0.7 * timeLimitS * 1e9);
        StaticWtaSolver.Solution s =
                StaticWtaSolver.solve(in, seed, Long.MAX_VALUE, () -> System.nanoTime() > deadline);
        double timeS = (System.nanoTime() - t0) * 1e-9;
        if (out.isPresent()) {
            try (Writer w = Files.newBufferedWriter(out.get(), StandardCharsets.UTF_8)) {
                w.write("weapon,target,shots\n");
                int[][] x = s.shots();
                for (int i = 0; i < x.length; i++) {
                    for (int j = 0; j < x[i].length; j++) {
                        if (x[i][j] > 0) {
                            w.write(i + "," + j + "," + x[i][j] + "\n");
                        }
                    }
                }
            }
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.println(String.format(
                Locale.ROOT,
                "{\"objective\":%.9g,\"lowerBound\":%.9g,\"timeS\":%.3f,\"greedyObjective\":%.9g,\"rounds\":%d}",
                s.objective(),
                s.lowerBound(),
                timeS,
                s.greedyObjective(),
                s.rounds()));
        pw.flush();
        return 0;
    }
}

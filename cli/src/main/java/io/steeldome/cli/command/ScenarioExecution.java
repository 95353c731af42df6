package io.steeldome.cli.command;

import io.steeldome.sim.output.RunOutputs;
import io.steeldome.sim.run.ProgressListener;
import io.steeldome.sim.run.RunResult;
import io.steeldome.sim.run.ScenarioRunner;
import io.steeldome.sim.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Runs a scenario with a progress bar and writes its outputs; shared by {@code demo} and {@code run}. */
final class ScenarioExecution {
    private ScenarioExecution() {}

    static int execute(Scenario scenario, Path outDir, boolean showProgress, PrintWriter out) throws IOException {
        long totalS = Math.max(1, Math.round(scenario.durationS()));
        RunResult result;
        if (showProgress) {
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("simulating")
                    .setInitialMax(totalS)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" sim-s", 1)
                    .setUpdateIntervalMillis(100)
                    .continuousUpdate()
                    .build()) {
                ProgressListener listener = (simTimeS, durationS) -> bar.stepTo(Math.min(totalS, Math.round(simTimeS)));
                result = ScenarioRunner.run(scenario, listener);
                bar.stepTo(totalS);
            }
        } else {
            result = ScenarioRunner.run(scenario, ProgressListener.NONE);
        }
        List<Path> files = RunOutputs.write(result, outDir);
        out.println();
        out.println(result.summary().toText());
        out.println();
        out.println("Outputs in " + outDir.toAbsolutePath().normalize() + ":");
        for (Path f : files) {
            out.println("  " + f.getFileName());
        }
        out.println("Open " + outDir.resolve("report.html").toAbsolutePath().normalize() + " in a browser.");
        out.flush();
        return 0;
    }
}

package io.steeldome.cli;

import io.steeldome.cli.command.AdsbCommand;
import io.steeldome.cli.command.AsterixCommand;
import io.steeldome.cli.command.AuditCommand;
import io.steeldome.cli.command.BorderCommand;
import io.steeldome.cli.command.CotCommand;
import io.steeldome.cli.command.CoverageCommand;
import io.steeldome.cli.command.DemoCommand;
import io.steeldome.cli.command.MonteCarloCommand;
import io.steeldome.cli.command.ReplayCommand;
import io.steeldome.cli.command.RunCommand;
import io.steeldome.cli.command.ServeCommand;
import io.steeldome.cli.command.StreamCommand;
import io.steeldome.cli.command.TerrainCommand;
import io.steeldome.cli.command.TrackCommand;
import io.steeldome.cli.command.ValidateCommand;
import io.steeldome.cli.command.ViewshedCommand;
import io.steeldome.cli.command.WtaCommand;
import io.steeldome.core.error.SteeldomeException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code steeldome} command. Simulation and decision support only: it drives no real weapon or sensor. */
@Command(
        name = "steeldome",
        mixinStandardHelpOptions = true,
        versionProvider = SteeldomeCli.Version.class,
        description = {
            "Layered air-and-missile defence and border surveillance: simulation,",
            "planning and decision support. Simulation only: steeldome has no",
            "interface to real weapons or fire-control hardware.",
            ""
        },
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            MonteCarloCommand.class,
            ValidateCommand.class,
            AdsbCommand.class,
            TrackCommand.class,
            ViewshedCommand.class,
            CoverageCommand.class,
            TerrainCommand.class,
            WtaCommand.class,
            BorderCommand.class,
            AsterixCommand.class,
            CotCommand.class,
            ServeCommand.class,
            ReplayCommand.class,
            AuditCommand.class,
            StreamCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Start with: steeldome demo", "Exit codes: 0 ok, 1 internal error, 2 bad input (located message)."
        })
public final class SteeldomeCli implements Runnable {
    /** Exit code for user errors: a bad scenario, a missing file, a bad option. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SteeldomeCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(
                e -> e instanceof SteeldomeException || e instanceof CommandLine.ParameterException ? EXIT_USAGE : 1);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof SteeldomeException || ex instanceof java.nio.file.NoSuchFileException) {
                // User errors: the message says where and how to fix; a stack trace would only hide it.
                commandLine.getErr().println(userMessage(ex));
                commandLine.getErr().flush();
                return EXIT_USAGE;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    private static String userMessage(Exception ex) {
        if (ex instanceof java.nio.file.NoSuchFileException nsf) {
            return "error: no such file: " + nsf.getFile();
        }
        return "error: " + ex.getMessage();
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SteeldomeCli.class.getPackage().getImplementationVersion();
            return new String[] {"steeldome " + (v == null ? "(development build)" : v)};
        }
    }
}

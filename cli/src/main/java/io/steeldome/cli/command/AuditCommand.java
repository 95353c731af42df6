package io.steeldome.cli.command;

import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.audit.AuditVerification;
import io.steeldome.server.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {"The C2 server's audit log."},
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Recomputes the audit log's hash chain from the first entry and names the first",
                "entry that is missing, altered or out of place. Run it on a stopped server's",
                "database (H2 allows one process at a time).",
                "",
                "Exit codes: 0 the chain holds, 3 it is broken, 2 no such database."
            })
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--db",
                paramLabel = "FILE",
                defaultValue = "out/serve/steeldome",
                description = "H2 database file, without .mv.db (default ${DEFAULT-VALUE}).")
        Path db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path file = db.resolveSibling(db.getFileName() + ".mv.db");
            if (!Files.isRegularFile(file)) {
                // Opening would create an empty database, which would "verify" and hide the mistake.
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "no database at " + file + "; give --db the path without .mv.db");
            }
            try (Database d = Database.open(db)) {
                AuditVerification v = new AuditLog(d, Clock.systemUTC()).verify();
                if (v.ok()) {
                    out.printf("audit chain OK: %d entries%n", v.entries());
                    return 0;
                }
                out.printf(
                        "audit chain BROKEN at entry %d (of %d read): %s%n",
                        v.firstBrokenSeq().getAsLong(), v.entries(), v.problem());
                return 3;
            }
        }
    }
}

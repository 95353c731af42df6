package io.steeldome.cli.command;

import io.steeldome.server.audit.AuditEntry;
import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.audit.AuditVerification;
import io.steeldome.server.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {"The C2 server's audit log."},
        subcommands = {AuditCommand.Verify.class, AuditCommand.Anchor.class})
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
                "The chain alone cannot show that the newest entries were deleted. With --anchor",
                "seq:hash (from 'steeldome audit anchor', GET /api/audit/head or the server's",
                "--audit-anchor file, kept elsewhere) it also fails when the chain no longer holds",
                "that entry with that hash: truncated or rewritten.",
                "",
                "Exit codes: 0 the chain holds, 3 it is broken (or misses the anchor), 2 no such",
                "database or a malformed anchor."
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

        @Option(
                names = "--anchor",
                paramLabel = "SEQ:HASH",
                description = "An earlier head of the chain, kept outside the database; also accepts @FILE.")
        Optional<String> anchor = Optional.empty();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            checkExists(spec, db);
            Optional<AuditLog.Anchor> a = anchor.map(text -> parseAnchor(spec, text));
            try (Database d = Database.open(db)) {
                AuditLog log = new AuditLog(d, Clock.systemUTC());
                AuditVerification v = a.isPresent() ? log.verify(a.get()) : log.verify();
                if (v.ok()) {
                    out.printf("audit chain OK: %d entries%n", v.entries());
                    a.ifPresent(x -> out.printf("anchor %d:%s found in the chain%n", x.seq(), x.hash()));
                    return 0;
                }
                out.printf(
                        "audit chain BROKEN at entry %d (of %d read): %s%n",
                        v.firstBrokenSeq().getAsLong(), v.entries(), v.problem());
                return 3;
            }
        }
    }

    /** Refuses a missing database: opening would create an empty one, which would "verify" and hide the mistake. */
    static void checkExists(CommandLine.Model.CommandSpec spec, Path db) {
        Path file = db.resolveSibling(db.getFileName() + ".mv.db");
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "no database at " + file + "; give --db the path without .mv.db");
        }
    }

    static AuditLog.Anchor parseAnchor(CommandLine.Model.CommandSpec spec, String text) {
        String s = text;
        if (s.startsWith("@")) {
            try {
                s = Files.readString(Path.of(s.substring(1)));
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the anchor " + s + ": " + e);
            }
        }
        try {
            return AuditLog.Anchor.parse(s);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--anchor: " + e.getMessage());
        }
    }

    @Command(
            name = "anchor",
            mixinStandardHelpOptions = true,
            description = {
                "Prints the audit log's head as seq:hash. Keep it outside the server (another",
                "machine, a ticket, paper): 'steeldome audit verify --anchor seq:hash' later fails",
                "if the newest entries were deleted or rewritten. Run it on a stopped server's",
                "database, or use GET /api/audit/head on a running one.",
                "",
                "Exit codes: 0 printed, 3 the log is empty, 2 no such database."
            })
    static final class Anchor implements Callable<Integer> {
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
            checkExists(spec, db);
            try (Database d = Database.open(db)) {
                Optional<AuditEntry> head = new AuditLog(d, Clock.systemUTC()).head();
                if (head.isEmpty()) {
                    spec.commandLine().getErr().println("the audit log is empty: nothing to anchor");
                    return 3;
                }
                spec.commandLine()
                        .getOut()
                        .printf("%d:%s%n", head.get().seq(), head.get().hash());
                return 0;
            }
        }
    }
}

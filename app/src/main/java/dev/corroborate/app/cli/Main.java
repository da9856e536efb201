package dev.corroborate.app.cli;

import picocli.CommandLine;

/** The entry point of {@code ./corroborate}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StandardOutput out = StandardOutput.install();
        int exitCode = run(args);
        String problem = out.problem();
        if (problem != null) {
            System.err.println(problem);
            exitCode = exitCode == 0 ? 1 : exitCode;
        }
        System.exit(exitCode);
    }

    /** Runs the command line and returns its exit code; for tests. */
    public static int run(String... args) {
        try {
            return CorroborateCommand.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown on the run's own thread, past the command line's handler (which sees exceptions).
            if (!CorroborateCommand.outOfMemory(e)) {
                throw e;
            }
            System.err.println(CorroborateCommand.outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
            return 1;
        }
    }
}

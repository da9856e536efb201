package dev.corroborate.app.cli;

import dev.corroborate.io.store.StoreException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(
        name = "corroborate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Turns news articles from many outlets into stories with their provenance:",
            "who reported first, who copied whom, how many independent sources stand behind a story."},
        subcommands = {
            AnalyzeCommand.class,
            ArticlesCommand.class,
            ShowCommand.class,
            ReuseCommand.class,
            ProvenanceCommand.class,
            StoriesCommand.class,
            StoryCommand.class,
            ReclusterCommand.class,
            SearchCommand.class,
            dev.corroborate.app.web.ServeCommand.class,
            QuotesCommand.class,
            CompareCommand.class,
            SpeakersCommand.class,
            ExportCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
            CommandLine.HelpCommand.class})
public final class CorroborateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'corroborate --help'.");
    }

    /** The configured command line: usage errors exit 2, failures exit 1 with a one-line message. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CorroborateCommand());
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("corroborate: " + exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof StoreException || exception instanceof java.io.UncheckedIOException) {
                err.println("corroborate: " + exception.getMessage());
            } else if (outOfMemory(exception)) {
                err.println(outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
            } else {
                // A bug, not bad input: say what failed and where, so it can be reported.
                err.println("corroborate: unexpected failure: " + exception);
                for (StackTraceElement frame : exception.getStackTrace()) {
                    err.println("    at " + frame);
                }
                for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                    err.println("  caused by: " + cause);
                }
            }
            err.flush();
            return 1;
        });
        // --what Articles as --format CSV: every named value, whatever its case.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A query's "-word" (the search help offers it) is a word of the query, not an unknown option.
        commandLine.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        // Every command lists -V, --version in its help (the standard options): each answers it as the top one does.
        giveTheVersionToEvery(commandLine);
        return commandLine;
    }

    private static void giveTheVersionToEvery(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub.getCommandSpec().versionProvider() == null) {
                sub.getCommandSpec().versionProvider(new VersionProvider());
            }
            giveTheVersionToEvery(sub);
        }
    }

    /**
     * Whether {@code failure} is, or was caused by, the Java heap running out (on any of the run's
     * threads). Not the other kinds of {@link OutOfMemoryError} (threads, metaspace, direct buffers,
     * an array too large): a larger heap does not help those.
     */
    static boolean outOfMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError error) {
                String what = String.valueOf(error.getMessage());
                return what.startsWith("Java heap space") || what.startsWith("GC overhead limit exceeded");
            }
        }
        return false;
    }

    /**
     * What to tell a user whose run ran out of heap: not a bug to report but a size to give. Every
     * step keeps what it finished, so a rerun with more heap goes on from where this one stopped.
     */
    static String outOfMemoryMessage(long maxHeapBytes) {
        long mib = maxHeapBytes / (1024 * 1024);
        return "corroborate: the run needed more memory than the Java heap allows (at most " + mib + " MB). "
                + "What was stored is kept: run the same command again with a larger heap, adding -Xmx"
                + Math.max(2, 2 * ((mib + 1023) / 1024)) + "g to JAVA_OPTS.";
    }
}

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
        return commandLine;
    }
}

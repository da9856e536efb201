package dev.corroborate.app.cli;

import dev.corroborate.io.store.ArticleStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * A command that prints a view of an existing store: it opens the store named by {@code --data}
 * (a usage error when there is none), prints, and closes it. Subclasses only print what a read
 * model of {@code io.query} or the store gives them, through {@link TerminalText}, so no article shows
 * a raw control character.
 */
abstract class StoreView implements Callable<Integer> {

    @Mixin
    DataOption data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() {
        checkOptions();
        PrintWriter out = TerminalText.escaping(spec.commandLine().getOut());
        try (ArticleStore store = StoreAccess.openExisting(data, spec)) {
            print(store, out);
        }
        out.flush();
        return 0;
    }

    /** Refuses bad option values before the store is opened; nothing to check by default. */
    void checkOptions() {
    }

    /** Prints the view. */
    abstract void print(ArticleStore store, PrintWriter out);

    /** A usage error (exit 2) with this message. */
    final CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}

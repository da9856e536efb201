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

    /** The widest an outlet column gets in a list: longer outlets are cut with an ellipsis. */
    static final int OUTLET_WIDTH = 40;

    /** Refuses a negative {@code --limit}: every list takes 0 for all. */
    final void requireLimit(int limit) {
        if (limit < 0) {
            throw usage("--limit must be 0 or more (0 for all), not " + limit);
        }
    }

    /** How many of {@code total} rows a {@code --limit} of {@code limit} shows: all for 0. */
    static int shown(int limit, int total) {
        return limit == 0 ? total : Math.min(limit, total);
    }

    /** A column as wide as the widest of {@code values}, no narrower than {@code least} and no wider than {@code most}. */
    static int columnWidth(java.util.stream.Stream<String> values, int least, int most) {
        return Math.min(most, Math.max(least, values.mapToInt(DisplayWidth::of).max().orElse(0)));
    }

    /** A usage error (exit 2) with this message. */
    final CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}

package dev.corroborate.app.cli;

import dev.corroborate.io.query.ArticleIds;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.DataDirectories;
import picocli.CommandLine;

/** Opening the store for commands that only read it. */
final class StoreAccess {

    private StoreAccess() {
    }

    /** Opens the store to read it, or fails with a usage message when {@code --data} holds none yet. */
    static ArticleStore openExisting(DataOption data, CommandLine.Model.CommandSpec spec) {
        requireStore(data, spec);
        return ArticleStore.openForReading(data.dataDir);
    }

    /**
     * Opens the store to write it, holding the data directory's lock until it is closed, or fails
     * with a usage message when {@code --data} holds none yet.
     */
    static ArticleStore openExistingToWrite(DataOption data, CommandLine.Model.CommandSpec spec) {
        requireStore(data, spec);
        return ArticleStore.open(data.dataDir, spec.qualifiedName());
    }

    private static void requireStore(DataOption data, CommandLine.Model.CommandSpec spec) {
        if (!DataDirectories.existsIn(data.dataDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), DataDirectories.noStoreIn(data.dataDir));
        }
    }

    /**
     * The usage error (exit 2) for an id the store does not hold, in the one shape every command
     * uses: "No article with id X (see corroborate articles)".
     */
    static CommandLine.ParameterException unknown(String kind, String id, String listCommand,
            CommandLine.Model.CommandSpec spec) {
        return new CommandLine.ParameterException(spec.commandLine(),
                "No " + kind + " with id " + id + " (see corroborate " + listCommand + ")");
    }

    /** The article with this id or unique id prefix, or a usage error naming the problem. */
    static dev.corroborate.model.Article requireArticle(ArticleStore store, String id, CommandLine.Model.CommandSpec spec) {
        ArticleIds.Named named = ArticleIds.look(store, id);
        if (named.article() != null) {
            return named.article();
        }
        if (named.several().isEmpty()) {
            throw unknown("article", id, "articles", spec);
        }
        throw new CommandLine.ParameterException(spec.commandLine(), id + " names several articles: " + named.listed()
                + "; give more of the id");
    }
}

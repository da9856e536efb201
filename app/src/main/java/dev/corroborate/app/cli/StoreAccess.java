package dev.corroborate.app.cli;

import dev.corroborate.io.store.ArticleStore;
import java.nio.file.Files;
import picocli.CommandLine;

/** Opening the store for commands that only read it. */
final class StoreAccess {

    private StoreAccess() {
    }

    /** Opens the store, or fails with a usage message when {@code --data} holds none yet. */
    static ArticleStore openExisting(DataOption data, CommandLine.Model.CommandSpec spec) {
        if (!Files.isRegularFile(data.dataDir.resolve(ArticleStore.DATABASE_FILE))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No store in " + data.dataDir
                    + ": run 'corroborate analyze PATH' first, or point --data at an existing data directory.");
        }
        return ArticleStore.open(data.dataDir);
    }
}

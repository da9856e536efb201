package dev.corroborate.io.store;

import java.nio.file.Path;

/**
 * A data directory as a user names it with {@code --data}: whether it holds a store, and what to tell
 * them when it does not or is no folder at all. Stateless.
 */
public final class DataDirectories {

    private DataDirectories() {
    }

    /** Whether {@code dataDir} holds a store (the commands that only read refuse a folder without one). */
    public static boolean existsIn(Path dataDir) {
        return java.nio.file.Files.isRegularFile(dataDir.resolve(ArticleStore.DATABASE_FILE));
    }

    /** What to tell a user who names a data directory without a store. */
    public static String noStoreIn(Path dataDir) {
        if (java.nio.file.Files.exists(dataDir) && !java.nio.file.Files.isDirectory(dataDir)) {
            return "No store in " + dataDir + ": it is a file; point --data at the data directory 'corroborate analyze' made.";
        }
        return "No store in " + dataDir + ": run 'corroborate analyze PATH' first, or point --data at an existing data directory.";
    }

    /** What to tell a user whose data directory is a file. */
    public static String notADirectory(Path dataDir) {
        return "the data directory " + dataDir + " is a file, not a directory: give a folder (made when missing)";
    }
}

package dev.corroborate.io.store;

import java.nio.file.Path;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns a failure of SQLite or of the file system into a {@link StoreException} a user can act on:
 * a full disk is said to be a full disk (SQLite reports it as {@code SQLITE_FULL}, and the JDBC
 * driver's clean-up after it as "cannot commit - no transaction is active", which told nobody
 * anything), a read-only folder as read-only; every message names the data directory and what was
 * being done. Stateless.
 */
final class StoreFailures {

    private StoreFailures() {
    }

    /** What a failure is, as far as a user can do something about it. */
    enum Kind {
        DISK_FULL, READ_ONLY, OTHER
    }

    /** The exception to throw for {@code cause}, met while doing {@code what} in {@code dataDir}. */
    static StoreException of(Path dataDir, String what, Throwable cause) {
        return switch (kind(cause)) {
            case DISK_FULL -> new StoreException("the disk holding the data directory " + dataDir + " is full ("
                    + what + "): nothing of that step was kept, everything stored before it is. "
                    + "Free some space, then run the same command again; it goes on from there.", cause);
            case READ_ONLY -> new StoreException("the data directory " + dataDir + " cannot be written (read-only): "
                    + what + " failed. Commands that only read the store work there; to change it, copy the "
                    + "folder to a writable place.", cause);
            case OTHER -> new StoreException(what + " in " + dataDir.resolve(ArticleStore.DATABASE_FILE) + " failed: "
                    + cause.getMessage(), cause);
        };
    }

    /** The kind of {@code failure}, from SQLite's result codes and the system's error messages along its causes and suppressed exceptions. */
    static Kind kind(Throwable failure) {
        Kind kind = Kind.OTHER;
        for (Throwable t = failure; t != null && kind == Kind.OTHER; t = t.getCause()) {
            kind = kindOf(t);
            for (Throwable suppressed : t.getSuppressed()) {
                if (kind == Kind.OTHER) {
                    kind = kindOf(suppressed);
                }
            }
        }
        return kind;
    }

    private static Kind kindOf(Throwable t) {
        if (t instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_FULL || code == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE) {
                return Kind.DISK_FULL;
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code.name().startsWith("SQLITE_READONLY_")) {
                return Kind.READ_ONLY;
            }
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("no space left on device") || message.contains("disk is full")) {
            return Kind.DISK_FULL;
        }
        if (message.contains("read-only file system")) {
            return Kind.READ_ONLY;
        }
        return Kind.OTHER;
    }
}

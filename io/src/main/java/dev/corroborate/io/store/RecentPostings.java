package dev.corroborate.io.store;

import dev.corroborate.reuse.KeptIndex.Kind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The kept reuse index's recent postings ({@code reuse_postings_recent}, schema 20): the latest feed
 * positions' postings, a row a posting, where a late article's moves cost the small table's pages
 * ({@link KeptIndexTable} files into it and forgets from it): looked up by key, filed in key order
 * from a filing's {@link Tail}, and merged into the pages ({@link KeptPostingPages}) when they grow.
 * Works inside the caller's transaction. Not thread-safe.
 */
final class RecentPostings {

    private final Database db;

    RecentPostings(Database db) {
        this.db = db;
    }

    /**
     * The recent table's positions before {@code ?3} of the keys asked (a JSON array) of one index, the array
     * leading the join (a cross join in SQLite keeps its order), as {@link KeptPostingPages#PAGES_OF_KEYS}.
     */
    static final String RECENT_OF_KEYS = "SELECT r.hash, group_concat(r.position) FROM json_each(?2) k "
            + "CROSS JOIN reuse_postings_recent r ON r.kind = ?1 AND r.hash = k.value AND r.position < ?3 GROUP BY r.hash";

    /** Each of {@code keys} (of index {@code kind}) that the table holds before {@code before}: its positions there, newest first. */
    Map<Long, int[]> lookUp(Kind kind, long[] keys, int before) throws SQLException {
        Map<Long, int[]> found = new HashMap<>();
        try (PreparedStatement select = db.connection().prepareStatement(RECENT_OF_KEYS)) {
            for (int first = 0; first < keys.length; first += KeptIndexTable.KEYS_A_QUERY) {
                select.setInt(1, kind.ordinal());
                select.setString(2, java.util.Arrays.toString(
                        java.util.Arrays.copyOfRange(keys, first, Math.min(keys.length, first + KeptIndexTable.KEYS_A_QUERY))));
                select.setInt(3, before);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getLong(1), descending(rows.getString(2)));
                    }
                }
            }
        }
        return found;
    }

    /** Comma-separated positions as an array, largest first (group_concat promises no order). */
    private static int[] descending(String positions) {
        int[] values = new int[1 + (int) positions.chars().filter(c -> c == ',').count()];
        int n = 0;
        int value = 0;
        for (int i = 0; i < positions.length(); i++) {
            char c = positions.charAt(i);
            if (c == ',') {
                values[n++] = value;
                value = 0;
            } else {
                value = value * 10 + (c - '0');
            }
        }
        values[n] = value;
        java.util.Arrays.sort(values);
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /**
     * The postings of the latest feed positions of a filing, as many as the recent table keeps after a
     * merge ({@link KeptIndexTable.Limits#recentKept}): the positions fall out, oldest first and whole, to the pages'
     * filing as the postings of later ones come, so what is left is the longest run of latest positions
     * whose postings fit (none when the last position's alone do not).
     */
    static final class Tail {
        private final long limit;
        private final KeptPostingPages.Filing main;
        private int[] kinds = new int[1024];
        private long[] keys = new long[1024];
        private int[] positions = new int[1024];
        /** The held postings are [head, size) of the arrays, by position ascending. */
        private int head;
        private int size;
        /** The newest position that fell out, or -1. */
        private int lastOut = -1;

        Tail(long limit, KeptPostingPages.Filing main) {
            this.limit = limit;
            this.main = main;
        }

        void add(Kind kind, long[] added, int position) {
            if (size + added.length > keys.length) {
                // Compacted first: what fell out is never read again.
                int held = size - head;
                int capacity = Math.max(keys.length, 2 * (held + added.length));
                kinds = moved(kinds, capacity);
                keys = moved(keys, capacity);
                positions = moved(positions, capacity);
                size = held;
                head = 0;
            }
            for (long key : added) {
                kinds[size] = kind.ordinal();
                keys[size] = key;
                positions[size] = position;
                size++;
            }
            // Older positions fall out while the held ones are too many; the newest one's wait for the end.
            while (size - head > limit && positions[head] < position) {
                fallOut();
            }
        }

        /** Lets the positions fall out that the limit leaves no room for; returns the first position held ({@code from} when all are). */
        int finish(int from) {
            while (size - head > limit) {
                fallOut();
            }
            return lastOut < 0 ? from : lastOut + 1;
        }

        /** The oldest held position's postings, to the pages. */
        private void fallOut() {
            int position = positions[head];
            Kind[] all = Kind.values();
            while (head < size && positions[head] == position) {
                main.add(all[kinds[head]], keys[head], position);
                head++;
            }
            lastOut = position;
        }

        private int[] moved(int[] values, int capacity) {
            int[] to = new int[capacity];
            System.arraycopy(values, head, to, 0, size - head);
            return to;
        }

        private long[] moved(long[] values, int capacity) {
            long[] to = new long[capacity];
            System.arraycopy(values, head, to, 0, size - head);
            return to;
        }
    }

    /**
     * Files the postings {@code tail} holds into the table in key order, each index's in one statement a chunk (a row a posting through JDBC cost more
     * than the filing itself).
     */
    void file(Tail tail) throws SQLException {
        int n = tail.size - tail.head;
        if (n == 0) {
            return;
        }
        try (PreparedStatement insert = db.connection().prepareStatement("INSERT OR IGNORE INTO reuse_postings_recent(kind, "
                + "hash, position) SELECT ?1, j.value ->> 0, j.value ->> 1 FROM json_each(?2) j")) {
            for (Kind kind : Kind.values()) {
                int count = 0;
                for (int i = tail.head; i < tail.size; i++) {
                    count += tail.kinds[i] == kind.ordinal() ? 1 : 0;
                }
                long[] keys = new long[count];
                int[] positions = new int[count];
                int at = 0;
                for (int i = tail.head; i < tail.size; i++) {
                    if (tail.kinds[i] == kind.ordinal()) {
                        keys[at] = tail.keys[i];
                        positions[at] = tail.positions[i];
                        at++;
                    }
                }
                // Stable: each key's positions stay ascending.
                KeptPostingPages.sortByKey(keys, positions);
                StringBuilder chunk = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    chunk.append(chunk.length() == 0 ? "[" : ",").append('[').append(keys[i]).append(',').append(positions[i]).append(']');
                    if ((i + 1) % 20_000 == 0 || i == count - 1) {
                        insert.setInt(1, kind.ordinal());
                        insert.setString(2, chunk.append(']').toString());
                        insert.addBatch();
                        chunk.setLength(0);
                    }
                }
            }
            insert.executeBatch();
        }
    }

    /** How many postings the table holds. */
    long count() throws SQLException {
        try (PreparedStatement count = db.connection().prepareStatement("SELECT count(*) FROM reuse_postings_recent");
             ResultSet rows = count.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /**
     * Merges the postings into the pages but for those of the latest feed positions, {@code left} of them:
     * a late article moves the articles after it, and forgetting their postings in the small table costs
     * its few pages. Every page is read and those that change written again (the merge's postings land on
     * nearly all of them), dropping what they hold at {@code movedFrom} or later. Returns the first
     * position left in the table, to which the pages' bound may rise, or 0 when nothing was merged.
     */
    int mergeIntoPages(long left, int movedFrom) throws SQLException {
        int cut;
        try (PreparedStatement first = db.connection().prepareStatement(
                "SELECT position FROM reuse_postings_recent ORDER BY position DESC LIMIT 1 OFFSET ?")) {
            first.setLong(1, left);
            try (ResultSet rows = first.executeQuery()) {
                // The position of the first posting past those left: everything before it is merged.
                cut = rows.next() ? rows.getInt(1) + 1 : 0;
            }
        }
        if (cut == 0) {
            return 0;
        }
        Kind[] kinds = Kind.values();
        try (KeptPostingPages.Filing pages = new KeptPostingPages.Filing(db.dataDir());
             PreparedStatement merge = db.connection().prepareStatement("SELECT kind, hash, position FROM reuse_postings_recent "
                     + "WHERE position < ? ORDER BY kind, hash, position");
             PreparedStatement merged = db.connection().prepareStatement("DELETE FROM reuse_postings_recent WHERE position < ?")) {
            merge.setInt(1, cut);
            merge.setFetchSize(4096);
            try (ResultSet rows = merge.executeQuery()) {
                while (rows.next()) {
                    pages.add(kinds[rows.getInt(1)], rows.getLong(2), rows.getInt(3));
                }
            }
            pages.fileInto(db, movedFrom, false);
            merged.setInt(1, cut);
            merged.executeUpdate();
        }
        return cut;
    }
}

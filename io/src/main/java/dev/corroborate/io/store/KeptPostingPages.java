package dev.corroborate.io.store;

import dev.corroborate.reuse.KeptIndex;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The main postings of the kept reuse index as pages ({@code reuse_posting_pages}, schema 27): the keys
 * of one index that share their top {@link #PAGE_BITS} bits in one row, each key with every feed
 * position filed under it, newest first. A row a posting ({@code reuse_postings}, schema 17: 15.1 million
 * rows at 100,000 articles) cost SQLite about as much to file in key order as the run's whole filing
 * of them took (20.6 of 24 s; sorting 14.1 million rows into an empty table by hand in the {@code sqlite3}
 * shell took 12.6 s): a page holds about six of them at 100,000 articles, sixty at a million, and a
 * batch's lookup reads one small row a key as before.
 *
 * <p>Postings are filed a part at a time ({@link Filing}): spilled to files in the data directory by
 * index and top bits, then each part sorted in memory and merged with the pages of its range, so a
 * million articles' 150 million postings never sit in the heap at once. A page may hold postings of
 * feed positions that moved (the store's bound, {@link KeptIndexTable#MAIN_BELOW}, says from where:
 * a move lowers it instead of deleting from every page the moved articles' keys reach); lookups read
 * only what lies below it, and the next filing into the pages drops the rest.
 */
final class KeptPostingPages {

    /** The top bits of a key that name its page: about a million pages an index. */
    static final int PAGE_BITS = 20;
    /** The top bits of a key that name the part of an index a filing spills it to and files at once. */
    private static final int PART_BITS = 4;
    private static final int PAGES_A_PART = 1 << (PAGE_BITS - PART_BITS);
    private static final int KINDS = KeptIndex.Kind.values().length;
    /** Pages read or keys looked up in one query. */
    private static final int PAGES_A_QUERY = 2_000;

    private KeptPostingPages() {
    }

    /** The page of a key (its top bits, unsigned). */
    static int page(long key) {
        return (int) (key >>> (64 - PAGE_BITS));
    }

    /** One page: its keys ascending (all of one sign: they share their top bits), each key's positions newest first. */
    record Page(long[] keys, int[] starts, int[] positions) {

        /** Key {@code k}'s positions, newest first. */
        int[] positionsOf(int k) {
            return Arrays.copyOfRange(positions, starts[k], starts[k + 1]);
        }

        /**
         * The body as stored: little-endian, the number of keys, then each key with its number of
         * positions and the positions, newest first.
         */
        byte[] encode() {
            ByteBuffer body = ByteBuffer.allocate(4 + keys.length * 12 + positions.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            body.putInt(keys.length);
            for (int k = 0; k < keys.length; k++) {
                body.putLong(keys[k]).putInt(starts[k + 1] - starts[k]);
                for (int p = starts[k]; p < starts[k + 1]; p++) {
                    body.putInt(positions[p]);
                }
            }
            return body.array();
        }

        static Page decode(byte[] bytes) {
            ByteBuffer body = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int n = body.getInt();
            long[] keys = new long[n];
            int[] starts = new int[n + 1];
            int[] positions = new int[(bytes.length - 4 - n * 12) / 4];
            int at = 0;
            for (int k = 0; k < n; k++) {
                keys[k] = body.getLong();
                int count = body.getInt();
                starts[k] = at;
                for (int p = 0; p < count; p++) {
                    positions[at++] = body.getInt();
                }
            }
            starts[n] = at;
            return new Page(keys, starts, positions);
        }
    }

    /**
     * The pages asked for (a JSON array of page numbers) of one index. The array leads the join (a cross
     * join in SQLite keeps its order): left to the planner, a batch's lookup scanned every page for each
     * page asked (minutes for a batch of 1,000 into 100,000 articles).
     */
    static final String PAGES_OF_KEYS = "SELECT p.page, p.body FROM json_each(?2) k "
            + "CROSS JOIN reuse_posting_pages p ON p.kind = ?1 AND p.page = k.value";

    /**
     * Each of {@code keys} (of index {@code kind}) that holds a posting before feed position
     * {@code below} in the pages: all of its positions before it, newest first.
     */
    static Map<Long, int[]> lookUp(Database db, KeptIndex.Kind kind, long[] keys, int below) throws SQLException {
        Map<Integer, List<Long>> byPage = new java.util.TreeMap<>();
        for (long key : keys) {
            byPage.computeIfAbsent(page(key), p -> new ArrayList<>(1)).add(key);
        }
        Map<Long, int[]> found = new HashMap<>();
        List<Integer> pages = new ArrayList<>(byPage.keySet());
        try (PreparedStatement select = db.connection().prepareStatement(PAGES_OF_KEYS)) {
            for (int from = 0; from < pages.size(); from += PAGES_A_QUERY) {
                select.setInt(1, kind.ordinal());
                select.setString(2, pages.subList(from, Math.min(pages.size(), from + PAGES_A_QUERY)).toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Page page = Page.decode(rows.getBytes(2));
                        for (long key : byPage.get(rows.getInt(1))) {
                            int k = Arrays.binarySearch(page.keys(), key);
                            if (k < 0) {
                                continue;
                            }
                            int first = page.starts()[k];
                            int end = page.starts()[k + 1];
                            while (first < end && page.positions()[first] >= below) {
                                first++; // moved since they were filed: the newest come first
                            }
                            if (first < end) {
                                found.put(key, Arrays.copyOfRange(page.positions(), first, end));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Postings on their way into the pages: spilled as they come to a file a part of an index (its
     * keys' top {@link #PART_BITS} bits), then filed a part at a time ({@link #fileInto}). Each key's
     * positions must come oldest first (a feed walked in order, or the recent table in key order).
     * Delete its files with {@link #close}. Not thread-safe.
     */
    static final class Filing implements AutoCloseable {

        private static final String PREFIX = "reuse-postings-";
        private static final String SUFFIX = ".tmp";

        private final Path dataDir;
        private final Path[] files = new Path[KINDS << PART_BITS];
        private final DataOutputStream[] outs = new DataOutputStream[KINDS << PART_BITS];
        private final long[] counts = new long[KINDS << PART_BITS];
        private long count;

        /** A new filing spilling to files in {@code dataDir}, after deleting what a run that died left there. */
        Filing(Path dataDir) {
            ScratchFiles.deleteLeft(dataDir, PREFIX, SUFFIX, "reuse postings on their way into the kept index");
            this.dataDir = dataDir;
        }

        /** Adds {@code position} under each of {@code keys} of index {@code kind}. */
        void add(KeptIndex.Kind kind, long[] keys, int position) {
            for (long key : keys) {
                add(kind, key, position);
            }
        }

        /** Adds {@code position} under {@code key} of index {@code kind}. */
        void add(KeptIndex.Kind kind, long key, int position) {
            int part = (kind.ordinal() << PART_BITS) | (int) (key >>> (64 - PART_BITS));
            try {
                if (outs[part] == null) {
                    files[part] = Files.createTempFile(dataDir, PREFIX, SUFFIX);
                    outs[part] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(files[part]), 1 << 15));
                }
                outs[part].writeLong(key);
                outs[part].writeInt(position);
            } catch (IOException e) {
                throw new StoreException("could not set aside reuse postings in " + dataDir + ": " + e, e);
            }
            counts[part]++;
            count++;
        }

        /** How many postings were added. */
        long count() {
            return count;
        }

        /**
         * Files every posting added into the pages, inside the caller's transaction, dropping from the
         * pages every posting at feed position {@code movedFrom} or later (moved since they were filed).
         * {@code pagesEmpty}: the pages hold nothing (a filing of the whole feed), so none is read.
         */
        void fileInto(Database db, int movedFrom, boolean pagesEmpty) throws SQLException {
            try (PreparedStatement read = db.connection().prepareStatement(
                    "SELECT page, body FROM reuse_posting_pages WHERE kind = ? AND page >= ? AND page < ? ORDER BY page");
                 PreparedStatement write = db.connection().prepareStatement(
                         "INSERT OR REPLACE INTO reuse_posting_pages(kind, page, body) VALUES (?, ?, ?)");
                 PreparedStatement delete = db.connection().prepareStatement(
                         "DELETE FROM reuse_posting_pages WHERE kind = ? AND page = ?")) {
                for (int part = 0; part < files.length; part++) {
                    if (counts[part] == 0 && pagesEmpty) {
                        continue;
                    }
                    int kind = part >> PART_BITS;
                    int firstPage = (part & ((1 << PART_BITS) - 1)) * PAGES_A_PART;
                    Map<Integer, byte[]> kept = new HashMap<>();
                    if (!pagesEmpty) {
                        read.setInt(1, kind);
                        read.setInt(2, firstPage);
                        read.setInt(3, firstPage + PAGES_A_PART);
                        try (ResultSet rows = read.executeQuery()) {
                            while (rows.next()) {
                                kept.put(rows.getInt(1), rows.getBytes(2));
                            }
                        }
                    }
                    filePart(part, kind, kept, movedFrom, write, delete);
                }
                write.executeBatch();
                delete.executeBatch();
            }
        }

        /** Files one part: its postings sorted by key, merged page by page with the kept pages of its range. */
        private void filePart(int part, int kind, Map<Integer, byte[]> kept, int movedFrom, PreparedStatement write,
                              PreparedStatement delete) throws SQLException {
            int n = Math.toIntExact(counts[part]);
            long[] keys = new long[n];
            int[] positions = new int[n];
            if (n > 0) {
                read(part, keys, positions);
                sortByKey(keys, positions);
            }
            java.util.TreeSet<Integer> pages = new java.util.TreeSet<>(kept.keySet());
            for (int i = 0; i < n; i++) {
                pages.add(page(keys[i]));
            }
            int at = 0;
            int batched = 0;
            for (int page : pages) {
                int end = at;
                while (end < n && page(keys[end]) == page) {
                    end++;
                }
                byte[] body = kept.get(page);
                Page was = body == null ? null : Page.decode(body);
                Page now = merged(was, keys, positions, at, end, movedFrom);
                at = end;
                if (now == null) {
                    continue; // a kept page nothing changed
                }
                if (now.keys().length == 0) {
                    if (was != null) {
                        delete.setInt(1, kind);
                        delete.setInt(2, page);
                        delete.addBatch();
                    }
                } else {
                    write.setInt(1, kind);
                    write.setInt(2, page);
                    write.setBytes(3, now.encode());
                    write.addBatch();
                }
                if (++batched % 10_000 == 0) {
                    write.executeBatch();
                    delete.executeBatch();
                }
            }
        }

        /**
         * A page's kept postings before {@code movedFrom} with the new ones {@code [from, end)} of the sorted
         * arrays added (each key's positions newest first, none twice: a new posting may lie before
         * {@code movedFrom}, as one the recent table held); {@code null} when that is the kept page unchanged.
         */
        private static Page merged(Page was, long[] keys, int[] positions, int from, int end, int movedFrom) {
            if (was != null && from == end) {
                boolean moved = false;
                for (int position : was.positions()) {
                    moved |= position >= movedFrom;
                }
                if (!moved) {
                    return null;
                }
            }
            int keptKeys = was == null ? 0 : was.keys().length;
            long[] outKeys = new long[keptKeys + (end - from)];
            int[] starts = new int[outKeys.length + 1];
            int[] outPositions = new int[(was == null ? 0 : was.positions().length) + (end - from)];
            int k = 0;
            int out = 0;
            int at = 0;
            int i = from;
            while (k < keptKeys || i < end) {
                long key;
                if (i >= end || (k < keptKeys && was.keys()[k] < keys[i])) {
                    key = was.keys()[k];
                } else {
                    key = keys[i];
                }
                int first = at;
                int last = i;
                while (last < end && keys[last] == key) {
                    last++;
                }
                // The new ones (they came oldest first: walked from the last) and the kept ones before
                // movedFrom (newest first), merged newest first, none twice.
                int j = last - 1;
                int p = 0;
                int pEnd = 0;
                if (k < keptKeys && was.keys()[k] == key) {
                    p = was.starts()[k];
                    pEnd = was.starts()[k + 1];
                    k++;
                }
                while (j >= i || p < pEnd) {
                    int position;
                    if (p < pEnd && was.positions()[p] >= movedFrom) {
                        p++; // moved since it was filed
                        continue;
                    }
                    if (j < i || (p < pEnd && was.positions()[p] > positions[j])) {
                        position = was.positions()[p++];
                    } else {
                        position = positions[j--];
                    }
                    if (at == first || outPositions[at - 1] != position) {
                        outPositions[at++] = position;
                    }
                }
                i = last;
                if (at > first) {
                    outKeys[out] = key;
                    starts[out] = first;
                    out++;
                }
            }
            starts[out] = at;
            return new Page(Arrays.copyOf(outKeys, out), Arrays.copyOf(starts, out + 1), Arrays.copyOf(outPositions, at));
        }

        private void read(int part, long[] keys, int[] positions) {
            try {
                outs[part].close();
                outs[part] = null;
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(files[part]), 1 << 15))) {
                    for (int i = 0; i < keys.length; i++) {
                        keys[i] = in.readLong();
                        positions[i] = in.readInt();
                    }
                }
            } catch (IOException e) {
                throw new StoreException("could not read back the reuse postings set aside in " + files[part] + ": " + e, e);
            }
        }

        @Override
        public void close() {
            IOException failed = null;
            for (int part = 0; part < files.length; part++) {
                try {
                    if (outs[part] != null) {
                        outs[part].close();
                        outs[part] = null;
                    }
                    if (files[part] != null) {
                        Files.deleteIfExists(files[part]);
                        files[part] = null;
                    }
                } catch (IOException e) {
                    failed = e;
                }
            }
            if (failed != null) {
                throw new StoreException("could not delete the reuse postings set aside in " + dataDir + ": " + failed, failed);
            }
        }
    }

    /**
     * Sorts the keys (signed order), carrying each one's position along, keeping the order of equal
     * keys: a least-significant-digit radix sort, 16 bits a pass, the sign bit flipped.
     */
    static void sortByKey(long[] keys, int[] positions) {
        int n = keys.length;
        long[] keysTo = new long[n];
        int[] positionsTo = new int[n];
        int[] counts = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            Arrays.fill(counts, 0);
            for (long key : keys) {
                counts[digit(key, shift)]++;
            }
            if (counts[digit(keys.length == 0 ? 0 : keys[0], shift)] == n) {
                continue; // every key has this digit: the pass would leave them as they are
            }
            int sum = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int to = counts[digit(keys[i], shift)]++;
                keysTo[to] = keys[i];
                positionsTo[to] = positions[i];
            }
            System.arraycopy(keysTo, 0, keys, 0, n);
            System.arraycopy(positionsTo, 0, positions, 0, n);
        }
    }

    private static int digit(long key, int shift) {
        return (int) (((key ^ Long.MIN_VALUE) >>> shift) & 0xFFFF);
    }
}

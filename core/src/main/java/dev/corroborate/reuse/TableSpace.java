package dev.corroborate.reuse;

import java.nio.ByteBuffer;

/**
 * Where the reuse indexes' posting tables keep their arrays ({@link PostingTable}): on the heap
 * ({@link #HEAP}), or in memory the store maps outside the Java heap (the heap limit does not count
 * it; the process's resident memory does). The tables hold every article of the archive (about 3 KB an article: a verbatim copy may
 * come years after its source), so at a million articles they alone would fill most of a 4 GB heap.
 * A table asks for and gives back its pages on the one thread that uses it; the indexes of a detector
 * run on two, so a space must take asks from two threads at once.
 */
public interface TableSpace {

    /** Every page a heap buffer. */
    TableSpace HEAP = ByteBuffer::allocate;

    /** A page of {@code bytes} zero bytes, for a table to read and write until it gives it back. */
    ByteBuffer allocate(int bytes);

    /** The most bytes a page holds: a power of two, at least 8 (128 MB unless a space says otherwise). */
    default int pageBytes() {
        return 1 << 27;
    }

    /** The table that asked for {@code page} will not read or write it again: its memory may go now. */
    default void release(ByteBuffer page) {
    }
}

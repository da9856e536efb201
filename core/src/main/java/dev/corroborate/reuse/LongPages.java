package dev.corroborate.reuse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;

/**
 * A fixed-length array of longs in pages of a {@link TableSpace} (at most {@link TableSpace#pageBytes()}
 * bytes a page: a mapped buffer holds less than 2 GB), zero to start with. Not thread-safe.
 */
final class LongPages {

    private final TableSpace space;
    private final ByteBuffer[] buffers;
    private final LongBuffer[] pages;
    private final int length;
    /** Elements a page, as a power of two, and the mask of an element's place in its page. */
    private final int shift;
    private final int mask;

    LongPages(int length, TableSpace space) {
        this.space = space;
        this.length = length;
        this.shift = Integer.numberOfTrailingZeros(space.pageBytes() / Long.BYTES);
        this.mask = (1 << shift) - 1;
        int count = (int) (((long) length + mask) >>> shift);
        buffers = new ByteBuffer[count];
        pages = new LongBuffer[count];
        for (int p = 0; p < count; p++) {
            int size = Math.min(1 << shift, length - (p << shift));
            buffers[p] = space.allocate(size * Long.BYTES).order(ByteOrder.nativeOrder());
            pages[p] = buffers[p].asLongBuffer();
        }
    }

    int length() {
        return length;
    }

    long get(int i) {
        return pages[i >>> shift].get(i & mask);
    }

    void set(int i, long value) {
        pages[i >>> shift].put(i & mask, value);
    }

    /** Gives the pages back to the space: nothing reads or writes them after. */
    void release() {
        for (ByteBuffer buffer : buffers) {
            space.release(buffer);
        }
    }
}

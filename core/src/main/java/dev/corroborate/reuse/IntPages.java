package dev.corroborate.reuse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * A fixed-length array of ints in pages of a {@link TableSpace} (at most {@link TableSpace#pageBytes()}
 * bytes a page: a mapped buffer holds less than 2 GB), zero to start with. Not thread-safe.
 */
final class IntPages {

    private final TableSpace space;
    private final ByteBuffer[] buffers;
    private final IntBuffer[] pages;
    private final int length;
    /** Elements a page, as a power of two, and the mask of an element's place in its page. */
    private final int shift;
    private final int mask;

    IntPages(int length, TableSpace space) {
        this.space = space;
        this.length = length;
        this.shift = Integer.numberOfTrailingZeros(space.pageBytes() / Integer.BYTES);
        this.mask = (1 << shift) - 1;
        int count = (int) (((long) length + mask) >>> shift);
        buffers = new ByteBuffer[count];
        pages = new IntBuffer[count];
        for (int p = 0; p < count; p++) {
            int size = Math.min(1 << shift, length - (p << shift));
            buffers[p] = space.allocate(size * Integer.BYTES).order(ByteOrder.nativeOrder());
            pages[p] = buffers[p].asIntBuffer();
        }
    }

    int length() {
        return length;
    }

    int get(int i) {
        return pages[i >>> shift].get(i & mask);
    }

    void set(int i, int value) {
        pages[i >>> shift].put(i & mask, value);
    }

    /** Sets every element to {@code value}. */
    void fill(int value) {
        for (IntBuffer page : pages) {
            for (int i = 0, n = page.limit(); i < n; i++) {
                page.put(i, value);
            }
        }
    }

    /** A copy {@code length} long (at least this one's), the rest zero; this one's pages are given back. */
    IntPages grown(int newLength) {
        IntPages grown = new IntPages(newLength, space);
        for (int p = 0; p < pages.length; p++) {
            // Pages are the same size in both but for this one's last, which the other's page p holds whole.
            grown.pages[p].put(0, pages[p], 0, pages[p].limit());
        }
        release();
        return grown;
    }

    /** Gives the pages back to the space: nothing reads or writes them after. */
    void release() {
        for (ByteBuffer buffer : buffers) {
            space.release(buffer);
        }
    }
}

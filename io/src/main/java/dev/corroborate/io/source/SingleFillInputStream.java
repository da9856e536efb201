package dev.corroborate.io.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered stream whose bulk read returns what is buffered, or what one read of the stream beneath
 * gives, and never reads on to fill the caller's array. {@link BufferedInputStream}'s bulk read reads
 * on while the stream beneath says bytes are available, and a truncated gzip file (whose inflater says
 * so until it fails) then throws away the lines it had already given: read this way, every whole line
 * before the break is read, as a byte-at-a-time reading reads them.
 */
final class SingleFillInputStream extends BufferedInputStream {

    SingleFillInputStream(InputStream in, int size) {
        super(in, size);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int copied = 0;
        if (pos >= count) {
            int first = super.read(); // at most one read of the stream beneath
            if (first < 0) {
                return -1;
            }
            b[off] = (byte) first;
            copied = 1;
        }
        byte[] buffer = buf;
        if (buffer == null) {
            throw new IOException("Stream closed");
        }
        int more = Math.min(len - copied, count - pos);
        System.arraycopy(buffer, pos, b, off + copied, more);
        pos += more;
        return copied + more;
    }
}

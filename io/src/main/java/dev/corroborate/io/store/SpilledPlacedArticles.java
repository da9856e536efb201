package dev.corroborate.io.store;

import dev.corroborate.cluster.PlacedSpill;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A story run's placed articles set aside until refinement ({@link PlacedSpill}): appended to a file in
 * the data directory ({@code stories-placed-*.tmp}) through a write buffer, read back through a read
 * buffer (refinement's first pass reads them in the order they were written). The file is deleted when
 * refinement is done, or when the store closes, or when the next run's story step starts if this one
 * died (a writer holds the folder's lock, so no other run's file is deleted). Not thread-safe.
 */
final class SpilledPlacedArticles implements PlacedSpill, AutoCloseable {

    static final String PREFIX = "stories-placed-";
    static final String SUFFIX = ".tmp";
    private static final int BUFFER = 1 << 20;

    private final int setAsideAt;
    private final Path dataDir;
    private Path file;
    private FileChannel channel;
    /** Appended and not yet written; the file holds {@link #written} bytes before it. */
    private final ByteBuffer pending = ByteBuffer.allocate(BUFFER);
    private long written;
    /** The bytes last read ahead, from {@link #readFrom} on ({@code readLength} of them). */
    private final byte[] readAhead = new byte[BUFFER];
    private long readFrom = -1;
    private int readLength;

    private SpilledPlacedArticles(Path dataDir, int setAsideAt) {
        this.dataDir = dataDir;
        this.setAsideAt = setAsideAt;
    }

    /** A new place to set placed articles aside in {@code dataDir}, after deleting what a run that died left there. */
    static SpilledPlacedArticles in(Path dataDir, int setAsideAt) {
        ScratchFiles.deleteLeft(dataDir, PREFIX, SUFFIX, "placed articles set aside");
        return new SpilledPlacedArticles(dataDir, setAsideAt);
    }

    @Override
    public int setAsideAt() {
        return setAsideAt;
    }

    @Override
    public long append(byte[] record) {
        try {
            if (channel == null) {
                file = Files.createTempFile(dataDir, PREFIX, SUFFIX);
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            long position = written + pending.position();
            if (record.length > pending.remaining()) {
                flush();
            }
            if (record.length > pending.capacity()) {
                ByteBuffer whole = ByteBuffer.wrap(record);
                while (whole.hasRemaining()) {
                    written += channel.write(whole, written);
                }
            } else {
                pending.put(record);
            }
            return position;
        } catch (IOException e) {
            throw new StoreException("could not set a placed article aside in " + (file == null ? dataDir : file) + ": " + e, e);
        }
    }

    @Override
    public byte[] read(long position, int length) {
        byte[] out = new byte[length];
        if (position < 0 || length < 0 || position + length > written + pending.position()) {
            throw new StoreException("no placed article was set aside at " + position + " (" + length + " bytes) in " + file);
        }
        try {
            if (position + length > written) {
                flush();
            }
            if (length > readAhead.length) {
                fill(ByteBuffer.wrap(out), position);
                return out;
            }
            if (readFrom < 0 || position < readFrom || position + length > readFrom + readLength) {
                readLength = (int) Math.min(readAhead.length, written - position);
                readFrom = position;
                fill(ByteBuffer.wrap(readAhead, 0, readLength), position);
            }
            System.arraycopy(readAhead, (int) (position - readFrom), out, 0, length);
            return out;
        } catch (IOException e) {
            throw new StoreException("could not read back the placed article set aside at " + position + " in " + file + ": " + e, e);
        }
    }

    /** Bytes set aside so far. */
    long bytes() {
        return written + pending.position();
    }

    private void fill(ByteBuffer into, long position) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int read = channel.read(into, at);
            if (read < 0) {
                throw new EOFException("the file ends at " + at + ", before the " + into.remaining() + " bytes more asked for");
            }
            at += read;
        }
    }

    private void flush() throws IOException {
        pending.flip();
        while (pending.hasRemaining()) {
            written += channel.write(pending, written);
        }
        pending.clear();
    }

    /** Deletes the file: nothing is read back after. */
    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // The contents are being thrown away; only the file's going matters.
            }
            channel = null;
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StoreException("could not delete the placed articles set aside in " + file + ": " + e, e);
            }
            file = null;
        }
    }
}

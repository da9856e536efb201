package dev.corroborate.io.store;

import dev.corroborate.reuse.KeptSketch;
import dev.corroborate.reuse.SketchSpill;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A reuse run's sketches set aside as it makes them ({@link SketchSpill}): written to a file in the data
 * directory ({@code reuse-sketches-*.tmp}) and read back in order when the run's results are kept, in
 * one transaction with its links, as if the run had held them. The file is deleted then, or when the
 * store closes, or when the next run's reuse step starts if this one died (a writer holds the folder's
 * lock, so no other run's file is deleted). Not thread-safe.
 */
final class SpilledSketches implements SketchSpill, AutoCloseable {

    private static final String PREFIX = "reuse-sketches-";
    private static final String SUFFIX = ".tmp";

    private final Path dataDir;
    private final int setAsideAt;
    private Path file;
    private DataOutputStream out;
    private int count;

    private SpilledSketches(Path dataDir, int setAsideAt) {
        this.dataDir = dataDir;
        this.setAsideAt = setAsideAt;
    }

    /**
     * A new place to set sketches aside in {@code dataDir}, {@code setAsideAt} at a time at least, after
     * deleting what a run that died left there.
     */
    static SpilledSketches in(Path dataDir, int setAsideAt) {
        ScratchFiles.deleteLeft(dataDir, PREFIX, SUFFIX, "reuse sketches set aside");
        return new SpilledSketches(dataDir, setAsideAt);
    }

    @Override
    public int setAsideAt() {
        return setAsideAt;
    }

    @Override
    public void setAside(List<KeptSketch> sketches) {
        if (file != null && out == null) {
            throw new IllegalStateException("the reuse sketches set aside in " + file + " were read back already");
        }
        try {
            if (out == null) {
                file = Files.createTempFile(dataDir, PREFIX, SUFFIX);
                try {
                    out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
                } catch (IOException e) {
                    Files.deleteIfExists(file);
                    file = null;
                    throw e;
                }
            }
            for (KeptSketch sketch : sketches) {
                writeString(sketch.articleId());
                writeLongs(sketch.signature());
                writeLongs(sketch.wordSignature());
                writeLongs(sketch.fingerprints());
                out.writeInt(sketch.names().size());
                for (String name : sketch.names()) {
                    writeString(name);
                }
            }
            count += sketches.size();
        } catch (IOException e) {
            throw new StoreException("could not set " + sketches.size() + " reuse sketches aside in "
                    + (file == null ? dataDir : file) + ": " + e, e);
        }
    }

    /** How many sketches were set aside. */
    int count() {
        return count;
    }

    /**
     * Every sketch set aside, in the order it came, read from the file as it is iterated (each iteration
     * reads it again), not held: at a million articles they are about 2 GB. Nothing is set aside after.
     */
    Iterable<KeptSketch> inOrder() {
        if (file == null) {
            return List.of();
        }
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } catch (IOException e) {
            throw new StoreException("could not write the reuse sketches set aside in " + file + ": " + e, e);
        }
        return () -> new java.util.Iterator<>() {
            private DataInputStream in;
            private int read;

            @Override
            public boolean hasNext() {
                if (read < count) {
                    return true;
                }
                closeQuietly();
                return false;
            }

            @Override
            public KeptSketch next() {
                if (read >= count) {
                    throw new java.util.NoSuchElementException();
                }
                try {
                    if (in == null) {
                        in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                    }
                    String id = readString(in);
                    long[] signature = readLongs(in);
                    long[] wordSignature = readLongs(in);
                    long[] fingerprints = readLongs(in);
                    int names = in.readInt();
                    List<String> named = new ArrayList<>(names);
                    for (int n = 0; n < names; n++) {
                        named.add(readString(in));
                    }
                    read++;
                    if (read == count) {
                        closeQuietly();
                    }
                    return new KeptSketch(id, signature, wordSignature, fingerprints, named);
                } catch (EOFException e) {
                    closeQuietly();
                    throw new StoreException("the reuse sketches set aside in " + file + " end before the " + count
                            + " written (" + read + " read): was the file cut short?", e);
                } catch (IOException e) {
                    closeQuietly();
                    throw new StoreException("could not read back the reuse sketches set aside in " + file + ": " + e, e);
                }
            }

            private void closeQuietly() {
                SpilledSketches.closeQuietly(in); // read to its end or failed: nothing more is read from it
                in = null;
            }
        };
    }

    /**
     * Deletes the file (nothing is read back after). What is still buffered is thrown away: a write
     * that failed (a full disk) fails again on closing, and must not keep the file from going.
     */
    @Override
    public void close() {
        closeQuietly(out); // the contents are being thrown away; only the file's going matters
        out = null;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StoreException("could not delete the reuse sketches set aside in " + file + ": " + e, e);
            }
        }
    }

    /** Closes {@code stream} (if any), its failure ignored: the caller needs nothing more from it. */
    private static void closeQuietly(java.io.Closeable stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // Ignored, as said.
            }
        }
    }

    private void writeString(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private void writeLongs(long[] values) throws IOException {
        byte[] bytes = ReuseSketchTable.bytes(values); // as the table keeps them
        out.writeInt(values.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt() * Long.BYTES];
        in.readFully(bytes);
        return ReuseSketchTable.longs(bytes);
    }
}

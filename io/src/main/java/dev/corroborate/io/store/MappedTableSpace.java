package dev.corroborate.io.store;

import dev.corroborate.reuse.TableSpace;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The reuse indexes' pages ({@link TableSpace}) in memory mapped privately from scratch files in the data
 * folder, outside the Java heap: a page is zeros until written, and a page written is the process's own
 * memory (not the file's, which gets one block, its last byte: nothing else is written to disk), given
 * back to the system when its table grows past it, and the last pages when the step's indexes are
 * collected (not at once when the step ends: the process's memory stays high until then). The heap limit ({@code -Xmx}) does not count these pages; the process's
 * resident memory does. Each file ({@code reuse-table-*.tmp}) is deleted as soon as it is mapped, so
 * none outlives the run, whatever ends it; pages smaller than {@link #MAPPED_FROM} are heap buffers: a
 * daily batch's tables and the first pages of every table are small. Safe for the indexes to ask from
 * their two threads (each table is used on one).
 */
final class MappedTableSpace implements TableSpace {

    static final String PREFIX = "reuse-table-";
    static final String SUFFIX = ".tmp";
    /** Pages of fewer bytes are on the heap. */
    static final int MAPPED_FROM = 1 << 22;

    /** {@code sun.misc.Unsafe.invokeCleaner}, to unmap a page given back; null when this JVM has none. */
    private static final Method INVOKE_CLEANER;
    private static final Object UNSAFE;

    static {
        Method method = null;
        Object unsafe = null;
        try {
            Class<?> type = Class.forName("sun.misc.Unsafe");
            Field field = type.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            unsafe = field.get(null);
            method = type.getMethod("invokeCleaner", ByteBuffer.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Pages given back are then unmapped when collected.
        }
        INVOKE_CLEANER = method;
        UNSAFE = unsafe;
    }

    private final Path dataDir;
    private final int mappedFrom;
    /** Bytes mapped now and at most (the latter for tests): the indexes ask from two threads. */
    private final java.util.concurrent.atomic.AtomicLong mapped = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong mostMapped = new java.util.concurrent.atomic.AtomicLong();

    private MappedTableSpace(Path dataDir, int mappedFrom) {
        this.dataDir = dataDir;
        this.mappedFrom = mappedFrom;
    }

    /** Pages in {@code dataDir}, after deleting what a run that died between making and mapping one left there. */
    static MappedTableSpace in(Path dataDir, int mappedFrom) {
        ScratchFiles.deleteLeft(dataDir, PREFIX, SUFFIX, "reuse table files");
        return new MappedTableSpace(dataDir, mappedFrom);
    }

    @Override
    public ByteBuffer allocate(int bytes) {
        if (bytes < mappedFrom) {
            return ByteBuffer.allocate(bytes);
        }
        Path file = null;
        try {
            file = Files.createTempFile(dataDir, PREFIX, SUFFIX);
            ByteBuffer page;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                // A file of that length with no blocks: it reads as zeros, as a new array does. Mapped
                // privately, a page written is the process's own and never goes back to the file: a shared
                // mapping had the kernel write each page out again whenever it changed (1.28 TB written
                // in 23 minutes of a million-article run, 585 s of its CPU in the kernel).
                channel.write(ByteBuffer.allocate(1), bytes - 1L);
                page = channel.map(FileChannel.MapMode.PRIVATE, 0, bytes);
            } finally {
                Files.deleteIfExists(file);
            }
            long now = mapped.addAndGet(bytes);
            mostMapped.accumulateAndGet(now, Math::max);
            return page;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException("could not map " + bytes + " bytes of a reuse index table in "
                    + (file == null ? dataDir : file) + " (is the disk full?): " + e, e);
        }
    }

    @Override
    public void release(ByteBuffer page) {
        if (!page.isDirect()) {
            return;
        }
        mapped.addAndGet(-page.capacity());
        if (INVOKE_CLEANER != null) {
            try {
                INVOKE_CLEANER.invoke(UNSAFE, page);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Unmapped when collected instead.
            }
        }
    }

    /** The most bytes mapped at once. */
    long mostMapped() {
        return mostMapped.get();
    }
}

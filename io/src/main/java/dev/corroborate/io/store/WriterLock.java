package dev.corroborate.io.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The lock that lets one process at a time write a data directory: {@code corroborate.lock} in it,
 * held with {@link FileChannel#tryLock()} from the moment a store is opened for writing until it
 * is closed. Two {@code analyze} runs on one folder would otherwise interleave their stages (each
 * stage replaces its results whole, from what it read before the other wrote). The operating
 * system releases the lock when the process ends, however it ends (a kill -9 leaves no stale lock);
 * the file stays, holding the last holder's description. The holder writes its process id, what it
 * is doing and since when into the file, so a refused process can say what holds the folder.
 *
 * <p>A second writer waits up to a bounded time ({@link #DEFAULT_WAIT}) for the lock, then is
 * refused with a {@link StoreException} naming the folder and its holder. Readers never take it:
 * SQLite gives them a consistent snapshot while a writer works. A lock held by another store of
 * this same JVM counts as held. Not thread-safe; closed once.
 */
final class WriterLock implements AutoCloseable {

    /** The lock file's name inside the data directory. */
    static final String FILE = "corroborate.lock";

    /** How long a writer waits for another to finish before it is refused: long enough for a closing store. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(2);

    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dataDir} (which must exist), waiting up to {@code wait} while
     * another process holds it; {@code purpose} says what this process is doing ("analyze").
     *
     * @throws StoreException when it is still held after {@code wait}, naming the folder and the holder,
     *                        or when the lock file cannot be opened
     */
    static WriterLock acquire(Path dataDir, String purpose, Duration wait) {
        Path file = dataDir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw StoreFailures.of(dataDir, "opening the lock file " + FILE, e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    describeHolder(channel, purpose);
                    return new WriterLock(channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new StoreException(refusal(dataDir, file, wait));
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            closeQuietly(channel, e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting for the data directory " + dataDir, e);
            }
            if (e instanceof IOException) {
                throw new StoreException("locking the data directory " + dataDir + " failed: " + e.getMessage(), e);
            }
            throw (RuntimeException) e;
        }
    }

    /** The lock, or {@code null} when another process, or another channel of this JVM, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Writes who holds the lock into the file; best effort: on a full disk the holder stays unnamed. */
    private static void describeHolder(FileChannel channel, String purpose) {
        String holder = "pid " + ProcessHandle.current().pid() + " (" + purpose + "), since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // the lock is held all the same; a refused writer will say "another process"
        }
    }

    /** What a refused writer is told: the folder, who holds it, what to do. */
    private static String refusal(Path dataDir, Path file, Duration waited) {
        String holder;
        try {
            holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            holder = "";
        }
        return "the data directory " + dataDir + " is being written by another Corroborate process"
                + (holder.isEmpty() ? "" : " (" + holder + ")") + "; waited " + waited.toSeconds()
                + " s. Run this again when it has finished, or use another data directory (--data). "
                + "Commands that only read the store can run meanwhile.";
    }

    private static void closeQuietly(FileChannel channel, Exception failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("releasing the lock " + FILE + " failed: " + e.getMessage(), e);
        }
    }
}

package dev.corroborate.cluster;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** A placed-article spill in memory for tests: sets aside after {@code setAsideAt} held, counts what is read back. */
final class MemoryPlacedSpill implements PlacedSpill {

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int setAsideAt;
    int reads;

    MemoryPlacedSpill(int setAsideAt) {
        this.setAsideAt = setAsideAt;
    }

    @Override
    public long append(byte[] record) {
        long position = bytes.size();
        bytes.writeBytes(record);
        return position;
    }

    /** The bytes asked for, as far as they were written (fewer when asked past the end). */
    @Override
    public byte[] read(long position, int length) {
        reads++;
        return Arrays.copyOfRange(bytes.toByteArray(), (int) position, (int) Math.min(bytes.size(), position + length));
    }

    @Override
    public int setAsideAt() {
        return setAsideAt;
    }
}

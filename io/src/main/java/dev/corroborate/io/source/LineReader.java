package dev.corroborate.io.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it, so a line of invalid UTF-8 can be reported
 * by its number and byte offset, and a line longer than the limit is skipped without being held.
 */
final class LineReader {

    /** One line: its 1-based number, the byte offset of its first byte, and its bytes without the line end. */
    record Line(long number, long byteOffset, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final long maxLineBytes;
    // Read in blocks and scanned for line ends here: a byte at a time through a BufferedInputStream and a
    // ByteArrayOutputStream took two synchronized calls a byte: a third of the reading step's samples for JSONL.
    private final byte[] block = new byte[1 << 16];
    private int blockPosition;
    private int blockLimit;
    private boolean ended;
    private byte[] line = new byte[4096];
    private int lineLength;
    private long lineNumber;
    private long byteOffset;

    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * A reader of the lines that start at or after {@code slice.start()}: {@code in} is positioned at
     * {@link JsonLinesSlice#streamStart()}, the byte before the start, which says whether a line
     * starts there or the reader must skip to the end of the line it is in; lines are numbered after
     * the slice's {@code linesBefore}.
     */
    static LineReader from(InputStream in, long maxLineBytes, JsonLinesSlice slice) throws IOException {
        LineReader reader = new LineReader(in, maxLineBytes);
        reader.lineNumber = slice.linesBefore();
        if (slice.start() == 0) {
            return reader;
        }
        reader.byteOffset = slice.start();
        int before = reader.read();
        if (before < 0 || before == '\n') {
            return reader;
        }
        int b;
        while ((b = reader.read()) >= 0) {
            reader.byteOffset++;
            if (b == '\n') {
                break;
            }
        }
        return reader;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        lineLength = 0;
        long start = byteOffset;
        long length = 0;
        boolean tooLong = false;
        boolean lineEnded = false;
        while (blockPosition < blockLimit || fill()) {
            int end = blockPosition;
            while (end < blockLimit && block[end] != '\n') {
                end++;
            }
            int taken = end - blockPosition;
            if (!tooLong && length + taken > maxLineBytes) {
                tooLong = true;
            }
            if (!tooLong) {
                append(blockPosition, taken);
            }
            length += taken;
            byteOffset += taken;
            blockPosition = end;
            if (end < blockLimit) {
                blockPosition++;
                byteOffset++;
                lineEnded = true;
                break;
            }
        }
        if (!lineEnded && length == 0) {
            return null;
        }
        lineNumber++;
        int kept = tooLong ? 0 : lineLength;
        if (kept > 0 && line[kept - 1] == '\r') {
            kept--;
        }
        return new Line(lineNumber, start, java.util.Arrays.copyOf(line, kept), tooLong);
    }

    /** The next byte, or -1 at the end of the stream; {@link #byteOffset} is the caller's to count. */
    private int read() throws IOException {
        if (blockPosition == blockLimit && !fill()) {
            return -1;
        }
        return block[blockPosition++] & 0xff;
    }

    private boolean fill() throws IOException {
        while (!ended) {
            int read = in.read(block, 0, block.length);
            if (read < 0) {
                ended = true;
            } else if (read > 0) {
                blockPosition = 0;
                blockLimit = read;
                return true;
            }
        }
        return false;
    }

    private void append(int from, int count) {
        if (lineLength + count > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(block, from, line, lineLength, count);
        lineLength += count;
    }

    /** Lines returned so far. */
    long lineNumber() {
        return lineNumber;
    }

    /** Bytes consumed so far. */
    long byteOffset() {
        return byteOffset;
    }
}

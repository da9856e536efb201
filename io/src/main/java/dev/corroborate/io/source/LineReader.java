package dev.corroborate.io.source;

import java.io.ByteArrayOutputStream;
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
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
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
        int before = in.read();
        if (before < 0 || before == '\n') {
            return reader;
        }
        int b;
        while ((b = in.read()) >= 0) {
            reader.byteOffset++;
            if (b == '\n') {
                break;
            }
        }
        return reader;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        buffer.reset();
        long start = byteOffset;
        long length = 0;
        boolean tooLong = false;
        int b;
        while ((b = in.read()) >= 0) {
            byteOffset++;
            if (b == '\n') {
                break;
            }
            length++;
            if (length > maxLineBytes) {
                tooLong = true;
            } else {
                buffer.write(b);
            }
        }
        if (b < 0 && length == 0 && byteOffset == start) {
            return null;
        }
        lineNumber++;
        byte[] bytes = tooLong ? new byte[0] : buffer.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, end - 1);
        }
        return new Line(lineNumber, start, bytes, tooLong);
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

package dev.corroborate.io.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line reader splits as a byte-at-a-time reading does: line numbers, byte offsets, carriage
 * returns, lines over the limit, lines longer than its block, and streams that hand out a few bytes
 * at a time.
 */
class LineReaderTest {

    @Test
    void splitsAsAByteAtATimeReadingDoes() throws IOException {
        Random random = new Random(11);
        for (int file = 0; file < 60; file++) {
            byte[] bytes = randomLines(random);
            long limit = 1 + random.nextInt(file % 3 == 0 ? 200 : 100_000);
            List<String> expected = byteAtATime(bytes, limit);
            assertThat(read(new LineReader(new ByteArrayInputStream(bytes), limit)))
                    .as("file %d, limit %d", file, limit).isEqualTo(expected);
            assertThat(read(new LineReader(new Trickle(bytes, random.nextLong()), limit)))
                    .as("file %d read a few bytes at a time", file).isEqualTo(expected);
        }
    }

    @Test
    void aSliceStartsAtTheFirstLineStartingInIt() throws IOException {
        byte[] bytes = "first\nsecond line\n\nfourth".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        // the stream starts at the byte before the slice: inside "second line", so that line is skipped
        LineReader inside = LineReader.from(new ByteArrayInputStream(bytes, 8, bytes.length - 8), 100,
                new JsonLinesSlice(9, bytes.length, 2));
        assertThat(read(inside)).containsExactly("3@18:", "4@19:fourth", "end@25 after 4");
        // the byte before is a line end: the slice starts with a whole line
        LineReader atStart = LineReader.from(new ByteArrayInputStream(bytes, 5, bytes.length - 5), 100,
                new JsonLinesSlice(6, bytes.length, 1));
        assertThat(read(atStart)).containsExactly("2@6:second line", "3@18:", "4@19:fourth", "end@25 after 4");
    }

    private static List<String> read(LineReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(describe(line.number(), line.byteOffset(), line.bytes(), line.tooLong()));
        }
        lines.add("end@" + reader.byteOffset() + " after " + reader.lineNumber());
        return lines;
    }

    private static String describe(long number, long offset, byte[] bytes, boolean tooLong) {
        return number + "@" + offset + ":" + (tooLong ? "(too long)" : new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The reading this class replaced, kept as the oracle. */
    private static List<String> byteAtATime(byte[] bytes, long maxLineBytes) {
        List<String> lines = new ArrayList<>();
        int at = 0;
        long number = 0;
        while (true) {
            int start = at;
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            long length = 0;
            boolean tooLong = false;
            int b = -1;
            while (at < bytes.length) {
                b = bytes[at++] & 0xff;
                if (b == '\n') {
                    break;
                }
                b = 0;
                length++;
                if (length > maxLineBytes) {
                    tooLong = true;
                } else {
                    buffer.write(bytes[at - 1]);
                }
            }
            boolean ended = at >= bytes.length && b != '\n';
            if (ended && length == 0) {
                break;
            }
            number++;
            byte[] line = tooLong ? new byte[0] : buffer.toByteArray();
            if (line.length > 0 && line[line.length - 1] == '\r') {
                line = Arrays.copyOf(line, line.length - 1);
            }
            lines.add(describe(number, start, line, tooLong));
            if (ended) {
                break;
            }
        }
        lines.add("end@" + bytes.length + " after " + number);
        return lines;
    }

    private static byte[] randomLines(Random random) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int lines = random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            // mostly short lines, some longer than the reader's 64 KiB block
            int length = random.nextInt(5) == 0 ? random.nextInt(200_000) : random.nextInt(80);
            for (int j = 0; j < length; j++) {
                out.write('a' + random.nextInt(26));
            }
            if (random.nextInt(4) == 0) {
                out.write('\r');
            }
            if (i < lines - 1 || random.nextBoolean()) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /** A stream that hands out at most a few bytes a read, as a network or an inflater may. */
    private static final class Trickle extends FilterInputStream {
        private final Random random;

        Trickle(byte[] bytes, long seed) {
            super(new ByteArrayInputStream(bytes));
            this.random = new Random(seed);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
        }
    }
}

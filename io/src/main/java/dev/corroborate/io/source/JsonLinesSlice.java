package dev.corroborate.io.source;

/**
 * A stretch of a JSONL file read apart from the rest: the lines that start at a byte offset from
 * {@code start} (inclusive) to {@code end} (exclusive), with {@code linesBefore} lines of the file
 * before the first of them, so they are numbered as a reading of the whole file numbers them. A
 * line belongs to the slice it starts in, however far it runs. For a file too large for one task
 * (a Spark job): first each slice's {@link Count} with {@code linesBefore} 0, then every slice read
 * with the lines of the slices before it.
 */
public record JsonLinesSlice(long start, long end, long linesBefore) implements java.io.Serializable {

    public JsonLinesSlice {
        if (start < 0 || end < start || linesBefore < 0) {
            throw new IllegalArgumentException("not a slice: " + start + " to " + end + " after " + linesBefore + " lines");
        }
    }

    /** Where the stream a reader of this slice is given starts: the byte before {@code start}, which says whether a line starts there. */
    public long streamStart() {
        return Math.max(0, start - 1);
    }

    /** The same bytes, after {@code lines} lines. */
    public JsonLinesSlice after(long lines) {
        return new JsonLinesSlice(start, end, lines);
    }

    /** The lines that start in a slice, and how many of them are records (neither blank nor too long). */
    public record Count(long lines, long records) implements java.io.Serializable {
    }
}

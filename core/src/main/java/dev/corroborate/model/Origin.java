package dev.corroborate.model;

import java.util.Objects;

/**
 * Where an input came from, precisely enough for a user to open it: a file and the line of a JSONL
 * record, a WARC file and a record's byte offset, or a URL.
 *
 * @param input      the file path as given (relative paths stay relative), {@code -} for standard
 *                   input, or a URL
 * @param line       the 1-based line of the record in the input, or 0 when the whole input is one article
 * @param byteOffset the byte offset of the record in the (uncompressed) input, or -1 when not meaningful
 */
public record Origin(String input, long line, long byteOffset) implements java.io.Serializable {

    public Origin {
        Objects.requireNonNull(input, "input");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    /** A whole file (or URL) that holds one article. */
    public static Origin of(String input) {
        return new Origin(input, 0, -1);
    }

    /** A record on a line of a multi-record input. */
    public static Origin atLine(String input, long line, long byteOffset) {
        return new Origin(input, line, byteOffset);
    }

    /** The form exports use for {@code ingested_from}: {@code path}, {@code path:line} or {@code path@offset}. */
    public String describe() {
        if (line > 0) {
            return input + ":" + line;
        }
        if (byteOffset >= 0) {
            return input + "@" + byteOffset;
        }
        return input;
    }

    @Override
    public String toString() {
        return describe();
    }
}

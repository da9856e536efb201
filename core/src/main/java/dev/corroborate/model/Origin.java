package dev.corroborate.model;

import java.util.Objects;

/**
 * Where an input came from, precisely enough for a user to open it: a file and the line of a JSONL
 * record, a WARC file and a record's byte offset, or a URL.
 *
 * @param input      the file's absolute path (so that it is found from any folder), {@code -} for
 *                   standard input, or a URL
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

    /**
     * The form for pages others may read ({@code serve}): a file is named without its folders, which are those of
     * whoever ran {@code analyze} (a home folder, a user name); a URL without a user part, query or fragment (a
     * token may stand there); standard input as it is.
     */
    public String describeShared() {
        if (input.contains("://")) {
            return new Origin(withoutCredentials(input), line, byteOffset).describe();
        }
        if (input.equals("-")) {
            return describe();
        }
        int slash = Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\'));
        if (slash < 0 || slash == input.length() - 1) {
            return describe();
        }
        return new Origin(input.substring(slash + 1), line, byteOffset).describe();
    }

    private static String withoutCredentials(String url) {
        int scheme = url.indexOf("://") + 3;
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c, scheme);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String rest = url.substring(scheme, end);
        int pathStart = rest.indexOf('/');
        String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
        int at = authority.lastIndexOf('@');
        return url.substring(0, scheme) + authority.substring(at + 1) + (pathStart < 0 ? "" : rest.substring(pathStart));
    }

    @Override
    public String toString() {
        return describe();
    }
}

package dev.corroborate.text;

/**
 * A stretch of a text: UTF-16 offsets, {@code start} inclusive, {@code end} exclusive. Immutable.
 *
 * @param start offset of its first character
 * @param end   offset after its last character
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: " + start + ".." + end);
        }
    }

    /** Its characters in {@code text}, the text it was found in. */
    public String of(String text) {
        return text.substring(start, end);
    }
}

package dev.corroborate.reuse;

/**
 * A passage two texts share: UTF-16 offsets into each text, and how many of its words were
 * matched exactly. A passage starts and ends on words the two texts have in common; in between
 * it may bridge small edits.
 *
 * @param aStart       start offset in the first text
 * @param aEnd         end offset (exclusive) in the first text
 * @param bStart       start offset in the second text
 * @param bEnd         end offset (exclusive) in the second text
 * @param matchedWords words of the passage matched exactly in both texts
 */
public record Passage(int aStart, int aEnd, int bStart, int bEnd, int matchedWords) {

    public Passage {
        if (aStart < 0 || aEnd < aStart || bStart < 0 || bEnd < bStart || matchedWords < 1) {
            throw new IllegalArgumentException("not a passage: " + aStart + ".." + aEnd + " / " + bStart + ".." + bEnd);
        }
    }
}

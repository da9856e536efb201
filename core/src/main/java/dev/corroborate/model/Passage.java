package dev.corroborate.model;

/**
 * A passage two texts share: UTF-16 offsets into each text, and how many of its words were
 * matched. A verbatim passage starts and ends on words the two texts have in common and may
 * bridge small edits in between; a reworded passage is a pair of sentences that say the same
 * with other words (counted by the content words they share).
 *
 * @param aStart       start offset in the first text
 * @param aEnd         end offset (exclusive) in the first text
 * @param bStart       start offset in the second text
 * @param bEnd         end offset (exclusive) in the second text
 * @param matchedWords words of the passage matched exactly in both texts
 * @param reworded     whether the passage is a reworded sentence pair rather than shared wording
 */
public record Passage(int aStart, int aEnd, int bStart, int bEnd, int matchedWords, boolean reworded)
        implements java.io.Serializable {

    public Passage {
        if (aStart < 0 || aEnd < aStart || bStart < 0 || bEnd < bStart || matchedWords < 1) {
            throw new IllegalArgumentException("not a passage: " + aStart + ".." + aEnd + " / " + bStart + ".." + bEnd);
        }
    }

    /** A verbatim passage. */
    public Passage(int aStart, int aEnd, int bStart, int bEnd, int matchedWords) {
        this(aStart, aEnd, bStart, bEnd, matchedWords, false);
    }

    /** The same passage seen from the other text. */
    public Passage swapped() {
        return new Passage(bStart, bEnd, aStart, aEnd, matchedWords, reworded);
    }
}

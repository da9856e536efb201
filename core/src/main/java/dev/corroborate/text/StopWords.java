package dev.corroborate.text;

import java.util.Set;

/**
 * Words that carry no topic, kept as resource files beside this class. {@link #COMMON}: frequent
 * English words of four letters or more ({@code common-words.txt}); with a minimum length it
 * decides what a content word is. Thread-safe: the sets are unmodifiable.
 */
public final class StopWords {

    /** Frequent English words of four letters or more that carry no topic, folded. */
    public static final Set<String> COMMON = WordLists.set(StopWords.class, "common-words.txt");

    private StopWords() {
    }

    /**
     * Whether a folded word carries topic: four characters or more and not among {@link #COMMON}.
     * Shorter words are never content words, so most languages' function words drop out by length.
     */
    public static boolean isContentWord(String folded) {
        return folded.length() > 3 && !COMMON.contains(folded);
    }
}

package dev.corroborate.text;

import java.util.Set;

/**
 * Abbreviations whose final period belongs to the word ("Sen.", "Gov.", "U.S."): the list
 * {@code abbreviations.txt}. Thread-safe.
 */
public final class Abbreviations {

    private static final Set<String> LIST = WordLists.set(Abbreviations.class, "abbreviations.txt");

    private Abbreviations() {
    }

    /** Whether {@code word}, folded and without its final period ("sen", "u.s"), is an abbreviation. */
    public static boolean contains(String word) {
        return LIST.contains(word);
    }
}

package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Whether one article names another's outlet or agency as its source, with an attribution phrase
 * ("according to Meridian Press", "Meridian Press reported"), and whether it credits it in its
 * dateline. Thread-safe: the attribution patterns are cached in a concurrent map.
 */
final class Citations {

    /** Attribution patterns by outlet name; outlets are few and recur in every pair. */
    private static final ConcurrentMap<String, Pattern> ATTRIBUTIONS = new ConcurrentHashMap<>();

    private Citations() {
    }

    /** Whether {@code citing} names {@code cited}'s outlet or agency with an attribution phrase. */
    static boolean cites(Article citing, Article cited) {
        return cites(citing, citing.text(), foldable(citing.text()), null, cited);
    }

    /**
     * As {@link #cites(Article, Article)}, with the citing article's text, whether it can be
     * {@link #folded} (it holds no surrogate), so that a name is looked for by a plain search, and its
     * {@link #trigrams} ({@code null} for none): a name with a trigram the text lacks is not looked for.
     */
    static boolean cites(Article citing, String text, boolean foldable, long[] trigrams, Article cited) {
        // Only the outlet names an article: an article whose dateline credits an agency is the
        // agency's only when extraction found it to be the agency's own copy (its outlet is then the
        // agency); a paper, or a text of unknown outlet, that runs a wire story is not what a
        // citation of the wire means.
        for (String name : new String[] {cited.outlet()}) {
            // Naming one's own outlet, or the agency one runs the story of, says nothing of the other.
            if (name == null || name.isBlank() || sameName(name, citing.outlet()) || sameName(name, citing.agency())) {
                continue;
            }
            String foldedName = foldable ? folded(name) : null;
            if (foldedName != null && trigrams != null && !mayHold(trigrams, foldedName)) {
                continue; // the cheapest test first: most texts never name the other outlet
            }
            if (!(foldedName != null ? containsFolded(text, foldedName) : containsIgnoreCase(text, name))) {
                continue; // then a scan, before the attribution pattern
            }
            if (ATTRIBUTIONS.computeIfAbsent(name, Citations::attribution).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code derived} credits {@code source} in its dateline: an outlet whose dateline names
     * another outlet's agency ("(Meridian Press)" in Harbour Daily) credits the article whose outlet
     * is that agency. Another text that only credits the same agency is a sibling, not the source
     * (a translation of the wire is not the wire). A text of unknown outlet credits the agency's
     * own copy too: had it been that copy, extraction would have made the agency its outlet. The
     * agency's own copy credits no one.
     */
    static boolean credits(Article derived, Article source) {
        String agency = derived.agency();
        if (agency == null || sameName(agency, derived.outlet())) {
            return false;
        }
        return sameName(agency, source.outlet());
    }

    /** How an article is named in evidence: its outlet, or else the agency its dateline credits. */
    static String nameOf(Article article) {
        return article.outlet() != null ? article.outlet() : article.agency();
    }

    private static Pattern attribution(String name) {
        String quoted = Pattern.quote(name);
        return Pattern.compile("(?i)(according to|reported by|seen by|obtained by|told|"
                + "cited by|verified by|confirmed (\\w+\\s+){0,3}to|published by|reporting by|courtesy of|as)\\s+(the\\s+)?"
                + quoted + "|" + quoted + "\\s+(reported|said|reports|wrote|obtained|saw|first reported)");
    }

    /**
     * The text with each character folded as {@link String#regionMatches(boolean, int, String, int, int)}
     * compares it ignoring case (lower case of upper case), one character for one, so that a name
     * folded the same way occurs in it exactly where the case-blind comparison finds it; {@code null}
     * for a text with surrogate pairs, which that comparison takes a code point at a time.
     */
    static String folded(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return null;
            }
            chars[i] = folded(c);
        }
        return new String(chars);
    }

    /** Whether {@link #folded} makes anything of the text: it holds no surrogate. */
    static boolean foldable(String text) {
        char[] block = new char[Math.min(BLOCK, text.length())];
        for (int from = 0; from < text.length(); from += BLOCK) {
            int to = Math.min(text.length(), from + BLOCK);
            text.getChars(from, to, block, 0);
            for (int j = 0; j < to - from; j++) {
                if (Character.isSurrogate(block[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * How many characters of a text {@link #containsFolded} and {@link #foldable} copy out at a time:
     * with the quick compiler alone (the launcher's short runs), {@code String.charAt} on a text with
     * any character beyond Latin-1 is a call with its own bounds check per character, the most
     * sampled frame of a batch's classification; a copied block is read as an array.
     */
    static final int BLOCK = 512;

    /**
     * Whether the text holds the name ignoring case: for a {@link #foldable} text, the folded name
     * looked for in the text folded as it goes (no folded copy of a long text for one look-up);
     * otherwise by {@link #containsIgnoreCase(String, String)}.
     */
    static boolean containsIgnoreCase(String text, boolean foldable, String name) {
        String foldedName = foldable ? folded(name) : null;
        return foldedName != null ? containsFolded(text, foldedName) : containsIgnoreCase(text, name);
    }

    /**
     * {@code folded(text).contains(foldedName)}, each character of the text folded where it is
     * compared: the text copied out a block at a time ({@link #BLOCK}) and scanned for the name's
     * first character, the rest of the name compared where it is found.
     */
    static boolean containsFolded(String text, String foldedName) {
        int length = foldedName.length();
        if (length == 0) {
            return true;
        }
        char first = foldedName.charAt(0);
        // The last place the name can start, and the block copied from the text: a name that starts
        // in one block and ends in the next is compared in the text itself.
        int last = text.length() - length;
        if (last < 0) {
            return false;
        }
        // The ASCII characters that fold to the first (a lower-case letter and its upper case, or
        // the character itself; none, NOT_ASCII, for one that no ASCII character folds to): an
        // ASCII character of the text is compared with them, only the others are folded (a call each).
        char one = first >= 0x80 || (first >= 'A' && first <= 'Z') ? NOT_ASCII : first;
        char other = first >= 'a' && first <= 'z' ? (char) (first - ('a' - 'A')) : one;
        char[] block = new char[Math.min(BLOCK, last + 1)];
        for (int from = 0; from <= last; from += BLOCK) {
            int to = Math.min(last + 1, from + BLOCK);
            text.getChars(from, to, block, 0);
            for (int j = 0, n = to - from; j < n; j++) {
                char c = block[j];
                if ((c < 0x80 ? c == one || c == other : folded(c) == first) && restMatches(text, from + j, foldedName)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many bits {@link #trigrams} hashes a text's trigrams into: a power of two, 1 KiB a text. */
    static final int TRIGRAM_BITS = 8192;

    /**
     * The trigrams of a {@link #foldable} text, each character folded as {@link #containsFolded}
     * folds it, hashed into {@link #TRIGRAM_BITS} bits. A text is asked of many outlets (each outlet
     * among the articles it is paired with) and names few of them: one scan makes these, and then a
     * folded name with a trigram whose bit is unset cannot be in the text ({@link #mayHold}) and is
     * ruled out without a scan. A name the text holds is never ruled out: its trigrams are the text's.
     */
    static long[] trigrams(String text) {
        long[] bits = new long[TRIGRAM_BITS / 64];
        char[] block = new char[Math.min(BLOCK, text.length())];
        char first = 0;
        char second = 0;
        int seen = 0;
        for (int from = 0; from < text.length(); from += BLOCK) {
            int to = Math.min(text.length(), from + BLOCK);
            text.getChars(from, to, block, 0);
            for (int j = 0, n = to - from; j < n; j++) {
                char third = folded(block[j]);
                if (++seen >= 3) {
                    int bit = trigramBit(first, second, third);
                    bits[bit >>> 6] |= 1L << bit;
                }
                first = second;
                second = third;
            }
        }
        return bits;
    }

    /**
     * Whether a text with these {@link #trigrams} may hold {@code foldedName} ({@link #folded}):
     * false only when it cannot. A name of fewer than three characters may always be there.
     */
    static boolean mayHold(long[] trigrams, String foldedName) {
        for (int i = 2; i < foldedName.length(); i++) {
            int bit = trigramBit(foldedName.charAt(i - 2), foldedName.charAt(i - 1), foldedName.charAt(i));
            if ((trigrams[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    static int trigramBit(char first, char second, char third) {
        int hash = ((first * 31) + second) * 31 + third;
        // Spread, so that trigrams of neighbouring letters do not fall on neighbouring bits.
        hash *= 0x9E3779B1;
        return (hash ^ (hash >>> 16)) & (TRIGRAM_BITS - 1);
    }

    /** Stands for "no ASCII character" in {@link #containsFolded}: equal to none. */
    private static final char NOT_ASCII = '\uffff';

    /** Whether the text from {@code at} on, folded, holds the rest of {@code foldedName} after its first character. */
    private static boolean restMatches(String text, int at, String foldedName) {
        for (int k = 1; k < foldedName.length(); k++) {
            if (folded(text.charAt(at + k)) != foldedName.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** One character as {@link #folded(String)} folds it. */
    private static char folded(char c) {
        // ASCII folds within ASCII (upper case to lower, the rest as it is): the two lookups only for the others.
        return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(Character.toUpperCase(c));
    }

    static boolean containsIgnoreCase(String text, String name) {
        int length = name.length();
        for (int i = 0; i + length <= text.length(); i++) {
            if (text.regionMatches(true, i, name, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two names are one, ignoring case and every character but ASCII letters, digits and
     * {@code _} (what {@code \\W} leaves). Asked for every pair with a dateline credit: the
     * characters are skipped by hand, not replaced by a pattern ({@code CitationsTest} compares the two).
     */
    static boolean sameName(String x, String y) {
        return x != null && y != null && !x.isBlank() && wordCharacters(x).equalsIgnoreCase(wordCharacters(y));
    }

    /** The characters of {@code name} that {@code \\w} matches, in order: {@code name.replaceAll("\\W+", "")}. */
    static String wordCharacters(String name) {
        int n = name.length();
        int i = 0;
        while (i < n && isWordCharacter(name.charAt(i))) {
            i++;
        }
        if (i == n) {
            return name;
        }
        StringBuilder kept = new StringBuilder(n).append(name, 0, i);
        for (; i < n; i++) {
            char c = name.charAt(i);
            if (isWordCharacter(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isWordCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}

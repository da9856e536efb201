package dev.corroborate.extract;

import dev.corroborate.text.WordLists;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Regular-expression pieces built from word lists, so that a list's entries are matched as the
 * literal text they are. Pure functions.
 */
final class WordPatterns {

    private WordPatterns() {
    }

    /** The entries as alternatives, each quoted: {@code \Qshare\E|\Qsocial\E}; group it where used. */
    static String anyOf(List<String> entries) {
        return WordLists.alternatives(entries);
    }

    /** The body of a character class holding each entry, one character each; letters and digits as they are. */
    static String characterClassOf(List<String> entries) {
        StringBuilder members = new StringBuilder();
        for (String entry : entries) {
            if (entry.codePointCount(0, entry.length()) != 1) {
                throw new IllegalStateException("a list of characters holds '" + entry + "', which is not one character");
            }
            // A backslash before any character that is not a letter or digit makes it literal.
            if (!Character.isLetterOrDigit(entry.codePointAt(0))) {
                members.append('\\');
            }
            members.append(entry);
        }
        return members.toString();
    }

    /** Whole words of a class or id attribute: the entry between white space, "_", "-" or the ends. */
    static Pattern nameWords(List<String> words) {
        return Pattern.compile("(?i)(^|[\\s_-])(" + anyOf(words) + ")($|[\\s_-])");
    }
}

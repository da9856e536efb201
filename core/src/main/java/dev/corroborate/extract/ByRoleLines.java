package dev.corroborate.extract;

import dev.corroborate.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A byline on a line of its own at the top of the text, as scraped pages and plain paragraphs carry it: a name
 * and a job title ("Mira Kell Investigative Reporter", "Jon Brask, Senior Correspondent"), or an opening word
 * and names alone ("By Johan Ferreira", "By Ana Ruiz and Tom Hale", "Von Lena Hartl"). It is not reporting;
 * its names are the authors. Stateless and thread-safe.
 */
final class ByRoleLines {

    /** Looked for among this many first paragraphs. */
    static final int SEARCH_PARAGRAPHS = 2;

    private static final Set<String> TITLE_WORDS = WordLists.set(ByRoleLines.class, "byline-roles.txt");
    private static final Set<String> LAST_WORDS = Set.of("reporter", "correspondent", "writer", "editor", "contributor",
            "columnist", "journalist", "producer");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.");

    private ByRoleLines() {
    }

    /** "By " and names, each two to four capitalised words, nothing else. */
    private static final Pattern BY_NAMES = Pattern.compile("(?i:" + Bylines.OPENING_WORDS + ")\\s+(" + name() + "(?:\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*" + name() + "){0,2})\\.?");

    private static String name() {
        return "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Ll}{1,3}\\s+)?\\p{Lu}[\\p{L}'’.-]*){1,3}";
    }

    /** The authors a byline line names ("By Ana Ruiz and Tom Hale" is two), or none when {@code paragraph} is not one. */
    static List<String> authors(String paragraph) {
        String line = paragraph.strip();
        var by = BY_NAMES.matcher(line);
        if (by.matches()) {
            return Bylines.clean(Bylines.split(line));
        }
        return author(line).map(List::of).orElse(List.of());
    }

    /** The author a name-and-title byline line names, or empty when {@code paragraph} is not one. */
    static Optional<String> author(String paragraph) {
        String[] words = paragraph.strip().replace(",", " ").split("\\s+");
        if (words.length < 3 || words.length > 8 || !LAST_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int title = words.length - 1;
        while (title > 0 && TITLE_WORDS.contains(words[title - 1].toLowerCase(Locale.ROOT))) {
            title--;
        }
        if (title < 2 || title > 4) {
            return Optional.empty(); // a name is two to four words
        }
        List<String> name = List.of(words).subList(0, title);
        if (!name.stream().allMatch(w -> NAME_WORD.matcher(w).matches())) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", name));
    }
}

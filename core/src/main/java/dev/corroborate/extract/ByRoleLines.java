package dev.corroborate.extract;

import dev.corroborate.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A byline given as a name and a job title on a line of its own at the top of the text, as scraped
 * pages carry it: "Mira Kell Investigative Reporter", "Jon Brask, Senior Correspondent". It is not
 * reporting; its name is the author. Stateless and thread-safe.
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

    /** The author a byline line names, or empty when {@code paragraph} is not one. */
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

package dev.corroborate.extract;

import dev.corroborate.text.TextNormalizer;
import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits and cleans author names as pages state them: "By A and B" is two people, "Elena
 * Oberholzer (obe)" loses its initials, "A, B, C" is three people, "Brazil, Rachel" is "Rachel
 * Brazil", "A B, dpa" is a name and a credited agency, an e-mail address is no author. An outlet
 * credited as author ("BBC News") stays: it is what the page states. Stateless and thread-safe.
 */
final class Bylines {

    /** The words that open a byline ("By", "Von", "Par"...), as alternatives. */
    static final String OPENING_WORDS = WordPatterns.anyOf(WordLists.list(Bylines.class, "byline-words.txt"));

    private static final Pattern OPENING = Pattern.compile("(?i)^(" + OPENING_WORDS + ")\\s+");
    /** Between names: ";", "|", "&", "and", "und", "et", "y". */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    /** Particles inside names ("von der", "de la"): a word starting with one in lower case is still a name's. */
    private static final Set<String> NAME_PARTICLES = WordLists.set(Bylines.class, "name-particles.txt");
    private static final ExtractionSettings.Metadata SETTINGS = ExtractionSettings.DEFAULTS.metadata();

    private static final Pattern INITIALS = Pattern.compile("\\s*\\([\\p{L}.]{1,8}\\)$");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");

    private Bylines() {
    }

    /** The names in one byline as a page states it: "By Lena Hartl und Tobias Rainer" is two. */
    static List<String> split(String raw) {
        String cleaned = OPENING.matcher(TextNormalizer.line(raw)).replaceFirst("");
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(cleaned)) {
            String name = part.strip();
            if (!name.isEmpty() && name.length() <= SETTINGS.authorNameMaxChars()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The authors among {@code raw}, in order, without duplicates. */
    static List<String> clean(List<String> raw) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : raw) {
            for (String part : splitList(TextNormalizer.line(value))) {
                String name = INITIALS.matcher(part).replaceAll("").strip();
                if (name.isEmpty() || EMAIL.matcher(name).matches() || name.startsWith("http")) {
                    continue;
                }
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** "A B, C D, E F" is three names; "Brazil, Rachel" is one, reordered. */
    private static List<String> splitList(String value) {
        String[] parts = value.split("\\s*,\\s*");
        if (parts.length == 2 && isSingleWordName(parts[0]) && isSingleWordName(parts[1])) {
            return List.of(parts[1] + " " + parts[0]);
        }
        if (parts.length >= 2) {
            boolean allNames = true;
            for (String part : parts) {
                allNames &= isListedName(part);
            }
            if (allNames) {
                return List.of(parts);
            }
            // "Jörg Soldwisch, dpa", "Lea Wagner, Nairobi": a name, then short credits; each is listed.
            boolean credits = isListedName(parts[0]);
            for (int i = 1; i < parts.length && credits; i++) {
                int words = TextNormalizer.wordCount(parts[i]);
                credits = words >= 1 && words <= SETTINGS.creditMaxWords() && !parts[i].matches(".*\\d.*");
            }
            if (credits) {
                return List.of(parts);
            }
        }
        return List.of(value);
    }

    /** A name in a list of names: a few words, each capitalized or a particle. */
    private static boolean isListedName(String part) {
        int words = TextNormalizer.wordCount(part);
        return words >= SETTINGS.listedNameMinWords() && words <= SETTINGS.listedNameMaxWords() && startsEachWordUpper(part);
    }

    private static boolean isSingleWordName(String part) {
        return TextNormalizer.wordCount(part) == 1 && NAME_WORD.matcher(part).matches();
    }

    private static boolean startsEachWordUpper(String part) {
        for (String word : part.split("\\s+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0))
                    && !NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}

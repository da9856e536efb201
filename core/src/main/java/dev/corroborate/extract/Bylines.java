package dev.corroborate.extract;

import dev.corroborate.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans author names as pages state them: "Elena Oberholzer (obe)" loses its initials, "A, B, C"
 * is three people, "Brazil, Rachel" is "Rachel Brazil", "A B, dpa" is a name and a credited
 * agency, an e-mail address is no author. An outlet
 * credited as author ("BBC News") stays: it is what the page states. Stateless and thread-safe.
 */
final class Bylines {

    private static final Pattern INITIALS = Pattern.compile("\\s*\\([\\p{L}.]{1,8}\\)$");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");

    private Bylines() {
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
                int words = TextNormalizer.wordCount(part);
                allNames &= words >= 2 && words <= 4 && startsEachWordUpper(part);
            }
            if (allNames) {
                return List.of(parts);
            }
            // "Jörg Soldwisch, dpa", "Lea Wagner, Nairobi": a name, then short credits; each is listed.
            boolean credits = TextNormalizer.wordCount(parts[0]) >= 2 && TextNormalizer.wordCount(parts[0]) <= 4
                    && startsEachWordUpper(parts[0]);
            for (int i = 1; i < parts.length && credits; i++) {
                int words = TextNormalizer.wordCount(parts[i]);
                credits = words >= 1 && words <= 3 && !parts[i].matches(".*\\d.*");
            }
            if (credits) {
                return List.of(parts);
            }
        }
        return List.of(value);
    }

    private static boolean isSingleWordName(String part) {
        return TextNormalizer.wordCount(part) == 1 && NAME_WORD.matcher(part).matches();
    }

    private static boolean startsEachWordUpper(String part) {
        for (String word : part.split("\\s+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !word.matches("(?i)(van|von|de|da|del|der|den|la|le|bin|al|el|ten|ter|du|dos|das)")) {
                return false;
            }
        }
        return true;
    }
}

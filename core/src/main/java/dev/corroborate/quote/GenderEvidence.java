package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.model.SpeakerMention;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article says of its people's gender, from its own words only, for {@link MentionResolver}
 * not to give "she" to a man: a pronoun already resolved to the person in an earlier quote ("he
 * said" after their name) or a title before their surname earlier in the text ("Mr. Brun", "Ms.
 * Sved"; a title names only a surname, so it speaks for everyone of that surname: a husband's "Mr.
 * Lund" and his wife's "she" together say nothing of "Lund"). No list of first names: a name alone
 * says nothing, nor does evidence both ways. Made once an article (the titles); {@link #before}
 * once a pronoun, from at most
 * {@value #MAX_EARLIER_QUOTES} earlier quotes, so a long article's pronouns cost a bounded amount
 * each. Not thread-safe (one article's, on one thread).
 */
final class GenderEvidence {

    /** A pronoun's gender: "he" male, "she" female. */
    enum Gender {
        MALE(1), FEMALE(2);

        /** This gender's bit in a person's evidence (both bits: the article says both, so nothing). */
        final int bit;

        Gender(int bit) {
            this.bit = bit;
        }

        /** "he" male, "she" female; any other pronoun none. */
        static Gender ofPronoun(String pronoun) {
            return switch (pronoun.toLowerCase(Locale.ROOT)) {
                case "he" -> MALE;
                case "she" -> FEMALE;
                default -> null;
            };
        }

        /** Whether a person the article gives {@code known} cannot be what a pronoun wanting {@code wanted} stands for. */
        static boolean contradicts(Gender wanted, Gender known) {
            return wanted != null && known != null && wanted != known;
        }

        private static Gender ofBits(int bits) {
            return bits == MALE.bit ? MALE : bits == FEMALE.bit ? FEMALE : null;
        }
    }

    /** The earlier quotes read for their resolved pronouns, the nearest first: evidence far back in a long article is not worth a pass over it. */
    static final int MAX_EARLIER_QUOTES = 60;

    /** "Mr. Brun", "Ms.  Sved", "Mr. Falk's", "Mr. Jones'": a title of gender and the capitalised word after it. */
    private static final Pattern TITLED_SURNAME =
            Pattern.compile("(?<!\\p{L})(Mr|Mrs|Ms|Miss)\\.?\\s+(\\p{Lu}[\\p{L}'\u2019-]*)");

    /**
     * Folded surname to where the text first writes it after a title of each gender, by the gender's
     * {@link Gender#ordinal()} ({@code Integer.MAX_VALUE}: never).
     */
    private final Map<String, int[]> firstTitled = new HashMap<>();

    private final Map<String, List<String>> wordsOfName = new HashMap<>();

    GenderEvidence(String text) {
        Matcher title = TITLED_SURNAME.matcher(text);
        while (title.find()) {
            List<String> surname = wordsOf(title.group(2));
            if (!surname.isEmpty()) {
                int gender = (title.group(1).equals("Mr") ? Gender.MALE : Gender.FEMALE).ordinal();
                int[] first = firstTitled.computeIfAbsent(surname.get(surname.size() - 1),
                        k -> newNeverTitled());
                first[gender] = Math.min(first[gender], title.start());
            }
        }
    }

    /** For each gender, a title never seen yet. */
    private static int[] newNeverTitled() {
        int[] first = new int[Gender.values().length];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        return first;
    }

    /** What the article says before {@code position}, with the pronouns resolved in {@code earlier} (in text order). */
    Known before(int position, List<Quote> earlier) {
        return new Known(position, earlier);
    }

    /** The evidence at one point of the article. */
    final class Known {
        private final int position;
        /** By a name's words without titles (folded, two words or more): what pronouns resolved to that name say. */
        private final Map<String, Integer> byFullName = new HashMap<>();
        /** By surname (folded): what pronouns resolved to a one-word name say. */
        private final Map<String, Integer> byOneWordName = new HashMap<>();
        /** By surname (folded): what pronouns resolved to any name of that surname say. */
        private final Map<String, Integer> bySurname = new HashMap<>();

        private Known(int position, List<Quote> earlier) {
            this.position = position;
            for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - MAX_EARLIER_QUOTES); k--) {
                SpeakerMention speaker = earlier.get(k).speaker();
                Gender said = speaker == null ? null : Gender.ofPronoun(speaker.mention());
                List<String> words = said == null ? List.of() : wordsOf(speaker.name());
                if (!words.isEmpty()) {
                    String surname = words.get(words.size() - 1);
                    bySurname.merge(surname, said.bit, (a, b) -> a | b);
                    if (words.size() > 1) {
                        byFullName.merge(String.join(" ", words), said.bit, (a, b) -> a | b);
                    } else {
                        byOneWordName.merge(surname, said.bit, (a, b) -> a | b);
                    }
                }
            }
        }

        /**
         * The gender the article gives the person of this name, or null when it gives none or both.
         * "Mayor Harald Brun", "Harald Brun" and "Brun" are one name, "Ivanka Trump" and "Donald
         * Trump" are not: titles aside, a surname alone stands for any full name ending with it.
         */
        Gender of(String name) {
            List<String> words = wordsOf(name);
            if (words.isEmpty()) {
                return null;
            }
            String surname = words.get(words.size() - 1);
            int bits = 0;
            int[] titled = firstTitled.get(surname);
            if (titled != null) {
                for (Gender gender : Gender.values()) {
                    bits |= titled[gender.ordinal()] < position ? gender.bit : 0;
                }
            }
            if (words.size() > 1) {
                bits |= byFullName.getOrDefault(String.join(" ", words), 0) | byOneWordName.getOrDefault(surname, 0);
            } else {
                bits |= bySurname.getOrDefault(surname, 0);
            }
            return Gender.ofBits(bits);
        }
    }

    /**
     * A name's words as speakers are compared ({@link NameForms#nameWordsAfterLeadingTitles}: folded,
     * without a possessive and the titles that lead it), made once a name an article: a pronoun reads
     * the same few names again and again.
     */
    private List<String> wordsOf(String name) {
        return wordsOfName.computeIfAbsent(name, NameForms::nameWordsAfterLeadingTitles);
    }
}

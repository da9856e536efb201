package dev.corroborate.quote;

import dev.corroborate.text.EditDistance;
import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.WordLists;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules {@link SpeakerResolver} ties two name forms by: a name's words (folded, titles and
 * possessives removed), spellings close enough to be one name, shared role words, and whether two
 * forms with their stories, quote groups and roles are one person, with the reason said. Immutable
 * and thread-safe.
 */
final class NameForms {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern BETWEEN_WORDS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}.'-]+");
    private static final java.util.regex.Pattern AROUND_WORD = java.util.regex.Pattern.compile("^[.'-]+|[.'-]+$");
    private static final Set<String> TITLES = WordLists.set(NameForms.class, "name-titles.txt");

    private final SpeakerSettings settings;

    NameForms(SpeakerSettings settings) {
        this.settings = settings;
    }

    /**
     * The mentions that carry one name form: every mention of a name ("Sun Weiyan") across articles,
     * or of a description ("the letter") within one article. Variants are compared between these,
     * with the stories, quote groups and roles of all their mentions as evidence.
     */
    record Identity(String name, List<String> words, boolean named, Set<String> stories,
                            Set<String> groups, Set<String> roles) {
    }

    /** Why two name forms are one person, or {@code null}. */
    String samePerson(Identity a, Identity b) {
        List<String> wa = a.words();
        List<String> wb = b.words();
        if (!namesCouldTie(wa, a.named(), wb, b.named())) {
            return null;
        }
        Set<String> sharedGroups = new TreeSet<>(a.groups());
        sharedGroups.retainAll(b.groups());
        if (!a.named() || !b.named()) {
            // "the letter" is one source in one article, or across articles that quote the same words from it.
            if (a.named() != b.named() || !wa.equals(wb) || sharedGroups.isEmpty()) {
                return null;
            }
            return "\u201C" + a.name() + "\u201D quoted with the same words in several articles";
        }
        Set<String> sharedStories = new TreeSet<>(a.stories());
        sharedStories.retainAll(b.stories());
        boolean sameStory = !sharedStories.isEmpty();
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        String shortName = shorter == wa ? a.name() : b.name();
        String longName = shorter == wa ? b.name() : a.name();
        if (shorter.size() == 1) {
            if ((sameStory || !sharedGroups.isEmpty()) && longer.size() > 1 && longer.get(longer.size() - 1).equals(shorter.get(0))) {
                return "\u201C" + shortName + "\u201D is the surname of \u201C" + longName + "\u201D"
                        + (sameStory ? " in the same story" : ", with a shared quote");
            }
            return null;
        }
        // The same statement attributed to both is strong evidence: it allows a looser spelling.
        int tolerance = sharedGroups.isEmpty() ? settings.spellingTolerance() : settings.sharedQuoteSpellingTolerance();
        int exact = 0;
        int variants = 0;
        int k = 0;
        for (String word : shorter) {
            int found = -1;
            for (int m = k; m < longer.size(); m++) {
                if (longer.get(m).equals(word)) {
                    found = m;
                    exact++;
                    break;
                }
                if (closeSpelling(word, longer.get(m), tolerance)) {
                    found = m;
                    variants++;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            k = found + 1;
        }
        if (exact == 0 && sharedGroups.isEmpty()) {
            // "Oscar Lindquist" and "Oskar Lindqvist" share no word as written: only the same quote ties them.
            return null;
        }
        List<String> ties = new ArrayList<>();
        if (sameStory) {
            ties.add("the same story");
        }
        if (!sharedGroups.isEmpty()) {
            ties.add("a shared quote");
        }
        if (sharedRole(a.roles(), b.roles())) {
            ties.add("a shared role");
        }
        if (ties.isEmpty()) {
            // "George Bush" and "George W. Bush" may be two people: a variant needs something more.
            return null;
        }
        String tie = String.join(" and ", ties);
        if (variants == 0) {
            return "\u201C" + shortName + "\u201D is \u201C" + longName + "\u201D with fewer names, with " + tie;
        }
        return "\u201C" + a.name() + "\u201D and \u201C" + b.name() + "\u201D are spelling variants, with " + tie;
    }

    /**
     * Whether the words alone let {@link #samePerson} tie two name forms (given in its order): false
     * only when it would return {@code null} whatever the stories, quote groups and roles, so the
     * pairs of a block are mostly turned down before their evidence is gathered. The words are
     * matched with the looser of the two spelling tolerances: what fails with it fails with either.
     */
    boolean namesCouldTie(List<String> wa, boolean namedA, List<String> wb, boolean namedB) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        if (!namedA || !namedB) {
            return namedA == namedB && wa.equals(wb);
        }
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        if (shorter.size() == 1) {
            return longer.size() > 1 && longer.get(longer.size() - 1).equals(shorter.get(0));
        }
        int tolerance = Math.max(settings.spellingTolerance(), settings.sharedQuoteSpellingTolerance());
        int k = 0;
        for (String word : shorter) {
            int found = -1;
            for (int m = k; m < longer.size(); m++) {
                if (longer.get(m).equals(word) || closeSpelling(word, longer.get(m), tolerance)) {
                    found = m;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            k = found + 1;
        }
        return true;
    }

    private boolean sharedRole(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (sharedRoleWord(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The same initial, or the same first letter, at least {@link SpeakerSettings#minSpellingLetters()}
     * letters, and at most {@code tolerance} letters changed, added or removed.
     */
    boolean closeSpelling(String a, String b, int tolerance) {
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        if (a.charAt(0) != b.charAt(0) || Math.min(a.length(), b.length()) < settings.minSpellingLetters()
                || Math.abs(a.length() - b.length()) > tolerance) { // the distance is at least the difference in length
            return false;
        }
        return EditDistance.between(a, b) <= tolerance;
    }

    private boolean sharedRoleWord(String a, String b) {
        Set<String> words = roleWords(a);
        words.retainAll(roleWords(b));
        return !words.isEmpty();
    }

    /**
     * The words of a role that tie two names when both have it ({@link #samePerson}'s shared role):
     * folded, at least {@link SpeakerSettings#minRoleWordLetters()} letters, not "former"; none for a
     * blank role. A new set each call.
     */
    Set<String> roleWords(String role) {
        Set<String> words = new TreeSet<>();
        if (role.isBlank()) {
            return words;
        }
        words.addAll(nameWordsOf(role.toLowerCase(Locale.ROOT)));
        words.removeIf(w -> w.length() < settings.minRoleWordLetters() || w.equals("former"));
        return words;
    }

    /** Whether a word is a title or a word around names ("Ambassador", "Sen.", "former"), not part of a name. */
    static boolean isTitle(String word) {
        String folded = word.toLowerCase(Locale.ROOT);
        return TITLES.contains(folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded);
    }

    /**
     * The words of a name, folded as {@link #nameWords} folds them, without the titles that lead it
     * ("Mayor", "Mr."); a surname that is a title word stays ("Stephen King", "Jim Justice").
     */
    static List<String> nameWordsAfterLeadingTitles(String name) {
        List<String> words = nameWordsOf(name);
        int first = 0;
        while (first < words.size() - 1 && TITLES.contains(words.get(first))) {
            first++;
        }
        return words.subList(first, words.size());
    }

    /** The words of a name, folded, titles and possessives removed. */
    static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        for (String word : nameWordsOf(name)) {
            if (!TITLES.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    // The patterns compiled once: this runs for every mention of every run (String.replaceAll and split compile theirs each call).
    private static List<String> nameWordsOf(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> words = new ArrayList<>();
        for (String word : BETWEEN_WORDS.split(folded)) {
            word = AROUND_WORD.matcher(word).replaceAll("");
            word = LightStemmer.withoutPossessive(word);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

}

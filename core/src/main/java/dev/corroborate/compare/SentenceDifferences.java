package dev.corroborate.compare;

import static dev.corroborate.compare.EventText.quoted;

import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.Discrepancy.Kind;
import dev.corroborate.model.Discrepancy.Verdict;
import dev.corroborate.text.Token;
import dev.corroborate.text.WordAlignment;
import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that differ between the sentences that state one statement, classed by what they
 * change: a negation or a modality ({@code negations.txt}, {@code opposites.txt},
 * {@code modals.txt}), a gender ({@code gender-words.txt}), the attribution verb (a neutral verb
 * against one that casts doubt or concedes, {@code speech-verbs.txt}), a role
 * ({@code role-words.txt}), a name spelled another way, a place after a preposition
 * ({@code place-prepositions.txt}), or a person named instead of another. Every sentence is
 * compared with the statement's representative only, and the articles are sided by what they have
 * at each changed stretch of it, so a difference is reported once with every article on its side.
 * Numbers and dates are left to {@link FactDifferences}, quotes of a quote group to
 * {@link QuoteDifferences}; other rewording is no difference. Stateless.
 */
final class SentenceDifferences {

    private static final Set<String> NEGATIONS = WordLists.set(SentenceDifferences.class, "negations.txt");
    private static final Set<String> OPPOSITES = opposites();
    private static final Map<String, String> MODALS = pairs("modals.txt");
    static final Map<String, String> GENDER = pairs("gender-words.txt");
    private static final Map<String, String> SPEECH = pairs("speech-verbs.txt");
    static final Set<String> ROLES = WordLists.set(SentenceDifferences.class, "role-words.txt");
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "miss", "sir", "dame");
    private static final Set<String> PLACE_BEFORE = WordLists.set(SentenceDifferences.class, "place-prepositions.txt");

    /** What one changed stretch is: its kind and each side's value as compared. */
    private record Change(Kind kind, String from, String to, String why) {
    }

    /** One changed stretch of the representative, with every article's value there. */
    private static final class Slot {
        final Change change;
        final Map<String, List<Discrepancy.Value>> sides = new LinkedHashMap<>();

        Slot(Change change) {
            this.change = change;
        }
    }

    private final ComparisonSettings settings;

    SentenceDifferences(ComparisonSettings settings) {
        this.settings = settings;
    }

    List<Discrepancy> of(Statements.Statement statement, EventText event, Set<String> people) {
        Statements.Sentence rep = statement.representative();
        Map<String, Slot> slots = new LinkedHashMap<>();
        Map<Integer, WordAlignment.Alignment> alignments = new HashMap<>();
        for (Statements.Sentence member : statement.members().values()) {
            if (member == rep || WordAlignment.sameWords(rep.words(), member.words())) {
                continue;
            }
            WordAlignment.Alignment alignment = WordAlignment.align(rep.words(), member.words());
            alignments.put(member.article(), alignment);
            for (WordAlignment.Change change : alignment.changes()) {
                Change classed = classify(rep, member, change, event, people);
                if (classed == null) {
                    continue;
                }
                String key = change.fromA() + ":" + change.toA() + ":" + classed.kind();
                Slot slot = slots.computeIfAbsent(key, k -> new Slot(classed));
                int[] words = narrowed(member.words(), change.fromB(), change.toB(), classed.kind());
                int[] span = span(member.words(), words[0], words[1], change.fromB() - 1);
                if (span != null) {
                    slot.sides.computeIfAbsent(classed.to(), k -> new ArrayList<>())
                            .add(event.value(member.article(), span[0], span[1], classed.to()));
                }
            }
        }
        List<Discrepancy> found = new ArrayList<>();
        for (Map.Entry<String, Slot> entry : slots.entrySet()) {
            String[] key = entry.getKey().split(":");
            Slot slot = entry.getValue();
            int[] words = narrowed(rep.words(), Integer.parseInt(key[0]), Integer.parseInt(key[1]), slot.change.kind());
            int fromA = words[0];
            int toA = words[1];
            // The representative and every article that did not change this stretch side with it.
            Set<Integer> changed = new LinkedHashSet<>();
            for (List<Discrepancy.Value> values : slot.sides.values()) {
                for (Discrepancy.Value value : values) {
                    changed.add(indexOf(event, value.articleId()));
                }
            }
            List<Discrepancy.Value> unchanged = new ArrayList<>();
            int[] repSpan = span(rep.words(), fromA, toA, fromA - 1);
            if (repSpan != null) {
                unchanged.add(event.value(rep.article(), repSpan[0], repSpan[1], slot.change.from()));
            }
            for (Statements.Sentence member : statement.members().values()) {
                if (member == rep || changed.contains(member.article())) {
                    continue;
                }
                int[] mapped = mapped(alignments.get(member.article()), member.words(), fromA, toA);
                if (mapped != null) {
                    unchanged.add(event.value(member.article(), mapped[0], mapped[1], slot.change.from()));
                    continue;
                }
                // A sentence with other words of the same sense there ("says" for "said") sides with the representative.
                Discrepancy.Value same = sameSense(alignments.get(member.article()), member, Integer.parseInt(key[0]),
                        Integer.parseInt(key[1]), slot.change, event);
                if (same != null) {
                    unchanged.add(same);
                }
            }
            List<Discrepancy.Value> values = new ArrayList<>(unchanged);
            slot.sides.values().forEach(values::addAll);
            if (slot.sides.isEmpty() || values.size() < 2) {
                continue;
            }
            found.add(event.discrepancy(slot.change.kind(), Verdict.CONFLICT, values, slot.change.why()));
        }
        return found;
    }

    /**
     * The value of a sentence that changed the representative's attribution verb {@code [fromA, toA)}
     * into another of the same sense ("says" for "said"), or {@code null}: it sides with the
     * representative, its verb normalized as the representative's.
     */
    private static Discrepancy.Value sameSense(WordAlignment.Alignment alignment, Statements.Sentence member, int fromA,
                                               int toA, Change change, EventText event) {
        if (alignment == null) {
            return null;
        }
        for (WordAlignment.Change other : alignment.changes()) {
            if (other.fromA() != fromA || other.toA() != toA || other.fromB() >= other.toB()) {
                continue;
            }
            Token verb = speechVerb(member.words().subList(other.fromB(), other.toB()));
            String sense = SPEECH.get(change.from());
            if (change.kind() == Kind.ATTRIBUTION_VERB && verb != null && sense != null
                    && sense.equals(SPEECH.get(verb.folded()))) {
                return event.value(member.article(), verb.start(), verb.end(), change.from());
            }
        }
        return null;
    }

    /**
     * The words of {@code [from, to)} to show as the value: for a gender, a negation or an attribution verb the word that
     * gives it ("her" in "leaving, her"), otherwise the whole stretch.
     */
    private static int[] narrowed(List<Token> words, int from, int to, Kind kind) {
        for (int i = from; i < to; i++) {
            String folded = words.get(i).folded();
            boolean gives = kind == Kind.GENDER ? GENDER.containsKey(folded)
                    : kind == Kind.ATTRIBUTION_VERB ? SPEECH.containsKey(folded)
                    : kind == Kind.NEGATION && (NEGATIONS.contains(folded) || MODALS.containsKey(folded));
            if (gives) {
                return new int[] {i, i + 1};
            }
        }
        return new int[] {from, to};
    }

    private static int indexOf(EventText event, String articleId) {
        for (int i = 0; i < event.size(); i++) {
            if (event.articleId(i).equals(articleId)) {
                return i;
            }
        }
        return -1;
    }

    /** The offsets of words {@code [from, to)}, or of the word {@code anchor} when the stretch is empty. */
    private static int[] span(List<Token> words, int from, int to, int anchor) {
        if (from < to) {
            return new int[] {words.get(from).start(), words.get(to - 1).end()};
        }
        int at = anchor >= 0 ? anchor : from;
        if (at >= words.size()) {
            return null;
        }
        return new int[] {words.get(at).start(), words.get(at).end()};
    }

    /** Where the representative's words {@code [fromA, toA)} stand in a sentence that kept them. */
    private static int[] mapped(WordAlignment.Alignment alignment, List<Token> words, int fromA, int toA) {
        int first = fromA < toA ? fromA : fromA - 1;
        int last = fromA < toA ? toA - 1 : fromA - 1;
        if (first < 0 || last >= words.size() || alignment != null && last >= alignment.aToB().length) {
            return null;
        }
        // No alignment: the sentence has the representative's words, one for one.
        int b0 = alignment == null ? first : alignment.aToB()[first];
        int b1 = alignment == null ? last : alignment.aToB()[last];
        return b0 < 0 || b1 < 0 ? null : new int[] {words.get(b0).start(), words.get(b1).end()};
    }

    private Change classify(Statements.Sentence rep, Statements.Sentence member, WordAlignment.Change change,
                            EventText event, Set<String> people) {
        List<Token> a = rep.words().subList(change.fromA(), change.toA());
        List<Token> b = member.words().subList(change.fromB(), change.toB());
        // The verb of reported speech is the article's own word, though the quote stage's span holds it.
        Token verbOfA = speechVerb(a);
        Token verbOfB = speechVerb(b);
        boolean verbs = verbOfA != null && verbOfB != null;
        // An attribution verb is quoted only where both articles quote it: a quote mark misplaced in one of them
        // ("`` police said" closing a quote) does not hide the other's verb.
        boolean quotedA = touchesGroupedQuote(rep.article(), a, event, verbs);
        boolean quotedB = touchesGroupedQuote(member.article(), b, event, verbs);
        if ((verbs ? quotedA && quotedB : quotedA || quotedB)
                || hasNumberOrDate(a) || hasNumberOrDate(b)
                || a.size() > settings.maxChangedWords() || b.size() > settings.maxChangedWords()) {
            // A long changed stretch is a rewording, not one changed value.
            return null;
        }
        String textA = text(a, event.text(rep.article()));
        String textB = text(b, event.text(member.article()));
        if (count(a, NEGATIONS) % 2 != count(b, NEGATIONS) % 2) {
            // A negation is one only where both sides say the same words but for it, and the sentences as wholes
            // differ in it: "will" against "will not"; not "District Court on" against "pleaded not guilty" (another
            // statement aligned here), nor "has not had a" against "has had no" (negated elsewhere in the sentence).
            if (!sameBesidesNegation(a, b) || negations(rep.words()) % 2 == negations(member.words()) % 2) {
                return null;
            }
            String from = count(a, NEGATIONS) % 2 == 0 ? "affirmative" : "negative";
            String to = from.equals("affirmative") ? "negative" : "affirmative";
            return new Change(Kind.NEGATION, from, to, "one side negates what the other states"
                    + (textA.isEmpty() ? ": " + quoted(textB) + " added" : textB.isEmpty() ? ": " + quoted(textA)
                    + " left out" : ": " + quoted(textA) + " against " + quoted(textB)));
        }
        String opposite = opposite(a, b);
        if (opposite != null) {
            return new Change(Kind.NEGATION, textA.toLowerCase(java.util.Locale.ROOT),
                    textB.toLowerCase(java.util.Locale.ROOT), opposite);
        }
        String modalA = single(a, MODALS);
        String modalB = single(b, MODALS);
        if (modalA != null && modalB != null && !modalA.equals(modalB)) {
            return new Change(Kind.NEGATION, modalA, modalB, "the same statement with another modality: "
                    + quoted(textA) + " (" + modalA + ") against " + quoted(textB) + " (" + modalB + ")");
        }
        String genderA = single(a, GENDER);
        String genderB = single(b, GENDER);
        if (genderA != null && genderB != null && !genderA.equals(genderB)) {
            return new Change(Kind.GENDER, genderA, genderB, "the same person is given another gender: "
                    + quoted(textA) + " (" + genderA + ") against " + quoted(textB) + " (" + genderB + ")");
        }
        // "said" against "claimed", and so where the speaker changed too ("he said" against "Mr Lind alleged")
        String verbA = verbs ? SPEECH.get(verbOfA.folded()) : null;
        String verbB = verbs ? SPEECH.get(verbOfB.folded()) : null;
        if (verbs && !verbA.equals(verbB)) {
            return new Change(Kind.ATTRIBUTION_VERB, verbOfA.folded(), verbOfB.folded(),
                    "the statement is attributed with another verb: " + quoted(verbOfA.surface()) + " (" + verbA
                            + ") against " + quoted(verbOfB.surface()) + " (" + verbB + ")");
        }
        String roleA = role(a);
        String roleB = role(b);
        if (roleA != null && roleB != null && !roleA.equals(roleB) && !sameOffice(roleA, roleB)) {
            return new Change(Kind.ROLE, textA.toLowerCase(java.util.Locale.ROOT), textB.toLowerCase(java.util.Locale.ROOT),
                    "the same person is given another role: " + quoted(textA) + " against " + quoted(textB));
        }
        if (isName(a) && isName(b)) {
            // Only a person's name spelled two ways is a name difference: a capitalised common word spelled the
            // British and the American way is not, nor a place or a firm with or without an accent.
            if (spellingVariants(a, b)) {
                if (!isPersonAround(rep.words(), change.fromA(), change.toA(), people)
                        && !isPersonAround(member.words(), change.fromB(), change.toB(), people)) {
                    return null;
                }
                return new Change(Kind.NAME, textA, textB, quoted(textA) + " and " + quoted(textB)
                        + " are one name spelled two ways");
            }
            if (sharesWord(a, b) || appearsIn(a, member.words()) || appearsIn(b, rep.words())) {
                // "Oracle" and "Oracle's", "Regina Benjamin" and "Dr" before it: the same one written more or less
                // fully, or the words of the two sentences aligned askew ("Richard M. Nixon" and "Richard Nixon").
                return null;
            }
            if (change.fromA() > 0 && change.fromB() > 0
                    && PLACE_BEFORE.contains(rep.words().get(change.fromA() - 1).folded())
                    && PLACE_BEFORE.contains(member.words().get(change.fromB() - 1).folded())) {
                return new Change(Kind.PLACE, textA, textB, "the same statement places it elsewhere: "
                        + quoted(textA) + " against " + quoted(textB));
            }
            // A title alone ("Dr" where the splitter ended the sentence after it) names nobody.
            if (isPerson(a, people) && isPerson(b, people) && !hasTitle(a) && !hasTitle(b)) {
                return new Change(Kind.NAME, textA, textB, "the same statement names another person: "
                        + quoted(textA) + " against " + quoted(textB));
            }
        }
        return null;
    }

    /**
     * Whether the two stretches say the same words once their negations are left out, a contracted one read as
     * its verb ("didn't" as "did", "won't" as "will", "cannot" as "can").
     */
    private static boolean sameBesidesNegation(List<Token> a, List<Token> b) {
        return withoutNegation(a).equals(withoutNegation(b));
    }

    private static List<String> withoutNegation(List<Token> words) {
        List<String> kept = new ArrayList<>();
        for (Token word : words) {
            String folded = word.folded().replace('\u2019', '\'');
            if (!NEGATIONS.contains(folded)) {
                kept.add(folded);
            } else if (folded.equals("cannot") || folded.equals("can't")) {
                kept.add("can");
            } else if (folded.equals("won't")) {
                kept.add("will");
            } else if (folded.endsWith("n't")) {
                kept.add(folded.substring(0, folded.length() - 3));
            }
        }
        return kept;
    }

    /** The negations of a whole sentence, "yet to" counted as one ("has yet to regain" is "has not yet regained"). */
    private static int negations(List<Token> words) {
        int count = count(words, NEGATIONS);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).folded().equals("yet") && words.get(i + 1).folded().equals("to")) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether the capitalised words around and in {@code [from, to)} are a person's name: they hold a surname of the
     * event's people (speakers, names after a title), or a role or a title stands just before them ("coastguard
     * captain Ingrid ...", "Dr ...").
     */
    private static boolean isPersonAround(List<Token> words, int from, int to, Set<String> people) {
        int start = from;
        while (start > 0 && words.get(start - 1).isCapitalised() && !words.get(start - 1).opensSentence()) {
            start--;
        }
        int end = to;
        while (end < words.size() && words.get(end).isCapitalised()) {
            end++;
        }
        if (start > 0 && (ROLES.contains(words.get(start - 1).folded())
                || TITLES.contains(words.get(start - 1).folded().replace(".", "")))) {
            return true;
        }
        for (int i = start; i < end; i++) {
            String folded = words.get(i).folded();
            if (folded.length() > 1 && people.contains(folded)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTitle(List<Token> words) {
        return words.stream().anyMatch(word -> TITLES.contains(word.folded().replace(".", "")));
    }

    /** Whether the stretches share a word, a possessive read as its name ("Oracle's" as "Oracle"). */
    private static boolean sharesWord(List<Token> a, List<Token> b) {
        Set<String> words = new java.util.HashSet<>();
        a.forEach(word -> words.add(bare(word)));
        for (Token word : b) {
            if (!bare(word).isEmpty() && words.contains(bare(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the stretch's last word (a surname, a place's name) stands anywhere in the other sentence: the other
     * sentence names the same one elsewhere, so the two were aligned askew.
     */
    private static boolean appearsIn(List<Token> stretch, List<Token> sentence) {
        String last = bare(stretch.get(stretch.size() - 1));
        if (last.length() < 2) {
            return false;
        }
        for (Token word : sentence) {
            if (bare(word).equals(last)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name's word as compared for sharing: a possessive read as its name; a role or a title is no name's word
     * ("Sheriff" of two sheriffs is shared by two people), so it is compared as empty.
     */
    private static String bare(Token word) {
        String bare = withoutPossessiveMark(word.folded().replace('\u2019', '\''));
        return ROLES.contains(bare) || TITLES.contains(bare.replace(".", "")) ? "" : bare;
    }

    /** The word without a final "'s" or "'" (no pattern: this runs for every word of a changed stretch). */
    private static String withoutPossessiveMark(String word) {
        if (word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
    }

    /** The one attribution verb among the words ({@code speech-verbs.txt}), or {@code null} when none or several. */
    private static Token speechVerb(List<Token> words) {
        Token found = null;
        for (Token word : words) {
            if (SPEECH.containsKey(word.folded())) {
                if (found != null) {
                    return null;
                }
                found = word;
            }
        }
        return found;
    }

    private static boolean touchesGroupedQuote(int article, List<Token> words, EventText event, boolean markedOnly) {
        return !words.isEmpty()
                && event.insideGroupedQuote(article, words.get(0).start(), words.get(words.size() - 1).end(), markedOnly);
    }

    private static boolean hasNumberOrDate(List<Token> words) {
        for (Token word : words) {
            if (word.isNumber() || word.isCapitalised() && DateFacts.isMonth(word.folded())) {
                return true;
            }
        }
        return false;
    }

    private static int count(List<Token> words, Set<String> list) {
        int count = 0;
        for (Token word : words) {
            // "No. 2" and a name are not negations: a capital inside a sentence is not one.
            if (list.contains(word.folded()) && (!word.isCapitalised() || word.opensSentence())) {
                count++;
            }
        }
        return count;
    }

    /** The one value the stretch's words have in {@code list}, or {@code null} when none or several. */
    private static String single(List<Token> words, Map<String, String> list) {
        String found = null;
        for (Token word : words) {
            String value = list.get(word.folded());
            if (value != null) {
                if (found != null && !found.equals(value)) {
                    return null;
                }
                found = value;
            }
        }
        return found;
    }

    private static String opposite(List<Token> a, List<Token> b) {
        for (Token x : a) {
            for (Token y : b) {
                if (OPPOSITES.contains(x.folded() + " " + y.folded())) {
                    return "the same matter stated oppositely: " + quoted(x.surface()) + " against " + quoted(y.surface());
                }
            }
        }
        return null;
    }

    private static String role(List<Token> words) {
        for (Token word : words) {
            if (ROLES.contains(word.folded())) {
                return word.folded();
            }
        }
        return null;
    }

    /** "spokesman", "spokeswoman", "spokesperson": one office, differing at most in gender. */
    private static boolean sameOffice(String a, String b) {
        String x = a.replaceAll("(man|woman|person)$", "");
        String y = b.replaceAll("(man|woman|person)$", "");
        return x.equals(y) && !x.isEmpty();
    }

    /** Capitalised words that do not open a sentence, or open it and are known names. */
    private static boolean isName(List<Token> words) {
        if (words.isEmpty() || words.size() > 4) {
            return false;
        }
        for (Token word : words) {
            // "Tuesday" and "Thursday" are two days, never one name spelled two ways: dates compare them.
            if (!word.isCapitalised() || word.opensSentence() || DateFacts.isCalendarWord(word.folded())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPerson(List<Token> words, Set<String> people) {
        for (Token word : words) {
            // An initial ("Richard M. Nixon") is no surname.
            if (word.folded().length() > 1 && people.contains(word.folded())) {
                return true;
            }
        }
        return false;
    }

    /** The same number of words, each equal or a spelling variant of the other, one at least differing. */
    private boolean spellingVariants(List<Token> a, List<Token> b) {
        return a.size() == b.size() && QuoteDifferences.spellingVariants(a.stream().map(Token::folded).toList(),
                b.stream().map(Token::folded).toList(), settings);
    }

    private static String text(List<Token> words, String text) {
        return words.isEmpty() ? "" : text.substring(words.get(0).start(), words.get(words.size() - 1).end());
    }

    /** A list of "word value" lines; for a list of pairs, each word maps to the other. */
    private static Map<String, String> pairs(String list) {
        Map<String, String> pairs = new HashMap<>();
        for (String line : WordLists.list(SentenceDifferences.class, list)) {
            String[] parts = line.split("\\s+");
            pairs.put(parts[0], parts[1]);
        }
        return pairs;
    }

    /** The pairs of {@code opposites.txt}, each as "x y" both ways round. */
    private static Set<String> opposites() {
        Set<String> pairs = new java.util.HashSet<>();
        for (String line : WordLists.list(SentenceDifferences.class, "opposites.txt")) {
            String[] parts = line.split("\\s+");
            pairs.add(parts[0] + " " + parts[1]);
            pairs.add(parts[1] + " " + parts[0]);
        }
        return pairs;
    }
}

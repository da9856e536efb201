package dev.corroborate.compare;

import static dev.corroborate.compare.EventText.quoted;

import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.Discrepancy.Kind;
import dev.corroborate.model.Discrepancy.Verdict;
import java.time.LocalDate;
import dev.corroborate.text.StopWords;
import dev.corroborate.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The numbers and dates of one statement compared across the articles that state it. The values of
 * one slot (what a number counts; for dates, their order in the sentence) are compared as ranges:
 * ranges that cannot overlap conflict ("100" and "150"; "Saturday" and "Monday" of the same week),
 * overlapping ones written differently are compatible with the reason ("nearly 100" and
 * "approximately 100"; "nine" and "9"; "August 31" and "the end of August"), and a value only some
 * of the sentences state, where the others state none of its kind, is only in those. One per event
 * compared: it keeps each sentence's facts, read once however many statements and tellings hold it.
 */
final class FactDifferences {

    private record Stated(int article, Fact fact) {
    }

    private final NumberFacts numbers;
    private final ComparisonSettings settings;
    // Each sentence's numbers and dates (article << 32 | sentence index): a sentence is in its statement and in tellings of it.
    private final Map<Long, List<Fact>> numbersOf = new HashMap<>();
    private final Map<Long, List<Fact>> datesOf = new HashMap<>();
    // Each article's sentences, made only for an article a value seems to be missing from.
    private final Map<Integer, List<Statements.Sentence>> sentencesOf = new HashMap<>();

    FactDifferences(ComparisonSettings settings) {
        this.numbers = new NumberFacts(settings);
        this.settings = settings;
    }

    /**
     * The differences of the statement's numbers and dates; with {@code onlyInOne} false, only values stated
     * differently (a telling holds only some of the articles that state a value, so it cannot say who lacks it).
     */
    List<Discrepancy> of(Statements.Statement statement, EventText event, boolean onlyInOne) {
        Map<Integer, List<Fact>> numberFacts = new LinkedHashMap<>();
        Map<Integer, List<Fact>> dateFacts = new LinkedHashMap<>();
        // A sentence word for word like another states the same values: it is read once, as the first of
        // its wording (so copies never differ, even in a weekday read against another publication date).
        Map<String, Statements.Sentence> firstOfWording = new HashMap<>();
        for (Statements.Sentence sentence : statement.members().values()) {
            String text = event.text(sentence.article());
            Statements.Sentence first = firstOfWording.computeIfAbsent(text.substring(sentence.start(), sentence.end()),
                    k -> sentence);
            if (first != sentence) {
                int shift = sentence.start() - first.start();
                numberFacts.put(sentence.article(), shifted(numberFacts.get(first.article()), shift));
                dateFacts.put(sentence.article(), shifted(dateFacts.get(first.article()), shift));
                continue;
            }
            numberFacts.put(sentence.article(), factsOf(Kind.NUMBER, sentence, event));
            dateFacts.put(sentence.article(), factsOf(Kind.DATE, sentence, event));
        }
        if (firstOfWording.size() == 1) {
            return List.of();
        }
        List<Discrepancy> found = new ArrayList<>();
        compare(Kind.NUMBER, numberFacts, statement, event, onlyInOne, found);
        compare(Kind.DATE, dateFacts, statement, event, onlyInOne, found);
        return found;
    }

    /** A sentence's numbers or dates, read once. */
    private List<Fact> factsOf(Kind kind, Statements.Sentence sentence, EventText event) {
        long key = ((long) sentence.article() << 32) | sentence.index();
        if (!numbersOf.containsKey(key)) {
            List<Token> tokens = event.prose(sentence.article(), sentence.index());
            numbersOf.put(key, numbers.of(event.text(sentence.article()), tokens));
            datesOf.put(key, DateFacts.of(tokens, event.published(sentence.article())));
        }
        return kind == Kind.NUMBER ? numbersOf.get(key) : datesOf.get(key);
    }

    /** Where an article that states nothing of a kind in a statement's sentence states it otherwise. */
    private enum Elsewhere { NOWHERE, SAME_VALUE, OTHER_VALUE }

    /**
     * Whether {@code article} states {@code value} in another of its sentences, or another value of its kind in a
     * sentence about the same matter (a counterpart of {@code stating}): the alignment put that sentence in
     * another statement, or in none, so the article does not lack what this one states.
     */
    private Elsewhere statedElsewhere(Kind kind, int article, Statements.Sentence stating, String value, EventText event) {
        List<Statements.Sentence> sentences = sentencesOf.computeIfAbsent(article, a -> Statements.sentencesOf(a, event));
        Elsewhere found = Elsewhere.NOWHERE;
        for (Statements.Sentence other : sentences) {
            List<Fact> facts = factsOf(kind, other, event);
            if (facts.stream().anyMatch(fact -> fact.normalized().equals(value))) {
                return Elsewhere.SAME_VALUE;
            }
            if (!facts.isEmpty() && Statements.cosine(stating, other) >= settings.counterpart()) {
                found = Elsewhere.OTHER_VALUE;
            }
        }
        return found;
    }

    private static List<Fact> shifted(List<Fact> facts, int shift) {
        List<Fact> moved = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            moved.add(new Fact(fact.kind(), fact.slot(), fact.start() + shift, fact.end() + shift, fact.normalized(),
                    fact.low(), fact.high(), fact.form()));
        }
        return moved;
    }

    private void compare(Kind kind, Map<Integer, List<Fact>> facts, Statements.Statement statement, EventText event,
                         boolean onlyInOne, List<Discrepancy> found) {
        boolean single = facts.values().stream().allMatch(list -> list.size() <= 1);
        // Sentences stating as many values each are told alike: compared in order. Otherwise a value one states
        // is looked for where another states it ("sank on Saturday …, said on Monday" beside "on Monday charged").
        boolean byValue = facts.values().stream().map(List::size).filter(size -> size > 0).distinct().count() > 1;
        Map<String, List<Stated>> slots = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Fact>> entry : facts.entrySet()) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            Set<String> taken = new java.util.HashSet<>();
            Map<Fact, String> placed = new java.util.IdentityHashMap<>();
            if (!single && byValue) {
                for (Fact fact : entry.getValue()) {
                    String slot = sameValueSlot(slots, fact, taken);
                    if (slot != null) {
                        placed.put(fact, slot);
                        taken.add(slot);
                    }
                }
            }
            for (Fact fact : entry.getValue()) {
                String slot = single ? "" : placed.get(fact);
                if (slot == null) {
                    // in order of mention, past the places this sentence's same values took
                    do {
                        slot = fact.slot() + "#" + seen.merge(fact.slot(), 1, Integer::sum);
                    } while (taken.contains(slot));
                    taken.add(slot);
                }
                slots.computeIfAbsent(slot, k -> new ArrayList<>()).add(new Stated(entry.getKey(), fact));
            }
        }
        for (List<Stated> stated : slots.values()) {
            Discrepancy discrepancy = compareSlot(kind, stated, facts, statement, event);
            if (discrepancy != null && (onlyInOne || discrepancy.verdict() != Verdict.ONLY_IN_ONE)) {
                found.add(discrepancy);
            }
        }
    }

    /**
     * The place of another sentence's fact of the same slot and value, when a sentence states several:
     * "sank on Saturday …, announced on Monday" beside "on Monday charged" pairs the two Mondays, not
     * Monday and the first date said. Null when no other sentence states this value there.
     */
    private static String sameValueSlot(Map<String, List<Stated>> slots, Fact fact, Set<String> taken) {
        for (Map.Entry<String, List<Stated>> slot : slots.entrySet()) {
            if (!taken.contains(slot.getKey()) && slot.getKey().startsWith(fact.slot() + "#")
                    && slot.getValue().stream().anyMatch(s -> s.fact().normalized().equals(fact.normalized()))) {
                return slot.getKey();
            }
        }
        return null;
    }

    private Discrepancy compareSlot(Kind kind, List<Stated> stated, Map<Integer, List<Fact>> facts,
                                    Statements.Statement statement, EventText event) {
        Set<String> normalized = new LinkedHashSet<>();
        Set<String> surfaces = new LinkedHashSet<>();
        List<Discrepancy.Value> values = new ArrayList<>();
        for (Stated s : stated) {
            normalized.add(s.fact().normalized());
            String text = event.text(s.article()).substring(s.fact().start(), s.fact().end());
            surfaces.add(text.toLowerCase(Locale.ROOT));
            values.add(event.value(s.article(), s.fact().start(), s.fact().end(), s.fact().normalized()));
        }
        if (normalized.size() == 1 && surfaces.size() == 1) {
            // Every article that states it states it alike; those that state nothing of its kind lack it.
            // Only a sentence that says the same otherwise lacks the value: a looser counterpart is another telling.
            Set<Integer> silent = new LinkedHashSet<>();
            int same = 0;
            int other = 0;
            Statements.Sentence stating = statement.members().get(stated.get(0).article());
            String value = stated.get(0).fact().normalized();
            for (Map.Entry<Integer, List<Fact>> entry : facts.entrySet()) {
                if (entry.getValue().isEmpty() && Statements.cosine(stating, statement.members().get(entry.getKey()))
                        >= settings.onlyInOneCounterpart()) {
                    switch (statedElsewhere(kind, entry.getKey(), stating, value, event)) {
                        case SAME_VALUE -> same++;
                        case OTHER_VALUE -> other++;
                        default -> silent.add(entry.getKey());
                    }
                }
            }
            // Kept while an article lacks the value, or states another one about the same matter elsewhere (which
            // no statement compares: a conflict the alignment split), each said as it is.
            if (silent.isEmpty() && other == 0) {
                return null;
            }
            String label = kind.label();
            String others = same == 0 && other == 0 ? "the others give no " + label : String.join(", ", java.util.stream.Stream.of(
                    same == 0 ? null : same + (same == 1 ? " states it" : " state it") + " in another sentence",
                    other == 0 ? null : other + (other == 1 ? " states another " : " state another ") + label
                            + " in another sentence",
                    silent.isEmpty() ? null : silent.size() + (silent.size() == 1 ? " gives no " : " give no ") + label)
                    .filter(java.util.Objects::nonNull).toList());
            return event.discrepancy(kind, Verdict.ONLY_IN_ONE, values, quoted(values.get(0).text())
                    + " is stated in " + stated.size() + " of the " + facts.size()
                    + " articles that make this statement; " + others);
        }
        // Only dates are keyed by name ("Monday" undated); a number of a billion or more is a number.
        boolean named = kind == Kind.DATE && stated.stream().anyMatch(s -> s.fact().low() >= DateFacts.NAMED);
        if (named && (stated.stream().map(s -> s.fact().low() >= DateFacts.NAMED).distinct().count() > 1
                || stated.stream().map(s -> s.fact().form()).distinct().count() > 1)) {
            // A weekday with no date to resolve it against, and a date: nothing to compare.
            return null;
        }
        if (!allOverlap(stated)) {
            if (stated.stream().map(s -> s.fact().slot()).distinct().count() > 1
                    || kind == Kind.NUMBER && stated.get(0).fact().slot().isEmpty() && !sameWordBefore(stated, event)
                    && !sameWordsAround(stated, event)) {
                // Numbers of different things ("2 dead", "199 injured"), or of things unsaid, do not conflict,
                // unless the same word before says what they count ("$40 million of", "at age 61"; not "was"),
                // or the same words stand around them: the statement is told in the same words but for the
                // number ("She was 85." and "She was 128."; "and 11 from" and "and 17 from").
                return null;
            }
            Stated first = stated.get(0);
            Stated apart = firstApart(stated);
            return event.discrepancy(kind, Verdict.CONFLICT, values, quoted(surface(first, event)) + " and "
                    + quoted(surface(apart, event)) + " cannot both be true of the same "
                    + (kind == Kind.NUMBER ? "count" + unit(first.fact()) : "happening") + ": "
                    + range(kind, first.fact()) + " against " + range(kind, apart.fact()));
        }
        return event.discrepancy(kind, Verdict.COMPATIBLE, values, compatibleReason(kind, stated, normalized, event));
    }

    private static boolean sameWordBefore(List<Stated> stated, EventText event) {
        Set<String> before = new LinkedHashSet<>();
        for (Stated s : stated) {
            String text = event.text(s.article());
            String word = wordBefore(text, s.fact().start());
            // "a magnitude of 8.4", "at the age of 53": the word before "of" says what is counted. Found
            // from where that "of" starts, whatever its case ("AGE OF 53" in a headline has no "of" to search for).
            before.add(word.equals("of") ? wordBefore(text, wordStartBefore(text, s.fact().start())) : word);
        }
        if (before.size() != 1) {
            return false;
        }
        String word = before.iterator().next();
        return word.length() == 1 && Character.getType(word.charAt(0)) == Character.CURRENCY_SYMBOL
                || word.length() >= 3 && Character.isLetter(word.charAt(0)) && !StopWords.COMMON.contains(word)
                && !NumberFacts.isFunctionWord(word);
    }

    /**
     * Whether every value stands between the same words: the two words or marks before it and the one
     * after it, folded ("she was | ." in "She was 85."). Two articles telling one statement in the same
     * words but for the number give two values of one thing.
     */
    private static boolean sameWordsAround(List<Stated> stated, EventText event) {
        Set<String> around = new LinkedHashSet<>();
        for (Stated s : stated) {
            String text = event.text(s.article());
            int beforeStart = wordStartBefore(text, s.fact().start());
            around.add(wordBefore(text, beforeStart) + " " + wordBefore(text, s.fact().start()) + " | "
                    + wordAfter(text, s.fact().end()));
        }
        return around.size() == 1 && !around.iterator().next().isBlank();
    }

    /** The word or mark just after {@code offset}, folded: "from" in "11 from Yemen", "." in "was 85.". */
    private static String wordAfter(String text, int offset) {
        int start = offset;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (start == end && end < text.length()) {
            end = start + 1;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The word or mark just before {@code offset}, folded: "age" in "at age 61", "$" in "$40 million". */
    private static String wordBefore(String text, int offset) {
        int start = wordStartBefore(text, offset);
        int end = offset;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Where the word or mark just before {@code offset} starts ({@code offset} less its spaces when none). */
    private static int wordStartBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end && end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            start = end - 1;
        }
        return start;
    }

    private static boolean allOverlap(List<Stated> stated) {
        for (Stated a : stated) {
            for (Stated b : stated) {
                if (!a.fact().overlaps(b.fact())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The first value whose range misses the first value's, or else the last value. */
    private static Stated firstApart(List<Stated> stated) {
        for (Stated s : stated) {
            if (!s.fact().overlaps(stated.get(0).fact())) {
                return s;
            }
        }
        return stated.get(stated.size() - 1);
    }

    private static String surface(Stated stated, EventText event) {
        return event.text(stated.article()).substring(stated.fact().start(), stated.fact().end());
    }

    private static String unit(Fact fact) {
        return fact.slot().isEmpty() ? "" : " of " + fact.slot();
    }

    private static String compatibleReason(Kind kind, List<Stated> stated, Set<String> normalized, EventText event) {
        List<String> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Stated s : stated) {
            String text = surface(s, event);
            if (seen.add(text.toLowerCase(Locale.ROOT))) {
                parts.add(quoted(text) + " (" + s.fact().form() + ", " + range(kind, s.fact()) + ")");
            }
        }
        String why = normalized.size() == 1 ? "the same " + (kind == Kind.NUMBER ? "number" : "date") + " written differently"
                : "their ranges overlap, so both can be true";
        return String.join(" and ", parts) + ": " + why;
    }

    /** A fact's range as a reader reads it: "100", "85 to 100", "2022-08-21 to 2022-08-31". */
    static String range(Kind kind, Fact fact) {
        if (kind == Kind.DATE && fact.low() < 1e8) {
            LocalDate from = LocalDate.ofEpochDay((long) fact.low());
            LocalDate to = LocalDate.ofEpochDay((long) fact.high());
            return from.equals(to) ? from.toString() : from + " to " + to;
        }
        if (kind == Kind.DATE) {
            return fact.normalized();
        }
        String low = number(fact.low());
        String high = fact.high() >= Double.MAX_VALUE / 2 ? "more" : number(fact.high());
        return low.equals(high) ? low : low + " to " + high;
    }

    private static String number(double value) {
        double rounded = Math.rint(value * 10) / 10;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}

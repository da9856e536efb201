package dev.corroborate.compare;

import dev.corroborate.model.Discrepancy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the articles of one event disagree: aligns what they state ({@link Statements}) and
 * reports every difference once, with all the articles on each side, classed as a conflict, a
 * compatible form (with the reason) or a value only some of them state:
 * <ul>
 *   <li>numbers and dates of one statement ({@link FactDifferences}, read by {@link NumberFacts}
 *       and {@link DateFacts});</li>
 *   <li>negation, modality, gender, attribution verb, role, name spelling, place and person of one
 *       statement ({@link SentenceDifferences});</li>
 *   <li>the wording of one quote group, once per group, and the spellings of one speaker
 *       ({@link QuoteDifferences});</li>
 *   <li>the gender each article gives a person over the whole event ({@link PersonGender}).</li>
 * </ul>
 * A verbatim copy never yields a discrepancy: every kind compares words that differ.
 *
 * <p>Cost: linear in the event's sentences and words. Sentences are aligned through an inverted
 * index of content words cut at {@link ComparisonSettings#maxPosting()}, and each sentence is
 * compared with its statement's representative and with the first sentence of the wording closest
 * to it (its telling, found among the statement's first {@code maxPosting} wordings), never with
 * every other article: an event of {@code n} articles of {@code s} sentences of {@code w} words costs
 * {@code O(n · s · w · maxPosting)} to align plus {@code O(n · s · w²)} to compare.
 *
 * <p>Pure and deterministic (the same event gives the same list); immutable and thread-safe.
 */
public final class EventComparer {

    private final ComparisonSettings settings;

    /** A comparer with {@link ComparisonSettings#DEFAULTS}. */
    public EventComparer() {
        this(ComparisonSettings.DEFAULTS);
    }

    public EventComparer(ComparisonSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ComparisonSettings settings() {
        return settings;
    }

    /**
     * An event's comparison with what it keeps for the next comparison of the event.
     *
     * @param discrepancies what {@link #compare(ComparedEvent)} gives
     * @param alignment     the event's sentences and first-pass alignment, to give the next comparison of it
     * @param replayed      how many of the event's first articles were aligned from a kept alignment
     */
    public record Comparison(List<Discrepancy> discrepancies, KeptAlignment alignment, int replayed) {

        public Comparison {
            discrepancies = List.copyOf(discrepancies);
            Objects.requireNonNull(alignment, "alignment");
        }
    }

    /** The version of the alignment's rules, in {@link #alignmentStamp()}: bump it when they change. */
    private static final String ALIGNMENT_RULES = "alignment 2";

    /** The rules and settings a {@link KeptAlignment} was made under: one made under another is not replayed. */
    public String alignmentStamp() {
        return ALIGNMENT_RULES + " " + settings;
    }

    /** The differences among the event's articles, in the order of their first value (article, then offset), then kind. */
    public List<Discrepancy> compare(ComparedEvent event) {
        Objects.requireNonNull(event, "event");
        if (event.articles().size() < 2) {
            return List.of();
        }
        return compare(event, null).discrepancies();
    }

    /**
     * As {@link #compare(ComparedEvent)}, from what an earlier comparison of the event kept ({@code kept},
     * or {@code null}): the kept sentence spans are taken as they are, and the first pass of the
     * alignment replays the kept decisions of the event's first articles while they are the kept ones,
     * in the kept order, with the quote groups they were aligned with, so only the articles after them
     * (those a batch added) are aligned anew. The discrepancies are those of comparing the event
     * from nothing: the replayed decisions are the ones that pass makes over the same sentences.
     * A kept alignment of other settings, or one no pass could have made, is not used.
     */
    public Comparison compare(ComparedEvent event, KeptAlignment kept) {
        Objects.requireNonNull(event, "event");
        boolean usable = kept != null && kept.stamp().equals(alignmentStamp());
        if (usable) {
            try {
                return compareFrom(event, kept);
            } catch (IllegalArgumentException notAPass) {
                // a kept alignment no pass over these sentences could make: align everything again
            }
        }
        return compareFrom(event, null);
    }

    private Comparison compareFrom(ComparedEvent event, KeptAlignment kept) {
        Map<String, List<dev.corroborate.text.TextSpan>> keptSentences = new HashMap<>();
        if (kept != null) {
            for (KeptAlignment.Article article : kept.articles()) {
                keptSentences.put(article.id(), article.sentences());
            }
        }
        EventText text = new EventText(event, keptSentences);
        List<List<Statements.Sentence>> sentences = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (int article = 0; article < text.size(); article++) {
            sentences.add(Statements.sentencesOf(article, text));
            groups.add(groupsOf(sentences.get(article), labels));
        }
        List<List<Integer>> replayed = new ArrayList<>();
        if (kept != null) {
            for (int i = 0; i < kept.articles().size() && i < text.size(); i++) {
                KeptAlignment.Article was = kept.articles().get(i);
                if (!was.id().equals(text.articleId(i)) || !was.groups().equals(groups.get(i))) {
                    break;
                }
                replayed.add(was.decisions());
            }
        }
        List<List<Integer>> decisions = new ArrayList<>();
        List<Statements.Statement> statements = new Statements(settings).align(sentences, replayed, decisions);
        List<KeptAlignment.Article> keeping = new ArrayList<>();
        for (int article = 0; article < text.size(); article++) {
            keeping.add(new KeptAlignment.Article(text.articleId(article), text.sentences(article),
                    decisions.get(article), groups.get(article)));
        }
        KeptAlignment alignment = new KeptAlignment(alignmentStamp(), keeping);
        if (event.articles().size() < 2) {
            return new Comparison(List.of(), alignment, replayed.size());
        }
        return new Comparison(differences(text, statements), alignment, replayed.size());
    }

    /**
     * The quote groups an article's sentences hold (what the alignment reads besides their words), as a
     * short fingerprint; empty when they hold none. A group is written as the sentence of the event that
     * holds it first ({@code labels}, filled article by article in the event's order), not by its id: the
     * alignment reads group ids for equality only, and a group is named after its first member anywhere,
     * so a quote of a new article joining it renames it in every event; its place in the event stays
     * while the articles before stay. Two groups first held by one sentence are told apart by their ids.
     */
    private static String groupsOf(List<Statements.Sentence> sentences, Map<String, String> labels) {
        StringBuilder held = new StringBuilder();
        for (Statements.Sentence sentence : sentences) {
            if (sentence.groups().isEmpty()) {
                continue;
            }
            int unseen = 0;
            for (String group : sentence.groups()) {
                unseen += labels.containsKey(group) ? 0 : 1;
            }
            String here = sentence.article() + "." + sentence.index();
            Set<String> written = new TreeSet<>();
            for (String group : sentence.groups()) {
                int seen = unseen;
                written.add(labels.computeIfAbsent(group, g -> seen > 1 ? here + "=" + g : here));
            }
            held.append(sentence.index()).append(':').append(written).append(';');
        }
        return held.length() == 0 ? "" : dev.corroborate.text.Fingerprint.sha256Hex(held.toString(), 12);
    }

    private List<Discrepancy> differences(EventText text, List<Statements.Statement> statements) {
        Set<String> people = PersonGender.people(text);
        FactDifferences facts = new FactDifferences(settings);
        SentenceDifferences words = new SentenceDifferences(settings);
        List<Discrepancy> found = new ArrayList<>();
        // Which statement each aligned sentence ("article:index") states: a gender is compared within one.
        Map<String, Integer> statementOf = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            for (Statements.Sentence sentence : statements.get(i).members().values()) {
                statementOf.put(sentence.article() + ":" + sentence.index(), i);
            }
        }
        for (Statements.Statement statement : statements) {
            found.addAll(facts.of(statement, text, true));
            found.addAll(words.of(statement, text, people));
            for (Statements.Statement telling : Statements.tellings(statement, settings.sameTelling(), settings.maxPosting())) {
                found.addAll(facts.of(telling, text, false));
                found.addAll(words.of(telling, text, people));
            }
        }
        found.addAll(QuoteDifferences.wordings(text));
        found.addAll(QuoteDifferences.speakerNames(text, settings));
        found.addAll(PersonGender.of(text, people, statementOf));
        return ordered(namesOncePerSpelling(genderOncePerPerson(withoutRepeats(found), text), text), text);
    }

    /**
     * The gender differences of several statements that side the articles compatibly are one
     * difference, with every value: one person, a man in some articles and a woman in the others,
     * even where an article rewords one of the statements away ("she would leave her post" in two
     * articles, "she would step down" in a third). Two differences are joined when they share an
     * article on each side and no article stands on opposite sides of them.
     */
    private static List<Discrepancy> genderOncePerPerson(List<Discrepancy> found, EventText text) {
        List<Discrepancy> kept = new ArrayList<>();
        List<List<Discrepancy>> joined = new ArrayList<>();
        List<Map<String, Set<String>>> sidesOfJoined = new ArrayList<>();
        for (Discrepancy d : found) {
            if (d.kind() != Discrepancy.Kind.GENDER) {
                kept.add(d);
                continue;
            }
            Map<String, Set<String>> sides = new TreeMap<>();
            for (Discrepancy.Value value : d.values()) {
                sides.computeIfAbsent(value.normalized(), k -> new TreeSet<>()).add(value.articleId());
            }
            int into = -1;
            for (int k = 0; k < joined.size() && into < 0; k++) {
                if (compatibleSides(sidesOfJoined.get(k), sides)) {
                    into = k;
                }
            }
            if (into < 0) {
                joined.add(new ArrayList<>(List.of(d)));
                sidesOfJoined.add(sides);
            } else {
                joined.get(into).add(d);
                Map<String, Set<String>> union = sidesOfJoined.get(into);
                sides.forEach((gender, articles) -> union.computeIfAbsent(gender, g -> new TreeSet<>()).addAll(articles));
            }
        }
        for (List<Discrepancy> same : joined) {
            if (same.size() == 1) {
                kept.add(same.get(0));
                continue;
            }
            List<Discrepancy.Value> values = new ArrayList<>();
            same.forEach(d -> values.addAll(d.values()));
            kept.add(text.discrepancy(Discrepancy.Kind.GENDER, Discrepancy.Verdict.CONFLICT, values,
                    same.get(0).explanation() + ", and so in " + (same.size() - 1) + " more statement"
                            + (same.size() == 2 ? "" : "s")));
        }
        return kept;
    }

    /** Whether two gender differences share an article on every side and set no article on opposite sides. */
    private static boolean compatibleSides(Map<String, Set<String>> a, Map<String, Set<String>> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String gender : a.keySet()) {
            if (Collections.disjoint(a.get(gender), b.get(gender))) {
                return false;
            }
            for (String other : b.keySet()) {
                if (!other.equals(gender) && !Collections.disjoint(a.get(gender), b.get(other))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A name spelled two ways is one difference however many sentences name the person: the name
     * differences that give the same spellings are merged, with every value.
     */
    private static List<Discrepancy> namesOncePerSpelling(List<Discrepancy> found, EventText text) {
        Map<String, List<Discrepancy>> bySpellings = new LinkedHashMap<>();
        List<Discrepancy> kept = new ArrayList<>();
        for (Discrepancy d : found) {
            if (d.kind() != Discrepancy.Kind.NAME || d.verdict() != Discrepancy.Verdict.CONFLICT) {
                kept.add(d);
                continue;
            }
            Set<String> spellings = new TreeSet<>();
            d.values().forEach(v -> spellings.add(v.normalized().toLowerCase(Locale.ROOT)));
            bySpellings.computeIfAbsent(spellings.toString(), k -> new ArrayList<>()).add(d);
        }
        for (List<Discrepancy> same : bySpellings.values()) {
            if (same.size() == 1) {
                kept.add(same.get(0));
                continue;
            }
            Map<String, Discrepancy.Value> values = new LinkedHashMap<>();
            same.forEach(d -> d.values().forEach(v -> values.putIfAbsent(v.articleId() + "@" + v.start(), v)));
            kept.add(text.discrepancy(Discrepancy.Kind.NAME, Discrepancy.Verdict.CONFLICT, new ArrayList<>(values.values()),
                    same.get(0).explanation() + ", in " + same.size() + " statements"));
        }
        return kept;
    }

    /** A difference whose values all lie in another of the same kind is that one seen again: kept once. */
    private static List<Discrepancy> withoutRepeats(List<Discrepancy> found) {
        List<Discrepancy> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Discrepancy d = found.get(i);
            boolean repeat = false;
            for (int j = 0; j < found.size() && !repeat; j++) {
                Discrepancy other = found.get(j);
                if (i != j && other.kind() == d.kind() && covers(other, d)
                        && (!covers(d, other) || j < i)) {
                    repeat = true;
                }
            }
            if (!repeat) {
                kept.add(d);
            }
        }
        return kept;
    }

    /** Whether every value of {@code inner} overlaps a value of {@code outer} in the same article. */
    private static boolean covers(Discrepancy outer, Discrepancy inner) {
        for (Discrepancy.Value value : inner.values()) {
            boolean met = false;
            for (Discrepancy.Value o : outer.values()) {
                met |= o.articleId().equals(value.articleId()) && o.start() < value.end() && value.start() < o.end();
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    private static List<Discrepancy> ordered(List<Discrepancy> found, EventText text) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < text.size(); i++) {
            order.put(text.articleId(i), i);
        }
        List<Discrepancy> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Discrepancy d) -> order.get(d.values().get(0).articleId()))
                .thenComparingInt(d -> d.values().get(0).start())
                .thenComparing(Discrepancy::kind)
                .thenComparing(Discrepancy::explanation));
        return List.copyOf(sorted);
    }
}

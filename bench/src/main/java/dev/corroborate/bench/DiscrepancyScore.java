package dev.corroborate.bench;

import dev.corroborate.model.Discrepancy;
import dev.corroborate.text.TextSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores the discrepancies the comparison stage reports against the edits of a
 * {@link PerturbationCorpus}.
 *
 * <p>A pipeline event may hold several families (pool articles of one real event), whose real
 * differences are no part of the gold. So each discrepancy is looked at family by family, through
 * the values it gives for that family's articles; it is <em>about the family</em> when those values
 * differ ({@code normalized} not all equal) or, for "only in one", when some of the family's
 * articles are on the list and others not. Discrepancies about no family (every family's articles
 * agree) are real differences between reports and are only counted. Only the family's articles in
 * the discrepancy's event are looked at: when the story stage put a copy in another event, the
 * comparison could not list it.
 *
 * <p>A discrepancy about a family matches an edit when its kind is the edit's kind and one of its
 * values overlaps the edit: a value of the edited copy overlapping the edited span, or a value of
 * the source or its verbatim copy (same text, same offsets) overlapping the replaced span. Then:
 * <ul>
 * <li>a conflict edit matched is found (recall of its kind; a correct report for precision; a second
 *     report of the same edit is counted as a duplicate, correct);</li>
 * <li>a compatible edit matched with the verdict {@code conflict} is an error (the bar is 0), with
 *     another verdict it is neither right nor wrong (compatible variants may be reported as such);</li>
 * <li>a {@code quote_wording} report of an edit made inside a quote is neither right nor wrong;</li>
 * <li>anything else is a false report of its kind; if it puts the source and its verbatim copy on
 *     different sides (different values, or one listed in "only in one" and not the other) it is
 *     also a false discrepancy between verbatim copies (the bar is 0).</li>
 * </ul>
 */
final class DiscrepancyScore {

    /** Figures of one kind. {@code gold} counts conflict edits; the rest count reports about a family. */
    record KindFigures(int gold, int found, int reported, int correct, int duplicates) {

        double recall() {
            return gold == 0 ? Double.NaN : (double) found / gold;
        }

        double precision() {
            return reported == 0 ? Double.NaN : (double) correct / reported;
        }
    }

    /**
     * The whole score.
     *
     * @param kinds                 figures per kind, in kind order, every kind present
     * @param verbatimFalse         reports separating a source from its verbatim copy (bar: 0)
     * @param compatibleEdits       compatible edits in the gold
     * @param compatibleAsConflict  compatible edits reported as a conflict (bar: 0)
     * @param compatibleAsCompatible compatible edits reported with another verdict
     * @param conflictVerdictWrong  conflict edits found whose report says "compatible"
     * @param betweenReports        reports about no family: real differences between pool articles, not scored
     * @param agreeing              reports whose articles all give the same values (one article's two
     *                              values against each other): false, counted in their kind's precision
     * @param compatibleBesideConflict compatible edits on a conflict report whose conflict lies between
     *                              other reports' values: not counted against the variant
     * @param compatibleUnreported  compatible edits no report matched
     * @param notes                 one line per error and miss, for reading
     */
    record Result(Map<Discrepancy.Kind, KindFigures> kinds, int verbatimFalse, int compatibleEdits,
                  int compatibleAsConflict, int compatibleAsCompatible, int conflictVerdictWrong, int betweenReports,
                  int agreeing, int compatibleBesideConflict, int compatibleUnreported, List<String> notes) {
    }

    private DiscrepancyScore() {
    }

    /** Scores as if every family's articles were in one event. */
    static Result score(PerturbationCorpus.Corpus corpus, List<Discrepancy> discrepancies) {
        return score(corpus, discrepancies, Map.of());
    }

    /**
     * Scores the discrepancies; {@code eventOf} (article id to event id) tells which of a family's
     * articles the story stage put in a discrepancy's event: the others cannot be on its list.
     */
    static Result score(PerturbationCorpus.Corpus corpus, List<Discrepancy> discrepancies, Map<String, String> eventOf) {
        Map<String, PerturbationCorpus.Family> familyOf = new HashMap<>();
        for (PerturbationCorpus.Family family : corpus.families()) {
            family.members().forEach(id -> familyOf.put(id, family));
        }
        Map<String, List<PerturbationCorpus.Edit>> editsOf = new HashMap<>();
        for (PerturbationCorpus.Edit edit : corpus.edits()) {
            editsOf.computeIfAbsent(edit.sourceId(), k -> new ArrayList<>()).add(edit);
        }
        Map<Discrepancy.Kind, int[]> counts = new EnumMap<>(Discrepancy.Kind.class); // gold, found, reported, correct, duplicates
        for (Discrepancy.Kind kind : Discrepancy.Kind.values()) {
            counts.put(kind, new int[5]);
        }
        int compatibleEdits = 0;
        for (PerturbationCorpus.Edit edit : corpus.edits()) {
            if (edit.form().compatible()) {
                compatibleEdits++;
            } else {
                counts.get(edit.form().kind())[0]++;
            }
        }
        Set<PerturbationCorpus.Edit> found = new HashSet<>();
        Set<PerturbationCorpus.Edit> compatibleConflict = new HashSet<>();
        Set<PerturbationCorpus.Edit> compatibleCompatible = new HashSet<>();
        int verbatimFalse = 0;
        int verdictWrong = 0;
        int betweenReports = 0;
        int agreeing = 0;
        Set<PerturbationCorpus.Edit> besideConflict = new HashSet<>();
        List<String> notes = new ArrayList<>();
        for (Discrepancy discrepancy : discrepancies) {
            Map<PerturbationCorpus.Family, List<Discrepancy.Value>> byFamily = new LinkedHashMap<>();
            for (Discrepancy.Value value : discrepancy.values()) {
                PerturbationCorpus.Family family = familyOf.get(value.articleId());
                if (family != null) {
                    byFamily.computeIfAbsent(family, k -> new ArrayList<>()).add(value);
                }
            }
            if (saysTheSameEverywhere(discrepancy)) {
                agreeing++;
                counts.get(discrepancy.kind())[2]++;
                notes.add("false, every article gives the same values: " + describe(discrepancy));
                continue;
            }
            boolean aboutSome = false;
            for (Map.Entry<PerturbationCorpus.Family, List<Discrepancy.Value>> entry : byFamily.entrySet()) {
                PerturbationCorpus.Family family = entry.getKey();
                List<Discrepancy.Value> values = entry.getValue();
                List<String> inEvent = family.members().stream()
                        .filter(id -> eventOf.getOrDefault(id, discrepancy.eventId()).equals(discrepancy.eventId())).toList();
                if (!about(discrepancy, inEvent, values)) {
                    continue;
                }
                aboutSome = true;
                int[] kind = counts.get(discrepancy.kind());
                PerturbationCorpus.Edit matched = null;
                boolean quoteNeutral = false;
                for (PerturbationCorpus.Edit edit : editsOf.getOrDefault(family.sourceId(), List.of())) {
                    if (overlaps(edit, values)) {
                        if (edit.form().kind() == discrepancy.kind()) {
                            matched = edit;
                            break;
                        }
                        quoteNeutral |= edit.inQuote() && discrepancy.kind() == Discrepancy.Kind.QUOTE_WORDING;
                    }
                }
                if (matched != null && matched.form().compatible()) {
                    if (discrepancy.verdict() == Discrepancy.Verdict.CONFLICT && conflictIsElsewhere(discrepancy, values)) {
                        besideConflict.add(matched);
                    } else if (discrepancy.verdict() == Discrepancy.Verdict.CONFLICT) {
                        kind[2]++;
                        compatibleConflict.add(matched);
                        notes.add("compatible reported as conflict: " + describe(matched) + " | " + describe(discrepancy));
                    } else {
                        compatibleCompatible.add(matched);
                    }
                } else if (matched != null) {
                    kind[2]++;
                    kind[3]++;
                    if (!found.add(matched)) {
                        kind[4]++;
                    }
                    if (discrepancy.verdict() == Discrepancy.Verdict.COMPATIBLE) {
                        verdictWrong++;
                        notes.add("conflict reported as compatible: " + describe(matched) + " | " + describe(discrepancy));
                    }
                } else if (!quoteNeutral) {
                    kind[2]++;
                    boolean verbatim = inEvent.contains(family.copyId()) && inEvent.contains(family.sourceId())
                            && separatesCopy(discrepancy, family, values);
                    if (verbatim) {
                        verbatimFalse++;
                    }
                    notes.add((verbatim ? "false, between verbatim copies: " : "false: ") + describe(discrepancy));
                }
            }
            if (!aboutSome) {
                betweenReports++;
            }
        }
        for (PerturbationCorpus.Edit edit : corpus.edits()) {
            if (!edit.form().compatible() && !found.contains(edit)) {
                notes.add("missed: " + describe(edit));
            }
        }
        Map<Discrepancy.Kind, KindFigures> kinds = new EnumMap<>(Discrepancy.Kind.class);
        counts.forEach((kind, c) -> kinds.put(kind, new KindFigures(c[0], 0, c[2], c[3], c[4])));
        for (PerturbationCorpus.Edit edit : found) {
            KindFigures f = kinds.get(edit.form().kind());
            kinds.put(edit.form().kind(), new KindFigures(f.gold(), f.found() + 1, f.reported(), f.correct(), f.duplicates()));
        }
        return new Result(kinds, verbatimFalse, compatibleEdits, compatibleConflict.size(), compatibleCompatible.size(),
                verdictWrong, betweenReports, agreeing, besideConflict.size(),
                (int) corpus.edits().stream().filter(e -> e.form().compatible() && !compatibleConflict.contains(e)
                        && !compatibleCompatible.contains(e) && !besideConflict.contains(e)).count(), notes);
    }

    /** Whether the discrepancy tells apart the family's articles in its event (see the class comment). */
    private static boolean about(Discrepancy discrepancy, List<String> inEvent, List<Discrepancy.Value> values) {
        if (valuesByArticle(values).values().stream().distinct().count() > 1) {
            return true;
        }
        if (discrepancy.verdict() != Discrepancy.Verdict.ONLY_IN_ONE) {
            return false;
        }
        Set<String> listed = new HashSet<>();
        values.forEach(v -> listed.add(v.articleId()));
        return listed.size() < inEvent.size();
    }

    /** Each article's normalized values. */
    private static Map<String, Set<String>> valuesByArticle(List<Discrepancy.Value> values) {
        Map<String, Set<String>> byArticle = new HashMap<>();
        values.forEach(v -> byArticle.computeIfAbsent(v.articleId(), k -> new HashSet<>()).add(v.normalized()));
        return byArticle;
    }

    /**
     * Whether every article on the list gives the same values, the report setting two values of
     * each article against each other ("his" and "her" in every copy): no outlet differs from another.
     */
    private static boolean saysTheSameEverywhere(Discrepancy discrepancy) {
        Map<String, Set<String>> byArticle = valuesByArticle(discrepancy.values());
        return discrepancy.verdict() != Discrepancy.Verdict.ONLY_IN_ONE && byArticle.size() > 1
                && byArticle.values().stream().distinct().count() == 1 && byArticle.values().iterator().next().size() > 1;
    }

    /**
     * Whether a conflict report holding a family's compatible variant ("40" and "roughly 40") has
     * its conflict elsewhere: an article outside the family gives a value the family does not ("five").
     */
    private static boolean conflictIsElsewhere(Discrepancy discrepancy, List<Discrepancy.Value> family) {
        Set<String> familyValues = new HashSet<>();
        family.forEach(v -> familyValues.add(v.normalized()));
        Set<String> familyArticles = new HashSet<>();
        family.forEach(v -> familyArticles.add(v.articleId()));
        return discrepancy.values().stream().anyMatch(v -> !familyArticles.contains(v.articleId())
                && !familyValues.contains(v.normalized()));
    }

    private static boolean overlaps(PerturbationCorpus.Edit edit, List<Discrepancy.Value> values) {
        for (Discrepancy.Value value : values) {
            boolean sourceText = value.articleId().equals(edit.sourceId()) || value.articleId().equals(edit.copyId());
            List<TextSpan> spans = value.articleId().equals(edit.editedId()) ? edit.editedSpans()
                    : sourceText ? edit.sourceSpans() : List.of();
            for (TextSpan span : spans) {
                // an empty value span (a point) overlaps a span it lies in; an inserted word is never empty
                if (value.start() < span.end() && span.start() < Math.max(value.end(), value.start() + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the source and its verbatim copy are on different sides of the discrepancy. */
    private static boolean separatesCopy(Discrepancy discrepancy, PerturbationCorpus.Family family,
            List<Discrepancy.Value> values) {
        Set<String> source = new HashSet<>();
        Set<String> copy = new HashSet<>();
        for (Discrepancy.Value value : values) {
            if (value.articleId().equals(family.sourceId())) {
                source.add(value.normalized());
            } else if (value.articleId().equals(family.copyId())) {
                copy.add(value.normalized());
            }
        }
        if (source.isEmpty() || copy.isEmpty()) {
            return discrepancy.verdict() == Discrepancy.Verdict.ONLY_IN_ONE && source.isEmpty() != copy.isEmpty();
        }
        return !Objects.equals(source, copy);
    }

    private static String describe(PerturbationCorpus.Edit edit) {
        return edit.form().label() + " in " + edit.editedId() + " at " + edit.editedSpans().get(0).start() + ": \""
                + edit.before() + "\" -> \"" + edit.after() + "\"";
    }

    private static String describe(Discrepancy discrepancy) {
        StringBuilder out = new StringBuilder(discrepancy.kind().label() + "/" + discrepancy.verdict().label() + " [");
        for (Discrepancy.Value value : discrepancy.values()) {
            out.append(value.articleId()).append('@').append(value.start()).append(" \"").append(value.text())
                    .append("\"=").append(value.normalized()).append("; ");
        }
        return out.append("] ").append(discrepancy.explanation()).toString();
    }
}

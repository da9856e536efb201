package dev.corroborate.bench;

import dev.corroborate.model.Discrepancy;
import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.TextSpan;
import dev.corroborate.text.Tokenizer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The perturbation benchmark's corpus (FactCC-style, issue 15): each pool article is published by
 * a wire (the source), republished verbatim by another outlet (the copy), and republished by up to
 * {@value #EDITED_COPIES} more outlets with ONE controlled edit each, at a known span: a conflict
 * (a number changed, a day of the month or a weekday changed, a speaker's surname spelled another
 * way, a pronoun of a named speaker given the other gender, a negation inserted or removed or a
 * verb reversed, a word inside a direct quote swapped for a synonym, "said" made "claimed") or a
 * compatible variant (a number written as a word, a hedge before a number, a date written another
 * way). The articles of one source are a <em>family</em>; the edits of one family lie in different
 * sentences, so each difference has one cause. Sites come from {@link PerturbationSites}.
 *
 * <p>Edits are spread over the kinds: each family takes the kinds with the fewest edits so far that
 * its source has a site for. Everything comes from one seeded {@link Random}: the same pool and
 * seed give the same corpus. The texts given must be clean texts (what the reader makes of the
 * input), so that the recorded offsets are offsets into the articles the pipeline sees.
 */
public final class PerturbationCorpus {

    /** How many edited copies a source gets at most, each with one edit of another kind. */
    static final int EDITED_COPIES = 3;
    /** Sources shorter than this (in words) are left out: captions and stubs have no sites to speak of. */
    static final int MIN_WORDS = 60;

    /** The controlled edits: the discrepancy kind each should be reported as, and whether it keeps the facts. */
    public enum Form {
        NUMBER_CHANGED(Discrepancy.Kind.NUMBER, false),
        DAY_CHANGED(Discrepancy.Kind.DATE, false),
        WEEKDAY_CHANGED(Discrepancy.Kind.DATE, false),
        NAME_RESPELLED(Discrepancy.Kind.NAME, false),
        PRONOUN_SWAPPED(Discrepancy.Kind.GENDER, false),
        NEGATION_INSERTED(Discrepancy.Kind.NEGATION, false),
        NEGATION_REMOVED(Discrepancy.Kind.NEGATION, false),
        VERB_REVERSED(Discrepancy.Kind.NEGATION, false),
        QUOTE_WORD_SWAPPED(Discrepancy.Kind.QUOTE_WORDING, false),
        SPEECH_VERB_CHANGED(Discrepancy.Kind.ATTRIBUTION_VERB, false),
        NUMBER_AS_WORDS(Discrepancy.Kind.NUMBER, true),
        NUMBER_HEDGED(Discrepancy.Kind.NUMBER, true),
        DATE_REWRITTEN(Discrepancy.Kind.DATE, true);

        private final Discrepancy.Kind kind;
        private final boolean compatible;

        Form(Discrepancy.Kind kind, boolean compatible) {
            this.kind = kind;
            this.compatible = compatible;
        }

        public Discrepancy.Kind kind() {
            return kind;
        }

        /** Whether the edit keeps the facts: it should be reported as compatible or not at all. */
        public boolean compatible() {
            return compatible;
        }

        /** What the edit is balanced as: its kind, compatible variants apart. */
        String unit() {
            return compatible ? "compatible " + kind.label() : kind.label();
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One controlled edit, the gold of the benchmark.
     *
     * @param form           what was edited
     * @param sourceId       the source article (its verbatim copy has the same text and offsets)
     * @param copyId         the verbatim copy
     * @param editedId       the edited copy
     * @param sourceSpans    what was replaced, in the source's text
     * @param editedSpans    what replaced it, in the edited copy's text (same order)
     * @param before         the source's text at the first span
     * @param after          the edited copy's text at the first span
     * @param inQuote        whether the edit lies inside a quote (direct or reported) the quote stage finds:
     *                       reporting it as a change of the quote's wording is then not wrong
     */
    public record Edit(Form form, String sourceId, String copyId, String editedId, List<TextSpan> sourceSpans,
                       List<TextSpan> editedSpans, String before, String after, boolean inQuote) {
    }

    /** A source, its verbatim copy and its edited copies, all of one pool event. */
    public record Family(String event, String sourceId, String copyId, List<String> editedIds) {

        public List<String> members() {
            List<String> members = new ArrayList<>(List.of(sourceId, copyId));
            members.addAll(editedIds);
            return members;
        }
    }

    /** The generated articles, their families and the edits. */
    public record Corpus(List<DerivationCorpus.Generated> articles, List<Family> families, List<Edit> edits) {
    }

    private final Random random;
    private final long idSalt;
    private final PerturbationSites sites;
    private final Map<String, Integer> editsByUnit = new HashMap<>();
    private int outletCursor;

    public PerturbationCorpus(long seed) {
        this.random = new Random(seed);
        this.idSalt = seed * 0x9E3779B97F4A7C15L;
        this.sites = new PerturbationSites(DerivationCorpus.singleWordSynonyms());
    }

    /** A family for each pool article of at least {@value #MIN_WORDS} words that has a site for some edit. */
    public Corpus generate(List<DerivationCorpus.PoolArticle> pool) {
        List<DerivationCorpus.Generated> articles = new ArrayList<>();
        List<Family> families = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        LocalDateTime clock = LocalDateTime.of(2025, 6, 2, 6, 0);
        for (DerivationCorpus.PoolArticle source : pool) {
            if (Tokenizer.WORDS.tokens(source.text()).size() < MIN_WORDS) {
                continue;
            }
            List<PerturbationSites.Site> chosen = choose(source.text());
            if (chosen.isEmpty()) {
                continue;
            }
            clock = clock.plusDays(1).withHour(6 + random.nextInt(4));
            String family = "f" + families.size();
            DerivationCorpus.Generated original = generated(family, "source", wire(), source, clock, source.text());
            Set<String> outlets = new HashSet<>(Set.of(original.outlet()));
            DerivationCorpus.Generated copy = generated(family, "copy", nextOutlet(outlets), source,
                    clock.plusMinutes(15 + random.nextInt(120)), source.text());
            articles.add(original);
            articles.add(copy);
            List<String> editedIds = new ArrayList<>();
            for (int k = 0; k < chosen.size(); k++) {
                PerturbationSites.Site site = chosen.get(k);
                Applied applied = apply(source.text(), site.replacements());
                DerivationCorpus.Generated edited = generated(family, "edited-" + k, nextOutlet(outlets), source,
                        clock.plusMinutes(30 + random.nextInt(300)), applied.text());
                articles.add(edited);
                editedIds.add(edited.id());
                List<TextSpan> sourceSpans = site.replacements().stream().map(PerturbationSites.Replacement::at).toList();
                edits.add(new Edit(site.form(), original.id(), copy.id(), edited.id(), sourceSpans, applied.spans(),
                        sourceSpans.get(0).of(source.text()), applied.spans().get(0).of(applied.text()), site.inQuote()));
                editsByUnit.merge(site.form().unit(), 1, Integer::sum);
            }
            families.add(new Family(source.event(), original.id(), copy.id(), editedIds));
        }
        return new Corpus(articles, families, edits);
    }

    /**
     * Up to {@value #EDITED_COPIES} sites of different units (the kinds with the fewest edits so
     * far first, ties drawn at random), none sharing a sentence with another.
     */
    private List<PerturbationSites.Site> choose(String text) {
        Map<String, List<PerturbationSites.Site>> byUnit = new java.util.TreeMap<>();
        for (PerturbationSites.Site site : sites.find(text, random)) {
            byUnit.computeIfAbsent(site.form().unit(), k -> new ArrayList<>()).add(site);
        }
        List<String> units = new ArrayList<>(byUnit.keySet());
        java.util.Collections.shuffle(units, random);
        units.sort(Comparator.comparingInt(u -> editsByUnit.getOrDefault(u, 0)));
        List<TextSpan> sentences = SentenceSplitter.split(text);
        Set<Integer> usedSentences = new HashSet<>();
        List<PerturbationSites.Site> chosen = new ArrayList<>();
        for (String unit : units) {
            List<PerturbationSites.Site> candidates = new ArrayList<>(byUnit.get(unit));
            java.util.Collections.shuffle(candidates, random);
            for (PerturbationSites.Site site : candidates) {
                Set<Integer> touched = sentencesOf(site, sentences);
                if (java.util.Collections.disjoint(touched, usedSentences)) {
                    usedSentences.addAll(touched);
                    chosen.add(site);
                    break;
                }
            }
            if (chosen.size() == EDITED_COPIES) {
                break;
            }
        }
        return chosen;
    }

    private static Set<Integer> sentencesOf(PerturbationSites.Site site, List<TextSpan> sentences) {
        Set<Integer> touched = new HashSet<>();
        for (PerturbationSites.Replacement replacement : site.replacements()) {
            for (int i = 0; i < sentences.size(); i++) {
                TextSpan sentence = sentences.get(i);
                if (replacement.at().start() < sentence.end() && replacement.at().end() >= sentence.start()) {
                    touched.add(i);
                }
            }
        }
        return touched;
    }

    /** A text with its replacements made, and where each replacement's text now stands. */
    record Applied(String text, List<TextSpan> spans) {
    }

    /** Makes the replacements (in text order, not overlapping) and records where each landed. */
    static Applied apply(String text, List<PerturbationSites.Replacement> replacements) {
        StringBuilder out = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        int from = 0;
        for (PerturbationSites.Replacement replacement : replacements) {
            if (replacement.at().start() < from) {
                throw new IllegalArgumentException("replacements overlap or are out of order at " + replacement.at());
            }
            out.append(text, from, replacement.at().start());
            int start = out.length();
            out.append(replacement.with());
            spans.add(new TextSpan(start, out.length()));
            from = replacement.at().end();
        }
        out.append(text, from, text.length());
        return new Applied(out.toString(), spans);
    }

    private DerivationCorpus.Generated generated(String family, String role, String outlet,
            DerivationCorpus.PoolArticle source, LocalDateTime time, String text) {
        return new DerivationCorpus.Generated(articleId(family, role), family, outlet, source.title(),
                time.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), text);
    }

    /** An id that tells nothing of the article's role (the comparer may order by id). */
    private String articleId(String family, String role) {
        return DerivationCorpus.opaqueId(idSalt, family, role);
    }

    private String wire() {
        return DerivationCorpus.WIRES[random.nextInt(DerivationCorpus.WIRES.length)];
    }

    /** An outlet no other article of the family has. */
    private String nextOutlet(Set<String> taken) {
        String outlet;
        do {
            outlet = DerivationCorpus.OUTLETS[(outletCursor++ + random.nextInt(3)) % DerivationCorpus.OUTLETS.length];
        } while (!taken.add(outlet));
        return outlet;
    }

    /** For reports: how many edits of each form. */
    static Map<Form, Integer> countByForm(List<Edit> edits) {
        Map<Form, Integer> counts = new EnumMap<>(Form.class);
        for (Edit edit : edits) {
            counts.merge(edit.form(), 1, Integer::sum);
        }
        return counts;
    }
}

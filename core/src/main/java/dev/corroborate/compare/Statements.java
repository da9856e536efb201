package dev.corroborate.compare;

import dev.corroborate.model.FoundQuote;
import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.StopWords;
import dev.corroborate.text.TextSpan;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aligns what the articles of an event state: each sentence joins the statement of the sentence of
 * another article it is the closest counterpart of (every sentence of a wording not yet read is an
 * anchor of its statement, not only the statement's first sentence, its representative), or starts
 * a statement of its own. Two sentences are counterparts when their content-word sets (words
 * {@link StopWords#isContentWord} keeps, stemmed by {@link LightStemmer}, as the reuse stage
 * compares sentences) reach {@link ComparisonSettings#counterpart()} cosine, or when they hold
 * quotes of one quote group, unless the sentence is nearly word for word one of another article
 * ({@link ComparisonSettings#sameTelling()}): the quote stage may group two copies' quotes apart. A
 * sentence joins first a statement where another article has it word for word: a wire text that
 * states a fact twice in like sentences has each aligned with its own copy, never one with the
 * other. A sentence too short to align by its words ("She was 85.") joins by its place.
 *
 * <p>Cost: each sentence is compared only with the anchors that share one of its content words,
 * found in an inverted index whose lists are cut at {@link ComparisonSettings#maxPosting()}; an
 * event of {@code n} sentences of {@code w} words costs {@code O(n · w · maxPosting)}, linear in
 * its articles, never one comparison per pair of articles. Stateless; thread-safe.
 */
final class Statements {

    /**
     * One sentence of one article.
     *
     * @param article the article's index in the event
     * @param index   the sentence's index among the article's sentences ({@link EventText#sentences})
     * @param start   offset of its first word
     * @param end     offset after its last word
     * @param words   its words ({@link Tokenizer#WORDS})
     * @param stems   its distinct content words, stemmed
     * @param groups  the quote groups of the quotes it holds
     * @param wording its words as written, in order, each followed by a space: what two sentences share
     *                when one is a verbatim copy of the other (made once: every pass over the statements asks)
     */
    record Sentence(int article, int index, int start, int end, List<Token> words, Set<String> stems, Set<String> groups,
                    String wording) {
    }

    /** One statement: its representative and, per article (by index), the sentence that states it there. */
    record Statement(Sentence representative, Map<Integer, Sentence> members) {
    }

    private final ComparisonSettings settings;

    Statements(ComparisonSettings settings) {
        this.settings = settings;
    }

    /** The sentences of the article with at least one word, in text order. */
    static List<Sentence> sentencesOf(int article, EventText event) {
        String text = event.text(article);
        List<FoundQuote> quotes = event.quotes(article);
        List<Sentence> sentences = new ArrayList<>();
        List<TextSpan> spans = event.sentences(article);
        for (int index = 0; index < spans.size(); index++) {
            TextSpan span = spans.get(index);
            List<Token> words = event.words(article, index);
            if (words.isEmpty()) {
                continue;
            }
            // Sized for every word (the stems' order is read nowhere: the alignment's choices break ties by statement).
            Set<String> stems = new HashSet<>(Math.max(16, words.size() * 2));
            StringBuilder wording = new StringBuilder(span.end() - span.start() + 8);
            for (int w = 0; w < words.size(); w++) {
                Token word = words.get(w);
                wording.append(word.surface()).append(' ');
                if (StopWords.isContentWord(word.folded()) && !word.isNumber()) {
                    stems.add(LightStemmer.stem(word.folded()));
                }
            }
            int start = words.get(0).start();
            int end = words.get(words.size() - 1).end();
            Set<String> groups = new TreeSet<>();
            for (FoundQuote quote : quotes) {
                if (quote.groupId() != null && quote.quote().start() < end && quote.quote().end() > start) {
                    groups.add(quote.groupId());
                }
            }
            sentences.add(new Sentence(article, index, start, end, words, stems, groups, wording.toString()));
        }
        return sentences;
    }

    /** The cosine of two sentences' content-word sets, in [0, 1]. */
    static double cosine(Sentence a, Sentence b) {
        if (a.stems().isEmpty() || b.stems().isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String stem : a.stems()) {
            if (b.stems().contains(stem)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) a.stems().size() * b.stems().size());
    }

    /**
     * The statement as each of its wordings tells it to the sentences closest to it: for every wording
     * (the first sentence of it) a statement of that sentence as representative, its copies in the same
     * words, and each later sentence of another wording whose closest earlier wording it is, at
     * {@code minCosine} cosine of their words (stop words included) or more; those of two sentences or
     * more, other than the statement itself. A statement is compared with its representative, and a
     * sentence told otherwise than the representative differs from it over long stretches that hide a
     * changed word; against the sentence it is closest to, that word stands alone ("A spokeswoman said
     * the shop burned" and "A spokeswoman alleged the shop burned", aligned with "The shop burned
     * down"). Each sentence is held against the first {@code maxWordings} wordings only, so the cost stays
     * linear in the statement's sentences.
     */
    static List<Statement> tellings(Statement statement, double minCosine, int maxWordings) {
        Map<String, Map<Integer, Sentence>> byWording = new LinkedHashMap<>();
        List<Sentence> firsts = new ArrayList<>();
        for (Sentence sentence : statement.members().values()) {
            Map<Integer, Sentence> same = byWording.get(wording(sentence));
            if (same != null) {
                same.put(sentence.article(), sentence);
                continue;
            }
            Sentence closest = null;
            double best = 0;
            for (Sentence first : firsts.subList(0, Math.min(firsts.size(), maxWordings))) {
                double cosine = wordCosine(first, sentence);
                // the earliest of equally close wordings
                if (cosine >= minCosine && cosine > best) {
                    closest = first;
                    best = cosine;
                }
            }
            if (closest != null) {
                byWording.get(wording(closest)).put(sentence.article(), sentence);
            }
            Map<Integer, Sentence> own = new LinkedHashMap<>();
            own.put(sentence.article(), sentence);
            byWording.put(wording(sentence), own);
            firsts.add(sentence);
        }
        List<Statement> tellings = new ArrayList<>();
        for (Map<Integer, Sentence> telling : byWording.values()) {
            if (telling.size() > 1 && telling.size() < statement.members().size()) {
                tellings.add(new Statement(telling.values().iterator().next(), telling));
            }
        }
        return tellings;
    }

    /** The statements of the articles' sentences (given per article, in event order) that two or more articles state. */
    List<Statement> align(List<List<Sentence>> articles) {
        return align(articles, List.of(), new ArrayList<>());
    }

    /**
     * As {@link #align(List)}, the first pass taking for the first {@code replayed.size()} articles the
     * decisions given (one per sentence, as {@code decisions} records them) instead of searching: the
     * decisions a pass over the same sentences made, so the statements are the same. Each article's
     * decisions are added to {@code decisions}: its sentences' statements (their number in order of
     * creation) times two, plus one for an anchor ({@link KeptAlignment.Article#decisions}).
     *
     * @throws IllegalArgumentException when a replayed decision is not one a pass could have made (a
     *                                  statement not created yet, or not one per sentence)
     */
    List<Statement> align(List<List<Sentence>> articles, List<List<Integer>> replayed, List<List<Integer>> decisions) {
        List<Statement> statements = new ArrayList<>();
        // Every sentence that joined or started a statement in words of its own is an anchor of it: a sentence
        // joins the statement of the anchor it is closest to, not only of its first sentence.
        List<Sentence> anchors = new ArrayList<>();
        Ints anchorStatement = new Ints();
        // Sized for the event's sentences (read by key only, never in order): no rehashing as they are filed.
        int count = 0;
        for (List<Sentence> sentences : articles) {
            count += sentences.size();
        }
        Map<String, Ints> byStem = new HashMap<>(Math.max(16, count * 4));
        Map<String, List<Integer>> byGroup = new HashMap<>();
        Map<String, List<Integer>> byWording = new HashMap<>(Math.max(16, count * 2));
        Map<Sentence, Integer> statementOf = new java.util.IdentityHashMap<>(count);
        Counts counts = new Counts();
        for (int article = 0; article < articles.size(); article++) {
            List<Sentence> sentences = articles.get(article);
            List<Integer> replay = article < replayed.size() ? replayed.get(article) : null;
            if (replay != null && replay.size() != sentences.size()) {
                throw new IllegalArgumentException(replay.size() + " decisions for " + sentences.size() + " sentences");
            }
            List<Integer> made = new ArrayList<>(sentences.size());
            for (int k = 0; k < sentences.size(); k++) {
                Sentence sentence = sentences.get(k);
                String wording = wording(sentence);
                int best;
                boolean anchor;
                if (replay != null) {
                    best = replay.get(k) >> 1;
                    anchor = (replay.get(k) & 1) == 1;
                    if (best > statements.size() || (best == statements.size() && !anchor)) {
                        throw new IllegalArgumentException("decision " + replay.get(k) + " names no statement");
                    }
                    if (best == statements.size()) {
                        best = -1;
                    }
                } else {
                    best = sameWording(sentence, statements, byWording.get(wording));
                    anchor = best < 0;
                    if (best < 0) {
                        best = bestStatement(sentence, statements, anchors, anchorStatement, byStem, byGroup, counts);
                    }
                }
                if (best < 0) {
                    best = statements.size();
                    statements.add(new Statement(sentence, new LinkedHashMap<>()));
                    for (String group : sentence.groups()) {
                        byGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(best);
                    }
                }
                if (statements.get(best).members().containsKey(sentence.article())) {
                    throw new IllegalArgumentException("decision " + (best * 2 + (anchor ? 1 : 0))
                            + " puts two sentences of an article in one statement");
                }
                statements.get(best).members().put(sentence.article(), sentence);
                made.add(best * 2 + (anchor ? 1 : 0));
                statementOf.put(sentence, best);
                byWording.computeIfAbsent(wording, key -> new ArrayList<>()).add(best);
                if (anchor) {
                    int id = anchors.size();
                    anchors.add(sentence);
                    anchorStatement.add(best);
                    for (String stem : sentence.stems()) {
                        byStem.computeIfAbsent(stem, key -> new Ints()).add(id);
                    }
                }
            }
            decisions.add(made);
        }
        alignByPlace(articles, statements, statementOf);
        statements.removeIf(statement -> statement.members().size() < 2);
        return statements;
    }

    /**
     * A sentence too short to be aligned by its content words ("She was 85.") joins the statement of
     * a sentence of another article that stands at the same place, between sentences of the same two
     * statements (or at the same end of its article), when their words, stop words included, reach
     * {@link ComparisonSettings#counterpart()} cosine.
     */
    private void alignByPlace(List<List<Sentence>> articles, List<Statement> statements, Map<Sentence, Integer> statementOf) {
        Map<String, List<Integer>> byPlace = new HashMap<>();
        for (List<Sentence> sentences : articles) {
            for (int i = 0; i < sentences.size(); i++) {
                String place = place(sentences, i, statements, statementOf);
                int own = statementOf.get(sentences.get(i));
                if (place != null) {
                    List<Integer> at = byPlace.computeIfAbsent(place, k -> new ArrayList<>());
                    if (!at.contains(own)) {
                        at.add(own);
                    }
                }
            }
        }
        for (List<Sentence> sentences : articles) {
            for (int i = 0; i < sentences.size(); i++) {
                Sentence sentence = sentences.get(i);
                Statement own = statements.get(statementOf.get(sentence));
                if (own.members().size() != 1 || sentence.stems().size() >= MIN_ALIGNING_STEMS) {
                    continue;
                }
                String place = place(sentences, i, statements, statementOf);
                for (int index : place == null ? List.<Integer>of() : byPlace.getOrDefault(place, List.of())) {
                    Statement there = statements.get(index);
                    if (!there.members().isEmpty() && !there.members().containsKey(sentence.article())
                            && wordCosine(sentence, there.representative()) >= settings.counterpart()) {
                        there.members().put(sentence.article(), sentence);
                        own.members().clear();
                        break;
                    }
                }
            }
        }
    }

    /** Sentences with fewer content words than this are aligned by their place too. */
    private static final int MIN_ALIGNING_STEMS = 3;

    /**
     * The statements of the sentences around sentence {@code i} ("start" and "end" at the article's
     * ends), or {@code null} when a neighbour's statement is its alone and places nothing.
     */
    private static String place(List<Sentence> sentences, int i, List<Statement> statements,
                                Map<Sentence, Integer> statementOf) {
        String before = i == 0 ? "start" : neighbour(sentences.get(i - 1), statements, statementOf);
        String after = i + 1 == sentences.size() ? "end" : neighbour(sentences.get(i + 1), statements, statementOf);
        return before == null || after == null ? null : before + ":" + after;
    }

    private static String neighbour(Sentence sentence, List<Statement> statements, Map<Sentence, Integer> statementOf) {
        int index = statementOf.get(sentence);
        return statements.get(index).members().size() > 1 ? String.valueOf(index) : null;
    }

    /** The cosine of two sentences' sets of folded words, stop words and numbers included. */
    static double wordCosine(Sentence a, Sentence b) {
        Set<String> x = new HashSet<>();
        a.words().forEach(w -> x.add(w.folded()));
        Set<String> y = new HashSet<>();
        b.words().forEach(w -> y.add(w.folded()));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : x) {
            if (y.contains(word)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) x.size() * y.size());
    }

    /** A sentence's words as written, in order: what two sentences share when one is a verbatim copy of the other. */
    private static String wording(Sentence sentence) {
        return sentence.wording();
    }

    /** The first statement a sentence of another article states in these very words, or -1. */
    private static int sameWording(Sentence sentence, List<Statement> statements, List<Integer> candidates) {
        if (candidates != null) {
            for (int index : candidates) {
                if (!statements.get(index).members().containsKey(sentence.article())) {
                    return index;
                }
            }
        }
        return -1;
    }

    /** A growing list of ints, unboxed: the postings and counts read for every sentence aligned. */
    private static final class Ints {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    /** Shared-word counts by statement index, reused across sentences; only the touched entries are reset. */
    private static final class Counts {
        int[] shared = new int[64];
        final Ints touched = new Ints();

        void add(int index) {
            if (index >= shared.length) {
                shared = java.util.Arrays.copyOf(shared, Math.max(index + 1, shared.length * 2));
            }
            if (shared[index]++ == 0) {
                touched.add(index);
            }
        }

        void clear() {
            for (int i = 0; i < touched.size; i++) {
                shared[touched.values[i]] = 0;
            }
            touched.size = 0;
        }
    }

    private int bestStatement(Sentence sentence, List<Statement> statements, List<Sentence> anchors,
                              Ints anchorStatement, Map<String, Ints> byStem,
                              Map<String, List<Integer>> byGroup, Counts counts) {
        for (String stem : sentence.stems()) {
            Ints posting = byStem.get(stem);
            if (posting != null && posting.size <= settings.maxPosting()) {
                for (int i = 0; i < posting.size; i++) {
                    counts.add(posting.values[i]);
                }
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int t = 0; t < counts.touched.size; t++) {
            int anchor = counts.touched.values[t];
            int index = anchorStatement.values[anchor];
            if (statements.get(index).members().containsKey(sentence.article())) {
                continue;
            }
            double score = counts.shared[anchor]
                    / Math.sqrt((double) sentence.stems().size() * anchors.get(anchor).stems().size());
            if (score >= settings.counterpart() && (score > bestScore || (score == bestScore && index < best))) {
                best = index;
                bestScore = score;
            }
        }
        counts.clear();
        if (bestScore >= settings.sameTelling()) {
            // Nearly word for word like a sentence of another article: the same statement, whatever quote
            // groups the quote stage made of the two.
            return best;
        }
        int grouped = -1;
        for (String group : sentence.groups()) {
            for (int index : byGroup.getOrDefault(group, List.of())) {
                if (!statements.get(index).members().containsKey(sentence.article()) && (grouped < 0 || index < grouped)) {
                    grouped = index;
                }
            }
        }
        return grouped >= 0 ? grouped : best;
    }
}

package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import dev.corroborate.model.Precision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether and how one article derives from another: copy (verbatim passages cover most of
 * both), rewrite (most sentences of both have a reworded counterpart in the other, in largely the
 * same order, and the wording is not kept), partial (a substantial part of one is found in the
 * other, verbatim or reworded), or cites (one names the other's outlet with an attribution phrase
 * and shares no text). The direction comes from publication times, from credits naming the
 * other's outlet, and from which text the other reproduces more of. Thresholds were set on the
 * derivation benchmark ({@code bench} ReuseQuality, docs/BENCHMARKS.md). Thread-safe.
 */
public final class PairClassifier {

    /** Both texts covered this much by verbatim passages: a copy. */
    static final double COPY_COVERAGE = 0.8;
    /**
     * This many words in verbatim passages make a partial, however long the texts (an excerpt of
     * two sentences in a long report); fewer are a stock phrase, not reuse.
     */
    static final int PARTIAL_WORDS = 15;
    /** A rewrite: this share of the shorter text's sentences reworded in order, and of the longer's. */
    static final double REWRITE_SHARE_SHORTER = 0.5;
    static final double REWRITE_SHARE_LONGER = 0.4;
    /** Reworded sentence pairs this close count toward a partial without shared wording. */
    static final double REWORDED_PARTIAL_SIMILARITY = 0.6;
    static final int REWORDED_PARTIAL_SENTENCES = 3;
    /**
     * Sentences this close (cosine of their content words) are counterparts: a loose paraphrase
     * keeps about half its content words. A single such pair says little; a run of them in the
     * same order as the other text is what makes a rewrite.
     */
    static final double REWORDED_SIMILARITY = 0.5;
    /** Loose paraphrase: sentences this close can be counterparts in a run... */
    static final double PARAPHRASE_SIMILARITY = 0.35;
    /** ...whose steps skip at most this many sentences of either text... */
    static final int PARAPHRASE_SKIP = 1;
    /** ...at least this long... */
    static final int PARAPHRASE_MIN_SENTENCES = 5;
    /** ...and covering this share of the shorter text's sentences. */
    static final double PARAPHRASE_SHARE = 0.6;
    /** A rewrite has at least this many sentences with counterparts in order. */
    static final int REWRITE_MIN_SENTENCES = 3;
    /** A citation needs this cosine between the two texts' content words: the same subject. */
    static final double CITES_TOPIC_SIMILARITY = 0.08;

    /** A passage must keep this many matched words once furniture is taken out (the aligner's own minimum). */
    static final int MIN_PASSAGE_WORDS = 8;

    /** Text only one text has speaks of the story when it holds this many of the other's content words. */
    static final int OWN_TOPICAL_WORDS = 3;

    private final PassageAligner aligner;

    public PairClassifier(PassageAligner aligner) {
        this.aligner = aligner;
    }

    public PairClassifier() {
        this(PassageAligner.defaults());
    }

    /** What the two texts share, measured both ways. */
    private record Overlap(List<Passage> verbatim, List<Passage> reworded, int matchedWords, double coverA,
            double coverB, double sentenceShareA, double sentenceShareB, double inOrderShorter, int closeSentences,
            int sentencesA, int sentencesB, double topicSimilarity, int inOrderCount, int ownTopicalA,
            int ownTopicalB, List<Passage> paraphraseChain, double paraphraseShare) {

        double coverShorter() {
            return sentencesA <= sentencesB ? coverA : coverB;
        }

        double sentenceShareLonger() {
            return sentencesA <= sentencesB ? sentenceShareB : sentenceShareA;
        }
    }

    /** The derivation between {@code a} and {@code b}, if there is one. */
    public Optional<ReuseLink> classify(Article a, Article b) {
        String textA = a.text();
        String textB = b.text();
        List<Words.Word> wordsA = Words.of(textA);
        List<Words.Word> wordsB = Words.of(textB);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return Optional.empty();
        }
        Overlap overlap = overlap(textA, textB, wordsA, wordsB);
        List<String> evidence = new ArrayList<>();
        Relation relation;
        double score;
        List<Passage> passages = new ArrayList<>(overlap.verbatim());
        if (overlap.coverA() >= COPY_COVERAGE && overlap.coverB() >= COPY_COVERAGE) {
            relation = Relation.COPY;
            score = Math.min(overlap.coverA(), overlap.coverB());
            evidence.add(String.format(Locale.ROOT, "shared wording covers %.0f%% and %.0f%% of the two texts",
                    100 * overlap.coverA(), 100 * overlap.coverB()));
        } else if (overlap.inOrderShorter() >= REWRITE_SHARE_SHORTER && overlap.inOrderCount() >= REWRITE_MIN_SENTENCES
                && overlap.sentenceShareLonger() >= REWRITE_SHARE_LONGER && overlap.coverShorter() < COPY_COVERAGE) {
            relation = Relation.REWRITE;
            score = overlap.inOrderShorter();
            passages.addAll(overlap.reworded());
            evidence.add(String.format(Locale.ROOT,
                    "%.0f%% of the shorter text's sentences have a counterpart in the other, in order; "
                            + "shared wording covers %.0f%% of it",
                    100 * overlap.inOrderShorter(), 100 * overlap.coverShorter()));
        } else if (overlap.paraphraseChain().size() >= PARAPHRASE_MIN_SENTENCES
                && overlap.paraphraseShare() >= PARAPHRASE_SHARE && overlap.coverShorter() < COPY_COVERAGE) {
            relation = Relation.REWRITE;
            score = overlap.paraphraseShare();
            passages.addAll(overlap.paraphraseChain());
            evidence.add(String.format(Locale.ROOT,
                    "%d sentences paraphrased one after the other (%.0f%% of the shorter text's sentences); "
                            + "shared wording covers %.0f%% of it",
                    overlap.paraphraseChain().size(), 100 * overlap.paraphraseShare(), 100 * overlap.coverShorter()));
        } else if (!overlap.verbatim().isEmpty() && (overlap.matchedWords() >= PARTIAL_WORDS
                || overlap.closeSentences() >= REWORDED_PARTIAL_SENTENCES)) {
            relation = Relation.PARTIAL;
            passages.addAll(overlap.reworded());
            score = Math.max(Math.max(overlap.coverA(), overlap.coverB()),
                    Math.min(overlap.sentenceShareA(), overlap.sentenceShareB()));
            evidence.add(String.format(Locale.ROOT,
                    "%d shared passages (%d words of shared wording) and %d reworded sentences",
                    overlap.verbatim().size(), overlap.matchedWords(), overlap.reworded().size()));
        } else if (((cites(b, a) && !publishedBefore(b, a)) || (cites(a, b) && !publishedBefore(a, b)))
                && overlap.topicSimilarity() >= CITES_TOPIC_SIMILARITY) {
            // An attribution names something already published: an article that came out after
            // the citing one is another article of the same outlet.
            // Naming an outlet is not enough: the outlet has other articles. The cited one is on the
            // same subject, and the detector keeps only the closest article of each cited outlet.
            relation = Relation.CITES;
            score = overlap.topicSimilarity();
            passages = new ArrayList<>();
        } else {
            return Optional.empty();
        }
        passages.sort(java.util.Comparator.comparingInt(Passage::aStart).thenComparingInt(Passage::bStart));
        return Optional.of(direct(a, b, relation, Math.min(1, score), passages, overlap, evidence));
    }

    private Overlap overlap(String textA, String textB, List<Words.Word> wordsA, List<Words.Word> wordsB) {
        List<Passage> verbatim = withoutFurniture(aligner.align(wordsA, wordsB), textA, textB, wordsA, wordsB);
        int matched = verbatim.stream().mapToInt(Passage::matchedWords).sum();
        List<Sentences.Sentence> sentencesA = Sentences.of(textA);
        List<Sentences.Sentence> sentencesB = Sentences.of(textB);
        // The best counterpart of a sentence is the same whatever the threshold, so the strict
        // counterparts are the loose ones that reach the stricter bar.
        int[] loose = Sentences.counterparts(sentencesA, sentencesB, PARAPHRASE_SIMILARITY);
        int[] aToB = new int[loose.length];
        for (int i = 0; i < loose.length; i++) {
            aToB[i] = loose[i] >= 0 && Sentences.similarity(sentencesA.get(i), sentencesB.get(loose[i])) >= REWORDED_SIMILARITY
                    ? loose[i] : -1;
        }
        int[] bToA = Sentences.counterparts(sentencesB, sentencesA, REWORDED_SIMILARITY);
        double shareA = share(aToB);
        double shareB = share(bToA);
        int[] shorter = sentencesA.size() <= sentencesB.size() ? aToB : bToA;
        int inOrderCount = Sentences.longestIncreasing(shorter);
        double inOrder = shorter.length == 0 ? 0 : (double) inOrderCount / shorter.length;
        // Reworded pairs: sentence counterparts whose wording the verbatim passages do not already hold.
        List<Passage> reworded = new ArrayList<>();
        int close = 0;
        for (int i = 0; i < aToB.length; i++) {
            if (aToB[i] < 0) {
                continue;
            }
            Sentences.Sentence x = sentencesA.get(i);
            Sentences.Sentence y = sentencesB.get(aToB[i]);
            if (coveredShare(x.start(), x.end(), verbatim, true) >= 0.5) {
                continue;
            }
            double similarity = Sentences.similarity(x, y);
            if (similarity >= REWORDED_PARTIAL_SIMILARITY && Math.min(x.words().length, y.words().length) >= 6) {
                close++;
            }
            reworded.add(new Passage(x.start(), x.end(), y.start(), y.end(), Sentences.sharedWords(x, y), true));
        }
        List<Passage> chain = paraphraseChain(sentencesA, sentencesB, loose);
        int shorterSize = Math.min(sentencesA.size(), sentencesB.size());
        return new Overlap(verbatim, reworded, matched, Math.min(1, (double) matched / wordsA.size()),
                Math.min(1, (double) matched / wordsB.size()), shareA, shareB, inOrder, close, sentencesA.size(),
                sentencesB.size(), Sentences.topicSimilarity(sentencesA, sentencesB), inOrderCount,
                ownTopicalWords(wordsA, verbatim, true, contentWords(wordsB)),
                ownTopicalWords(wordsB, verbatim, false, contentWords(wordsA)), chain,
                shorterSize == 0 ? 0 : (double) chain.size() / shorterSize);
    }

    /**
     * The longest run of loosely paraphrased sentence pairs (cosine at least
     * {@link #PARAPHRASE_SIMILARITY}) that advance together through both texts, each step skipping
     * at most {@link #PARAPHRASE_SKIP} sentences of either: what a desk that rewrites a report
     * sentence by sentence leaves. Two reports of one event share words too, but their sentences
     * do not line up one after the other. {@code counterpart} gives each sentence of {@code a} its
     * best counterpart in {@code b} at that similarity, or -1. As reworded passages, in {@code a}'s order.
     */
    private static List<Passage> paraphraseChain(List<Sentences.Sentence> a, List<Sentences.Sentence> b,
            int[] counterpart) {
        int[] length = new int[a.size()];
        int[] previous = new int[a.size()];
        int best = -1;
        for (int i = 0; i < a.size(); i++) {
            previous[i] = -1;
            if (counterpart[i] < 0) {
                continue;
            }
            length[i] = 1;
            for (int k = Math.max(0, i - PARAPHRASE_SKIP - 1); k < i; k++) {
                int step = counterpart[i] - counterpart[k];
                if (counterpart[k] >= 0 && step > 0 && step <= PARAPHRASE_SKIP + 1 && length[k] + 1 > length[i]) {
                    length[i] = length[k] + 1;
                    previous[i] = k;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        List<Passage> chain = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) {
            Sentences.Sentence x = a.get(i);
            Sentences.Sentence y = b.get(counterpart[i]);
            chain.add(0, new Passage(x.start(), x.end(), y.start(), y.end(), Math.max(1, Sentences.sharedWords(x, y)), true));
        }
        return chain;
    }

    /**
     * Lines every site carries (share prompts, newsletter boxes) and republication credits ("This
     * story was first published by X"): two articles that share them share no reporting. The credit
     * still counts, as evidence of direction, elsewhere.
     */
    private static final Pattern REPUBLICATION_CREDIT = Pattern.compile("(?i).{0,60}\\b((first|originally) "
            + "(published|appeared|reported)|republished|reprinted|appeared first|syndicated)\\b.{0,80}");

    /** The spans of a text's paragraphs that are site furniture. */
    private static List<int[]> furniture(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            String paragraph = text.substring(start, end);
            if (!paragraph.isBlank() && (dev.corroborate.extract.PlainTextCleaner.isBoilerplate(paragraph)
                    || (paragraph.length() < 160 && REPUBLICATION_CREDIT.matcher(paragraph.strip()).matches()))) {
                spans.add(new int[] {start, end});
            }
            start = end + 2;
        }
        return spans;
    }

    /**
     * The passages with the words they hold in furniture paragraphs (of either text) taken out of
     * their matched count; a passage left with fewer than the aligner's minimum is dropped.
     */
    private static List<Passage> withoutFurniture(List<Passage> passages, String textA, String textB,
            List<Words.Word> wordsA, List<Words.Word> wordsB) {
        List<int[]> furnitureA = furniture(textA);
        List<int[]> furnitureB = furniture(textB);
        List<Passage> kept = new ArrayList<>();
        for (Passage passage : passages) {
            int inFurniture = Math.max(wordsWithin(wordsA, passage.aStart(), passage.aEnd(), furnitureA),
                    wordsWithin(wordsB, passage.bStart(), passage.bEnd(), furnitureB));
            int matched = passage.matchedWords() - inFurniture;
            if (matched >= MIN_PASSAGE_WORDS && !isName(textA, passage.aStart(), passage.aEnd())) {
                kept.add(new Passage(passage.aStart(), passage.aEnd(), passage.bStart(), passage.bEnd(), matched,
                        passage.reworded()));
            }
        }
        return kept;
    }

    /** Words that join the parts of a name ("Church of Jesus Christ of Latter Day Saints"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "for", "de", "la", "del", "van", "von", "y");

    /**
     * Whether a passage is a long name rather than shared reporting: fewer than the minimum passage
     * of its words are neither capitalised nor joiners. Two reports naming the same church or
     * ministry in full share nothing but the name.
     */
    private static boolean isName(String text, int start, int end) {
        int other = 0;
        for (Words.Word word : Words.of(text.substring(start, end))) {
            char first = text.charAt(start + word.start());
            if (!Character.isUpperCase(first) && !Character.isDigit(first) && !NAME_JOINERS.contains(word.folded())) {
                other++;
            }
        }
        return other < MIN_PASSAGE_WORDS;
    }

    /** How many of the words between {@code start} and {@code end} lie in one of the spans. */
    private static int wordsWithin(List<Words.Word> words, int start, int end, List<int[]> spans) {
        int count = 0;
        for (Words.Word word : words) {
            if (word.start() < start || word.end() > end) {
                continue;
            }
            for (int[] span : spans) {
                if (word.start() >= span[0] && word.end() <= span[1]) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static Set<String> contentWords(List<Words.Word> words) {
        Set<String> content = new HashSet<>();
        for (Words.Word word : words) {
            if (Sentences.isContentWord(word.folded())) {
                content.add(word.folded());
            }
        }
        return content;
    }

    /**
     * How many distinct content words of the text's unshared part also occur in the other text:
     * text only one of them has is a dropped part of the story when it speaks of the same things,
     * and site furniture ("Subscribe to our newsletter") when it does not.
     */
    private static int ownTopicalWords(List<Words.Word> words, List<Passage> verbatim, boolean firstText,
            Set<String> otherContent) {
        Set<String> topical = new HashSet<>();
        for (Words.Word word : words) {
            if (!Sentences.isContentWord(word.folded()) || !otherContent.contains(word.folded())) {
                continue;
            }
            boolean shared = false;
            for (Passage passage : verbatim) {
                int start = firstText ? passage.aStart() : passage.bStart();
                int end = firstText ? passage.aEnd() : passage.bEnd();
                if (word.start() >= start && word.end() <= end) {
                    shared = true;
                    break;
                }
            }
            if (!shared) {
                topical.add(word.folded());
            }
        }
        return topical.size();
    }

    private static double share(int[] counterparts) {
        if (counterparts.length == 0) {
            return 0;
        }
        int found = 0;
        for (int counterpart : counterparts) {
            if (counterpart >= 0) {
                found++;
            }
        }
        return (double) found / counterparts.length;
    }

    /** The share of [start, end) inside the passages, on the first text's side or the second's. */
    private static double coveredShare(int start, int end, List<Passage> passages, boolean firstText) {
        int covered = 0;
        for (Passage passage : passages) {
            int from = Math.max(start, firstText ? passage.aStart() : passage.bStart());
            int to = Math.min(end, firstText ? passage.aEnd() : passage.bEnd());
            covered += Math.max(0, to - from);
        }
        return end == start ? 0 : (double) covered / (end - start);
    }

    /** Chooses the source, and orients the passages and evidence to match. */
    private ReuseLink direct(Article a, Article b, Relation relation, double score, List<Passage> passages,
            Overlap overlap, List<String> evidence) {
        double vote = 0; // > 0: a is the source
        if (publishedBefore(a, b) || publishedBefore(b, a)) {
            boolean aFirst = publishedBefore(a, b);
            vote += aFirst ? 2 : -2;
            evidence.add((aFirst ? a.id() : b.id()) + " was published first ("
                    + (aFirst ? a.published().iso() : b.published().iso()) + ")");
        }
        if (credits(b, a)) {
            vote += 2;
            evidence.add(b.id() + " credits " + nameOf(a) + " in its dateline");
        }
        if (credits(a, b)) {
            vote -= 2;
            evidence.add(a.id() + " credits " + nameOf(b) + " in its dateline");
        }
        if (relation != Relation.CITES) {
            // Naming the other's outlet in the text ("first published by X", "according to X").
            if (cites(b, a) && !cites(a, b)) {
                vote += 1.5;
                evidence.add(b.id() + " names " + nameOf(a) + " as its source");
            } else if (cites(a, b) && !cites(b, a)) {
                vote -= 1.5;
                evidence.add(a.id() + " names " + nameOf(b) + " as its source");
            }
            // The text the other reproduces more of is the derived one: a source has what its
            // excerpts and rewrites leave out.
            double reproducedA = Math.max(overlap.coverA(), overlap.sentenceShareA());
            double reproducedB = Math.max(overlap.coverB(), overlap.sentenceShareB());
            double difference = reproducedB - reproducedA;
            // Only when one text is reproduced nearly whole: when both have much of their own
            // (an excerpt set into another report), coverage says nothing about who came first.
            if (Math.abs(difference) > 0.02 && Math.max(reproducedA, reproducedB) >= 0.7) {
                boolean aHasMore = difference > 0;
                int ownTopical = aHasMore ? overlap.ownTopicalA() : overlap.ownTopicalB();
                if (ownTopical >= OWN_TOPICAL_WORDS) {
                    vote += Math.signum(difference) * (Math.abs(difference) > 0.1 ? 1 : 0.5);
                    evidence.add(String.format(Locale.ROOT, "%s has more of the story: %.0f%% of it is found in the "
                            + "other, against %.0f%%", aHasMore ? a.id() : b.id(),
                            100 * Math.min(reproducedA, reproducedB), 100 * Math.max(reproducedA, reproducedB)));
                } else {
                    // What only it has is not about the story: the furniture of the site that republished it.
                    vote -= Math.signum(difference) * 0.5;
                    evidence.add((aHasMore ? a.id() : b.id())
                            + " adds only text unrelated to the story, as a republishing site does");
                }
            }
        } else {
            vote += cites(b, a) && !cites(a, b) ? 2 : cites(a, b) && !cites(b, a) ? -2 : 0;
            evidence.add(cites(b, a) ? b.id() + " attributes to " + nameOf(a) : a.id() + " attributes to " + nameOf(b));
        }
        if (vote == 0) {
            // Nothing tells them apart: name a source all the same, the same whichever order the
            // pair came in, and say that the direction is unknown (confidence 0).
            evidence.add("nothing tells which came first; shown in id order");
        }
        boolean aFirst = vote > 0 || (vote == 0 && a.id().compareTo(b.id()) <= 0);
        double confidence = Math.min(1, Math.abs(vote) / 4);
        if (aFirst) {
            return new ReuseLink(a.id(), b.id(), relation, round(score), round(confidence), passages, evidence);
        }
        List<Passage> swapped = passages.stream().map(Passage::swapped)
                .sorted(java.util.Comparator.comparingInt(Passage::aStart).thenComparingInt(Passage::bStart)).toList();
        return new ReuseLink(b.id(), a.id(), relation, round(score), round(confidence), swapped, evidence);
    }

    /**
     * Whether {@code derived} credits {@code source} in its dateline: an outlet whose dateline names
     * another outlet's agency ("(Meridian Press)" in Harbour Daily) credits the article of that
     * agency: one whose outlet is the agency, or whose outlet is unknown but whose own dateline
     * names it. An article whose outlet is unknown, or is the agency itself, credits no one.
     */
    private static boolean credits(Article derived, Article source) {
        String agency = derived.agency();
        if (agency == null || derived.outlet() == null || sameName(agency, derived.outlet())) {
            return false;
        }
        return sameName(agency, source.outlet())
                || (sameName(agency, source.agency()) && (source.outlet() == null || sameName(source.agency(), source.outlet())));
    }

    /** Whether {@code citing} names {@code cited}'s outlet or agency with an attribution phrase. */
    /**
     * Whether both times are known and {@code x} was surely published before {@code y}: two times
     * of which one is only a date, on the same day, do not tell.
     */
    private static boolean publishedBefore(Article x, Article y) {
        if (x.published() == null || y.published() == null) {
            return false;
        }
        boolean sameDayOnly = (x.published().precision().ordinal() <= Precision.DAY.ordinal()
                || y.published().precision().ordinal() <= Precision.DAY.ordinal())
                && x.published().local().toLocalDate().equals(y.published().local().toLocalDate());
        return !sameDayOnly && x.published().instant().isBefore(y.published().instant());
    }

    static boolean cites(Article citing, Article cited) {
        // An article's agency names it only when it has no outlet of its own: a paper that runs a
        // wire story is not the article a citation of the wire means.
        String agency = cited.outlet() == null || sameName(cited.outlet(), cited.agency()) ? cited.agency() : null;
        for (String name : new String[] {cited.outlet(), agency}) {
            // Naming one's own outlet, or the agency one runs the story of, says nothing of the other.
            if (name == null || name.isBlank() || sameName(name, citing.outlet()) || sameName(name, citing.agency())) {
                continue;
            }
            if (!containsIgnoreCase(citing.text(), name)) {
                continue; // the cheap test first: most texts never name the other outlet
            }
            if (ATTRIBUTIONS.computeIfAbsent(name, PairClassifier::attribution).matcher(citing.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Attribution patterns by outlet name; outlets are few and recur in every pair. */
    private static final java.util.concurrent.ConcurrentMap<String, Pattern> ATTRIBUTIONS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern attribution(String name) {
        String quoted = Pattern.quote(name);
        return Pattern.compile("(?i)(according to|reported by|seen by|obtained by|told|"
                + "cited by|verified by|confirmed (\\w+\\s+){0,3}to|published by|reporting by|courtesy of|as)\\s+(the\\s+)?"
                + quoted + "|" + quoted + "\\s+(reported|said|reports|wrote|obtained|saw|first reported)");
    }

    private static boolean containsIgnoreCase(String text, String name) {
        int length = name.length();
        for (int i = 0; i + length <= text.length(); i++) {
            if (text.regionMatches(true, i, name, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameName(String x, String y) {
        return x != null && y != null && !x.isBlank()
                && x.replaceAll("\\W+", "").equalsIgnoreCase(y.replaceAll("\\W+", ""));
    }

    private static String nameOf(Article article) {
        return article.agency() != null ? article.agency() : article.outlet();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

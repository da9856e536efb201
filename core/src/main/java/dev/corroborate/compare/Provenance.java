package dev.corroborate.compare;

import dev.corroborate.model.Article;
import dev.corroborate.model.Passage;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The provenance of a group of articles (a story, or until stories exist, the articles connected
 * by reuse links): for each article the source it derives from, chosen among its reuse links as
 * the one that accounts for most of its text (so an article copied from a copy hangs under the
 * copy, and two copies of one wire both hang under the wire); further sources are kept only when
 * they account for text the first does not and their direction is known. What a source accounts for is judged by meaning, not
 * by wording: a sentence of an article is its own reporting only when no sentence of its sources
 * says the same, verbatim or reworded ({@link #OWN_REPORTING_RULE}), so a rewrite has little of its
 * own and an excerpt set into an outlet's own report keeps that report. Origins are the articles
 * that derive from no other; the independent sources are the origins and the articles with a
 * substantial report of their own. A link whose direction nothing tells (direction confidence 0)
 * joins its two articles into one source unless each has a report of its own: an origin that only
 * the order of ids made the source counts only when it has more than the other. Each article's
 * own reporting is given as passages ({@link Node#reporting()}); its original contributions as
 * the words found in no passage it shares with another article of the group. Stateless and
 * thread-safe.
 */
public final class Provenance {

    /** Text its sources do not account for counts as reporting of its own from this many words... */
    public static final int OWN_WORDS = 40;
    /** ...when it is also this share of the article. */
    public static final double OWN_SHARE = 0.25;
    /**
     * ...or this share, when its source is one it rewrites: a heavy paraphrase leaves sentences
     * too far from their originals to be said the same (measured on both derivation benchmarks'
     * development halves: 0.25 to 0.4 alike, 0.5 lower).
     */
    public static final double REWRITE_OWN_SHARE = 0.4;
    /**
     * Only runs of this many words count toward it: a rewrite leaves short sentences and scattered
     * edits unmatched, a report of one's own is paragraphs long.
     */
    static final int UNDERIVED_RUN_WORDS = 10;
    /** A further source is kept when it accounts for this many words the first source does not. */
    static final int FURTHER_SOURCE_WORDS = 25;
    /**
     * Two sentences say the same from this cosine of their content words: the bar at which the
     * reuse stage counts a reworded sentence pair as reuse without shared wording
     * ({@code ClassifierSettings.rewordedPartialSimilarity}). Looser pairs are what two reports of
     * one event have in common; measured on both derivation benchmarks (0.5 to 0.8: 0.6 and 0.7 best).
     */
    static final double SAYS_THE_SAME = 0.6;
    /** A sentence this much inside verbatim passages is taken whole: the words between are the copier's edits. */
    static final double MOSTLY_VERBATIM = 0.5;
    /** Links holding this share of the most any link into an article holds are near enough to be its main source. */
    static final double MAIN_SOURCE_SHARE = 0.9;
    /** The rule behind {@link Node#reporting()}, in words a user reads. */
    public static final String OWN_REPORTING_RULE = "a sentence is an article's own reporting when no sentence of its "
            + "sources says the same, in the same words or in others; an article is an independent source when it derives "
            + "from no other, or when its own reporting is at least " + OWN_WORDS + " words and a quarter of its text "
            + "(two fifths, for a rewrite); copies of one text, and two articles whose order nothing tells, are one source "
            + "unless each has reporting of its own";

    /** A span of an article's text found in no other article of the group. */
    public record Span(int start, int end, int words) {
    }

    /**
     * One article's place in the graph.
     *
     * @param articleId   the article
     * @param sources     the links it derives from (the first accounts for most of its text); empty for an origin
     * @param citations   the articles it attributes to without sharing their text ({@code cites} links)
     * @param words       its length in words
     * @param ownWords    its words found in no passage shared with another article of the group
     * @param own         those words as spans of at least eight words, in text order
     * @param origin      whether it derives from no other article of the group
     * @param independent whether it counts as an independent source
     * @param reporting   its own reporting: the passages (runs of at least ten words, split at
     *                    paragraphs) that no sentence of its sources says, in text order; for an
     *                    origin, its whole text ({@link #OWN_REPORTING_RULE})
     */
    public record Node(String articleId, List<ReuseLink> sources, List<ReuseLink> citations, int words,
            int ownWords, List<Span> own, boolean origin, boolean independent, List<Span> reporting) {

        public Node {
            Objects.requireNonNull(articleId, "articleId");
            sources = List.copyOf(sources);
            citations = List.copyOf(citations);
            own = List.copyOf(own);
            reporting = List.copyOf(reporting);
        }

        /** How many words its own reporting holds. */
        public int reportingWords() {
            return reporting.stream().mapToInt(Span::words).sum();
        }

        /** Whether its only source link has a direction nothing tells ({@code directionConfidence} 0). */
        public boolean directionUnknown() {
            return !sources.isEmpty() && sources.stream().allMatch(link -> link.directionConfidence() == 0);
        }

        public double ownShare() {
            return words == 0 ? 0 : (double) ownWords / words;
        }
    }

    /**
     * The graph of a group.
     *
     * @param nodes   every article of the group, in the order given
     * @param origins the articles that derive from no other, in the order given
     */
    public record Graph(List<Node> nodes, List<String> origins) {

        public Graph {
            nodes = List.copyOf(nodes);
            origins = List.copyOf(origins);
        }

        /** How many independent sources stand behind the group. */
        public int independentSources() {
            return (int) nodes.stream().filter(Node::independent).count();
        }

        public Node node(String articleId) {
            return nodes.stream().filter(n -> n.articleId().equals(articleId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("article " + articleId + " is not in this group"));
        }

        /** The articles whose first source is {@code articleId}, in the order given. */
        public List<Node> derivedFrom(String articleId) {
            return nodes.stream()
                    .filter(n -> !n.sources().isEmpty() && n.sources().get(0).sourceId().equals(articleId)).toList();
        }
    }

    private Provenance() {
    }

    /**
     * The provenance graph of {@code articles} under {@code links}; links that involve an article
     * outside the group are ignored.
     */
    public static Graph of(List<Article> articles, List<ReuseLink> links) {
        return of(articles, links, List.of());
    }

    /**
     * As {@link #of(List, List)}, for a group cut out of a larger web of shared text
     * ({@link #groups}): {@code elsewhere} are articles outside the group that some of its
     * articles also took text from. They are not nodes and never an article's source in the
     * graph, but what an article took from them is not its own reporting: an article stitched from
     * paragraphs of several texts is no independent source in the group of any of them.
     */
    public static Graph of(List<Article> articles, List<ReuseLink> links, List<Article> elsewhere) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article article : articles) {
            byId.put(article.id(), article);
        }
        Map<String, Article> outside = new LinkedHashMap<>();
        for (Article article : elsewhere) {
            if (!byId.containsKey(article.id())) {
                outside.put(article.id(), article);
            }
        }
        // Links into the group's articles from articles outside it, by the article they lead to.
        Map<String, List<ReuseLink>> fromOutside = new HashMap<>();
        Map<String, List<ReuseLink>> incoming = new HashMap<>();
        Map<String, List<ReuseLink>> citing = new HashMap<>();
        Map<String, List<int[]>> sharedSpans = new HashMap<>(); // article id -> spans in other articles' passages
        for (ReuseLink link : links) {
            if (link.relation() != Relation.CITES && outside.containsKey(link.sourceId())
                    && byId.containsKey(link.derivedId())) {
                fromOutside.computeIfAbsent(link.derivedId(), k -> new ArrayList<>()).add(link);
                continue;
            }
            if (!byId.containsKey(link.sourceId()) || !byId.containsKey(link.derivedId())) {
                continue;
            }
            if (link.relation() == Relation.CITES) {
                citing.computeIfAbsent(link.derivedId(), k -> new ArrayList<>()).add(link);
                continue;
            }
            incoming.computeIfAbsent(link.derivedId(), k -> new ArrayList<>()).add(link);
            for (Passage passage : link.passages()) {
                sharedSpans.computeIfAbsent(link.sourceId(), k -> new ArrayList<>())
                        .add(new int[] {passage.aStart(), passage.aEnd()});
                sharedSpans.computeIfAbsent(link.derivedId(), k -> new ArrayList<>())
                        .add(new int[] {passage.bStart(), passage.bEnd()});
            }
        }
        Map<String, List<Token>> words = new HashMap<>();
        Map<String, List<SameSaying.Sentence>> sentences = new HashMap<>();
        Map<String, List<SameSaying.Sentence>> headlines = new HashMap<>();
        java.util.Set<Article> measured = new java.util.LinkedHashSet<>(articles);
        for (List<ReuseLink> into : fromOutside.values()) {
            into.forEach(link -> measured.add(outside.get(link.sourceId())));
        }
        Map<String, Integer> vocabulary = new HashMap<>(); // the content words of this graph's sentences, numbered
        for (Article article : measured) {
            List<Token> tokens = Tokenizer.WORDS.tokens(article.text());
            words.put(article.id(), tokens);
            sentences.put(article.id(), SameSaying.sentences(article.text(), tokens, vocabulary));
            headlines.put(article.id(), SameSaying.headline(article.title(), vocabulary));
        }
        Meaning meaning = new Meaning(byId, words, sentences, headlines, new java.util.IdentityHashMap<>());
        Map<String, List<ReuseLink>> sources = new HashMap<>();
        for (Map.Entry<String, List<ReuseLink>> entry : incoming.entrySet()) {
            sources.put(entry.getKey(), chooseSources(entry.getValue(), meaning, incoming, byId));
        }
        breakCycles(sources, incoming, meaning, byId);
        Map<String, List<Span>> reporting = new HashMap<>();
        Map<String, Boolean> independent = new HashMap<>();
        for (Article article : articles) {
            List<Token> articleWords = words.get(article.id());
            List<ReuseLink> kept = sources.getOrDefault(article.id(), List.of());
            boolean[] explained = new boolean[articleWords.size()];
            List<ReuseLink> elsewhereSources = kept.isEmpty() ? List.of() : fromOutside.getOrDefault(article.id(), List.of());
            for (ReuseLink link : kept) {
                or(explained, meaning.explainedInDerived(link));
            }
            for (ReuseLink link : elsewhereSources) {
                or(explained, meaning.explainedInDerived(link));
            }
            List<Span> mine = reportingSpans(article.text(), articleWords, explained);
            reporting.put(article.id(), mine);
            int underived = mine.stream().mapToInt(Span::words).sum();
            // A copy is the other article whatever it adds; a rewrite must add more than it takes
            // (a rewriting desk adds context and reactions of its own); a partial, a quarter.
            boolean copied = kept.stream().anyMatch(link -> link.relation() == Relation.COPY);
            boolean rewritten = kept.stream().anyMatch(link -> link.relation() == Relation.REWRITE)
                    || elsewhereSources.stream().anyMatch(link -> link.relation() == Relation.REWRITE);
            independent.put(article.id(), kept.isEmpty() || (!copied && substantial(underived, articleWords.size(), rewritten)));
        }
        // A direction nothing tells: the source was named by the order of ids. The two are one
        // source unless each has a report of its own, so the named source keeps its count only
        // when the other does not count or when it has enough the other does not say.
        for (List<ReuseLink> kept : sources.values()) {
            for (ReuseLink link : kept) {
                if (link.directionConfidence() == 0 && !sources.containsKey(link.sourceId())
                        && independent.get(link.derivedId())) {
                    boolean[] said = meaning.explainedInSource(link);
                    int own = reportingSpans(byId.get(link.sourceId()).text(), words.get(link.sourceId()), said).stream()
                            .mapToInt(Span::words).sum();
                    if (!substantial(own, said.length, link.relation() == Relation.REWRITE)) {
                        independent.put(link.sourceId(), false);
                    }
                }
            }
        }
        // Two copies of one text are one source, whichever the graph hangs under which: a loop
        // broken at the copy link, or a wrong direction elsewhere, must not make both count.
        for (ReuseLink link : links) {
            if (link.relation() == Relation.COPY && byId.containsKey(link.sourceId()) && byId.containsKey(link.derivedId())
                    && independent.get(link.sourceId()) && independent.get(link.derivedId())) {
                independent.put(link.derivedId(), false);
            }
        }
        List<Node> nodes = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (Article article : articles) {
            List<Token> articleWords = words.get(article.id());
            List<Span> own = ownSpans(articleWords, sharedSpans.getOrDefault(article.id(), List.of()), 8);
            int ownWords = ownWordCount(articleWords, sharedSpans.getOrDefault(article.id(), List.of()));
            List<ReuseLink> kept = sources.getOrDefault(article.id(), List.of());
            boolean origin = kept.isEmpty();
            if (origin) {
                origins.add(article.id());
            }
            nodes.add(new Node(article.id(), kept, citing.getOrDefault(article.id(), List.of()), articleWords.size(),
                    ownWords, own, origin, independent.get(article.id()), reporting.get(article.id())));
        }
        return new Graph(nodes, origins);
    }

    /** Whether {@code own} words of {@code total} are a report of one's own. */
    private static boolean substantial(int own, int total, boolean rewritten) {
        return own >= OWN_WORDS && own >= (rewritten ? REWRITE_OWN_SHARE : OWN_SHARE) * total;
    }

    /**
     * What a link's source says of its derived article's words, and the reverse: verbatim passages
     * (a sentence mostly inside them whole), a rewrite's paraphrased sentences, and every sentence
     * a sentence or the headline of the other says the same as. Computed from the texts, so it does not depend on which reworded pairs the reuse
     * stage chose to keep as passages. What a link explains in its derived article is measured once
     * ({@code inDerived}, by link): choosing an article's sources measures every link into it, and
     * its own reporting the chosen ones again. The arrays given are read, never written.
     */
    private record Meaning(Map<String, Article> byId, Map<String, List<Token>> words,
            Map<String, List<SameSaying.Sentence>> sentences, Map<String, List<SameSaying.Sentence>> headlines,
            Map<ReuseLink, boolean[]> inDerived) {

        boolean[] explainedInDerived(ReuseLink link) {
            return inDerived.computeIfAbsent(link, l -> explained(l.derivedId(), l.sourceId(), l, false));
        }

        boolean[] explainedInSource(ReuseLink link) {
            return explained(link.sourceId(), link.derivedId(), link, true);
        }

        private boolean[] explained(String mineId, String theirsId, ReuseLink link, boolean sourceSide) {
            List<Token> mine = words.get(mineId);
            boolean[] covered = new boolean[mine.size()];
            for (Passage passage : link.passages()) {
                // A rewrite's reworded passages are sentences the reuse stage paired one after the
                // other in both texts: paraphrase, even when a desk changed half their words. Only
                // for the rewriting side: the source's sentences are not thereby the rewrite's.
                if (!passage.reworded() || (link.relation() == Relation.REWRITE && !sourceSide)) {
                    mark(covered, mine, sourceSide ? passage.aStart() : passage.bStart(),
                            sourceSide ? passage.aEnd() : passage.bEnd());
                }
            }
            SameSaying.widenMostlyCovered(sentences.get(mineId), covered, MOSTLY_VERBATIM);
            SameSaying.markSaidBy(sentences.get(mineId), sentences.get(theirsId), SAYS_THE_SAME, covered);
            // What the other's headline says is not reporting of one's own either (a lede that
            // repeats the headline is often left out of the text, and kept by who copies it).
            SameSaying.markSaidBy(sentences.get(mineId), headlines.get(theirsId), SAYS_THE_SAME, covered);
            return covered;
        }
    }

    private static void or(boolean[] into, boolean[] flags) {
        for (int i = 0; i < into.length; i++) {
            into[i] |= flags[i];
        }
    }

    /**
     * The links an article keeps as its sources: the one that accounts for most of its words (ties:
     * a source that itself derives from nothing, then the earlier, then the smaller id), then any
     * other that accounts for enough words the kept ones do not.
     */
    private static List<ReuseLink> chooseSources(List<ReuseLink> candidates, Meaning meaning,
            Map<String, List<ReuseLink>> incoming, Map<String, Article> byId) {
        Map<ReuseLink, boolean[]> explained = new java.util.IdentityHashMap<>();
        for (ReuseLink link : candidates) {
            explained.put(link, meaning.explainedInDerived(link));
        }
        List<ReuseLink> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.<ReuseLink>comparingInt(link -> -count(explained.get(link)))
                .thenComparing(link -> incoming.containsKey(link.sourceId()))
                .thenComparing(link -> publishedKey(byId.get(link.sourceId())))
                .thenComparing(ReuseLink::sourceId));
        List<ReuseLink> kept = new ArrayList<>();
        boolean[] covered = new boolean[explained.get(ordered.get(0)).length];
        for (ReuseLink link : ordered) {
            boolean[] mine = explained.get(link);
            int added = 0;
            for (int i = 0; i < mine.length; i++) {
                if (mine[i] && !covered[i]) {
                    added++;
                }
            }
            // A further source whose direction nothing tells takes nothing from an article that has
            // a source already: the text they share may as well be the article's, taken by the other.
            if (kept.isEmpty() || (added >= FURTHER_SOURCE_WORDS && link.directionConfidence() > 0)) {
                kept.add(link);
                or(covered, mine);
            }
        }
        return kept;
    }

    private static String publishedKey(Article article) {
        return article.published() == null ? "~" : article.published().instant().toString();
    }

    /**
     * Wrong directions can close a loop (a derived from b derived from a): the loop's weakest
     * link, by direction confidence, is dropped until none is left, and the article it led to
     * chooses its sources again among its other links (a copy loop broken must not leave the copy
     * an origin when it also rewrites another). Deterministic.
     */
    private static void breakCycles(Map<String, List<ReuseLink>> sources, Map<String, List<ReuseLink>> incoming,
            Meaning meaning, Map<String, Article> byId) {
        Set<ReuseLink> dropped = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String start : new TreeMap<>(sources).keySet()) {
                List<ReuseLink> cycle = findCycle(start, sources, new ArrayList<>(), new HashSet<>());
                if (cycle != null) {
                    ReuseLink weakest = cycle.stream().min(Comparator.comparingDouble(ReuseLink::directionConfidence)
                            .thenComparing(ReuseLink::derivedId)).orElseThrow();
                    dropped.add(weakest);
                    List<ReuseLink> remaining = new ArrayList<>(incoming.get(weakest.derivedId()));
                    remaining.removeAll(dropped);
                    if (remaining.isEmpty()) {
                        sources.remove(weakest.derivedId());
                    } else {
                        sources.put(weakest.derivedId(), chooseSources(remaining, meaning, incoming, byId));
                    }
                    changed = true;
                    break;
                }
            }
        }
    }

    private static List<ReuseLink> findCycle(String id, Map<String, List<ReuseLink>> sources, List<ReuseLink> path,
            Set<String> onPath) {
        if (!onPath.add(id)) {
            for (int i = 0; i < path.size(); i++) {
                if (path.get(i).derivedId().equals(id)) {
                    return new ArrayList<>(path.subList(i, path.size()));
                }
            }
            return null; // reached again through another branch: not a loop through this path
        }
        for (ReuseLink link : sources.getOrDefault(id, List.of())) {
            path.add(link);
            List<ReuseLink> cycle = findCycle(link.sourceId(), sources, path, onPath);
            if (cycle != null) {
                return cycle;
            }
            path.remove(path.size() - 1);
        }
        onPath.remove(id);
        return null;
    }

    private static void mark(boolean[] covered, List<Token> words, int start, int end) {
        // Words are in text order: binary search for the first word ending after start.
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.get(mid).end() <= start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < words.size() && words.get(i).start() < end; i++) {
            covered[i] = true;
        }
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean flag : flags) {
            if (flag) {
                n++;
            }
        }
        return n;
    }

    private static boolean[] coverage(List<Token> words, List<int[]> spans) {
        boolean[] covered = new boolean[words.size()];
        for (int[] span : spans) {
            mark(covered, words, span[0], span[1]);
        }
        return covered;
    }

    /**
     * The runs of at least {@link #UNDERIVED_RUN_WORDS} words nothing explains, each cut where a
     * paragraph ends: an article's own reporting, paragraph by paragraph.
     */
    private static List<Span> reportingSpans(String text, List<Token> words, boolean[] explained) {
        List<Span> spans = new ArrayList<>();
        for (Span run : ownSpans(words, explained, UNDERIVED_RUN_WORDS)) {
            int first = -1;
            int count = 0;
            for (int i = 0; i < words.size(); i++) {
                Token word = words.get(i);
                if (word.start() < run.start() || word.end() > run.end()) {
                    continue;
                }
                if (first >= 0 && text.substring(words.get(i - 1).end(), word.start()).contains("\n\n")) {
                    spans.add(new Span(words.get(first).start(), words.get(i - 1).end(), count));
                    first = -1;
                }
                if (first < 0) {
                    first = i;
                    count = 0;
                }
                count++;
                if (word.end() == run.end()) {
                    spans.add(new Span(words.get(first).start(), word.end(), count));
                }
            }
        }
        return spans;
    }

    private static int ownWordCount(List<Token> words, List<int[]> spans) {
        return words.size() - count(coverage(words, spans));
    }

    /** Runs of at least {@code minWords} words outside every one of the spans. */
    private static List<Span> ownSpans(List<Token> words, List<int[]> spans, int minWords) {
        return ownSpans(words, coverage(words, spans), minWords);
    }

    /** Runs of at least {@code minWords} words not flagged in {@code covered}. */
    private static List<Span> ownSpans(List<Token> words, boolean[] covered, int minWords) {
        List<Span> own = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (covered[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < words.size() && !covered[i]) {
                i++;
            }
            if (i - start >= minWords) {
                own.add(new Span(words.get(start).start(), words.get(i - 1).end(), i - start));
            }
        }
        return own;
    }

    /**
     * The groups of articles connected by shared text, each in the order of {@code articleIds};
     * groups ordered by their first member. Articles in no link are groups of one. An article joins
     * the group of its main source: the one whose link (copy, partial or rewrite; a citation
     * attributes, it does not make two reports one) holds most of its text, an origin before an
     * article that took the same text from it ({@link #mainSource}). Its other sources may lie in other groups: an article
     * stitched from a paragraph of A and one of B joins one of them and does not chain A's group
     * to B's, so a group is one text and what was made from it, not every text some roundup quoted
     * beside it. A function of each article's links into it, so the groups of a part of the links
     * closed under "links of an article reached" are the groups of the whole.
     */
    public static List<List<String>> groups(List<String> articleIds, List<ReuseLink> links) {
        Map<String, String> parent = new HashMap<>();
        for (String id : articleIds) {
            parent.put(id, id);
        }
        Map<String, List<ReuseLink>> into = new HashMap<>();
        for (ReuseLink link : links) {
            if (link.relation() != Relation.CITES
                    && parent.containsKey(link.sourceId()) && parent.containsKey(link.derivedId())) {
                into.computeIfAbsent(link.derivedId(), k -> new ArrayList<>()).add(link);
            }
        }
        Map<String, ReuseLink> main = new HashMap<>();
        for (Map.Entry<String, List<ReuseLink>> entry : into.entrySet()) {
            main.put(entry.getKey(), mainSource(entry.getValue(), into.keySet()));
        }
        for (String id : articleIds) {
            ReuseLink link = main.get(id);
            if (link != null) {
                String x = root(parent, link.sourceId());
                String y = root(parent, link.derivedId());
                if (!x.equals(y)) {
                    parent.put(x, y);
                }
            }
        }
        Map<String, List<String>> byRoot = new LinkedHashMap<>();
        for (String id : articleIds) {
            byRoot.computeIfAbsent(root(parent, id), k -> new ArrayList<>()).add(id);
        }
        return new ArrayList<>(byRoot.values());
    }

    /**
     * Of the links into one article, the one whose source it is grouped with: of those holding
     * nearly the most of its text ({@link #MAIN_SOURCE_SHARE} of the most), one from an article
     * that derives from none (a text's origin rather than another article that took the same
     * paragraph from it), then the most text, the higher score, the smaller source id. Independent
     * of the links' order.
     */
    private static ReuseLink mainSource(List<ReuseLink> candidates, Set<String> derived) {
        Map<ReuseLink, Integer> held = new java.util.IdentityHashMap<>();
        int most = 0;
        for (ReuseLink link : candidates) {
            held.put(link, heldChars(link));
            most = Math.max(most, held.get(link));
        }
        int bar = (int) Math.ceil(MAIN_SOURCE_SHARE * most);
        return candidates.stream().filter(link -> held.get(link) >= bar)
                .min(Comparator.<ReuseLink, Boolean>comparing(link -> derived.contains(link.sourceId()))
                        .thenComparing(link -> -held.get(link))
                        .thenComparing(link -> -link.score())
                        .thenComparing(ReuseLink::sourceId))
                .orElseThrow();
    }

    /** How many characters of the derived article the link's passages hold, overlaps counted once. */
    private static int heldChars(ReuseLink link) {
        List<int[]> spans = new ArrayList<>();
        for (Passage passage : link.passages()) {
            spans.add(new int[] {passage.bStart(), passage.bEnd()});
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        int total = 0;
        int reached = Integer.MIN_VALUE;
        for (int[] span : spans) {
            int start = Math.max(span[0], reached);
            if (span[1] > start) {
                total += span[1] - start;
            }
            reached = Math.max(reached, span[1]);
        }
        return total;
    }

    private static String root(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String current = id;
        while (!current.equals(root)) {
            String next = parent.get(current);
            parent.put(current, root);
            current = next;
        }
        return root;
    }
}

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
 * they account for text the first does not. Origins are the articles that derive from no other;
 * the independent sources are the origins and the articles whose sources account for only part of
 * their text, leaving a substantial report of their own. Each article's original contributions
 * are the words found in no passage it shares with another article of the group. Stateless and
 * thread-safe.
 */
public final class Provenance {

    /** Text its sources do not account for counts as reporting of its own from this many words... */
    public static final int OWN_WORDS = 40;
    /** ...when it is also this share of the article. */
    public static final double OWN_SHARE = 0.25;
    /** ...or half of it, when its source is one it rewrites. */
    public static final double REWRITE_OWN_SHARE = 0.5;
    /**
     * Only runs of this many words count toward it: a rewrite leaves short sentences and scattered
     * edits unmatched, a report of one's own is paragraphs long.
     */
    static final int UNDERIVED_RUN_WORDS = 10;
    /** A further source is kept when it accounts for this many words the first source does not. */
    static final int FURTHER_SOURCE_WORDS = 25;

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
     */
    public record Node(String articleId, List<ReuseLink> sources, List<ReuseLink> citations, int words,
            int ownWords, List<Span> own, boolean origin, boolean independent) {

        public Node {
            Objects.requireNonNull(articleId, "articleId");
            sources = List.copyOf(sources);
            citations = List.copyOf(citations);
            own = List.copyOf(own);
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
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article article : articles) {
            byId.put(article.id(), article);
        }
        Map<String, List<ReuseLink>> incoming = new HashMap<>();
        Map<String, List<ReuseLink>> citing = new HashMap<>();
        Map<String, List<int[]>> sharedSpans = new HashMap<>(); // article id -> spans in other articles' passages
        for (ReuseLink link : links) {
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
        for (Article article : articles) {
            words.put(article.id(), Tokenizer.WORDS.tokens(article.text()));
        }
        Map<String, List<ReuseLink>> sources = new HashMap<>();
        for (Map.Entry<String, List<ReuseLink>> entry : incoming.entrySet()) {
            sources.put(entry.getKey(), chooseSources(entry.getValue(), words.get(entry.getKey()), incoming, byId));
        }
        breakCycles(sources, byId);
        List<Node> nodes = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (Article article : articles) {
            List<Token> articleWords = words.get(article.id());
            List<Span> own = ownSpans(articleWords, sharedSpans.getOrDefault(article.id(), List.of()), 8);
            int ownWords = ownWordCount(articleWords, sharedSpans.getOrDefault(article.id(), List.of()));
            List<ReuseLink> kept = sources.getOrDefault(article.id(), List.of());
            boolean origin = kept.isEmpty();
            // Independence asks whether its sources account for its text; that copies of it exist
            // elsewhere (its words found in other articles) takes nothing from it.
            int underived = underivedWords(articleWords, kept);
            // A copy is the other article whatever it adds; a rewrite must add more than it takes
            // (a rewriting desk adds context and reactions of its own); a partial, a quarter.
            boolean copied = kept.stream().anyMatch(link -> link.relation() == Relation.COPY);
            boolean rewritten = kept.stream().anyMatch(link -> link.relation() == Relation.REWRITE);
            double share = rewritten ? REWRITE_OWN_SHARE : OWN_SHARE;
            boolean independent = origin || (!copied
                    && underived >= OWN_WORDS && underived >= share * articleWords.size());
            if (origin) {
                origins.add(article.id());
            }
            nodes.add(new Node(article.id(), kept, citing.getOrDefault(article.id(), List.of()), articleWords.size(),
                    ownWords, own, origin, independent));
        }
        return new Graph(nodes, origins);
    }

    /**
     * The links an article keeps as its sources: the one whose passages account for most of its
     * words (ties: a source that itself derives from nothing, then the earlier, then the smaller
     * id), then any other that accounts for enough words the kept ones do not.
     */
    private static List<ReuseLink> chooseSources(List<ReuseLink> candidates, List<Token> derivedWords,
            Map<String, List<ReuseLink>> incoming, Map<String, Article> byId) {
        Map<ReuseLink, boolean[]> explained = new HashMap<>();
        for (ReuseLink link : candidates) {
            boolean[] covered = new boolean[derivedWords.size()];
            for (Passage passage : link.passages()) {
                mark(covered, derivedWords, passage.bStart(), passage.bEnd());
            }
            explained.put(link, covered);
        }
        List<ReuseLink> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.<ReuseLink>comparingInt(link -> -count(explained.get(link)))
                .thenComparing(link -> incoming.containsKey(link.sourceId()))
                .thenComparing(link -> publishedKey(byId.get(link.sourceId())))
                .thenComparing(ReuseLink::sourceId));
        List<ReuseLink> kept = new ArrayList<>();
        boolean[] covered = new boolean[derivedWords.size()];
        for (ReuseLink link : ordered) {
            boolean[] mine = explained.get(link);
            int added = 0;
            for (int i = 0; i < mine.length; i++) {
                if (mine[i] && !covered[i]) {
                    added++;
                }
            }
            if (kept.isEmpty() || added >= FURTHER_SOURCE_WORDS) {
                kept.add(link);
                for (int i = 0; i < mine.length; i++) {
                    covered[i] |= mine[i];
                }
            }
        }
        return kept;
    }

    private static String publishedKey(Article article) {
        return article.published() == null ? "~" : article.published().instant().toString();
    }

    /**
     * Wrong directions can close a loop (a derived from b derived from a): the loop's weakest
     * link, by direction confidence, is dropped until none is left. Deterministic.
     */
    private static void breakCycles(Map<String, List<ReuseLink>> sources, Map<String, Article> byId) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String start : new TreeMap<>(sources).keySet()) {
                List<ReuseLink> cycle = findCycle(start, sources, new ArrayList<>(), new HashSet<>());
                if (cycle != null) {
                    ReuseLink weakest = cycle.stream().min(Comparator.comparingDouble(ReuseLink::directionConfidence)
                            .thenComparing(ReuseLink::derivedId)).orElseThrow();
                    List<ReuseLink> remaining = new ArrayList<>(sources.get(weakest.derivedId()));
                    remaining.remove(weakest);
                    if (remaining.isEmpty()) {
                        sources.remove(weakest.derivedId());
                    } else {
                        sources.put(weakest.derivedId(), remaining);
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

    /** The words of an article its source links' passages do not account for. */
    private static int underivedWords(List<Token> words, List<ReuseLink> sources) {
        List<int[]> spans = new ArrayList<>();
        for (ReuseLink link : sources) {
            for (Passage passage : link.passages()) {
                spans.add(new int[] {passage.bStart(), passage.bEnd()});
            }
        }
        return ownSpans(words, spans, UNDERIVED_RUN_WORDS).stream().mapToInt(Span::words).sum();
    }

    private static int ownWordCount(List<Token> words, List<int[]> spans) {
        return words.size() - count(coverage(words, spans));
    }

    /** Runs of at least {@code minWords} words outside every one of the spans. */
    private static List<Span> ownSpans(List<Token> words, List<int[]> spans, int minWords) {
        boolean[] covered = coverage(words, spans);
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
     * The groups of articles connected by shared text (copy, partial and rewrite links; a citation
     * attributes, it does not make two reports one), each in the order of {@code articleIds};
     * groups ordered by their first member. Articles in no such link are groups of one.
     */
    public static List<List<String>> groups(List<String> articleIds, List<ReuseLink> links) {
        Map<String, String> parent = new HashMap<>();
        for (String id : articleIds) {
            parent.put(id, id);
        }
        for (ReuseLink link : links) {
            if (link.relation() != Relation.CITES
                    && parent.containsKey(link.sourceId()) && parent.containsKey(link.derivedId())) {
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

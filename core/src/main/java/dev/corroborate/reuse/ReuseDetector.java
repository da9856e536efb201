package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the pairs of articles that may derive from each other, as articles are added one by one
 * (earliest first): pairs that share text (MinHash signatures of 5-word shingles, LSH with 64
 * bands of 2 rows, so that excerpts meet the articles they come from), pairs that share most of
 * their content words (signatures of the set of words of four letters or more, 48 bands of 2
 * rows: rewrites keep the words and lose the phrases), pairs that share two winnowed fingerprints
 * (an excerpt of a few sentences, too small a part of a long article for any band to match), and
 * pairs where one article names another's
 * outlet or agency (candidates for {@code cites}; the names of all articles are registered first,
 * so a mention is found whichever article comes first). Holds two signatures and a few names per
 * article, never their texts. Not thread-safe; deterministic.
 */
public final class ReuseDetector {

    static final int SHINGLE_WORDS = 5;

    private final MinHash minHash = new MinHash(128, 42);
    private final LshIndex index = new LshIndex(64, 2);
    private final MinHash wordHash = new MinHash(96, 43);
    private final LshIndex wordIndex = new LshIndex(48, 2);
    private final FingerprintIndex excerptIndex = new FingerprintIndex(100, 2);
    private final PairClassifier classifier;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, List<String>> byName = new HashMap<>();

    public ReuseDetector(PairClassifier classifier) {
        this.classifier = classifier;
    }

    public ReuseDetector() {
        this(new PairClassifier());
    }

    /** First pass: makes an article's outlet and agency known, so that texts naming them find it. */
    public void registerNames(Article article) {
        for (String name : new String[] {article.outlet(), article.agency()}) {
            if (name != null && name.strip().length() >= 3) {
                List<String> members = byName.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                if (!members.contains(article.id())) {
                    members.add(article.id());
                }
            }
        }
    }

    /**
     * Second pass: adds an article; returns the ids it should be compared with: earlier articles
     * that share text or words with it, and any registered article whose outlet or agency it names.
     * A pair may come back from both sides; callers compare each pair once.
     */
    public List<String> add(Article article) {
        List<Words.Word> words = Words.of(article.text());
        long[] shingles = Shingles.of(words, SHINGLE_WORDS);
        long[] signature = minHash.signature(Shingles.distinct(shingles));
        long[] wordSignature = wordHash.signature(contentWords(words));
        long[] fingerprints = FingerprintIndex.fingerprints(shingles);
        Set<String> candidates = new LinkedHashSet<>();
        for (int candidate : index.candidates(signature)) {
            candidates.add(ids.get(candidate));
        }
        for (int candidate : wordIndex.candidates(wordSignature)) {
            candidates.add(ids.get(candidate));
        }
        for (int candidate : excerptIndex.candidates(fingerprints)) {
            candidates.add(ids.get(candidate));
        }
        String folded = article.text().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> entry : byName.entrySet()) {
            if (folded.contains(entry.getKey())) {
                candidates.addAll(entry.getValue());
            }
        }
        index.add(signature);
        wordIndex.add(wordSignature);
        excerptIndex.add(fingerprints);
        ids.add(article.id());
        candidates.remove(article.id());
        return new ArrayList<>(candidates);
    }

    /** Hashes of the distinct words of four letters or more: what a rewrite keeps. */
    private static long[] contentWords(List<Words.Word> words) {
        long[] hashes = new long[words.size()];
        int count = 0;
        for (Words.Word word : words) {
            if (word.folded().length() >= 4) {
                hashes[count++] = Shingles.mix(Shingles.fnv(word.folded()));
            }
        }
        return Shingles.distinct(java.util.Arrays.copyOf(hashes, count));
    }

    /** The articles a reuse run covers: walked in a stable order (earliest first), and found by id. */
    public interface Corpus {
        void forEach(Consumer<Article> action);

        /** The article with this id; it must be one {@link #forEach} gives. */
        Article require(String id);
    }

    /**
     * Every reuse link among the articles of {@code corpus}: names registered in a first walk, then
     * each article compared with the candidates the indexes propose, each pair once. Holds the
     * signatures, never all texts; looks texts up by id.
     */
    public static List<ReuseLink> findLinks(Corpus corpus) {
        ReuseDetector detector = new ReuseDetector();
        corpus.forEach(detector::registerNames);
        List<ReuseLink> links = new ArrayList<>();
        Map<ReuseLink, String> sourceOutlets = new java.util.IdentityHashMap<>();
        Set<String> compared = new java.util.HashSet<>();
        corpus.forEach(article -> {
            for (String otherId : detector.add(article)) {
                String pair = article.id().compareTo(otherId) < 0
                        ? article.id() + "\u0000" + otherId : otherId + "\u0000" + article.id();
                if (compared.add(pair)) {
                    Article other = corpus.require(otherId);
                    detector.classify(other, article).ifPresent(link -> {
                        links.add(link);
                        Article source = link.sourceId().equals(other.id()) ? other : article;
                        sourceOutlets.put(link, String.valueOf(source.outlet()).toLowerCase(Locale.ROOT));
                    });
                }
            }
        });
        return closestCitations(links, sourceOutlets);
    }

    /**
     * Of the {@code cites} links from one citing article to articles of the same outlet, only the
     * one on the closest subject, and none when the citing article already reuses text of an
     * article of that outlet: "according to X" names one article of X, not all of them.
     */
    static List<ReuseLink> closestCitations(List<ReuseLink> links, Map<ReuseLink, String> sourceOutlets) {
        Map<String, ReuseLink> best = new HashMap<>();
        Set<String> reused = new java.util.HashSet<>();
        for (ReuseLink link : links) {
            String key = link.derivedId() + "\u0000" + sourceOutlets.get(link);
            if (link.relation() != Relation.CITES) {
                reused.add(key);
                continue;
            }
            ReuseLink current = best.get(key);
            if (current == null || link.score() > current.score()
                    || (link.score() == current.score() && link.sourceId().compareTo(current.sourceId()) < 0)) {
                best.put(key, link);
            }
        }
        List<ReuseLink> kept = new ArrayList<>();
        for (ReuseLink link : links) {
            String key = link.derivedId() + "\u0000" + sourceOutlets.get(link);
            if (link.relation() != Relation.CITES || (best.get(key) == link && !reused.contains(key))) {
                kept.add(link);
            }
        }
        return kept;
    }

    /** The derivation between two articles, if any. */
    public Optional<ReuseLink> classify(Article a, Article b) {
        return classifier.classify(a, b);
    }

    /** How many articles were added. */
    public int size() {
        return ids.size();
    }
}

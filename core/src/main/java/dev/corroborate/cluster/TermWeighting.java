package dev.corroborate.cluster;

import dev.corroborate.cluster.StoryClusterer.Settings;
import dev.corroborate.model.Article;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Turns articles into TF-IDF vectors: counts each article's {@link EventFeatures} into the document
 * frequencies (once per article: {@link #prime} may count a whole run's articles before any is
 * placed), and weighs counts by sublinear term frequency times the inverse document frequency so
 * far, smoothed by {@link Settings#backgroundDocuments()} and raised by {@link Settings#idfFloor()}.
 * Also remembers how each name was written, for reasons and key names. Not thread-safe.
 */
final class TermWeighting {

    private final Settings settings;
    private final EventFeatures features;
    private int documents;
    /** Articles whose features {@link #prime} already counted; each is counted once. */
    private final Set<String> primed = new HashSet<>();
    /**
     * Raised whenever the document frequencies change: an article's {@link Weighed} vector made under
     * another version is made again ({@link #weighed}).
     */
    private int version;
    /** How each name was written, by its feature ({@code N:mcdonald} as "McDonald"). */
    private final Map<String, String> nameForms = new HashMap<>();

    /**
     * One entry per distinct feature, the clustering's: the keys of every {@link Weighed} vector, and
     * each feature's document frequency ({@link FeatureTable#documents}).
     */
    private final FeatureTable dictionary;

    TermWeighting(Settings settings, EventFeatures features, FeatureTable dictionary) {
        this.settings = settings;
        this.features = features;
        this.dictionary = dictionary;
    }

    /**
     * Counts the document frequencies of a whole run's articles before any is placed, so the first
     * articles are weighed against the whole collection rather than the handful seen before them.
     */
    void prime(Article article) {
        if (primed.add(article.id())) {
            version++;
            documents++;
            for (String term : features.of(article).keySet()) {
                dictionary.addDocuments(dictionary.number(term), 1);
            }
        }
    }

    /**
     * Counts the document frequencies an earlier run kept: {@code documents} articles, each feature
     * in {@code frequencies} of them. Those articles are then restored ({@link #countKept}), not primed.
     */
    void primeKept(int documents, Map<String, Integer> frequencies) {
        version++;
        this.documents += documents;
        frequencies.forEach((term, n) -> dictionary.addDocuments(dictionary.number(term), n));
    }

    /**
     * Adds the frequencies of features {@link #primeKept} left out, from the same counts: for a run
     * that reads the kept frequencies of only the features it weighs, before it weighs an article
     * holding them. Vectors weighed before stay valid (they hold none of these features), so the
     * version is not raised.
     */
    void primeKeptTerms(Map<String, Integer> frequencies) {
        frequencies.forEach((term, n) -> dictionary.setDocuments(dictionary.number(term), n));
    }

    /** How many articles the document frequencies count. */
    int documents() {
        return documents;
    }

    /** In how many articles {@code term} is. */
    int documentFrequency(String term) {
        int feature = dictionary.find(term);
        return feature == FeatureTable.ABSENT ? 0 : dictionary.documents(feature);
    }

    /**
     * What counting a kept article's features in did to the names' forms, done again; its document
     * frequencies were counted with the others kept ({@link #primeKept}).
     */
    void countKept(KeptArticle kept) {
        kept.forEachNote(this::noteForm);
    }

    /** One note of how an article wrote a name ({@code form} {@code null} for plainly), as counting it in makes. */
    void noteForm(String nameFeature, String form) {
        EventFeatures.noteForm(nameForms, nameFeature, form);
    }

    /** Counts the article's features into the document frequencies (unless {@link #prime} did) and returns them. */
    Map<String, Double> count(Article article) {
        return count(article, null);
    }

    /**
     * {@link #count(Article)}, telling {@code seen} how the article wrote each name each time
     * ({@link EventFeatures#of(Article, Map, Map)}).
     */
    Map<String, Double> count(Article article, Map<String, List<String>> seen) {
        return count(article, seen, null);
    }

    /** {@link #count(Article, Map)}, adding the article's lead details to {@code identity} ({@link EventFeatures#leadIdentity}). */
    Map<String, Double> count(Article article, Map<String, List<String>> seen, Set<String> identity) {
        Map<String, Double> counts = features.of(article, nameForms, seen, identity);
        if (primed.remove(article.id())) {
            return counts;
        }
        version++;
        documents++;
        for (String term : counts.keySet()) {
            dictionary.addDocuments(dictionary.number(term), 1);
        }
        return counts;
    }

    /** TF-IDF, unit length: sublinear term frequency times the inverse document frequency so far. */
    Map<String, Double> weigh(Map<String, Double> counts) {
        return weigh(settings, counts, this::documentFrequency, documents);
    }

    /**
     * The article's vector under the document frequencies as they are ({@link #weigh(Map)}, held as a
     * {@link Weighed}): the one {@link #prepare} made, if the frequencies have not changed since.
     */
    Weighed weighed(KeptArticle kept) {
        Weighed held = kept.weighed;
        if (held != null && kept.weighedAt == version) {
            return held;
        }
        return Weighed.of(weigh(kept.counts), dictionary, settings.indexedTermsPerEvent());
    }

    /**
     * Makes the article's {@link #weighed} vector ahead of its turn and holds it on the article until
     * it is placed or restored ({@link KeptArticle#release}). Only reads this weighting, so it may run
     * on several threads at once for different articles while nothing changes the frequencies
     * ({@link StoryClusterer#prepare}).
     */
    void prepare(KeptArticle kept) {
        int at = version;
        kept.weighed = Weighed.of(weigh(kept.counts), dictionary, settings.indexedTermsPerEvent());
        kept.weighedAt = at;
    }

    /**
     * {@link #weigh(Map)} against given document frequencies over {@code documents} articles: how a
     * run that counted them elsewhere ({@link StorylineReplay}) weighs an article as this would once
     * it had primed the same articles.
     */
    static Map<String, Double> weigh(Settings settings, Map<String, Double> counts,
                                     ToIntFunction<String> documentFrequency, long documents) {
        Map<String, Double> vector = new HashMap<>();
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            double tf = e.getValue() >= 1 ? 1 + Math.log(e.getValue()) : e.getValue();
            double idf = Math.log((documents + 1.0 + settings.backgroundDocuments())
                    / (documentFrequency.applyAsInt(e.getKey()) + 1.0)) + settings.idfFloor();
            if (idf > 0) {
                vector.put(e.getKey(), tf * idf);
            }
        }
        return SparseVectors.normalize(vector);
    }

    /** A name feature as the articles wrote it: "McDonald" for {@code N:mcdonald}, else capitalised. */
    String display(String nameFeature) {
        String form = nameForms.get(nameFeature);
        if (form != null) {
            return form;
        }
        String name = nameFeature.substring(2);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

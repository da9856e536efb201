package dev.corroborate.cluster;

import dev.corroborate.cluster.StoryClusterer.Settings;
import dev.corroborate.model.Article;
import dev.corroborate.model.PublishedTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The storyline step of {@link StoryClusterer} replayed over events formed apart from one another
 * (the Spark job's time windows, where no task sees the months a storyline runs over). The articles
 * come one at a time in feed order ({@link StoryClusterer#FEED_ORDER}), each with the event it ended
 * in; the first article of an event founds it, and the event joins the storyline closest to that
 * article's vector among the storylines of the events the index proposes ({@link CandidateIndex}),
 * if that reaches {@link Settings#storyThreshold()} and the storyline's last article lies within
 * {@link Settings#storyWindowDays()}; otherwise it starts one, with the id the clusterer would give
 * it. Every article then adds its vector to its event's and storyline's sums and the event is
 * indexed under its centroid's strongest features, as the clusterer does. Vectors are TF-IDF over
 * the whole run's document frequencies ({@link #vector}), as a clusterer that primed the run.
 *
 * <p>Not the clusterer's result exactly: the events are the final ones (the clusterer decides with
 * the events as they stood, before consolidation and refinement), the events of partially reused
 * articles are not added to the candidates, and two storylines are never joined afterwards, as
 * consolidation joins those of an event told as following another. Holds, per storyline, its sum
 * and span, and per event still receiving articles its sum: no article. Not thread-safe;
 * {@link #features} and {@link #vector} may be called from any thread.
 */
public final class StorylineReplay {

    private final Settings settings;
    private final EventFeatures features;
    private final FeatureTable dictionary = new FeatureTable();
    private final CandidateIndex index;
    /** Each event's storyline id, by event id, in the order the events were founded. */
    private final Map<String, String> storyOf = new LinkedHashMap<>();
    private final Map<String, StoryState> stories = new HashMap<>();
    /** By event number (the order of founding): its storyline. */
    private final java.util.List<StoryState> storyOfNumber = new java.util.ArrayList<>();
    /** Events still receiving articles: their number, sum, features indexed and articles yet to come. */
    private final Map<String, Growing> growing = new HashMap<>();

    private static final class Growing {
        final int number;
        int remaining;
        Map<String, Double> sum = CompactVector.EMPTY;
        final Set<String> indexed = new HashSet<>();

        Growing(int number, int remaining) {
            this.number = number;
            this.remaining = remaining;
        }
    }

    public StorylineReplay() {
        this(Settings.DEFAULTS);
    }

    public StorylineReplay(Settings settings) {
        this.settings = settings;
        this.features = new EventFeatures(settings);
        this.index = new CandidateIndex(settings, dictionary);
    }

    /** The article's features with their raw counts, as the clusterer counts them (its document-frequency terms). */
    public Map<String, Double> features(Article article) {
        return features.of(article);
    }

    /**
     * The article's unit TF-IDF vector against document frequencies counted over {@code documents}
     * articles: the clusterer's vector for it once a run has primed the same articles.
     */
    public Map<String, Double> vector(Article article, Map<String, Integer> documentFrequency, long documents) {
        return new HashMap<>(TermWeighting.weigh(settings, features.of(article),
                term -> documentFrequency.getOrDefault(term, 0), documents));
    }

    /**
     * Adds the next article in feed order: {@code vector} from {@link #vector}, {@code eventId} the
     * event it ended in, {@code eventSize} how many articles that event has (so that its sum is
     * dropped once the last has come).
     */
    public void add(String eventId, int eventSize, PublishedTime published, Map<String, Double> vector) {
        Map<String, Double> compact = CompactVector.of(vector, dictionary);
        Growing event = growing.get(eventId);
        StoryState story;
        if (event == null && !storyOf.containsKey(eventId)) {
            story = storyFor(eventId, compact, published == null ? null : published.instant());
            event = new Growing(storyOfNumber.size(), eventSize);
            storyOfNumber.add(story);
            growing.put(eventId, event);
        } else if (event == null) {
            throw new IllegalArgumentException("event " + eventId + " was given more articles than its size");
        } else {
            story = stories.get(storyOf.get(eventId));
        }
        event.sum = added(event.sum, compact);
        Map<String, Double> centroid = SparseVectors.normalize(event.sum);
        for (Map.Entry<String, Double> feature : SparseVectors.strongest(centroid, settings.indexedTermsPerEvent())) {
            if (event.indexed.add(feature.getKey())) {
                index.post(feature.getKey(), event.number);
            }
        }
        if (--event.remaining <= 0) {
            growing.remove(eventId);
        }
        story.sum = added(story.sum, compact);
        story.centroid = null;
        story.span.widen(published);
    }

    /** Each event's storyline id, by event id (an unordered copy). */
    public Map<String, String> storylines() {
        return Map.copyOf(storyOf);
    }

    private StoryState storyFor(String eventId, Map<String, Double> vector, Instant at) {
        Set<StoryState> candidates = new LinkedHashSet<>();
        index.shortlist(vector).forEach(number -> candidates.add(storyOfNumber.get(number)));
        StoryState best = null;
        double bestScore = 0;
        for (StoryState story : candidates) {
            if (story.span.daysFromLast(at) > settings.storyWindowDays()) {
                continue;
            }
            if (story.centroid == null) {
                story.centroid = CompactVector.of(SparseVectors.normalize(story.sum), dictionary);
            }
            double score = SparseVectors.dot(vector, story.centroid);
            if (score > bestScore) {
                best = story;
                bestScore = score;
            }
        }
        if (best == null || bestScore < settings.storyThreshold()) {
            best = new StoryState(stories.size(), ClusterState.id("st-", eventId));
            stories.put(best.id, best);
        }
        storyOf.put(eventId, best.id);
        return best;
    }

    private Map<String, Double> added(Map<String, Double> sum, Map<String, Double> vector) {
        Map<String, Double> total = new HashMap<>(sum);
        vector.forEach((k, v) -> total.merge(k, v, Double::sum));
        return CompactVector.of(SparseVectors.truncate(total, settings.centroidTerms()), dictionary);
    }
}

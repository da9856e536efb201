package dev.corroborate.cluster;

import dev.corroborate.cluster.StoryClusterer.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The inverted index of events' strongest features: each feature lists the numbers of the events it
 * was among the {@link Settings#indexedTermsPerEvent()} strongest of, oldest first. Candidates for an
 * article or an event come from here, never from a scan of all events. A feature listed for more
 * than {@link Settings#maxPostings()} events is too common to tell events apart and proposes none.
 * Not thread-safe: the search reuses its work arrays from call to call.
 */
final class CandidateIndex {

    /** Receives each event a search touched, with the weight it shares. */
    @FunctionalInterface
    interface Overlaps {
        void accept(int event, float weight);
    }

    private final Settings settings;
    /** The features, shared with the centroids that hold them; each holds its listing ({@link FeatureTable.Feature#events}). */
    private final FeatureTable dictionary;
    /** How many listings were made, all features together: the clock {@link #postedSince} reads. */
    private long clock;
    /** Work arrays of the search, reused from call to call: the weight each event shares, and which events. */
    private float[] overlap = new float[1024];
    private int[] touchedEvents = new int[1024];

    CandidateIndex(Settings settings, FeatureTable dictionary) {
        this.settings = settings;
        this.dictionary = dictionary;
    }

    /** Lists {@code event} under {@code term}; a term listed for more than {@code maxPostings} events stops proposing any. */
    void post(String term, int event) {
        post(dictionary.feature(term), event);
    }

    /** {@link #post(String, int)} under a feature of this index's table. */
    void post(FeatureTable.Feature feature, int event) {
        if (event >= overlap.length) {
            overlap = Arrays.copyOf(overlap, Math.max(event + 1, overlap.length * 2));
        }
        feature.lastListed = ++clock;
        if (feature.listed >= settings.maxPostings()) {
            feature.listed++;
            feature.events = null; // too common: proposes nothing from now on
            return;
        }
        if (feature.events == null) {
            feature.events = new int[4];
        } else if (feature.listed == feature.events.length) {
            feature.events = Arrays.copyOf(feature.events, feature.listed * 2);
        }
        feature.events[feature.listed++] = event;
    }

    /** The listing clock: how many listings were made so far. */
    long clock() {
        return clock;
    }

    /**
     * Whether any of the features a shortlist of {@code vector} reads ({@link #shortlist}) was listed
     * under after {@code since} ({@link #clock}): if none was, its shortlist is what it was then.
     */
    boolean postedSince(Map<String, Double> vector, long since) {
        if (clock == since) {
            return false;
        }
        for (Map.Entry<String, Double> feature : SparseVectors.strongest(vector, settings.indexedTermsPerEvent())) {
            FeatureTable.Feature listing = dictionary.find(feature.getKey());
            if (listing != null && listing.lastListed > since) {
                return true;
            }
        }
        return false;
    }

    /**
     * The candidates for {@code vector}: the events that share its strongest features, best first
     * by the weight they share (ties by number), at most {@link Settings#candidates()}.
     */
    List<Integer> shortlist(Map<String, Double> vector) {
        // The best few kept in order as the touched events go by (thousands for a common feature in a
        // large archive), not every touched event boxed and sorted: the same events in the same order.
        int limit = settings.candidates();
        int[] numbers = new int[limit];
        float[] weights = new float[limit];
        int[] kept = {0};
        gather(SparseVectors.strongest(vector, settings.indexedTermsPerEvent()), (number, weight) -> {
            int size = kept[0];
            if (size == limit && !before(number, weight, numbers[size - 1], weights[size - 1])) {
                return;
            }
            int at = size == limit ? size - 1 : size;
            while (at > 0 && before(number, weight, numbers[at - 1], weights[at - 1])) {
                numbers[at] = numbers[at - 1];
                weights[at] = weights[at - 1];
                at--;
            }
            numbers[at] = number;
            weights[at] = weight;
            kept[0] = Math.min(size + 1, limit);
        });
        List<Integer> best = new ArrayList<>(kept[0]);
        for (int i = 0; i < kept[0]; i++) {
            best.add(numbers[i]);
        }
        return best;
    }

    /** Whether an event sharing {@code weight} comes before one sharing {@code otherWeight}: more shared first, then the lower number. */
    private static boolean before(int number, float weight, int otherNumber, float otherWeight) {
        int byWeight = Float.compare(weight, otherWeight);
        return byWeight > 0 || (byWeight == 0 && number < otherNumber);
    }

    /**
     * Adds each feature's weight to every event its list names, then hands each event touched to
     * {@code out} with its sum, in the order they were first touched. Each list is read newest first,
     * at most {@link Settings#maxCollected()} entries; a feature listed for more than
     * {@link Settings#maxPostings()} events is skipped.
     */
    void gather(Iterable<Map.Entry<String, Double>> features, Overlaps out) {
        int touchedCount = 0;
        for (Map.Entry<String, Double> feature : features) {
            FeatureTable.Feature listing = dictionary.find(feature.getKey());
            if (listing == null || listing.listed == 0 || listing.listed > settings.maxPostings()) {
                continue;
            }
            int[] list = listing.events;
            int count = listing.listed;
            float weight = feature.getValue().floatValue();
            for (int k = count - 1; k >= 0 && k >= count - settings.maxCollected(); k--) {
                int number = list[k];
                if (overlap[number] == 0) {
                    if (touchedCount == touchedEvents.length) {
                        touchedEvents = Arrays.copyOf(touchedEvents, touchedCount * 2);
                    }
                    touchedEvents[touchedCount++] = number;
                }
                overlap[number] += weight;
            }
        }
        for (int k = 0; k < touchedCount; k++) {
            int number = touchedEvents[k];
            float weight = overlap[number];
            overlap[number] = 0;
            out.accept(number, weight);
        }
    }
}

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
    /** The features, shared with the centroids that hold them: their listings are kept here by their numbers. */
    private final FeatureTable dictionary;
    /**
     * By feature number, in pages of {@link #PAGE} made at a feature's first listing: how many events were
     * listed under it, the clock at its last listing, the event of a feature listed once (most are, the
     * names and numbers of one happening), and the events of one listed more often, oldest first
     * ({@code null} once too common). Arrays, not an object a feature: at a million articles millions
     * of features are listed.
     */
    private int[][] listed = new int[8][];
    private long[][] lastListed = new long[8][];
    private int[][] only = new int[8][];
    private int[][][] events = new int[8][][];
    private static final int PAGE_BITS = 14;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int IN_PAGE = PAGE - 1;
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
        post(dictionary.number(term), event);
    }

    /** {@link #post(String, int)} under the feature numbered {@code feature} in this index's table. */
    void post(int feature, int event) {
        if (event >= overlap.length) {
            overlap = Arrays.copyOf(overlap, Math.max(event + 1, overlap.length * 2));
        }
        int page = feature >>> PAGE_BITS;
        int at = feature & IN_PAGE;
        if (page >= listed.length) {
            int pages = Math.max(page + 1, listed.length * 2);
            listed = Arrays.copyOf(listed, pages);
            lastListed = Arrays.copyOf(lastListed, pages);
            only = Arrays.copyOf(only, pages);
            events = Arrays.copyOf(events, pages);
        }
        if (listed[page] == null) {
            listed[page] = new int[PAGE];
            lastListed[page] = new long[PAGE];
            only[page] = new int[PAGE];
            events[page] = new int[PAGE][];
        }
        lastListed[page][at] = ++clock;
        int count = listed[page][at];
        if (count >= settings.maxPostings()) {
            listed[page][at] = count + 1;
            events[page][at] = null; // too common: proposes nothing from now on
            return;
        }
        if (count == 0) {
            only[page][at] = event;
        } else {
            int[] list = events[page][at];
            if (list == null) {
                list = new int[4];
                list[0] = only[page][at];
            } else if (count == list.length) {
                list = Arrays.copyOf(list, count * 2);
            }
            list[count] = event;
            events[page][at] = list;
        }
        listed[page][at] = count + 1;
    }

    /** How many events were listed under the feature numbered {@code feature} (counting on once it is too common). */
    private int listedCount(int feature) {
        int page = feature >>> PAGE_BITS;
        return page < listed.length && listed[page] != null ? listed[page][feature & IN_PAGE] : 0;
    }

    /** The listing clock: how many listings were made so far. */
    long clock() {
        return clock;
    }

    /**
     * A vector's strongest features as the index reads them ({@link SparseVectors#strongest}'s order):
     * their numbers in the index's table ({@link FeatureTable#ABSENT} for one never numbered) and
     * their weights as floats. Found once for a look that asks both {@link #postedSince} and
     * {@link #shortlist(Strongest)}.
     */
    record Strongest(int[] features, float[] weights) {

        /** Features already numbered in the index's table, each of weight 1 (consolidation counts shared features). */
        static Strongest counted(int[] features) {
            float[] weights = new float[features.length];
            java.util.Arrays.fill(weights, 1f);
            return new Strongest(features, weights);
        }

        /** The {@code limit} strongest features of {@code vector}, whose keys' numbers by position are {@code numbers}. */
        static Strongest of(PlacedVector vector, int[] numbers, int limit) {
            int[] positions = SparseVectors.strongestPositions(vector, limit);
            int[] features = new int[positions.length];
            float[] weights = new float[positions.length];
            for (int k = 0; k < positions.length; k++) {
                features[k] = numbers[positions[k]];
                weights[k] = (float) vector.weightAt(positions[k]);
            }
            return new Strongest(features, weights);
        }
    }

    /**
     * {@code vector}'s strongest features; a placed vector that kept its features' numbers in this
     * index's table (read back from where it was set aside, {@link PlacedShelf}) is not looked up there again.
     */
    Strongest strongest(Map<String, Double> vector) {
        int limit = settings.indexedTermsPerEvent();
        if (vector instanceof PlacedVector placed && placed.numbersIn(dictionary) != null) {
            return Strongest.of(placed, placed.numbersIn(dictionary), limit);
        }
        return found(SparseVectors.strongest(vector, limit));
    }

    /** {@code features} as the index reads them: each looked up in its table, its weight a float. */
    private Strongest found(List<Map.Entry<String, Double>> features) {
        int[] numbers = new int[features.size()];
        float[] weights = new float[numbers.length];
        for (int k = 0; k < numbers.length; k++) {
            numbers[k] = dictionary.find(features.get(k).getKey());
            weights[k] = features.get(k).getValue().floatValue();
        }
        return new Strongest(numbers, weights);
    }

    /**
     * Whether any of a vector's {@link #strongest} features, those its shortlist reads ({@link #shortlist}),
     * was listed under after {@code since} ({@link #clock}): if none was, its shortlist is what it was then.
     */
    boolean postedSince(Strongest strongest, long since) {
        if (clock == since) {
            return false;
        }
        for (int number : strongest.features()) {
            if (number != FeatureTable.ABSENT && listedCount(number) > 0
                    && lastListed[number >>> PAGE_BITS][number & IN_PAGE] > since) {
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
        return shortlist(strongest(vector));
    }

    /**
     * {@link #shortlist(Map)} of the article's vector, from the strongest features its weighing chose
     * and numbered ahead ({@link Weighed#strongest}): the same events in the same order.
     */
    List<Integer> shortlist(Weighed weighed) {
        return shortlist(weighed.strongest);
    }

    /** {@link #shortlist(Map)} of a vector's {@link #strongest} features. */
    List<Integer> shortlist(Strongest strongest) {
        int[] features = strongest.features();
        float[] featureWeights = strongest.weights();
        // The best few kept in order as the touched events go by (thousands for a common feature in a
        // large archive), not every touched event boxed and sorted: the same events in the same order.
        int limit = settings.candidates();
        int[] numbers = new int[limit];
        float[] weights = new float[limit];
        int[] kept = {0};
        gather(features, featureWeights, (number, weight) -> {
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
    void gather(Strongest features, Overlaps out) {
        gather(features.features(), features.weights(), out);
    }

    /** {@link #gather(Strongest, Overlaps)} of the features numbered {@code features} (or {@link FeatureTable#ABSENT}), with their weights. */
    private void gather(int[] features, float[] weights, Overlaps out) {
        int touchedCount = 0;
        for (int f = 0; f < features.length; f++) {
            int listing = features[f];
            int count = listing == FeatureTable.ABSENT ? 0 : listedCount(listing);
            if (count == 0 || count > settings.maxPostings()) {
                continue;
            }
            int[] list = count == 1 ? null : events[listing >>> PAGE_BITS][listing & IN_PAGE];
            int single = only[listing >>> PAGE_BITS][listing & IN_PAGE];
            float weight = weights[f];
            for (int k = count - 1; k >= 0 && k >= count - settings.maxCollected(); k--) {
                int number = list == null ? single : list[k];
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

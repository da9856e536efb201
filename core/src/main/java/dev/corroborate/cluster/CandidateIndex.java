package dev.corroborate.cluster;

import dev.corroborate.cluster.StoryClusterer.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
    /** One string per distinct feature, shared with the centroids that hold it. */
    private final Map<String, String> dictionary;
    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<String, Integer> postingCounts = new HashMap<>();
    /** Work arrays of the search, reused from call to call: the weight each event shares, and which events. */
    private float[] overlap = new float[1024];
    private int[] touchedEvents = new int[1024];

    CandidateIndex(Settings settings, Map<String, String> dictionary) {
        this.settings = settings;
        this.dictionary = dictionary;
    }

    /** Lists {@code event} under {@code term}; a term listed for more than {@code maxPostings} events stops proposing any. */
    void post(String term, int event) {
        if (event >= overlap.length) {
            overlap = Arrays.copyOf(overlap, Math.max(event + 1, overlap.length * 2));
        }
        int count = postingCounts.getOrDefault(term, 0);
        if (count >= settings.maxPostings()) {
            postingCounts.put(term, count + 1);
            return;
        }
        int[] list = postings.get(term);
        if (list == null) {
            list = new int[4];
        } else if (count == list.length) {
            list = Arrays.copyOf(list, count * 2);
        }
        list[count] = event;
        postings.put(dictionary.computeIfAbsent(term, k -> k), list);
        postingCounts.put(dictionary.computeIfAbsent(term, k -> k), count + 1);
    }

    /**
     * The candidates for {@code vector}: the events that share its strongest features, best first
     * by the weight they share (ties by number), at most {@link Settings#candidates()}.
     */
    List<Integer> shortlist(Map<String, Double> vector) {
        List<Map.Entry<Integer, Double>> shortlist = new ArrayList<>();
        gather(SparseVectors.strongest(vector, settings.indexedTermsPerEvent()),
                (number, weight) -> shortlist.add(Map.entry(number, (double) weight)));
        shortlist.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        List<Map.Entry<Integer, Double>> kept = shortlist.size() > settings.candidates()
                ? shortlist.subList(0, settings.candidates()) : shortlist;
        List<Integer> numbers = new ArrayList<>(kept.size());
        kept.forEach(e -> numbers.add(e.getKey()));
        return numbers;
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
            int[] list = postings.get(feature.getKey());
            if (list == null) {
                continue;
            }
            int count = postingCounts.get(feature.getKey());
            if (count > settings.maxPostings()) {
                continue;
            }
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

package dev.corroborate.cluster;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clustering's features, one {@link Feature} each: the one string every vector, sum, lead count and
 * index listing holds for it, its number, in how many articles it is (the document frequency
 * {@link TermWeighting} counts) and the events {@link CandidateIndex} lists under it. One entry a
 * feature where there were four maps (a dictionary of shared strings, the frequencies, the index's
 * listings, the set-aside articles' numbering), two of them with strings of their own: at a million
 * articles of their own names and numbers, the features are millions, and those maps were a quarter
 * of the story step's heap.
 *
 * <p>{@link #intern}, {@link #feature} and {@link #find} may be called from any thread (articles are
 * weighed ahead on other threads, {@link StoryClusterer#prepare}); a feature's counts and listing are
 * read and changed by the clustering's thread, and read by the threads weighing ahead only while it
 * changes no count.
 */
final class FeatureTable {

    /** One feature: its string, its number (in the order features first came) and what the clustering counts of it. */
    static final class Feature {
        final String key;
        final int number;
        /** In how many of the articles counted it is. */
        int documents;
        /** The events listed under it, oldest first ({@code null} once too common, or before the first). */
        int[] events;
        /** How many events were listed under it (more than {@link #events} holds once too common). */
        int listed;
        /** The index's clock when an event was last listed under it. */
        long lastListed;

        private Feature(String key, int number) {
            this.key = key;
            this.number = number;
        }
    }

    private final ConcurrentHashMap<String, Feature> byKey = new ConcurrentHashMap<>();
    /** The features by number; grown and read under this table's lock. */
    private Feature[] byNumber = new Feature[1024];
    private int size;

    /** The one string of the feature {@code key} names (equal to it), the table's from now on. */
    String intern(String key) {
        return feature(key).key;
    }

    /** The feature {@code key} names, made if it is new. */
    Feature feature(String key) {
        Feature feature = byKey.get(key);
        return feature != null ? feature : byKey.computeIfAbsent(key, this::numbered);
    }

    /** The feature {@code key} names, or {@code null} when no one asked for it yet. */
    Feature find(String key) {
        return byKey.get(key);
    }

    /** The feature numbered {@code number}. */
    synchronized Feature byNumber(int number) {
        if (number < 0 || number >= size) {
            throw new IndexOutOfBoundsException("no feature numbered " + number + " of " + size);
        }
        return byNumber[number];
    }

    /** How many features there are. */
    synchronized int size() {
        return size;
    }

    private synchronized Feature numbered(String key) {
        if (size == byNumber.length) {
            byNumber = Arrays.copyOf(byNumber, size * 2);
        }
        Feature feature = new Feature(key, size);
        byNumber[size++] = feature;
        return feature;
    }
}

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
 * <p>{@link #intern}, {@link #feature}, {@link #find}, {@link #byNumber} and {@link #size} may be called
 * from any thread (articles are weighed ahead on other threads, {@link StoryClusterer#prepare}, and
 * refinement reads set-aside articles back on all cores); a feature's counts and listing are
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
    /**
     * The features by number, grown by copying under this table's lock. Read without it: a set-aside
     * article read back looks up each of its few hundred features by number, refinement's threads at
     * once, and a lock a lookup made them wait on each other. Safe so: a feature is put in the array
     * before {@link #size} counts it, and a copy holds every feature counted before it was made.
     */
    private volatile Feature[] byNumber = new Feature[1024];
    /** How many features are numbered: written after the feature is in {@link #byNumber}. */
    private volatile int size;

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
    Feature byNumber(int number) {
        int numbered = size; // read before the array: every feature it counts is in the array read next
        if (number < 0 || number >= numbered) {
            throw new IndexOutOfBoundsException("no feature numbered " + number + " of " + numbered);
        }
        return byNumber[number];
    }

    /** How many features there are. */
    int size() {
        return size;
    }

    private synchronized Feature numbered(String key) {
        Feature[] array = byNumber;
        int number = size;
        if (number == array.length) {
            array = Arrays.copyOf(array, number * 2);
        }
        Feature feature = new Feature(key, number);
        array[number] = feature;
        byNumber = array;
        size = number + 1;
        return feature;
    }
}

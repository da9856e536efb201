package dev.corroborate.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A storyline while the clustering runs: the numbers of its events in the order they started, the
 * sum of its articles' vectors, its centroid and its time span. Not thread-safe.
 */
final class StoryState {

    final int number;
    final String id;
    final List<Integer> events = new ArrayList<>();
    Map<String, Double> sum = CompactVector.EMPTY;
    /** The normalised sum, made when first asked for after the sum changed ({@code null} until then): restoring an archive joins many articles and asks for none. */
    Map<String, Double> centroid = CompactVector.EMPTY;
    final Span span = new Span();

    StoryState(int number, String id) {
        this.number = number;
        this.id = id;
    }
}

package dev.corroborate.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A storyline while the clustering runs: the numbers of its events in the order they started, the
 * sum of its articles' vectors, its centroid and its time span. Not thread-safe.
 */
final class StoryState {

    final int number;
    final String id;
    final List<Integer> events = new ArrayList<>();
    /** Its sum; {@code null} while it is {@link #keptSum}, not read yet ({@link ClusterState#keptStory}). */
    Map<String, Double> sum = CompactVector.EMPTY;
    /** Its sum in the text form it was kept in ({@link #encodeSum}) until first read, else {@code null}. */
    String keptSum;
    /** The normalised sum, made when first asked for after the sum changed ({@code null} until then): restoring an archive joins many articles and asks for none. */
    Map<String, Double> centroid = CompactVector.EMPTY;
    final Span span = new Span();
    /**
     * Whether its sum and span are as an earlier run left them ({@link ClusterState#keptStory}): the
     * articles restored into its events are in them already.
     */
    boolean kept;

    StoryState(int number, String id) {
        this.number = number;
        this.id = id;
    }

    /**
     * A sum in text form: a line per feature, the feature and its weight (a float, as
     * {@link CompactVector} holds it, so the text gives it back exactly) apart by a tab, in key order.
     */
    static String encodeSum(Map<String, Double> sum) {
        StringBuilder text = new StringBuilder(sum.size() * 16);
        for (String key : new TreeMap<>(sum).keySet()) {
            if (key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a feature holds a tab or a line break: " + key);
            }
            text.append(key).append('\t').append(Float.toString(sum.get(key).floatValue())).append('\n');
        }
        return text.toString();
    }

    /** The sum {@link #encodeSum} wrote. */
    static Map<String, Double> decodeSum(String text) {
        Map<String, Double> sum = new HashMap<>();
        int from = 0;
        while (from < text.length()) {
            int tab = text.indexOf('\t', from);
            int end = text.indexOf('\n', tab);
            if (tab < 0 || end < 0) {
                throw new IllegalArgumentException("not a kept storyline sum at character " + from);
            }
            sum.put(text.substring(from, tab), (double) Float.parseFloat(text.substring(tab + 1, end)));
            from = end + 1;
        }
        return sum;
    }
}

package dev.corroborate.io.store;

import java.util.Map;
import java.util.Objects;

/**
 * What the story list shows of one storyline, counted when the stories, the links or the
 * articles' standing as sources were written ({@code story_figures}, {@code event_figures}).
 *
 * @param storyId the storyline
 * @param counts  its counts
 * @param eventIndependentSources per event id, its independent sources; {@code null} when not counted yet
 */
public record StoryFigures(String storyId, Counts counts, Map<String, Integer> eventIndependentSources) {

    /**
     * A storyline's counts.
     *
     * @param articles           its articles
     * @param outlets            the outlets carrying it
     * @param events             its events
     * @param independentSources its articles counted as independent sources; {@code null} while some
     *                           article's standing is not stored yet (counted after the next analyze)
     */
    public record Counts(int articles, int outlets, int events, Integer independentSources) {
    }

    public StoryFigures {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(counts, "counts");
        // a map that may hold null values: copied as it is, not with Map.copyOf
        eventIndependentSources = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(eventIndependentSources));
    }
}

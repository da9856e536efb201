package dev.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One happening as the clustering stands: its articles in the corpus's order, the headline that
 * labels it, the names that weigh most in it, its first and last publication times and its outlets.
 * Immutable; safe to share across threads.
 *
 * @param id         the event's id ({@code ev-…}), kept by the older event when two are joined
 * @param storyId    the storyline it belongs to
 * @param articleIds its articles, in the order the corpus gives them (feed order: earliest first, then by id)
 * @param label      the headline closest to its centre, the centre built in that order; empty when no article has one
 * @param keyNames   the names that weigh most in its centroid, as written in the articles
 * @param first      its earliest publication time, or {@code null} when no article has one
 * @param last       its latest publication time, or {@code null} when no article has one
 * @param outlets    its articles' outlets, sorted
 */
public record Event(String id, String storyId, List<String> articleIds, String label, List<String> keyNames,
                    PublishedTime first, PublishedTime last, List<String> outlets)
        implements java.io.Serializable {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(articleIds, "articleIds");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(keyNames, "keyNames");
        Objects.requireNonNull(outlets, "outlets");
    }
}

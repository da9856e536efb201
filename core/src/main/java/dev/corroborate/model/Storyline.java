package dev.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * Events that follow from each other: the storyline's events in the order of their earliest articles, labelled
 * by its first event. Immutable; safe to share across threads.
 *
 * @param id       the storyline's id ({@code st-…})
 * @param eventIds its events, in the order of their earliest articles; empty when users' decisions or joins took them all
 * @param label    its first event's label, or empty when it holds no event
 * @param first    its earliest publication time, or {@code null} when no article has one
 * @param last     its latest publication time, or {@code null} when no article has one
 */
public record Storyline(String id, List<String> eventIds, String label, PublishedTime first, PublishedTime last)
        implements java.io.Serializable {

    public Storyline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventIds, "eventIds");
        Objects.requireNonNull(label, "label");
    }
}

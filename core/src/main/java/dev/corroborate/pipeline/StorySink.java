package dev.corroborate.pipeline;

import dev.corroborate.model.Assignment;
import dev.corroborate.model.Decision;
import dev.corroborate.model.Event;
import dev.corroborate.model.Storyline;
import java.util.List;
import java.util.Map;

/**
 * Port: keeps the story stage's events, storylines and article placements, and the users'
 * corrections that every clustering replays.
 */
public interface StorySink {

    /** Where the last run placed each article, by article id; empty before the first run. */
    Map<String, Assignment> assignments();

    /**
     * The event of each placed article, by article id: what {@link #assignments()} gives without the
     * reasons, scores and runner-ups, for the stages that read only who is in which event.
     */
    default Map<String, String> eventsOfArticles() {
        Map<String, String> events = new java.util.HashMap<>();
        assignments().forEach((article, place) -> events.put(article, place.eventId()));
        return events;
    }

    /** The users' decisions (merge, split, move), in the order they were made. */
    List<Decision> decisions();

    /** Replaces every kept event, storyline and placement with a clustering's result, all or nothing. */
    void replaceStories(List<Storyline> storylines, List<Event> events,
                        Map<String, Assignment> assignments);

    /** What the sink keeps of each article for later story runs, if it keeps anything ({@link StoryArchive}). */
    default java.util.Optional<StoryArchive> storyArchive() {
        return java.util.Optional.empty();
    }
}

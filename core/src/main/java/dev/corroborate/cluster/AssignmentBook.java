package dev.corroborate.cluster;

import dev.corroborate.model.Assignment;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every article's {@link Assignment} as the clustering ({@link ClusterState}) has recorded it, and
 * those of the members of events put back whole, read as kept only once wanted: a batch that
 * restores hundreds of events and changes a few reads the reasons and scores of those few only,
 * and an event that stays as kept has its member rows stand. Not thread-safe.
 */
final class AssignmentBook {

    private final Map<String, Assignment> assignments = new HashMap<>();
    /**
     * Reads the kept assignments of an event's members by event id ({@link #readKept}); set by a run
     * that puts events back whole, {@code null} before.
     */
    private Function<String, Map<String, Assignment>> keptReader;

    /** How the kept assignments of an event put back whole are read, by event id, once it changes. */
    void readKeptWith(Function<String, Map<String, Assignment>> reader) {
        this.keptReader = Objects.requireNonNull(reader, "reader");
    }

    /** Whether {@link #readKeptWith} was called: an event can be put back whole only then. */
    boolean readsKept() {
        return keptReader != null;
    }

    /**
     * Records the kept assignments of the members of an event put back whole, the first time anything
     * changes it or asks for them ({@link EventState#assignmentsUnread}). Call it before the event's
     * articles change.
     *
     * @throws IllegalStateException when a member has no kept assignment to the event
     */
    void readKept(EventState event) {
        if (!event.assignmentsUnread) {
            return;
        }
        event.assignmentsUnread = false;
        Map<String, Assignment> kept = keptReader.apply(event.id);
        for (String member : event.articles) {
            Assignment assignment = kept.get(member);
            if (assignment == null || !assignment.eventId().equals(event.id)) {
                throw new IllegalStateException("article " + member + " of event " + event.id
                        + " has no kept assignment to it: the store changed during the run");
            }
            assignments.put(member, assignment);
        }
    }

    /** The recorded assignment of an article, or {@code null} (one of an event whose kept ones are unread, too). */
    Assignment get(String articleId) {
        return assignments.get(articleId);
    }

    void put(String articleId, Assignment assignment) {
        assignments.put(articleId, assignment);
    }

    /** Every recorded assignment; not those of events put back whole and never read. */
    Collection<Assignment> recorded() {
        return assignments.values();
    }
}

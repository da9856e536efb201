package dev.corroborate.io.query;

import dev.corroborate.io.store.ArticleStore;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a story page shows: {@link StoryQuery}'s timeline, each event's independent-source
 * count and the provenance trees of the groups its articles belong to ({@link ProvenanceQuery}),
 * and the quote groups ({@link QuoteQuery}) with a wording in the story. Not thread-safe.
 */
public final class StoryDetailQuery {

    /**
     * A story page's content.
     *
     * @param timeline           the storyline or event with its articles and their placements
     * @param independentSources the story's independent sources
     * @param events             per event id, in timeline order
     * @param quoteGroups        the statements quoted in several articles, one of them on this page
     * @param firstEvent         the index of the page's first event among the storyline's (0 for an event's page)
     */
    public record StoryDetail(StoryQuery.Timeline timeline, int independentSources, Map<String, EventDetail> events,
            List<QuoteQuery.GroupView> quoteGroups, int firstEvent) {

        /** Whether the page shows only part of the storyline (the other events on other pages). */
        public boolean partial() {
            return timeline.whole() && timeline.events().size() < timeline.story().events().size();
        }

        public StoryDetail {
            events = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(events));
            quoteGroups = List.copyOf(quoteGroups);
        }
    }

    /**
     * An event's independent sources, the provenance trees of its articles' groups (largest first)
     * and its discrepancies with each article's own reporting (what {@code corroborate compare} shows).
     */
    public record EventDetail(int independentSources, List<ProvenanceQuery.ProvenanceTree> trees,
            DiscrepancyQuery.EventComparison comparison) {

        public EventDetail {
            trees = List.copyOf(trees);
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /**
     * The most articles a page of a storyline shows (whole events: an event larger than this has a
     * page of its own); the rest of a larger storyline is on the next pages. A page costs what it
     * shows: its events' articles, their groups and quotes, not the whole storyline's.
     */
    public static final int PAGE_ARTICLES = 30;

    /** The most quote groups a story page lists. */
    public static final int MAX_QUOTE_GROUPS = 200;

    private final ArticleStore store;

    public StoryDetailQuery(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The page of a storyline ({@code st-…}) or event ({@code ev-…}); empty when there is no such id.
     * The provenance groups around the page's articles are built once and read by every part of it.
     */
    public Optional<StoryDetail> of(String storyOrEventId) {
        return of(storyOrEventId, 0);
    }

    /**
     * The page of a storyline from its {@code fromEvent}-th event (0-based), at most
     * {@link #PAGE_ARTICLES} articles in whole events; an event's page is the whole event.
     */
    public Optional<StoryDetail> of(String storyOrEventId, int fromEvent) {
        Optional<StoryQuery.Timeline> found = new StoryQuery(store).timeline(storyOrEventId, fromEvent, PAGE_ARTICLES);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoryQuery.Timeline timeline = found.get();
        List<String> shownArticles = new ArrayList<>();
        for (StoryQuery.EventTimeline event : timeline.events()) {
            event.articles().forEach(placed -> shownArticles.add(placed.article().id()));
        }
        GroupsAround around = new GroupsAround(store, shownArticles);
        DiscrepancyQuery discrepancies = new DiscrepancyQuery(store);
        Map<String, EventDetail> events = new LinkedHashMap<>();
        for (StoryQuery.EventTimeline event : timeline.events()) {
            Set<ProvenanceQuery.ProvenanceTree> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            List<ProvenanceQuery.ProvenanceTree> ordered = new ArrayList<>();
            for (StoryQuery.Placed placed : event.articles()) {
                String id = placed.article().id();
                if (around.sharesText(id) && seen.add(around.treeOf(id))) {
                    ordered.add(around.treeOf(id));
                }
            }
            ordered.sort(java.util.Comparator.comparingInt(t -> -t.articles().size()));
            events.put(event.event().id(), new EventDetail(around.independentSources(event.event().articleIds()), ordered,
                    discrepancies.ofEvent(timeline.story().id(), event.event(), around)));
        }
        List<QuoteQuery.GroupView> groups = new QuoteQuery(store).groupsQuotedIn(new java.util.TreeSet<>(shownArticles), MAX_QUOTE_GROUPS);
        int firstEvent = timeline.whole() ? timeline.story().events().indexOf(timeline.events().get(0).event()) : 0;
        return Optional.of(new StoryDetail(timeline, storyIndependentSources(timeline, around), events, groups, firstEvent));
    }

    /**
     * The storyline's independent sources: counted from the page's graphs when the page shows the
     * whole storyline, else as counted when it was stored (or from the graphs of all its articles
     * when the store has not counted them yet).
     */
    private int storyIndependentSources(StoryQuery.Timeline timeline, GroupsAround around) {
        if (!timeline.whole()) {
            // An event's page counts the event's sources, not its storyline's.
            return around.independentSources(timeline.events().get(0).event().articleIds());
        }
        List<String> all = timeline.story().articleIds();
        if (timeline.whole() && timeline.events().size() == timeline.story().events().size()) {
            return around.independentSources(all); // the page shows it all: its graphs are built already
        }
        return new StoryOverviewQuery(store).independentSources(timeline.story());
    }
}

package dev.corroborate.io.query;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoredEvent;
import dev.corroborate.io.store.StoryFigures;
import dev.corroborate.io.store.StoredStory;
import dev.corroborate.model.Article;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.pipeline.ProvenanceGroups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The story list as a browser shows it: {@link StoryQuery}'s list, filtered by date range, outlet
 * and text, paged, each storyline and event with the number of independent sources behind it
 * (the articles among its own that the provenance graphs of their groups count as independent).
 * Not thread-safe: one per request.
 */
public final class StoryOverviewQuery {

    /**
     * Which storylines to list; every field optional ({@code null}).
     *
     * @param from   the storyline's last article on or after this day
     * @param to     the storyline's first article on or before this day
     * @param outlet part of the name of an outlet carrying it, ignoring case
     * @param text   its label, an event's label or key name contains this text, ignoring case
     */
    public record Filter(LocalDate from, LocalDate to, String outlet, String text) {

        /** Every storyline. */
        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** A storyline in the list with its independent sources and its events' counts. */
    public record Overview(StoryQuery.StorySummary summary, int independentSources, List<EventCount> events) {

        public Overview {
            events = List.copyOf(events);
        }
    }

    /** An event's counts: articles, outlets, independent sources. */
    public record EventCount(StoredEvent event, int independentSources) {
    }

    private final ArticleStore store;
    private final Map<String, Provenance.Graph> graphByArticle = new HashMap<>();
    private final Map<String, java.util.Optional<StoryFigures>> figures = new HashMap<>();

    public StoryOverviewQuery(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The storylines matching {@code filter}, latest first, the page from {@code offset}. Without a
     * filter the page is read alone (paged by the store); a filter reads every storyline's events
     * and keeps those it matches. The independent sources are those counted when the stories were
     * written ({@link ArticleStore#storyFigures}), or counted here from the graphs when the store has
     * not counted them yet.
     */
    public Page<Overview> list(Filter filter, int offset, int limit) {
        Page<StoryQuery.StorySummary> page;
        if (filter.equals(Filter.NONE)) {
            int total = store.storyCount();
            List<StoryQuery.StorySummary> shown = offset >= total ? List.of()
                    : store.stories(offset, limit).stream().map(StoryQuery::summaryOf).toList();
            page = new Page<>(total, offset, limit, shown);
        } else {
            List<StoryQuery.StorySummary> matching = new ArrayList<>();
            for (StoryQuery.StorySummary summary : new StoryQuery(store).list(1)) {
                if (matches(summary, filter)) {
                    matching.add(summary);
                }
            }
            page = Page.of(matching, offset, limit);
        }
        List<Overview> out = new ArrayList<>();
        for (StoryQuery.StorySummary summary : page.items()) {
            List<EventCount> events = new ArrayList<>();
            for (StoredEvent event : summary.story().events()) {
                events.add(new EventCount(event, independentSources(event)));
            }
            out.add(new Overview(summary, independentSources(summary.story()), events));
        }
        return new Page<>(page.total(), offset, limit, out);
    }

    /** A storyline's independent sources: as counted when it was stored, or from the graphs when not counted yet. */
    public int independentSources(StoredStory story) {
        Integer counted = figuresOf(story.id()).map(f -> f.counts().independentSources()).orElse(null);
        return counted != null ? counted : independentSources(story.articleIds());
    }

    /** An event's independent sources: as counted when its storyline was stored, or from the graphs when not counted yet. */
    public int independentSources(StoredEvent event) {
        Integer counted = figuresOf(event.storyId()).map(f -> f.eventIndependentSources().get(event.id())).orElse(null);
        return counted != null ? counted : independentSources(event.articleIds());
    }

    private java.util.Optional<StoryFigures> figuresOf(String storyId) {
        return figures.computeIfAbsent(storyId, store::storyFigures);
    }

    /** How many of these articles the provenance graphs of their groups count as independent sources. */
    public int independentSources(List<String> articleIds) {
        int count = 0;
        for (String id : articleIds) {
            Provenance.Graph graph = graphOf(id);
            if (graph != null && graph.node(id).independent()) {
                count++;
            }
        }
        return count;
    }

    /** The provenance graph of the group this article belongs to; {@code null} when it is not stored. */
    public Provenance.Graph graphOf(String articleId) {
        if (!graphByArticle.containsKey(articleId)) {
            if (store.find(articleId).isEmpty()) {
                return null;
            }
            ProvenanceGroups.Group group = NearbyLinks.groupsAround(store, List.of(articleId)).groupOf(articleId);
            for (Article article : group.articles()) {
                graphByArticle.put(article.id(), group.graph());
            }
        }
        return graphByArticle.get(articleId);
    }

    private static boolean matches(StoryQuery.StorySummary summary, Filter filter) {
        StoredStory story = summary.story();
        LocalDate last = day(story.lastPublished());
        if (filter.from() != null && (last == null || last.isBefore(filter.from()))) {
            return false;
        }
        LocalDate first = day(story.firstPublished());
        if (filter.to() != null && (first == null || first.isAfter(filter.to()))) {
            return false;
        }
        // Part of an outlet's name finds it ("harbour" for Harbour Daily): the full name alone found anything.
        String outletPart = filter.outlet() == null ? null : filter.outlet().toLowerCase(Locale.ROOT);
        if (outletPart != null && summary.outlets().stream().noneMatch(o -> contains(o, outletPart))) {
            return false;
        }
        if (filter.text() != null) {
            String needle = filter.text().toLowerCase(Locale.ROOT);
            boolean found = contains(story.label(), needle);
            for (StoredEvent event : story.events()) {
                found |= contains(event.label(), needle) || event.keyNames().stream().anyMatch(k -> contains(k, needle));
            }
            return found;
        }
        return true;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : PublishedTime.parse(iso).map(t -> t.local().toLocalDate()).orElse(null);
    }
}

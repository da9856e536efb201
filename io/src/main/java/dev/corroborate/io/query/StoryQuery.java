package dev.corroborate.io.query;

import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoredEvent;
import dev.corroborate.io.store.StoredStory;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The stories of the store: the list of storylines, and one storyline or event as a timeline. Not thread-safe. */
public final class StoryQuery {

    /** A storyline in the list: its events and the outlets that carry it. */
    public record StorySummary(StoredStory story, Set<String> outlets) {

        public StorySummary {
            outlets = Set.copyOf(outlets);
        }

        public int articleCount() {
            return story.articleIds().size();
        }
    }

    /**
     * A storyline's timeline, or one event's.
     *
     * @param story  the storyline
     * @param events the events shown: every event of the storyline, or the one asked for
     * @param whole  whether the storyline itself was asked for
     */
    public record Timeline(StoredStory story, List<EventTimeline> events, boolean whole) {

        public Timeline {
            events = List.copyOf(events);
        }
    }

    /** An event with its articles in feed order, each with where and why it was placed. */
    public record EventTimeline(StoredEvent event, List<Placed> articles) {

        public EventTimeline {
            articles = List.copyOf(articles);
        }
    }

    /** An article of an event and its placement ({@code null} when the store has none for it). */
    public record Placed(Article article, Assignment placement) {

        public Placed {
            Objects.requireNonNull(article, "article");
        }
    }

    private final ArticleStore store;

    public StoryQuery(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The storylines with at least {@code minArticles} articles, latest first. */
    public List<StorySummary> list(int minArticles) {
        List<StorySummary> out = new ArrayList<>();
        for (StoredStory story : store.stories()) {
            if (story.articleIds().size() >= minArticles) {
                out.add(summaryOf(story));
            }
        }
        return out;
    }

    /** A storyline with the outlets that carry it. */
    public static StorySummary summaryOf(StoredStory story) {
        Set<String> outlets = new TreeSet<>();
        story.events().forEach(e -> outlets.addAll(e.outlets()));
        return new StorySummary(story, outlets);
    }

    /** The event an article was placed in, if it was. */
    public Optional<String> eventOf(String articleId) {
        return store.placeOf(articleId).map(Assignment::eventId);
    }

    /** The timeline of a storyline ({@code st-…}) or of one event ({@code ev-…}); empty when there is no such id. */
    public Optional<Timeline> timeline(String storyOrEventId) {
        return timeline(storyOrEventId, 0, Integer.MAX_VALUE);
    }

    /**
     * {@link #timeline(String)} bounded: of a storyline, the events from the {@code fromEvent}-th
     * (0-based, in timeline order; past the last, the last) as long as they hold at most
     * {@code maxArticles} articles together, and always one; only their articles are read.
     */
    public Optional<Timeline> timeline(String storyOrEventId, int fromEvent, int maxArticles) {
        // the storyline looked up by index, not found among all of them
        Optional<StoredStory> found = store.story(storyOrEventId);
        if (found.isEmpty()) {
            Optional<String> whole = completed(storyOrEventId);
            return whole.isPresent() ? timeline(whole.get(), fromEvent, maxArticles) : Optional.empty();
        }
        StoredStory story = found.get();
        boolean whole = story.id().equals(storyOrEventId);
        List<StoredEvent> shown = new ArrayList<>();
        if (whole) {
            int articles = 0;
            for (int i = Math.max(0, Math.min(fromEvent, story.events().size() - 1)); i < story.events().size(); i++) {
                StoredEvent event = story.events().get(i);
                if (!shown.isEmpty() && (long) articles + event.articleIds().size() > maxArticles) {
                    break;
                }
                shown.add(event);
                articles += event.articleIds().size();
            }
        } else {
            story.events().stream().filter(e -> e.id().equals(storyOrEventId)).forEach(shown::add);
        }
        List<EventTimeline> events = new ArrayList<>();
        for (StoredEvent event : shown) {
            events.add(eventTimeline(event));
        }
        return events.isEmpty() ? Optional.empty() : Optional.of(new Timeline(story, events, whole));
    }

    /** The id of the storyline or event {@code idOrPrefix} names: itself when one has it, else {@link #completed}, else itself. */
    public String whole(String idOrPrefix) {
        return store.story(idOrPrefix).isPresent() ? idOrPrefix : completed(idOrPrefix).orElse(idOrPrefix);
    }

    /**
     * The whole id of the one storyline or event whose id starts with {@code prefix} ("st-8297", as an
     * article's id may be given in part); empty for a prefix that names none or several, that is no
     * storyline's or event's ("st-" or "ev-" and more), or that is an article's whole id.
     */
    public Optional<String> completed(String prefix) {
        if (!(prefix.startsWith("st-") || prefix.startsWith("ev-")) || prefix.length() <= 3 || store.find(prefix).isPresent()) {
            return Optional.empty(); // an article's whole id ("st-7" given in the input) wins over a part of another's
        }
        return store.storyOrEventIdStartingWith(prefix).filter(id -> !id.equals(prefix));
    }

    private EventTimeline eventTimeline(StoredEvent event) {
        List<Article> articles = new ArrayList<>();
        for (String articleId : event.articleIds()) {
            store.find(articleId).ifPresent(articles::add);
        }
        articles.sort(StoryClusterer.FEED_ORDER);
        List<Placed> placed = new ArrayList<>(articles.size());
        for (Article article : articles) {
            placed.add(new Placed(article, store.placeOf(article.id()).orElse(null))); // each looked up alone
        }
        return new EventTimeline(event, placed);
    }
}

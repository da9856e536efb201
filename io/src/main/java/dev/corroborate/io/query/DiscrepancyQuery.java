package dev.corroborate.io.query;

import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.compare.ComparedEvent;
import dev.corroborate.compare.EventComparer;
import dev.corroborate.compare.Provenance;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoredEvent;
import dev.corroborate.io.store.StoredStory;
import dev.corroborate.model.Article;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.TextSpan;
import dev.corroborate.text.Token;
import dev.corroborate.text.WordAlignment;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The read model of the {@code compare} view: where the articles of an event disagree, each
 * difference with every article's sentence around its value, and what each article has of its own
 * (the material its provenance finds in no other article of the event). An event's differences are
 * those the analysis stored; two articles are compared on the fly by the same
 * {@link EventComparer}, with their stored quotes and the links between them. Not thread-safe (the
 * store is not).
 */
public final class DiscrepancyQuery {

    /**
     * One side of a difference: the value, its article, the sentence it stands in, and what to mark.
     *
     * @param article  the article
     * @param value    the value, with offsets into the article's text
     * @param sentence the sentence around the value (the value itself when no sentence holds it)
     * @param marks    the stretches that differ, in text order: the value itself, or for a quote's wording
     *                 the words it does not share with the other wording
     */
    public record Side(Article article, Discrepancy.Value value, TextSpan sentence, List<TextSpan> marks) {

        public Side {
            marks = List.copyOf(marks);
        }
    }

    /** One difference with its sides, in the order of its values. */
    public record Shown(Discrepancy discrepancy, List<Side> sides) {

        public Shown {
            sides = List.copyOf(sides);
        }
    }

    /**
     * Material an article has that no other article of the event has (its provenance's own spans).
     *
     * @param article the article
     * @param spans   its own spans, in text order
     */
    public record Own(Article article, List<Provenance.Span> spans) {

        public Own {
            spans = List.copyOf(spans);
        }
    }

    /**
     * The comparison of one event (or of two articles).
     *
     * @param eventId       the event, or {@code null} for two articles compared on the fly
     * @param storyId       its storyline, or {@code null}
     * @param label         the event's label, or a label of the two articles
     * @param articles      its articles in feed order
     * @param discrepancies the differences, in the comparison's order
     * @param own           each article's own material, for those that have some, in feed order
     */
    public record EventComparison(String eventId, String storyId, String label, List<Article> articles,
                                  List<Shown> discrepancies, List<Own> own) {

        public EventComparison {
            articles = List.copyOf(articles);
            discrepancies = List.copyOf(discrepancies);
            own = List.copyOf(own);
        }
    }

    private final ArticleStore store;

    public DiscrepancyQuery(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The events an id names: an event id ({@code ev-…}), a storyline id ({@code st-…}, all its
     * events), either one's unique prefix, or an article id (its event); empty when it names none. An
     * article id prefix is left to the caller, which knows how to say it is ambiguous.
     */
    public List<String> eventsNamedBy(String id) {
        List<String> events = new ArrayList<>();
        for (StoredStory story : store.stories()) {
            for (StoredEvent event : story.events()) {
                if (story.id().equals(id) || event.id().equals(id)) {
                    events.add(event.id());
                }
            }
        }
        if (events.isEmpty()) {
            Optional<String> whole = new StoryQuery(store).completed(id);
            if (whole.isPresent()) {
                return eventsNamedBy(whole.get());
            }
        }
        if (events.isEmpty() && store.assignments().containsKey(id)) {
            events.add(store.assignments().get(id).eventId());
        }
        return events;
    }

    /** The stored differences of one event; empty when there is no such event. */
    public Optional<EventComparison> ofEvent(String eventId) {
        // the event's storyline looked up by index; an id naming a storyline is no event
        Optional<StoredStory> story = store.story(eventId);
        if (story.isPresent()) {
            for (StoredEvent event : story.get().events()) {
                if (event.id().equals(eventId)) {
                    // the articles read once, for the provenance groups around them and for the comparison
                    List<Article> articles = articles(event.articleIds());
                    return Optional.of(ofEvent(story.get().id(), event, articles,
                            new GroupsAround(store, articles.stream().map(Article::id).toList())));
                }
            }
        }
        return Optional.empty();
    }

    /** The stored differences of one event of storyline {@code storyId}, its own reporting read from {@code around}'s graphs. */
    EventComparison ofEvent(String storyId, StoredEvent event, GroupsAround around) {
        return ofEvent(storyId, event, articles(event.articleIds()), around);
    }

    private EventComparison ofEvent(String storyId, StoredEvent event, List<Article> articles, GroupsAround around) {
        List<Discrepancy> found = new ArrayList<>();
        store.forEachDiscrepancy(event.id(), found::add);
        return new EventComparison(event.id(), storyId, event.label(), articles, shown(found, articles), own(articles, around));
    }

    /** Two articles compared on the fly, with their stored quotes and the reuse links between them. */
    public EventComparison ofArticles(Article first, Article second) {
        List<Article> articles = new ArrayList<>(List.of(first, second));
        articles.sort(StoryClusterer.FEED_ORDER);
        Set<String> ids = Set.of(first.id(), second.id());
        List<FoundQuote> quotes = new ArrayList<>();
        Set<String> groupIds = new TreeSet<>();
        for (Article article : articles) {
            store.forEachQuote(article.id(), null, null, quote -> {
                quotes.add(quote);
                if (quote.groupId() != null) {
                    groupIds.add(quote.groupId());
                }
            });
        }
        List<QuoteGroupSummary> groups = store.quoteGroups(groupIds);
        List<ReuseLink> links = store.reuseLinks(first.id()).stream()
                .filter(l -> ids.contains(l.sourceId()) && ids.contains(l.derivedId())).toList();
        String label = first.id() + " and " + second.id();
        List<Discrepancy> found = new EventComparer().compare(new ComparedEvent(label, articles, links, quotes, groups));
        return new EventComparison(null, null, label, articles, shown(found, articles), List.of());
    }

    private List<Article> articles(List<String> ids) {
        List<Article> articles = new ArrayList<>();
        for (String id : ids) {
            store.find(id).ifPresent(articles::add);
        }
        articles.sort(StoryClusterer.FEED_ORDER);
        return articles;
    }

    private static List<Shown> shown(List<Discrepancy> found, List<Article> articles) {
        Map<String, Article> byId = new HashMap<>();
        Map<String, List<TextSpan>> sentences = new HashMap<>();
        for (Article article : articles) {
            byId.put(article.id(), article);
        }
        List<Shown> shown = new ArrayList<>();
        for (Discrepancy discrepancy : found) {
            List<Side> sides = new ArrayList<>();
            for (Discrepancy.Value value : discrepancy.values()) {
                Article article = byId.get(value.articleId());
                if (article == null) {
                    continue;
                }
                List<TextSpan> spans = sentences.computeIfAbsent(article.id(), k -> SentenceSplitter.split(article.text()));
                List<TextSpan> marks = discrepancy.kind() == Discrepancy.Kind.QUOTE_WORDING
                        ? changedWords(value, other(discrepancy, value), byId)
                        : List.of(new TextSpan(value.start(), value.end()));
                sides.add(new Side(article, value, sentenceAround(spans, value), marks));
            }
            shown.add(new Shown(discrepancy, sides));
        }
        return shown;
    }

    /** The first value of another wording than {@code value}'s. */
    private static Discrepancy.Value other(Discrepancy discrepancy, Discrepancy.Value value) {
        for (Discrepancy.Value candidate : discrepancy.values()) {
            if (!candidate.normalized().equals(value.normalized())) {
                return candidate;
            }
        }
        return value;
    }

    /** The words of {@code value} that {@code other} does not have in the same order, as spans. */
    private static List<TextSpan> changedWords(Discrepancy.Value value, Discrepancy.Value other, Map<String, Article> byId) {
        Article otherArticle = byId.get(other.articleId());
        if (otherArticle == null || other == value) {
            return List.of();
        }
        List<Token> words = Tokenizer.WORDS.tokens(byId.get(value.articleId()).text(), value.start(), value.end());
        List<Token> otherWords = Tokenizer.WORDS.tokens(otherArticle.text(), other.start(), other.end());
        List<TextSpan> marks = new ArrayList<>();
        for (WordAlignment.Change change : WordAlignment.between(words, otherWords)) {
            if (change.toA() > change.fromA()) {
                marks.add(new TextSpan(words.get(change.fromA()).start(), words.get(change.toA() - 1).end()));
            }
        }
        return marks;
    }

    private static TextSpan sentenceAround(List<TextSpan> sentences, Discrepancy.Value value) {
        int from = -1;
        int to = -1;
        for (TextSpan sentence : sentences) {
            if (sentence.start() < value.end() && value.start() < sentence.end()) {
                from = from < 0 ? sentence.start() : from;
                to = sentence.end();
            }
        }
        return from < 0 ? new TextSpan(value.start(), value.end()) : new TextSpan(Math.min(from, value.start()),
                Math.max(to, value.end()));
    }

    /** Each article's own reporting as {@code provenance} states it (the passages no sentence of its sources says); articles sharing no text are all their own. */
    private static List<Own> own(List<Article> articles, GroupsAround around) {
        List<Own> own = new ArrayList<>();
        for (Article article : articles) {
            if (around.sharesText(article.id())) {
                Provenance.Node node = around.nodeOf(article.id());
                if (!node.reporting().isEmpty()) {
                    own.add(new Own(around.treeOf(article.id()).articles().get(article.id()), node.reporting()));
                }
            }
        }
        return own;
    }
}

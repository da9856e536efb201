package dev.corroborate.io.correct;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Decision;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.StoryStage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Corrections of the clustering on a store opened to write: {@link #merge}, {@link #split} and
 * {@link #move} check their arguments against the store and return the decision;
 * {@link #apply} stores it (it is replayed after every later run and recluster) and re-runs the
 * story stage so it shows at once. Not thread-safe, like the store.
 */
public final class StoryCorrections {

    private final ArticleStore store;

    public StoryCorrections(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Two events declared one: the second's articles join the first's. */
    public Decision merge(String firstEvent, String secondEvent) {
        if (firstEvent.equals(secondEvent)) {
            throw new CorrectionException("Cannot merge event " + firstEvent + " with itself: give two different events", false);
        }
        List<String> articles = new ArrayList<>(requireEvent(firstEvent));
        articles.addAll(requireEvent(secondEvent));
        return Decision.merge(articles);
    }

    /** Articles of {@code event} taken out into an event of their own (together). */
    public Decision split(String event, List<String> articleIds) {
        List<String> members = requireEvent(event);
        if (articleIds.isEmpty()) {
            throw new CorrectionException("Choose at least one article of event " + event + " to split off", false);
        }
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(articleIds));
        for (String id : ids) {
            requireArticle(id);
            if (!members.contains(id)) {
                throw new CorrectionException("Article " + id + " is not in event " + event, false);
            }
        }
        if (ids.size() == members.size()) {
            throw new CorrectionException("Splitting every article of event " + event + " off would leave it as it is: "
                    + "leave at least one article in it", false);
        }
        return Decision.split(ids);
    }

    /** An article (its id, or a prefix naming one article, as the command line takes it) moved into {@code event}. */
    public Decision move(String articleIdOrPrefix, String event) {
        String articleId = resolveArticle(articleIdOrPrefix);
        return Decision.move(articleId, requireEvent(event).get(0));
    }

    private String resolveArticle(String idOrPrefix) {
        dev.corroborate.io.query.ArticleIds.Named named = dev.corroborate.io.query.ArticleIds.look(store, idOrPrefix);
        if (named.article() != null) {
            return named.article().id();
        }
        if (named.several().isEmpty()) {
            throw new CorrectionException("No article with id " + idOrPrefix, true);
        }
        throw new CorrectionException("The id " + idOrPrefix + " names several articles (" + named.listed() + "): give more of it", false);
    }

    /** Stores the decision and re-runs the story stage (nothing already decided is decided again). */
    public StoryStage.Summary apply(Decision decision) {
        store.addDecision(decision);
        return Analysis.of(EnumSet.of(Analysis.Step.STORIES, Analysis.Step.COMPARE), false).run(store, store).stories();
    }

    private List<String> requireEvent(String eventId) {
        List<String> articles = store.eventArticles(eventId);
        if (articles.isEmpty()) {
            throw new CorrectionException("No event with id " + eventId, true);
        }
        return articles;
    }

    private void requireArticle(String articleId) {
        if (store.find(articleId).isEmpty()) {
            throw new CorrectionException("No article with id " + articleId, true);
        }
    }
}

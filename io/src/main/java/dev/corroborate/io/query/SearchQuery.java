package dev.corroborate.io.query;

import dev.corroborate.io.search.SearchHit;
import dev.corroborate.io.search.SearchIndex;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Search results as the screens show them: a page of the articles a query finds, best first, with
 * their highlighted passages, grouped by the storyline each article is in (the groups in the order
 * of their best hit; articles in no storyline yet in a group of their own). Not thread-safe: one
 * per request.
 */
public final class SearchQuery {

    /**
     * A page of results.
     *
     * @param query  the query as asked
     * @param total  how many articles match in all
     * @param offset the rank of the page's first hit (0-based)
     * @param limit  the most hits a page holds
     * @param groups the page's hits by storyline
     */
    public record Results(String query, int total, int offset, int limit, List<StoryHits> groups) {

        public Results {
            groups = List.copyOf(groups);
        }

        /** How many hits this page holds. */
        public int hitCount() {
            return groups.stream().mapToInt(g -> g.hits().size()).sum();
        }
    }

    /**
     * The hits of one storyline.
     *
     * @param storyId    the storyline, or {@code null} for articles in none yet
     * @param storyLabel its label, or {@code null}
     * @param hits       its articles found, best first
     */
    public record StoryHits(String storyId, String storyLabel, List<Hit> hits) {

        public StoryHits {
            hits = List.copyOf(hits);
        }
    }

    /**
     * One article found.
     *
     * @param article the article
     * @param eventId its event, or {@code null}
     * @param hit     the score and highlighted passages
     */
    public record Hit(Article article, String eventId, SearchHit hit) {
    }

    private final ArticleStore store;
    private final SearchIndex index;

    public SearchQuery(ArticleStore store, SearchIndex index) {
        this.store = Objects.requireNonNull(store, "store");
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * The page of results for {@code query}.
     *
     * @throws dev.corroborate.io.search.BadQueryException when the query cannot be run (its message is for the user)
     * @throws IllegalStateException when the data directory has no index yet
     */
    public Results search(String query, int offset, int limit) {
        SearchIndex.Result result = index.search(query, offset, limit);
        // each hit's place looked up alone: a page costs what it shows, not what the store holds
        Map<String, List<Hit>> byStory = new LinkedHashMap<>();
        for (SearchHit hit : result.hits()) {
            // an article stored after the index was searched is skipped, never shown half
            Article article = store.find(hit.articleId()).orElse(null);
            if (article == null) {
                continue;
            }
            Assignment placement = store.placeOf(article.id()).orElse(null);
            String key = placement == null ? "" : placement.storyId();
            byStory.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Hit(article, placement == null ? null : placement.eventId(), hit));
        }
        List<StoryHits> groups = new ArrayList<>(byStory.size());
        byStory.forEach((key, hits) -> groups.add(key.isEmpty() ? new StoryHits(null, null, hits)
                : new StoryHits(key, store.storyLabel(key).orElse(key), hits)));
        return new Results(query, result.total(), offset, limit, groups);
    }
}

package dev.corroborate.io.query;

import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code articles} list: the articles a filter keeps, earliest first, each as a row of the
 * labels every view uses, with the width the id column needs so that no long id breaks the columns.
 * Not thread-safe.
 */
public final class ArticleListing {

    /** One article's row: id, time ({@link ArticleLabels#time}), outlet ({@link ArticleLabels#outlet}), title. */
    public record Row(String id, String published, String outlet, String title) {
    }

    /**
     * The rows, the width of the widest id among them (at least {@code "id".length()}), and how many
     * articles the store holds.
     */
    public record Listing(List<Row> rows, int idWidth, long total) {
        public Listing {
            rows = List.copyOf(rows);
        }
    }

    private final ArticleStore store;

    public ArticleListing(ArticleStore store) {
        this.store = store;
    }

    /** The articles {@code filter} keeps (its limit bounds the rows held). */
    public Listing list(ArticleFilter filter) {
        List<Row> rows = new ArrayList<>();
        int[] width = {"id".length()};
        store.forEach(filter, article -> {
            rows.add(new Row(article.id(), ArticleLabels.time(article.published()),
                    ArticleLabels.outlet(article),
                    article.title().isEmpty() ? "(no title)" : article.title()));
            width[0] = Math.max(width[0], article.id().length());
        });
        return new Listing(rows, width[0], store.count());
    }
}

package dev.corroborate.app.cli;

import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.query.ArticleListing;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code articles}: lists stored articles, earliest first, with filters. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "Lists stored articles, earliest first (articles with no known time last).")
final class ArticlesCommand extends StoreView {

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet (ignoring case).")
    String outlet;

    @Option(names = "--since", paramLabel = "TIME", converter = TimeArguments.class,
            description = "Only articles published at or after TIME (2026-03-01, 2026-03-01T12:00Z).")
    Instant since;

    @Option(names = "--until", paramLabel = "TIME", converter = TimeArguments.class,
            description = "Only articles published before TIME.")
    Instant until;

    @Option(names = "--title", paramLabel = "TEXT", description = "Only titles containing TEXT (ignoring case).")
    String title;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most N articles; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    void checkOptions() {
        requireLimit(limit);
    }

    @Override
    void print(ArticleStore store, PrintWriter out) {
        ArticleListing.Listing listing = new ArticleListing(store).list(new ArticleFilter(outlet, since, until, title, limit));
        // As wide as the longest outlet shown (an article without one is "outlet unknown, credits X", as in
        // every view), within OUTLET_WIDTH.
        // Columns are counted as a terminal draws them (a Chinese outlet takes two a character).
        int outletWidth = columnWidth(listing.rows().stream().map(ArticleListing.Row::outlet), "outlet".length(), OUTLET_WIDTH);
        String row = "%-" + listing.idWidth() + "s  %-" + ArticleLabels.TIME_WIDTH + "s  %s  %s%n";
        out.printf(Locale.ROOT, row, "id", "published", DisplayWidth.pad("outlet", outletWidth), "title");
        for (ArticleListing.Row article : listing.rows()) {
            out.printf(Locale.ROOT, row, article.id(), article.published(),
                    DisplayWidth.pad(DisplayWidth.clip(article.outlet(), outletWidth), outletWidth), ArticleLabels.clip(article.title(), 90));
        }
        out.printf(Locale.ROOT, "%d of %s%n", listing.rows().size(), Plurals.count(listing.total(), "article"));
    }
}

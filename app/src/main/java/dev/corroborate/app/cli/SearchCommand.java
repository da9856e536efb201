package dev.corroborate.app.cli;

import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.query.SearchQuery;
import dev.corroborate.io.search.BadQueryException;
import dev.corroborate.io.search.SearchHit;
import dev.corroborate.io.search.SearchIndex;
import dev.corroborate.io.store.ArticleStore;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search QUERY}: the articles matching a full-text query, grouped by storyline, the matches in [brackets]. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the titles, texts and quotes (with their speakers) of the stored articles; prints the "
                + "articles found by storyline, best first, each with its matching passages, the matched words in [brackets].",
                "QUERY: words (all must match), \"a phrase\", OR, NOT or -word, word*, title:word, quotes:word."})
final class SearchCommand extends StoreView {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined by spaces).")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N articles (default: ${DEFAULT-VALUE}).")
    int offset;

    @Override
    void checkOptions() {
        // "-word" is a query's (the help offers it); "--limt" is a mistyped option, not a word to search for
        for (String word : words) {
            if (word.startsWith("--") && word.length() > 2) {
                throw usage("Unknown option: '" + word + "' (a word of the query cannot start with --)");
            }
        }
        if (limit < 1 || offset < 0) {
            throw usage("--limit must be 1 or more and --offset 0 or more");
        }
    }

    @Override
    void print(ArticleStore store, PrintWriter out) {
        try (SearchIndex index = SearchIndex.openForReading(store.dataDir())) {
            if (!index.exists()) {
                throw usage("No search index in " + store.dataDir() + " yet: run 'corroborate recluster' (or analyze) to build it");
            }
            SearchQuery.Results results;
            try {
                results = new SearchQuery(store, index).search(String.join(" ", words), offset, limit);
            } catch (BadQueryException e) {
                throw usage(e.getMessage());
            }
            out.printf("%s found%s%n", Plurals.count(results.total(), "article"), results.total() > offset + results.hitCount()
                    ? String.format(" (showing %d to %d; --offset for more)", offset + 1, offset + results.hitCount()) : "");
            for (SearchQuery.StoryHits group : results.groups()) {
                out.println();
                out.println(group.storyId() == null ? "in no storyline yet" : "storyline " + group.storyId() + "  " + group.storyLabel());
                for (SearchQuery.Hit hit : group.hits()) {
                    out.printf("  %s  %s  %s  %s%n", ArticleLabels.time(hit.article().published()), ArticleLabels.outlet(hit.article()),
                            hit.article().id(), hit.article().title());
                    for (SearchHit.Snippet snippet : hit.hit().snippets()) {
                        out.println("      " + snippet.field() + ": " + marked(snippet));
                    }
                }
            }
        }
    }

    private static String marked(SearchHit.Snippet snippet) {
        StringBuilder b = new StringBuilder();
        for (SearchHit.Piece piece : snippet.pieces()) {
            String text = piece.text().replaceAll("\\s+", " ");
            b.append(piece.matched() ? "[" + text + "]" : text);
        }
        return b.toString().strip();
    }
}

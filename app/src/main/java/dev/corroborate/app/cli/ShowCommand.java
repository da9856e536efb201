package dev.corroborate.app.cli;

import dev.corroborate.io.query.ArticleDetails;
import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show ID}: one article's metadata and clean text. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one article: its metadata and clean text. ID may be a unique prefix.")
final class ShowCommand extends StoreView {

    @Parameters(paramLabel = "ID", description = "An article id, or a prefix that names one article.")
    String id;

    @Option(names = "--removed", description = "Also list the lines kept out of the text as boilerplate "
            + "(read again from the article's input file).")
    boolean removed;

    @Override
    void print(ArticleStore store, PrintWriter out) {
        Article article = StoreAccess.requireArticle(store, id, spec);
        print(article, out);
        if (removed) {
            ArticleDetails.Removed lines = ArticleDetails.removedLines(article);
            out.println();
            if (lines.problem() != null) {
                out.println("removed lines: cannot list them: " + lines.problem());
            } else if (lines.lines().isEmpty()) {
                out.println("removed lines: none");
            } else {
                out.println("removed lines (" + Plurals.count(lines.lines().size(), "line") + ", kept out of the text):");
                lines.lines().forEach(line -> out.println("  - " + line));
            }
        }
    }

    private static void print(Article article, PrintWriter out) {
        out.println(article.title().isEmpty() ? "(no title)" : article.title());
        out.println();
        line(out, "id", article.id());
        // The outlet and times in the one form every view gives them, the time as stated beside it.
        line(out, "outlet", ArticleLabels.outlet(article));
        line(out, "url", article.url());
        line(out, "published", article.published() == null ? null
                : time(article.published(), ArticleDetails.publishedFrom(article)));
        line(out, "modified", article.modified() == null ? null
                : time(article.modified(), ArticleDetails.modifiedFrom(article)));
        line(out, "authors", article.authors().isEmpty() ? null : String.join("; ", article.authors()));
        line(out, "language", article.language());
        line(out, "dateline", article.dateline());
        line(out, "agency", article.agency());
        line(out, "lead", article.lead());
        line(out, "from", article.origin().describe());
        line(out, "paragraphs", Integer.toString(article.paragraphs().size()));
        out.println();
        out.println(article.text());
    }

    /** "2026-02-03 11:40 UTC  (stated as 2026-02-03T12:40+01:00, from the page's metadata)". */
    private static String time(dev.corroborate.model.PublishedTime time, String from) {
        String shown = ArticleLabels.time(time);
        String stated = time.iso();
        return shown + "  (" + (stated.equals(shown) ? "" : "stated as " + stated + ", ") + "from " + from + ")";
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf("%-11s %s%n", label, value == null ? "-" : value);
    }
}

package dev.corroborate.app.cli;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code show ID}: one article's metadata and clean text. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one article: its metadata and clean text. ID may be a unique prefix.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "ID", description = "An article id, or a prefix that names one article.")
    String id;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = TerminalText.escaping(spec.commandLine().getOut());
        PrintWriter err = TerminalText.escaping(spec.commandLine().getErr());
        try (ArticleStore store = StoreAccess.openExisting(data, spec)) {
            Article article = store.find(id).orElse(null);
            if (article == null) {
                List<String> matches = store.idsStartingWith(id, 6);
                if (matches.size() == 1) {
                    article = store.find(matches.get(0)).orElseThrow();
                } else if (matches.isEmpty()) {
                    err.println("corroborate: no article with id " + id + " in " + data.dataDir);
                    return 1;
                } else {
                    err.println("corroborate: " + id + " names several articles: " + String.join(", ", matches)
                            + (matches.size() > 5 ? ", ..." : "") + "; give more of the id");
                    return 1;
                }
            }
            print(article, out);
        }
        out.flush();
        return 0;
    }

    private static void print(Article article, PrintWriter out) {
        out.println(article.title().isEmpty() ? "(no title)" : article.title());
        out.println();
        line(out, "id", article.id());
        line(out, "outlet", article.outlet());
        line(out, "url", article.url());
        line(out, "published", article.published() == null ? null : article.published().iso());
        line(out, "modified", article.modified() == null ? null : article.modified().iso());
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

    private static void line(PrintWriter out, String label, String value) {
        out.printf("%-11s %s%n", label, value == null ? "-" : value);
    }
}

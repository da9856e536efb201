package dev.corroborate.app.cli;

import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.model.Passage;
import dev.corroborate.model.ReuseLink;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reuse ID}: the articles this one derives from or that derive from it, with the passages. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = "Shows the articles an article derives from and those derived from it: relation (copy, partial, "
                + "rewrite, cites), score, how sure the direction is, the evidence, and the shared passages side by side.")
final class ReuseCommand extends StoreView {

    @Parameters(paramLabel = "ID", description = "An article id, or a prefix that names one article.")
    String id;

    @Option(names = "--passages", paramLabel = "N", defaultValue = "3",
            description = "Show at most N passages per link (default: ${DEFAULT-VALUE}).")
    int passages;

    @Override
    void checkOptions() {
        if (passages < 0) {
            throw usage("--passages must be 0 or more, not " + passages);
        }
    }

    @Override
    void print(ArticleStore store, PrintWriter out) {
        Article article = StoreAccess.requireArticle(store, id, spec);
        out.printf("%s (%s, %s)%n", article.title().isEmpty() ? "(no title)" : article.title(), article.id(),
                ArticleLabels.outlet(article));
        List<ReuseLink> links = store.reuseLinks(article.id());
        if (links.isEmpty()) {
            out.println("  no reuse found: no article shares text with it or is cited by it");
        }
        for (ReuseLink link : links) {
            boolean isSource = link.sourceId().equals(article.id());
            Article other = store.find(isSource ? link.derivedId() : link.sourceId()).orElseThrow();
            String role = link.directionConfidence() == 0 ? "shares with (direction unknown)"
                    : isSource ? "source of" : "derived from";
            out.printf(Locale.ROOT, "%n  %s %s  %s  score %.2f  direction %.2f%n",
                    role, other.id(), link.relation().label(), link.score(), link.directionConfidence());
            out.printf("    %s (%s)%n", other.title(), ArticleLabels.outlet(other));
            for (String evidence : link.evidence()) {
                out.println("    · " + evidence);
            }
            Article source = isSource ? article : other;
            Article derived = isSource ? other : article;
            int shown = 0;
            for (Passage passage : link.passages()) {
                if (shown++ == passages) {
                    out.printf("    … and %d more passage%s%n", link.passages().size() - passages,
                            link.passages().size() - passages == 1 ? "" : "s");
                    break;
                }
                out.printf("    passage, %d words matched%n", passage.matchedWords());
                out.println("      source:  " + clip(source.text().substring(passage.aStart(), passage.aEnd())));
                out.println("      derived: " + clip(derived.text().substring(passage.bStart(), passage.bEnd())));
            }
        }
    }

    private static String clip(String text) {
        return "\"" + ArticleLabels.clipLine(text, 160) + "\"";
    }
}

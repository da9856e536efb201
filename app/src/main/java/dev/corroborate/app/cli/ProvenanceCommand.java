package dev.corroborate.app.cli;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.query.ProvenanceQuery;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.model.ReuseLink;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code provenance ID}: the derivation tree of the article's group, with its evidence. */
@Command(name = "provenance", mixinStandardHelpOptions = true,
        description = {"Shows where the articles connected to this one by reuse come from, as a tree: the origins at",
            "the top, each derived article under the source that accounts for most of its text, with the relation,",
            "the evidence for the direction, and the material each article has of its own. Ends with the number of",
            "independent sources and the citations. Until stories exist, the group is the articles connected by shared text."})
final class ProvenanceCommand extends StoreView {

    @Parameters(paramLabel = "ID", description = "An article id, or a prefix that names one article.")
    String id;

    @Option(names = "--evidence", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "List the evidence under each link (default: on).")
    boolean evidence;

    @Override
    void print(ArticleStore store, PrintWriter out) {
        Article article = StoreAccess.requireArticle(store, id, spec);
        ProvenanceQuery.ProvenanceTree tree = new ProvenanceQuery(store).of(article.id());
        Provenance.Graph graph = tree.group().graph();
        Map<String, Article> byId = tree.articles();
        out.printf(Locale.ROOT, "%d article%s connected by shared text · %d independent source%s · origin%s: %s%n",
                graph.nodes().size(), graph.nodes().size() == 1 ? "" : "s", graph.independentSources(),
                graph.independentSources() == 1 ? "" : "s", graph.origins().size() == 1 ? "" : "s",
                String.join(", ", graph.origins()));
        Set<String> printed = new HashSet<>();
        for (String origin : graph.origins()) {
            out.println();
            print(out, graph, byId, origin, null, "", "", printed, article.id());
        }
        if (!tree.citations().isEmpty()) {
            out.println();
            out.println("citations (attribution without shared text):");
            for (ProvenanceQuery.Citation citation : tree.citations()) {
                ReuseLink link = citation.link();
                out.printf(Locale.ROOT, "  %s (%s) cites %s (%s)%s%n", link.derivedId(), outlet(citation.citing()),
                        link.sourceId(), outlet(citation.cited()), citation.insideGroup() ? "" : ", outside this group");
            }
        }
    }

    private void print(PrintWriter out, Provenance.Graph graph, Map<String, Article> byId, String articleId,
            ReuseLink via, String firstPrefix, String prefix, Set<String> printed, String asked) {
        Article article = byId.get(articleId);
        Provenance.Node node = graph.node(articleId);
        String marker = articleId.equals(asked) ? "  ◀" : "";
        String relation = via == null ? "origin" : String.format(Locale.ROOT, "%s (score %.2f, direction %.2f)",
                via.relation().label(), via.score(), via.directionConfidence());
        out.printf("%s%s  %s · %s · %s%s%n", firstPrefix, relation, articleId, outlet(article), published(article), marker);
        out.printf("%s    \"%s\"%n", prefix, article.title().isEmpty() ? "(no title)" : clip(article.title(), 100));
        if (via != null && evidence) {
            for (String item : via.evidence()) {
                out.printf("%s    · %s%n", prefix, item);
            }
        }
        for (int i = 1; i < node.sources().size(); i++) {
            ReuseLink also = node.sources().get(i);
            out.printf("%s    also takes from %s (%s)%n", prefix, also.sourceId(), also.relation().label());
        }
        out.printf(Locale.ROOT, "%s    %s · own material: %d of %d words%s%n", prefix,
                node.independent() ? "independent source" : "derived", node.ownWords(), node.words(),
                node.own().isEmpty() ? "" : ", e.g. \"" + clip(article.text().substring(node.own().get(0).start(),
                        node.own().get(0).end()), 90) + "\"");
        if (!printed.add(articleId)) {
            return;
        }
        List<Provenance.Node> children = graph.derivedFrom(articleId);
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            Provenance.Node child = children.get(i);
            print(out, graph, byId, child.articleId(), child.sources().get(0), prefix + (last ? "└─ " : "├─ "),
                    prefix + (last ? "   " : "│  "), printed, asked);
        }
    }

    private static String outlet(Article article) {
        return ArticleLabels.outlet(article);
    }

    private static String published(Article article) {
        return ArticleLabels.time(article.published());
    }

    private static String clip(String text, int length) {
        String line = text.replace("\n\n", " ¶ ").replace('\n', ' ');
        return line.length() <= length ? line : line.substring(0, length - 1) + "…";
    }
}

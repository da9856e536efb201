package dev.corroborate.app.cli;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.query.ProvenanceQuery;
import dev.corroborate.io.query.StoryQuery;
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
        description = "Shows where an article's text comes from, as a tree of the articles connected to it by shared "
                + "text: the origins at the top, each derived article under the source that accounts for most of its "
                + "text, with the relation, the evidence for the direction, and the material each article has of its "
                + "own; then the number of independent sources and the citations. Given a storyline (st-…) or an "
                + "event (ev-…), shows the tree of every group its articles belong to.")
final class ProvenanceCommand extends StoreView {

    @Parameters(paramLabel = "ID", description = "An article id or a prefix that names one article; or a storyline "
            + "(st-…) or event (ev-…) id, or a prefix that names one.")
    String id;

    @Option(names = "--evidence", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "List the evidence under each link (default: on).")
    boolean evidence;

    @Override
    void print(ArticleStore store, PrintWriter out) {
        // A storyline or event with this id is the one meant; else an article, whose own id may start as
        // theirs do ("st-article" given in the input). Never the other way round: an input cannot shadow one.
        if (id.startsWith("st-") || id.startsWith("ev-")) {
            String named = new StoryQuery(store).whole(id); // a unique prefix named by its whole id
            var story = new ProvenanceQuery(store).ofStory(named);
            if (story.isPresent() || store.find(id).isEmpty()) {
                printStory(story.orElseThrow(() -> StoreAccess.unknown("storyline or event", id, "stories", spec)), named, out);
                return;
            }
        }
        Article article = StoreAccess.requireArticle(store, id, spec);
        printTree(new ProvenanceQuery(store).of(article.id()), article.id(), out);
    }

    private void printStory(ProvenanceQuery.StoryProvenance story, String named, PrintWriter out) {
        out.printf(Locale.ROOT, "%s %s: %s · %s connected by shared text · %s sharing text with no other%n",
                named.startsWith("st-") ? "storyline" : "event", named, Plurals.count(story.articles(), "article"),
                Plurals.count(story.trees().size(), "group"), Plurals.count(story.alone().size(), "article"));
        for (ProvenanceQuery.ProvenanceTree tree : story.trees()) {
            out.println();
            printTree(tree, null, out);
        }
        if (!story.alone().isEmpty()) {
            out.println();
            out.println("no shared text with any other article (each an independent source):");
            for (Article article : story.alone()) {
                out.printf("  %s · %s · %s%n", article.id(), outlet(article), published(article));
            }
        }
    }

    private void printTree(ProvenanceQuery.ProvenanceTree tree, String asked, PrintWriter out) {
        Provenance.Graph graph = tree.group().graph();
        Map<String, Article> byId = tree.articles();
        out.printf(Locale.ROOT, "%s connected by shared text · %s · origin%s: %s%n",
                Plurals.count(graph.nodes().size(), "article"), Plurals.count(graph.independentSources(), "independent source"),
                graph.origins().size() == 1 ? "" : "s", String.join(", ", graph.origins()));
        out.println("own reporting: " + Provenance.OWN_REPORTING_RULE + ".");
        Set<String> printed = new HashSet<>();
        for (String origin : graph.origins()) {
            out.println();
            print(out, graph, byId, origin, null, "", "", printed, asked);
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
        out.printf("%s    \"%s\"%n", prefix, article.title().isEmpty() ? "(no title)" : ArticleLabels.clipLine(article.title(), 100));
        if (via != null && evidence) {
            for (String item : via.evidence()) {
                out.printf("%s    · %s%n", prefix, item);
            }
        }
        for (int i = 1; i < node.sources().size(); i++) {
            ReuseLink also = node.sources().get(i);
            out.printf("%s    also takes from %s (%s)%n", prefix, also.sourceId(), also.relation().label());
        }
        out.printf(Locale.ROOT, "%s    %s · own reporting: %s%n", prefix, standing(node), reporting(node, article));
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

    /** Why the article counts or not, in the terms of {@link Provenance#OWN_REPORTING_RULE}. */
    private static String standing(Provenance.Node node) {
        if (node.origin()) {
            return node.independent() ? "independent source (derives from no other)"
                    : "counted with the article it shares its text with (nothing tells which came first, and it has "
                            + "nothing of its own)";
        }
        if (node.independent()) {
            return "independent source (reporting of its own)";
        }
        return node.sources().stream().anyMatch(link -> link.relation() == dev.corroborate.model.Relation.COPY)
                ? "derived (a copy)" : "derived (its sources say nearly all it says)";
    }

    /** "2 passages, 180 words: “first…”" — the article's own reporting, for an origin its whole text. */
    private static String reporting(Provenance.Node node, Article article) {
        if (node.reporting().isEmpty()) {
            return "none";
        }
        Provenance.Span first = node.reporting().get(0);
        return String.format(Locale.ROOT, "%s, %s of %d: \"%s\"", Plurals.count(node.reporting().size(), "passage"),
                Plurals.count(node.reportingWords(), "word"), node.words(),
                ArticleLabels.clipLine(article.text().substring(first.start(), first.end()), 90));
    }

    private static String outlet(Article article) {
        return ArticleLabels.outlet(article);
    }

    private static String published(Article article) {
        return ArticleLabels.time(article.published());
    }
}

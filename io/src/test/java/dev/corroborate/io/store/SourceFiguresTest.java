package dev.corroborate.io.store;

import static dev.corroborate.io.store.StoreSql.execute;
import static dev.corroborate.io.store.StoreSql.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.io.query.IndependentSources;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.pipeline.Analysis;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources step counts only the groups of the articles whose standing as a source is unknown
 * (new, or linked to a changed link) and keeps the rest: after runs adding a few articles each, the
 * kept figures, every article's standing, the events' and storylines' independent sources and the
 * summary's groups by independent sources are those of one run over all the articles.
 */
class SourceFiguresTest {

    @TempDir
    Path dir;

    private static final String BRIDGE = "The Colder Reach bridge will close to all traffic from Friday for six weeks, "
            + "the county roads office said on Tuesday, after inspectors found corrosion in two of its steel piers.\n\n"
            + "Buses between Ostley and the harbour villages will run a diversion through Mallow Fen, adding about "
            + "forty minutes to each journey, the office said in a statement.\n\n"
            + "\u201CWe would not close it if there were any other safe choice,\u201D said Petra Lunn, who leads the "
            + "county's bridge maintenance team, adding that the repair crews would work through the weekends.";
    private static final String BRIDGE_OWN = "Shopkeepers on the Ostley side said the last closure, four years ago, "
            + "cost them a third of their summer trade, and the traders' association asked the county for a rebate "
            + "on business rates while the works last.";
    private static final String FIRE = "A fire destroyed six stalls of the covered market in Tellby overnight, and "
            + "the fire service said on Wednesday that faulty wiring in a storage room was the likely cause.\n\n"
            + "No one was hurt: the market had closed at eight and the night guard raised the alarm shortly after "
            + "midnight, the service said.\n\n"
            + "\u201CThe roof held, which saved the rest of the hall,\u201D said Joran Vell, the station commander, who "
            + "expected the market to reopen in part by the end of next week.";
    private static final String FIRE_OWN = "Stallholders gathered at the town hall on Wednesday afternoon to ask "
            + "the council for help with stock they had lost, most of it uninsured fruit, cloth and kitchenware.";
    private static final String ORCHARD = "The orchard cooperative of Brenmoor Vale picked its first apples of the "
            + "season on Monday, two weeks early after a warm spring, and expects its largest harvest in a decade.\n\n"
            + "\u201CThe trees flowered before the last frost had gone, and still they held,\u201D said Ilse Marrow, "
            + "the cooperative's chair, who plans to hire twenty more pickers for September.";

    private static Article article(String id, String outlet, String published, String title, String text) {
        return new Article(id, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, outlet, title,
                List.of(), PublishedTime.parse(published).orElseThrow(), null, "en", null, Article.paragraphsOf(text),
                null, null, Origin.atLine("sources.jsonl", 1, 0));
    }

    /** Three runs' articles: the originals, then copies and an excerpt, then a rewrite with own reporting. */
    private static List<List<Article>> runs() {
        return List.of(
                List.of(article("bridge-a", "Reach Wire", "2026-06-02T07:00Z", "Bridge to close for repairs", BRIDGE),
                        article("fire-a", "Tellby Post", "2026-06-03T06:00Z", "Fire destroys market stalls", FIRE),
                        article("orchard-a", "Vale Herald", "2026-06-03T09:00Z", "Early harvest in the vale", ORCHARD)),
                List.of(article("bridge-b", "Ostley Courier", "2026-06-02T11:00Z", "Reach bridge closes Friday", BRIDGE),
                        article("fire-b", "County Voice", "2026-06-03T12:00Z", "Market fire: stallholders ask for help",
                                FIRE.substring(0, FIRE.indexOf("\n\n\u201C")) + "\n\n" + FIRE_OWN)),
                List.of(article("bridge-c", "Harbour Times", "2026-06-02T16:00Z", "Traders fear bridge closure",
                        BRIDGE + "\n\n" + BRIDGE_OWN)));
    }

    @Test
    void runsAddingArticlesKeepTheFiguresOfOneRunOverAllOfThem() {
        Map<Integer, Integer> once;
        Map<String, List<String>> whole;
        try (ArticleStore store = ArticleStore.open(dir.resolve("once"))) {
            runs().forEach(articles -> store.insert(articles, store.startRun("analyze", List.of(), Map.of())));
            Analysis.incremental().run(store, store);
            once = IndependentSources.store(store);
            whole = figures(store);
        }
        assertThat(once).isNotEmpty();
        assertThat(whole.get("provenance_figures")).hasSizeGreaterThanOrEqualTo(2);
        try (ArticleStore store = ArticleStore.open(dir.resolve("runs"))) {
            Map<Integer, Integer> last = Map.of();
            for (List<Article> articles : runs()) {
                store.insert(articles, store.startRun("analyze", List.of(), Map.of()));
                Analysis.incremental().run(store, store);
                last = IndependentSources.store(store);
                assertThat(store.articlesWithoutStanding()).isEmpty();
            }
            assertThat(last).isEqualTo(once);
            assertThat(figures(store)).isEqualTo(whole);
            // nothing new: nothing counted, the same figures
            Analysis.incremental().run(store, store);
            assertThat(IndependentSources.store(store)).isEqualTo(once);
            assertThat(figures(store)).isEqualTo(whole);
            // figures counted by other rules (or by a version that kept no stamp): counted whole again
            execute(store, "DELETE FROM kept_stamps WHERE kept = 'source figures'");
            execute(store, "UPDATE provenance_figures SET independent_sources = 99");
            execute(store, "UPDATE provenance_figures SET fingerprint = 'other'");
            assertThat(IndependentSources.store(store)).isEqualTo(once);
            assertThat(figures(store)).isEqualTo(whole);
            // a group whose standing was forgotten (its links changed) is counted again, the others stand
            // (a kept figure whose fingerprint still matches its group is taken as it is: changed here too)
            execute(store, "UPDATE provenance_figures SET independent_sources = 99, fingerprint = 'other' "
                    + "WHERE group_key = 'bridge-a'");
            execute(store, "DELETE FROM article_sources WHERE article_id IN ('bridge-a', 'bridge-b', 'bridge-c')");
            execute(store, "UPDATE event_figures SET independent_sources = NULL");
            assertThat(IndependentSources.store(store)).isEqualTo(once);
            Map<String, List<String>> again = figures(store);
            assertThat(again.get("provenance_figures")).isEqualTo(whole.get("provenance_figures"));
            assertThat(again.get("article_sources")).isEqualTo(whole.get("article_sources"));
        }
    }

    /** The rows of every table the sources step writes, each as text, in order. */
    private static Map<String, List<String>> figures(ArticleStore store) {
        Map<String, List<String>> tables = new java.util.TreeMap<>();
        for (String table : List.of("provenance_figures", "article_sources", "event_figures", "story_figures")) {
            tables.put(table, rows(store, "SELECT * FROM " + table + " ORDER BY 1"));
        }
        return tables;
    }
}

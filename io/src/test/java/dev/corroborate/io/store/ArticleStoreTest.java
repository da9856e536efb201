package dev.corroborate.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import dev.corroborate.model.PublishedTime;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {

    @TempDir
    Path dataDir;

    static Article article(String id, String outlet, String published, String title) {
        return new Article(id, "https://" + outlet + ".example/" + id, outlet, title, List.of("Ann Lee", "Bo Chan"),
                published == null ? null : PublishedTime.parse(published).orElseThrow(),
                PublishedTime.parse("2026-02-05T10:00Z").orElseThrow(), "en", "A lead for " + id + ".",
                List.of("First paragraph of " + id + ".", "Second paragraph."), "GENEVA", "Reuters",
                Origin.atLine("feed.jsonl", 4, 300));
    }

    @Test
    void aNewStoreIsMigratedToTheLatestSchemaAndReopensWithoutChange() {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
        }
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    /**
     * A store of schema 27 kept a page under the digest of its address as given. After the migration the page,
     * read again under any of its addresses (whose ids are now the digest of the canonical one), is found and
     * not stored twice; an article whose id was given, not derived, gets no alias.
     */
    @Test
    void aPageStoredUnderTheIdAnEarlierVersionGaveItsAddressIsFoundUnderTheIdItGivesNow() throws Exception {
        String address = "http://www.harbour.example/news/wall?utm_source=rss";
        String oldId = dev.corroborate.text.ArticleIds.derivedFromAddressAsGiven(address);
        Article stored = withId(article("x", "harbour", "2026-02-03T09:12Z", "Wall approved"), oldId, address);
        Article given = withId(article("x", "harbour", "2026-02-03T09:12Z", "Wall approved"), "given-7",
                "https://harbour.example/news/given");
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.insert(List.of(stored, given), store.startRun("analyze", List.of(), Map.of()));
        }
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(ArticleStore.DATABASE_FILE));
             Statement statement = old.createStatement()) {
            statement.execute("DROP TABLE article_aliases");
            statement.execute("DELETE FROM schema_version WHERE version >= 28");
        }
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(StoreSql.rows(store, "SELECT alias, article_id FROM article_aliases")).containsExactly(
                    dev.corroborate.text.ArticleIds.derive(address, null, null, null) + "|" + oldId + "|");
            long run = store.startRun("analyze", List.of(), Map.of());
            String clean = "https://harbour.example/news/wall";
            String newId = dev.corroborate.text.ArticleIds.derive(clean, null, null, null);
            Article again = withId(article("x", "harbour", "2026-02-03T09:12Z", "Wall approved"), newId, clean);
            Article other = withId(article("y", "harbour", null, "Other"), "y", "https://harbour.example/news/other");
            assertThat(store.insert(List.of(again, other), run)).containsExactly(Outcome.ALREADY_PRESENT, Outcome.STORED);
            assertThat(store.kept(List.of(newId, "y", "missing"))).containsOnlyKeys(newId, "y");
            assertThat(store.kept(List.of(newId)).get(newId).id()).isEqualTo(oldId);
            assertThat(store.count()).isEqualTo(3);
        }
    }

    /** An export read back keeps the id an earlier version gave its address: the page read again is found under it. */
    @Test
    void anArticleStoredLaterUnderAnEarlierIdOfItsAddressIsFoundUnderTheIdItGivesNow() {
        String address = "http://www.harbour.example/news/wall/";
        String oldId = dev.corroborate.text.ArticleIds.derivedFromAddressAsGiven(address);
        String newId = dev.corroborate.text.ArticleIds.derive(address, null, null, null);
        Article exported = withId(article("x", "harbour", "2026-02-03T09:12Z", "Wall approved"), oldId, address);
        Article again = withId(article("x", "harbour", "2026-02-03T09:12Z", "Wall approved"), newId,
                "https://harbour.example/news/wall");
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            // In one batch, and again in a later one.
            assertThat(store.insert(List.of(exported, again), store.startRun("analyze", List.of(), Map.of())))
                    .containsExactly(Outcome.STORED, Outcome.ALREADY_PRESENT);
            assertThat(store.insert(List.of(again), store.startRun("analyze", List.of(), Map.of())))
                    .containsExactly(Outcome.ALREADY_PRESENT);
            assertThat(store.kept(List.of(newId)).get(newId).id()).isEqualTo(oldId);
            assertThat(store.count()).isEqualTo(1);
        }
    }

    private static Article withId(Article a, String id, String url) {
        return new Article(id, url, a.outlet(), a.title(), a.authors(), a.published(), a.modified(), a.language(), a.lead(),
                a.paragraphs(), a.dateline(), a.agency(), a.origin());
    }

    @Test
    void articlesRoundTripExactly() {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            long run = store.startRun("analyze", List.of("feed.jsonl"), Map.of());
            Article original = article("a1", "harbour", "2026-02-03T09:12+01:00", "Wall approved");
            assertThat(store.insert(List.of(original), run)).containsExactly(Outcome.STORED);
            assertThat(store.find("a1")).contains(original);
            assertThat(store.find("missing")).isEmpty();
        }
    }

    @Test
    void anIdAlreadyStoredOrRepeatedInTheBatchIsAlreadyPresent() {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            long run = store.startRun("analyze", List.of(), Map.of());
            store.insert(List.of(article("a1", "x", null, "T")), run);
            List<Outcome> outcomes = store.insert(
                    List.of(article("a1", "x", null, "T"), article("a2", "x", null, "T"), article("a2", "x", null, "T")), run);
            assertThat(outcomes).containsExactly(Outcome.ALREADY_PRESENT, Outcome.STORED, Outcome.ALREADY_PRESENT);
            assertThat(store.count()).isEqualTo(2);
        }
    }

    @Test
    void listingIsEarliestFirstWithUnknownTimesLastAndFiltersApply() {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            long run = store.startRun("analyze", List.of(), Map.of());
            store.insert(List.of(
                    article("late", "harbour", "2026-03-01", "Ferry late"),
                    article("none", "valley", null, "Ferry undated"),
                    article("early", "valley", "2026-02-01T10:00Z", "Bridge early"),
                    article("mid", "Harbour", "2026-02-15", "Ferry mid")), run);
            assertThat(ids(store, ArticleFilter.ALL)).containsExactly("early", "mid", "late", "none");
            assertThat(ids(store, new ArticleFilter("HARBOUR", null, null, null, 0))).containsExactly("mid", "late");
            assertThat(ids(store, new ArticleFilter(null, Instant.parse("2026-02-10T00:00:00Z"), null, "ferry", 0)))
                    .containsExactly("mid", "late");
            assertThat(ids(store, new ArticleFilter(null, null, null, null, 2))).containsExactly("early", "mid");
            assertThat(store.idsStartingWith("l", 5)).containsExactly("late");
            assertThat(store.idsStartingWith("%", 5)).isEmpty();
        }
    }

    @Test
    void aStoreFromANewerCorroborateIsRefusedUntouched() throws Exception {
        ArticleStore.open(dataDir).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(ArticleStore.DATABASE_FILE));
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version VALUES (999, 'from the future', '2030-01-01')");
        }
        assertThatThrownBy(() -> ArticleStore.open(dataDir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 999").hasMessageContaining("newer Corroborate");
    }

    @Test
    void reuseLinksRoundTripAndAreReplacedWhole() {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            long run = store.startRun("analyze", List.of(), Map.of());
            store.insert(List.of(article("a", "x", null, "A"), article("b", "y", null, "B"), article("c", "z", null, "C")), run);
            var link = new dev.corroborate.model.ReuseLink("a", "b", dev.corroborate.model.Relation.PARTIAL, 0.4, 0.75,
                    List.of(new dev.corroborate.model.Passage(0, 10, 5, 15, 3)), List.of("a was published first"));
            store.replaceReuseLinks(List.of(link));
            assertThat(store.reuseLinks("b")).containsExactly(link);
            assertThat(store.reuseLinks("c")).isEmpty();
            store.replaceReuseLinks(List.of());
            assertThat(store.reuseLinks("a")).isEmpty();
        }
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        assertThat(Migrations.statements("CREATE TABLE a (x TEXT); -- note\nCREATE INDEX i ON a(x);\n"))
                .containsExactly("CREATE TABLE a (x TEXT)", "CREATE INDEX i ON a(x)");
    }

    private static List<String> ids(ArticleStore store, ArticleFilter filter) {
        List<String> ids = new ArrayList<>();
        store.forEach(filter, a -> ids.add(a.id()));
        return ids;
    }
}

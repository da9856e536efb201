package dev.corroborate.io.store;

import static dev.corroborate.io.store.StoreSql.execute;
import static dev.corroborate.io.store.StoreSql.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.compare.KeptAlignment;
import dev.corroborate.model.Article;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import dev.corroborate.text.TextSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store implements the pipeline's ports as memory does: the same analysis over the same
 * articles keeps the same results in both, which is what lets the eval commands (in memory)
 * measure what {@code analyze} (over the store) gives.
 */
class StoreAsPortsTest {

    @TempDir
    Path dataDir;

    private static Article article(String id, String outlet, String published, String title, String text) {
        return new Article(id, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, outlet, title,
                List.of(), PublishedTime.parse(published).orElseThrow(), null, "en", null, Article.paragraphsOf(text),
                null, null, Origin.atLine("ports.jsonl", 1, 0));
    }

    private static List<Article> articles() {
        String report = "The ferry between Harrowgate Sound and the outer islands will stop running at the end of "
                + "the month, the island council confirmed on Monday, after its operator lost the subsidy it has "
                + "relied on for eleven years.\n\n"
                + "\u201CWithout the crossing, the school and the clinic are a day away,\u201D said Odile Brask, who "
                + "runs the harbour shop on the largest island and has collected four hundred signatures.\n\n"
                + "The council said it would ask the regional transport board for an emergency grant next week.";
        String rewrite = "Ferry service to the outer islands of Harrowgate Sound ends at the close of the month, the "
                + "island council confirmed on Monday, because the operator lost its eleven-year subsidy.\n\n"
                + "\u201CWithout the crossing, the school and the clinic are a day away,\u201D said Odile Brask, who "
                + "runs the harbour shop on the largest island and has collected four hundred signatures.\n\n"
                + "Council members plan to seek an emergency grant from the regional transport board next week.";
        String unrelated = "A storm surge flooded the lower market of Pellin Quay overnight, and traders spent the "
                + "morning carrying stock to the upper town.\n\n"
                + "\u201CThe water came over the wall twice before midnight,\u201D said Aurel Voss, the quay's harbour "
                + "master, adding that the sea wall would be inspected on Thursday.";
        return List.of(article("ferry-a", "Sound Courier", "2026-05-04T08:00Z", "Island ferry to stop", report),
                article("ferry-b", "Islands Weekly", "2026-05-04T15:00Z", "Outer islands lose their ferry", rewrite),
                article("surge-a", "Quay Gazette", "2026-05-06T06:30Z", "Storm surge floods market", unrelated));
    }

    @Test
    void theSameAnalysisKeepsTheSameResultsInTheStoreAsInMemory() {
        InMemoryResults memory = new InMemoryResults();
        Analysis.Report inMemory = Analysis.incremental().run(ArticleList.of(articles()), memory);
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.insert(articles(), store.startRun("analyze", List.of(), Map.of()));
            Analysis.Report inStore = Analysis.incremental().run(store, store);

            assertThat(inStore.reuse()).isEqualTo(inMemory.reuse());
            assertThat(inStore.stories()).isEqualTo(inMemory.stories());
            assertThat(inStore.quotes()).isEqualTo(inMemory.quotes());
            List<ReuseLink> links = new ArrayList<>();
            store.forEachReuseLink(links::add);
            assertThat(links).isEqualTo(memory.reuseLinks()).isNotEmpty();
            assertThat(store.assignments()).isEqualTo(memory.assignments());
            List<FoundQuote> quotes = new ArrayList<>();
            store.forEachQuote(null, null, null, quotes::add);
            assertThat(quotes).containsExactlyInAnyOrderElementsOf(memory.quotes()).isNotEmpty();
            assertThat(store.speakers()).containsExactlyInAnyOrderElementsOf(memory.speakers());
            assertThat(store.quoteGroups()).containsExactlyInAnyOrderElementsOf(memory.quoteGroups());
            // What the comparison fingerprints from: the store's narrow readers give what the ports make of whole rows.
            Map<String, List<dev.corroborate.pipeline.QuoteSource.Standing>> filed = new java.util.HashMap<>();
            store.forEachArticleStandings(filed::put);
            Map<String, List<dev.corroborate.pipeline.QuoteSource.Standing>> whole = new java.util.HashMap<>();
            memory.forEachArticleStandings(whole::put);
            assertThat(filed).isEqualTo(whole).isNotEmpty();
            assertThat(store.quoteGroupDrifts()).isEqualTo(memory.quoteGroupDrifts()).isNotEmpty();
            List<String> someGroups = memory.quoteGroups().stream().map(dev.corroborate.model.QuoteGroupSummary::id).limit(2).toList();
            assertThat(store.quoteGroups(someGroups)).isEqualTo(memory.quoteGroups(someGroups)).hasSize(someGroups.size());
            assertThat(inStore.compare()).isEqualTo(inMemory.compare());
            List<Discrepancy> discrepancies = new ArrayList<>();
            store.forEachDiscrepancy(null, discrepancies::add);
            assertThat(discrepancies).isEqualTo(memory.discrepancies());
        }
    }

    private static FoundQuote quote(String id, String article, int start, int end) {
        return new FoundQuote(id, article, new dev.corroborate.model.Quote(dev.corroborate.model.QuoteKind.DIRECT, start, end,
                "x".repeat(end - start), null, "", -1, -1), null, null, null);
    }

    @Test
    void theStandingsFiledByArticleAreInTextOrderWhateverOrderTheTableHoldsThem() {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.insert(articles(), store.startRun("analyze", List.of(), Map.of()));
            String a = articles().get(0).id();
            String b = articles().get(2).id();
            // Written out of text order; one id not of the usual form, starting where another starts and ending after it.
            store.replaceQuotes(List.of(quote(a + "#50", a, 50, 60), quote("x-other", a, 10, 20), quote(b + "#5", b, 5, 9),
                    quote(a + "#30", a, 30, 40), quote(a + "#10", a, 10, 15)), List.of(), List.of());

            Map<String, List<String>> filed = new java.util.HashMap<>();
            store.forEachArticleStandings((article, standings) -> filed.put(article,
                    standings.stream().map(dev.corroborate.pipeline.QuoteSource.Standing::id).toList()));
            Map<String, List<String>> streamed = new java.util.HashMap<>();
            store.forEachQuoteStanding(standing -> streamed.computeIfAbsent(standing.articleId(), k -> new ArrayList<>())
                    .add(standing.id()));

            assertThat(filed).isEqualTo(Map.of(a, List.of(a + "#10", "x-other", a + "#30", a + "#50"), b, List.of(b + "#5")))
                    .isEqualTo(streamed);
        }
    }

    @Test
    void discrepanciesAreKeptWithTheirValuesAndReadBackByEvent() {
        Discrepancy number = new Discrepancy("ev-1", Discrepancy.Kind.NUMBER, Discrepancy.Verdict.COMPATIBLE,
                List.of(new Discrepancy.Value("a", "nearly 100", 10, 20, "nearly 100"),
                        new Discrepancy.Value("b", "about 100", 4, 13, "about 100")), "their ranges overlap");
        Discrepancy name = new Discrepancy("ev-2", Discrepancy.Kind.NAME, Discrepancy.Verdict.CONFLICT,
                List.of(new Discrepancy.Value("c", "Brask", 0, 5, "Brask")), "spelled two ways");
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.replaceDiscrepancies(List.of(number, name));
            List<Discrepancy> all = new ArrayList<>();
            store.forEachDiscrepancy(null, all::add);
            List<Discrepancy> second = new ArrayList<>();
            store.forEachDiscrepancy("ev-2", second::add);

            assertThat(all).containsExactly(number, name);
            assertThat(second).containsExactly(name);
            store.replaceDiscrepancies(List.of(name));
            all.clear();
            store.forEachDiscrepancy(null, all::add);
            assertThat(all).containsExactly(name);
        }
    }

    @Test
    void anUpdateRewritesOnlyTheComparedAndGoneEventsAndCountsByKindAndClass() {
        Discrepancy first = new Discrepancy("ev-1", Discrepancy.Kind.NUMBER, Discrepancy.Verdict.CONFLICT,
                List.of(new Discrepancy.Value("a", "12", 0, 2, "12")), "twelve against fifteen");
        Discrepancy second = new Discrepancy("ev-2", Discrepancy.Kind.NAME, Discrepancy.Verdict.CONFLICT,
                List.of(new Discrepancy.Value("c", "Brask", 0, 5, "Brask")), "spelled two ways");
        Discrepancy third = new Discrepancy("ev-3", Discrepancy.Kind.DATE, Discrepancy.Verdict.ONLY_IN_ONE,
                List.of(new Discrepancy.Value("d", "Monday", 3, 9, "monday")), "only one article gives it");
        Discrepancy again = new Discrepancy("ev-2", Discrepancy.Kind.NAME, Discrepancy.Verdict.COMPATIBLE,
                List.of(new Discrepancy.Value("c", "Brasko", 0, 6, "Brasko")), "one name");
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.replaceDiscrepancies(List.of(first, second, third), Map.of("ev-1", "f1", "ev-2", "f2", "ev-3", "f3"));
            // ev-2 compared again (two findings now, in the comparison's order), ev-3 gone, ev-4 new with none
            store.updateDiscrepancies(Map.of("ev-2", List.of(again, second), "ev-4", List.of()),
                    Map.of("ev-2", "f2b", "ev-4", "f4"), java.util.Set.of("ev-3"));
            List<Discrepancy> all = new ArrayList<>();
            store.forEachDiscrepancy(null, all::add);

            assertThat(all).containsExactly(first, again, second);
            assertThat(store.comparedFingerprints()).isEqualTo(Map.of("ev-1", "f1", "ev-2", "f2b", "ev-4", "f4"));
            assertThat(store.discrepancyCounts()).isEqualTo(Map.of(
                    Discrepancy.Kind.NUMBER, Map.of(Discrepancy.Verdict.CONFLICT, 1),
                    Discrepancy.Kind.NAME, Map.of(Discrepancy.Verdict.CONFLICT, 1, Discrepancy.Verdict.COMPATIBLE, 1)));
        }
    }

    @Test
    void keptAlignmentsAreReadBackByEventAndForgottenWithTheirEvents() {
        KeptAlignment one = new KeptAlignment("alignment 1 s", List.of(
                new KeptAlignment.Article("a", List.of(new TextSpan(0, 12), new TextSpan(13, 40)), List.of(1, 3), ""),
                new KeptAlignment.Article("b", List.of(new TextSpan(0, 9)), List.of(1), "0011aabb")));
        KeptAlignment two = new KeptAlignment("alignment 1 s", List.of(
                new KeptAlignment.Article("c", List.of(), List.of(), "")));
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.keepAlignments(Map.of("ev-1", one, "ev-2", two), java.util.Set.of(), true);
            assertThat(store.keptAlignments(List.of("ev-1", "ev-2", "ev-9"))).isEqualTo(Map.of("ev-1", one, "ev-2", two));

            store.keepAlignments(Map.of("ev-3", one), java.util.Set.of("ev-1"), false);
            assertThat(store.keptAlignments(List.of("ev-1", "ev-2", "ev-3"))).isEqualTo(Map.of("ev-2", two, "ev-3", one));

            store.keepAlignments(Map.of("ev-4", two), java.util.Set.of(), true);
            assertThat(store.keptAlignments(List.of("ev-2", "ev-3", "ev-4"))).isEqualTo(Map.of("ev-4", two));
        }
    }

    @Test
    void anAnalysisInTwoRunsKeepsWhatOneRunOverAllTheArticlesKeeps() {
        List<Article> all = articles();
        InMemoryResults memory = new InMemoryResults();
        Analysis.incremental().run(ArticleList.of(all), memory);
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            // The older report arrives in the second run: feed order puts it first.
            store.insert(all.subList(1, 3), store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
            store.insert(all.subList(0, 1), store.startRun("analyze", List.of(), Map.of()));
            Analysis.Report second = Analysis.incremental().run(store, store);

            assertThat(second.reuse().total()).isEqualTo(memory.reuseLinks().size());
            List<ReuseLink> links = new ArrayList<>();
            store.forEachReuseLink(links::add);
            assertThat(links).isEqualTo(memory.reuseLinks()).isNotEmpty();
            List<FoundQuote> quotes = new ArrayList<>();
            store.forEachQuote(null, null, null, quotes::add);
            assertThat(quotes).containsExactlyInAnyOrderElementsOf(memory.quotes()).isNotEmpty();
            assertThat(store.speakers()).containsExactlyInAnyOrderElementsOf(memory.speakers());
            assertThat(store.quoteGroups()).containsExactlyInAnyOrderElementsOf(memory.quoteGroups());
            assertThat(count(store, "reuse_sketches")).isEqualTo(3);
            assertThat(count(store, "quote_findings")).isEqualTo(3);
            List<dev.corroborate.model.Discrepancy> discrepancies = new ArrayList<>();
            store.forEachDiscrepancy(null, discrepancies::add);
            assertThat(discrepancies).isEqualTo(memory.discrepancies());
            assertThat(count(store, "speaker_forms")).isPositive();
            assertThat(count(store, "speaker_mentions")).isPositive();
            assertThat(count(store, "quote_words")).isPositive();
        }
    }

    @Test
    void batchesWithLateArticlesKeepTheReuseIndexARunOverAllKeeps(@TempDir Path scratchDir) {
        // Three batches, the later ones with articles published among the kept ones, the second from
        // outlets never seen: the kept articles after each batch's first new one move in the feed,
        // and the store keeps their places, postings and names anew (many by a scan of each table,
        // the last batch's seven by their own keys). What it keeps is what one run over all keeps.
        java.util.Random random = new java.util.Random(3);
        String[] shared = new String[6];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = sentences(random, 4);
        }
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            String outlet = "Outlet " + (i < 300 ? random.nextInt(6) : random.nextInt(9));
            String text = random.nextInt(4) == 0 ? shared[random.nextInt(shared.length)] + "\n\n" + sentences(random, 2)
                    : sentences(random, 3) + (random.nextInt(5) == 0 ? " Outlet " + random.nextInt(9) + " reported it." : "");
            all.add(article("a" + i, outlet, java.time.Instant.parse("2026-03-01T00:00:00Z").plusSeconds(1_200L * i).toString(),
                    "Title " + i, text));
        }
        // The last batch: the latest articles and one a little before the newest kept ones, just after
        // a chunk starts (few move: the two kept articles of its chunk before it, and the five after it).
        List<Article> lastBatch = all.stream().filter(a -> a.id().equals("a514") || Integer.parseInt(a.id().substring(1)) >= 520)
                .toList();
        List<Article> shuffled = new ArrayList<>(all);
        shuffled.removeAll(lastBatch);
        java.util.Collections.shuffle(shuffled, random);
        // Outlets 6 to 8 first come in the second batch.
        shuffled.sort(java.util.Comparator.comparing((Article a) -> Integer.parseInt(a.outlet().substring(7)) >= 6));
        List<String> keptIndex;
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            for (List<Article> batch : List.of(shuffled.subList(0, 300), shuffled.subList(300, shuffled.size()), lastBatch)) {
                store.insert(batch, store.startRun("analyze", List.of(), Map.of()));
                dev.corroborate.pipeline.ReuseStage.Summary summary = new dev.corroborate.pipeline.ReuseStage().run(store, store);
                if (batch != lastBatch) {
                    continue;
                }
                assertThat(summary.replayedBecause()).isNull();
                assertThat(summary.refiled()).isEqualTo(7); // a512, a513, a515 to a519
            }
            keptIndex = keptIndexRows(store);
        }
        try (ArticleStore store = ArticleStore.open(scratchDir)) {
            store.insert(all, store.startRun("analyze", List.of(), Map.of()));
            new dev.corroborate.pipeline.ReuseStage().run(store, store);
            assertThat(keptIndex).isEqualTo(keptIndexRows(store)).hasSizeGreaterThan(700 * 50);
        }
    }

    @Test
    void theWalkOfHeadersToldWhichAreUnsketchedGivesWhatTheWalkAskingTheSketchesGives() {
        List<Article> all = articles();
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.insert(all.subList(0, all.size() - 2), store.startRun("analyze", List.of(), Map.of()));
            new dev.corroborate.pipeline.ReuseStage().run(store, store);
            store.insert(all.subList(all.size() - 2, all.size()), store.startRun("analyze", List.of(), Map.of()));
            dev.corroborate.pipeline.ReuseIndex index = store.reuseIndex().orElseThrow();
            java.util.Collection<String> unsketched = index.unsketched().orElseThrow();
            assertThat(unsketched).containsExactlyInAnyOrder(all.get(all.size() - 2).id(), all.get(all.size() - 1).id());
            List<dev.corroborate.reuse.ReuseArchive.Entry> asked = new ArrayList<>();
            index.forEachHeader(asked::add);
            List<dev.corroborate.reuse.ReuseArchive.Entry> told = new ArrayList<>();
            index.forEachHeader(java.util.Set.copyOf(unsketched), told::add);
            assertThat(told).isEqualTo(asked).hasSize(all.size()).filteredOn(e -> !e.sketched()).hasSize(2);
        }
    }

    @Test
    void sketchesSetAsideDuringARunAreKeptAsIfHeldAndLeaveNoFileBehind(@TempDir Path heldDir) throws Exception {
        // A run from scratch and a batch after it, one store setting its sketches aside a few at a time
        // (in a file in its folder, between chunks) and its index tables in mapped pages, the other holding
        // both on the heap: the same sketches, names, links and kept index.
        List<Article> all = articlesSharingAParagraph(5, 600);
        // What a run that died left in the folder goes when the next run sets its sketches aside.
        java.nio.file.Files.writeString(dataDir.resolve("reuse-sketches-1.tmp"), "left by a run that died");
        List<List<String>> kept = new ArrayList<>();
        for (Path dir : List.of(dataDir, heldDir)) {
            try (ArticleStore store = ArticleStore.open(dir)) {
                ReuseSketchTable table = (ReuseSketchTable) store.reuseIndex().orElseThrow();
                table.setAsideAt = dir == dataDir ? 5 : Integer.MAX_VALUE;
                // Its indexes' pages of a KB or more mapped outside the heap too, the other's all on the heap.
                table.mappedFrom = dir == dataDir ? 1_024 : Integer.MAX_VALUE;
                for (List<Article> batch : List.of(all.subList(0, 520), all.subList(520, all.size()))) {
                    store.insert(batch, store.startRun("analyze", List.of(), Map.of()));
                    new dev.corroborate.pipeline.ReuseStage().run(store, store);
                    if (batch.size() == 520) {
                        // From scratch: a chunk's sketches are made before the look at its start, so all
                        // were set aside (none by the store holding them).
                        assertThat(table.lastSetAside).isEqualTo(dir == dataDir ? 520 : 0);
                    }
                }
                List<String> rows = new ArrayList<>(StoreSql.rows(store, "SELECT article_id, hex(signature), "
                        + "hex(word_signature), hex(fingerprints), names FROM reuse_sketches ORDER BY article_id"));
                rows.addAll(StoreSql.rows(store, "SELECT name FROM reuse_names ORDER BY name"));
                rows.addAll(StoreSql.rows(store, "SELECT source_id, derived_id, relation FROM reuse_links ORDER BY 1, 2"));
                rows.addAll(keptIndexRows(store));
                kept.add(rows);
            }
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .noneMatch(name -> name.startsWith("reuse-sketches-") || name.startsWith(MappedTableSpace.PREFIX));
            }
        }
        assertThat(kept.get(0)).isEqualTo(kept.get(1)).hasSizeGreaterThan(600 * 50);
        assertThat(kept.get(0)).anyMatch(row -> row.startsWith("outlet "));
    }

    /** The kept reuse index as rows: every place, posting (of either table) and name, sorted. */
    private static List<String> keptIndexRows(ArticleStore store) {
        List<String> rows = new ArrayList<>(StoreSql.rows(store, "SELECT 'feed', position, article_id FROM reuse_feed"));
        rows.addAll(StoreSql.keptPostings(store.database()));
        rows.addAll(StoreSql.rows(store, "SELECT 'mention', name, position FROM reuse_mentions"));
        java.util.Collections.sort(rows);
        return rows;
    }

    @Test
    void aStoreOfSchema26FilesItsKeptIndexAgainAsPagesAtItsNextRun(@TempDir Path freshDir) throws Exception {
        // One store kept its reuse index as schema 26 did (a row a posting) before its second batch, the other
        // as pages all along: after the second batch, the same links and kept index. Both keep few postings in
        // the recent table (a few articles' worth), so that most of each filing goes to the pages.
        List<Article> all = articlesSharingAParagraph(9, 300);
        KeptIndexTable.Limits few = new KeptIndexTable.Limits(40, 20_000, 2_000);
        List<List<String>> kept = new ArrayList<>();
        for (Path dir : List.of(dataDir, freshDir)) {
            try (ArticleStore store = ArticleStore.open(dir)) {
                ((ReuseSketchTable) store.reuseIndex().orElseThrow()).limitKeptIndex(few);
                store.insert(all.subList(0, 250), store.startRun("analyze", List.of(), Map.of()));
                new dev.corroborate.pipeline.ReuseStage().run(store, store);
            }
            if (dir == dataDir) {
                try (java.sql.Connection old = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                        + dir.resolve(ArticleStore.DATABASE_FILE)); java.sql.Statement statement = old.createStatement()) {
                    statement.execute("DROP TABLE reuse_posting_pages");
                    statement.execute("CREATE TABLE reuse_postings (kind INTEGER NOT NULL, hash INTEGER NOT NULL, position INTEGER "
                            + "NOT NULL, PRIMARY KEY (kind, hash, position)) STRICT, WITHOUT ROWID");
                    statement.execute("INSERT INTO reuse_postings VALUES (0, 7, 3)");
                    statement.execute("DELETE FROM schema_version WHERE version >= 27");
                    statement.execute("DROP TABLE article_aliases");
                }
            }
            try (ArticleStore store = ArticleStore.open(dir)) {
                ((ReuseSketchTable) store.reuseIndex().orElseThrow()).limitKeptIndex(few);
                assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
                if (dir == dataDir) {
                    assertThat(StoreSql.rows(store, "SELECT count(*) FROM reuse_feed")).containsExactly("0|");
                    assertThat(StoreSql.rows(store, "SELECT count(*) FROM sqlite_master WHERE name = 'reuse_postings'"))
                            .containsExactly("0|");
                }
                store.insert(all.subList(250, all.size()), store.startRun("analyze", List.of(), Map.of()));
                new dev.corroborate.pipeline.ReuseStage().run(store, store);
                assertThat(StoreSql.rows(store, "SELECT count(*) FROM reuse_posting_pages")).isNotEqualTo(List.of("0|"));
                List<String> rows = new ArrayList<>(StoreSql.rows(store, "SELECT source_id, derived_id, relation FROM reuse_links "
                        + "ORDER BY 1, 2"));
                rows.addAll(keptIndexRows(store));
                kept.add(rows);
            }
        }
        assertThat(kept.get(0)).isEqualTo(kept.get(1)).anyMatch(row -> row.startsWith("posting|"))
                .anyMatch(row -> row.startsWith("feed|"));
    }

    /**
     * {@code count} articles of made-up sentences twenty minutes apart, every fifth opening with one
     * paragraph they all share, every seventh of the others naming an outlet.
     */
    private static List<Article> articlesSharingAParagraph(long seed, int count) {
        java.util.Random random = new java.util.Random(seed);
        String shared = sentences(random, 4);
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = i % 5 == 0 ? shared + "\n\n" + sentences(random, 2)
                    : sentences(random, 3) + (i % 7 == 0 ? " Outlet " + random.nextInt(9) + " reported it." : "");
            all.add(article("a" + i, "Outlet " + (i % 9), java.time.Instant.parse("2026-03-01T00:00:00Z")
                    .plusSeconds(1_200L * i).toString(), "Title " + i, text));
        }
        return all;
    }

    /** Sentences of made-up words (fictional text), a dozen words each. */
    private static String sentences(java.util.Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < count; s++) {
            for (int w = 0; w < 12; w++) {
                StringBuilder word = new StringBuilder();
                for (int c = 0; c < 3 + random.nextInt(5); c++) {
                    word.append((char) ('a' + random.nextInt(26)));
                }
                text.append(w == 0 ? " " + Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            text.append('.');
        }
        return text.toString().strip();
    }

    @Test
    void keptSketchesAndFindingsUnderAnotherSettingsStampAreMadeAgain() {
        List<Article> all = articles();
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.insert(all, store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
            List<ReuseLink> links = new ArrayList<>();
            store.forEachReuseLink(links::add);
            String sketches = stamp(store, "reuse sketches");
            String findings = stamp(store, "quote findings");
            assertThat(sketches).isNotBlank();
            assertThat(findings).isNotBlank();
            // As if an earlier Corroborate with other settings had kept them: a wrong sketch and no findings.
            execute(store, "UPDATE kept_stamps SET stamp = 'other settings'");
            execute(store, "UPDATE reuse_sketches SET signature = zeroblob(512), word_signature = zeroblob(768)");
            execute(store, "UPDATE quote_findings SET findings = '[]'");

            Analysis.incremental().run(store, store);

            List<ReuseLink> again = new ArrayList<>();
            store.forEachReuseLink(again::add);
            assertThat(again).isEqualTo(links);
            assertThat(stamp(store, "reuse sketches")).isEqualTo(sketches);
            assertThat(stamp(store, "quote findings")).isEqualTo(findings);
            assertThat(count(store, "quote_findings WHERE findings <> '[]'")).isPositive();
        }
    }

    private static String stamp(ArticleStore store, String kept) {
        try (var select = store.database().connection().prepareStatement("SELECT stamp FROM kept_stamps WHERE kept = ?")) {
            select.setString(1, kept);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}

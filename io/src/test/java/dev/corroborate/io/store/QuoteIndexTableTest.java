package dev.corroborate.io.store;

import static dev.corroborate.io.store.StoreSql.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.QuoteArchive;
import dev.corroborate.quote.QuoteGrouper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the quote stage keeps for incremental runs (schema 14: the quotes' content words, postings
 * and counts, the speakers' name forms, blocks and mentions): an analysis in several runs keeps
 * the same index, quotes, groups and people as one run over all the articles, and a run with
 * nothing new changes none of it.
 */
class QuoteIndexTableTest {

    @TempDir
    Path twoRuns;

    @TempDir
    Path oneRun;

    /** What must be equal: the quote stage's results and the kept index (postings aside, see STORE.md). */
    private static final List<String> COMPARED = List.of(
            "SELECT * FROM speakers ORDER BY id",
            "SELECT * FROM quote_groups ORDER BY id",
            "SELECT id, speaker_id, group_id, diff FROM quotes ORDER BY id",
            "SELECT * FROM quote_words ORDER BY quote_id, ordinal",
            // A word's count and holders as a set: a run appends its new holders as a part after the kept ones
            // (their order is not read).
            "SELECT word, sum(quotes), (SELECT group_concat(value, ' ') FROM (SELECT j.value FROM quote_word_postings p, "
                    + "json_each(p.holders) j WHERE p.word = w.word ORDER BY j.value)) "
                    + "FROM quote_word_postings w GROUP BY word ORDER BY word",
            "SELECT * FROM speaker_forms ORDER BY identity",
            "SELECT * FROM speaker_form_blocks ORDER BY block, identity",
            "SELECT * FROM speaker_mentions ORDER BY mention_key");

    /** Fictional coverage: a few subjects, people under variants of their names, statements carried by several outlets. */
    private static List<Article> articles(int count, long seed) {
        String[][] people = {{"Odile Brask", "Brask", "Odile Braske"}, {"Aurel Voss", "Voss", "Aurel M. Voss"},
            {"Ines Tarrow", "Tarrow", "Ines Tarow"}, {"Pell Amsel", "Amsel", "Pell Amsell"}};
        String[] roles = {"the harbour master", "a spokeswoman for the island council", "who runs the quay shop", ""};
        String[] statements = {
            "Without the crossing the school and the clinic are a whole day away for every family here",
            "The sea wall was never built for water coming over twice before midnight in one storm",
            "We asked the regional transport board for an emergency grant and we expect an answer soon",
            "Traders carried their stock to the upper town through the night and nobody was hurt",
            "The subsidy paid for eleven years of winter sailings and nothing has replaced it yet"};
        String[] outlets = {"Sound Courier", "Islands Weekly", "Quay Gazette", "Harbour Post"};
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int subject = random.nextInt(statements.length);
            StringBuilder text = new StringBuilder("The islands met again on the question of the crossing and the wall, "
                    + "and the council heard from residents for most of the evening.");
            for (int q = 0; q < 1 + random.nextInt(3); q++) {
                int person = (subject + q) % people.length;
                String name = people[person][random.nextInt(3)];
                String role = roles[random.nextInt(roles.length)];
                String statement = statements[(subject + q) % statements.length];
                if (random.nextBoolean()) {
                    statement = statement.substring(0, statement.lastIndexOf(' '));
                }
                text.append("\n\n\u201C").append(statement).append(",\u201D said ").append(name)
                        .append(role.isEmpty() ? "" : ", " + role).append('.');
            }
            String id = "isl-" + i;
            String outlet = outlets[random.nextInt(outlets.length)];
            articles.add(new Article(id, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, outlet,
                    "Island meeting " + i, List.of(), PublishedTime.parse(String.format("2026-05-%02dT%02d:00Z",
                    1 + i / 8, i % 24)).orElseThrow(), null, "en", null, Article.paragraphsOf(text.toString()), null, null,
                    Origin.atLine("islands.jsonl", i + 1, 0)));
        }
        return articles;
    }

    @Test
    void theIndexKeptOverSeveralRunsIsTheIndexOfOneRun() {
        List<Article> all = articles(48, 7);
        try (ArticleStore store = ArticleStore.open(oneRun)) {
            store.insert(all, store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
        }
        try (ArticleStore store = ArticleStore.open(twoRuns)) {
            for (int[] part : new int[][] {{0, 20}, {20, 36}, {36, 48}}) {
                store.insert(all.subList(part[0], part[1]), store.startRun("analyze", List.of(), Map.of()));
                Analysis.incremental().run(store, store);
            }
        }
        try (ArticleStore once = ArticleStore.open(oneRun); ArticleStore thrice = ArticleStore.open(twoRuns)) {
            assertThat(rows(once, "SELECT count(*) FROM quote_groups")).isNotEqualTo(List.of("0|"));
            assertThat(rows(once, "SELECT count(*) FROM speaker_mentions")).isNotEqualTo(List.of("0|"));
            for (String query : COMPARED) {
                assertThat(rows(thrice, query)).as(query).isEqualTo(rows(once, query));
            }
        }
    }

    @Test
    void aRunWithNothingNewChangesNothingKept() {
        List<Article> all = articles(30, 11);
        try (ArticleStore store = ArticleStore.open(oneRun)) {
            store.insert(all, store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
            List<List<String>> before = COMPARED.stream().map(query -> rows(store, query)).toList();
            Analysis.incremental().run(store, store);
            assertThat(COMPARED.stream().map(query -> rows(store, query)).toList()).isEqualTo(before);
        }
    }

    @Test
    void anIndexThatFailsOnceTheQuotesAreWrittenLeavesWhatWasKept() {
        List<Article> all = articles(30, 13);
        try (ArticleStore store = ArticleStore.open(oneRun)) {
            store.insert(all, store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
            List<List<String>> before = COMPARED.stream().map(query -> rows(store, query)).toList();
            // Asked for after the quotes (none here: every one would go) are written, inside the same transaction.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.quoteArchive().orElseThrow().replaceQuotes(
                            List.of(), List.of(), List.of(), Map.of(), () -> {
                                throw new IllegalStateException("the index could not be made");
                            }))
                    .hasMessageContaining("the index could not be made");
            assertThat(COMPARED.stream().map(query -> rows(store, query)).toList()).isEqualTo(before);
            assertThat(rows(store, "SELECT count(*) FROM quotes")).isNotEqualTo(List.of("0|"));
        }
    }

    @Test
    void theKeptMentionsWhoseStorylineChangedAreThoseOfTheMovedEventWithTheStorylineNow() {
        List<Article> all = articles(30, 5);
        try (ArticleStore store = ArticleStore.open(oneRun)) {
            store.insert(all, store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
            assertThat(store.quoteArchive().orElseThrow().mentionsWithChangedStory()).isEmpty();
            // One event with quoted speakers moved to another storyline (a story row is not what is compared).
            String event = StoreSql.text(store, "SELECT m.event_id FROM speaker_mentions s JOIN event_members m "
                    + "ON m.article_id = s.article_id ORDER BY m.event_id LIMIT 1");
            String other = "st-elsewhere";
            StoreSql.execute(store, "PRAGMA foreign_keys = OFF");
            StoreSql.execute(store, "UPDATE events SET story_id = '" + other + "' WHERE id = '" + event + "'");
            StoreSql.execute(store, "PRAGMA foreign_keys = ON");
            List<String> expected = rows(store, "SELECT s.mention_key || ' ' || e.story_id FROM speaker_mentions s "
                    + "JOIN event_members m ON m.article_id = s.article_id JOIN events e ON e.id = m.event_id "
                    + "WHERE e.story_id <> s.story_key ORDER BY 1");
            assertThat(expected).isNotEmpty().allSatisfy(row -> assertThat(row).endsWith(" " + other + "|"));
            List<String> moved = new ArrayList<>();
            store.quoteArchive().orElseThrow().mentionsWithChangedStory()
                    .forEach(mention -> moved.add(mention.key() + " " + mention.storyKey() + "|"));
            moved.sort(null);
            assertThat(moved).isEqualTo(expected);
        }
    }

    @Test
    void onlyTheMarkedEventsMentionsAreReadAndARunThatWritesThemForgetsTheMarks() {
        List<Article> all = articles(30, 5);
        try (ArticleStore store = ArticleStore.open(oneRun)) {
            store.insert(all, store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
            // The quote step wrote every mention with its story: no mark is left.
            assertThat(rows(store, "SELECT count(*) FROM story_changes")).containsExactly("0|");
            String event = StoreSql.text(store, "SELECT m.event_id FROM speaker_mentions s JOIN event_members m "
                    + "ON m.article_id = s.article_id ORDER BY m.event_id LIMIT 1");
            // A mention out of step with its story, its event unmarked (no writer does this): not read.
            StoreSql.execute(store, "UPDATE speaker_mentions SET story_key = 'st-stale' WHERE article_id IN "
                    + "(SELECT article_id FROM event_members WHERE event_id = '" + event + "')");
            assertThat(store.quoteArchive().orElseThrow().mentionsWithChangedStory()).isEmpty();
            // The event given a member again (as the story step writes its rows): marked, its mentions read.
            StoreSql.execute(store, "CREATE TEMP TABLE kept_member AS SELECT * FROM event_members WHERE event_id = '"
                    + event + "' LIMIT 1");
            StoreSql.execute(store, "INSERT OR REPLACE INTO event_members SELECT * FROM kept_member");
            assertThat(rows(store, "SELECT event_id FROM story_changes")).containsExactly(event + "|");
            assertThat(store.quoteArchive().orElseThrow().mentionsWithChangedStory()).isNotEmpty()
                    .allSatisfy(mention -> assertThat(mention.storyKey()).isNotEqualTo("st-stale"));
            // The next run writes them with their story and forgets the mark.
            Analysis.incremental().run(store, store);
            assertThat(rows(store, "SELECT count(*) FROM story_changes")).containsExactly("0|");
            assertThat(rows(store, "SELECT count(*) FROM speaker_mentions WHERE story_key = 'st-stale'")).containsExactly("0|");
            // The marks lead the join: no walk of every mention.
            assertThat(String.join("\n", rows(store, "EXPLAIN QUERY PLAN " + QuoteIndexTable.CHANGED_STORY_MENTIONS)))
                    .contains("SCAN c").contains("speaker_mentions_by_article").doesNotContain("SCAN s");
        }
    }

    @Test
    void aFormsMentionsAskedForAgainAreTheOnesReadTheFirstTime() {
        List<Article> all = articles(30, 9);
        List<String> identities;
        String mentions;
        try (ArticleStore store = ArticleStore.open(oneRun)) {
            store.insert(all, store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
            identities = rows(store, "SELECT identity FROM speaker_forms ORDER BY identity").stream()
                    .map(row -> row.substring(0, row.length() - 1)).toList();
            mentions = StoreSql.text(store, "SELECT count(*) FROM speaker_mentions");
        }
        assertThat(identities).hasSizeGreaterThan(2);
        Database db = Database.open(oneRun);
        try {
            QuoteIndexTable table = new QuoteIndexTable(db);
            var kept = table.keptForms();
            var some = kept.mentionsOf(identities.subList(0, identities.size() / 2));
            var every = kept.mentionsOf(identities);
            assertThat(every).isEqualTo(table.keptForms().mentionsOf(identities)).hasSize(Integer.parseInt(mentions))
                    .containsAll(some);
            assertThat(kept.mentionsOf(identities.subList(0, identities.size() / 2))).isEqualTo(some);
        } finally {
            db.close();
        }
    }

    private static QuoteArchive.KeptIndex words(int maxPostings, String... quotes) {
        List<QuoteArchive.KeptWords> words = new java.util.ArrayList<>();
        for (String quote : quotes) {
            String[] parts = quote.split(" ");
            String key = parts[0];
            words.add(new QuoteArchive.KeptWords(new QuoteGrouper.Ref(key, 0, key.substring(0, key.indexOf('#'))),
                    java.util.Set.of(parts).stream().filter(word -> !word.equals(key)).collect(java.util.stream.Collectors.toSet())));
        }
        return new QuoteArchive.KeptIndex(words, List.of(), Map.of(), List.of(), maxPostings);
    }

    @Test
    void aRunAppendsItsHoldersToTheKeptOnesUntilTheWordIsTooCommon() throws java.sql.SQLException {
        Database db = Database.open(oneRun);
        try {
            QuoteIndexTable table = new QuoteIndexTable(db);
            Database.transaction(db.connection(), () -> table.replace(words(3, "b#9 tide wall", "a#4 tide")));
            Database.transaction(db.connection(), () -> table.update(words(3, "c#1 tide ferry", "a#20 wall")));
            QuoteGrouper.Kept kept = table.keptQuotes();
            assertThat(kept.counts(List.of("tide", "wall", "ferry", "none"))).isEqualTo(Map.of("tide", 3, "wall", 2, "ferry", 1));
            Map<String, List<QuoteGrouper.Ref>> holders = kept.holders(List.of("tide", "wall", "ferry"));
            assertThat(holders.get("tide")).extracting(QuoteGrouper.Ref::key).containsExactlyInAnyOrder("a#4", "b#9", "c#1");
            assertThat(holders.get("wall")).extracting(QuoteGrouper.Ref::key).containsExactlyInAnyOrder("b#9", "a#20");
            assertThat(holders.get("wall")).extracting(QuoteGrouper.Ref::articleId).containsExactlyInAnyOrder("b", "a");
            assertThat(holders.get("ferry")).extracting(QuoteGrouper.Ref::key).containsExactly("c#1");
            // A fourth holder makes "tide" too common: its count goes on, its holders are no longer kept.
            Database.transaction(db.connection(), () -> table.update(words(3, "d#2 tide ferry")));
            assertThat(table.keptQuotes().counts(List.of("tide", "ferry"))).isEqualTo(Map.of("tide", 4, "ferry", 2));
            assertThat(table.keptQuotes().holders(List.of("tide", "ferry")).keySet()).containsExactly("ferry");
            Database.transaction(db.connection(), () -> table.update(words(3, "e#2 tide")));
            assertThat(table.keptQuotes().counts(List.of("tide"))).isEqualTo(Map.of("tide", 5));
            assertThat(table.keptQuotes().holders(List.of("tide"))).isEmpty();
            // A run whose new quotes alone are too many for a new word keeps no holders for it.
            Database.transaction(db.connection(), () -> table.update(words(3, "f#1 gale", "g#1 gale", "h#1 gale", "i#1 gale")));
            assertThat(table.keptQuotes().counts(List.of("gale"))).isEqualTo(Map.of("gale", 4));
            assertThat(table.keptQuotes().holders(List.of("gale"))).isEmpty();
        } finally {
            db.close();
        }
    }

    @Test
    void aWordsPartsAreJoinedBeforeTheyPassTheMostKeptAndItsHoldersStayInTheOrderRunsAddedThem() throws java.sql.SQLException {
        Database db = Database.open(oneRun);
        try {
            QuoteIndexTable table = new QuoteIndexTable(db);
            Database.transaction(db.connection(), () -> table.replace(words(400, "a#0 tide")));
            List<String> expected = new ArrayList<>(List.of("a#0"));
            for (int run = 1; run <= 3 * QuoteIndexTable.MAX_PARTS; run++) {
                String key = (char) ('a' + run % 26) + "" + run + "#" + run;
                Database.transaction(db.connection(), () -> table.update(words(400, key + " tide", key.replace('#', 'x') + "#1 wall")));
                expected.add(key);
                assertThat(first(db, "SELECT count(*) FROM quote_word_postings WHERE word = 'tide'"))
                        .satisfies(parts -> assertThat(Integer.parseInt(parts)).isBetween(1, QuoteIndexTable.MAX_PARTS));
                QuoteGrouper.Kept kept = table.keptQuotes();
                assertThat(kept.counts(List.of("tide"))).isEqualTo(Map.of("tide", run + 1));
                assertThat(kept.holders(List.of("tide")).get("tide")).extracting(QuoteGrouper.Ref::key)
                        .containsExactlyElementsOf(expected);
                assertThat(kept.counts(List.of("wall"))).isEqualTo(Map.of("wall", run));
            }
            // Too common while its parts are joined: its count goes on, no holders are kept or read.
            List<String> many = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                many.add("z" + i + "#1 tide");
            }
            Database.transaction(db.connection(), () -> table.update(words(400, many.toArray(String[]::new))));
            assertThat(table.keptQuotes().counts(List.of("tide"))).isEqualTo(Map.of("tide", 3 * QuoteIndexTable.MAX_PARTS + 401));
            assertThat(table.keptQuotes().holders(List.of("tide", "wall")).keySet()).containsExactly("wall");
            assertThat(first(db, "SELECT count(*) FROM quote_word_postings WHERE word = 'tide' AND holders IS NOT NULL"))
                    .isEqualTo("0");
        } finally {
            db.close();
        }
    }

    @Test
    void aStoreOfSchema21KeepsItsWordsCountsAndHoldersInSchema22() throws Exception {
        java.nio.file.Path database = oneRun.resolve(ArticleStore.DATABASE_FILE);
        try (java.sql.Connection old = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database);
             java.sql.Statement statement = old.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                    + "applied_at TEXT NOT NULL)");
            for (Migrations.Migration migration : Migrations.ALL) {
                if (migration.version() > 21) {
                    continue;
                }
                try (var in = Migrations.class.getResourceAsStream(migration.resource())) {
                    for (String sql : Migrations.statements(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                        statement.execute(sql);
                    }
                }
                statement.execute("INSERT INTO schema_version VALUES (" + migration.version() + ", 'old', '2026-01-01')");
            }
            // As schema 21 kept them: a word with holders appended by two runs (not in key order), a word too
            // common (no holders), a word whose quote id the JSON writer escapes.
            statement.execute("INSERT INTO quote_word_counts(word, quotes, holders) VALUES "
                    + "('tide', 3, '[\"0:b#9\",\"0:c#1\",\"1:a#4\"]'), ('ferry', 401, NULL), "
                    + "('wall', 1, '[\"0:say \\\"hi\\\"#4\"]')");
        }
        Database db = Database.open(oneRun);
        try {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(first(db, "SELECT count(*) FROM sqlite_master WHERE name = 'quote_word_counts'")).isEqualTo("0");
            QuoteIndexTable table = new QuoteIndexTable(db);
            QuoteGrouper.Kept kept = table.keptQuotes();
            assertThat(kept.counts(List.of("tide", "ferry", "wall", "none"))).isEqualTo(Map.of("tide", 3, "ferry", 401, "wall", 1));
            Map<String, List<QuoteGrouper.Ref>> holders = kept.holders(List.of("tide", "ferry", "wall"));
            assertThat(holders.keySet()).containsExactlyInAnyOrder("tide", "wall");
            assertThat(holders.get("tide")).containsExactly(new QuoteGrouper.Ref("b#9", 0, "b"), new QuoteGrouper.Ref("c#1", 0, "c"),
                    new QuoteGrouper.Ref("a#4", 1, "a"));
            assertThat(holders.get("wall")).containsExactly(new QuoteGrouper.Ref("say \"hi\"#4", 0, "say \"hi\""));
            // A run after the migration appends to the carried-over holders.
            Database.transaction(db.connection(), () -> table.update(words(400, "d#2 tide ferry")));
            assertThat(table.keptQuotes().counts(List.of("tide", "ferry"))).isEqualTo(Map.of("tide", 4, "ferry", 402));
            assertThat(table.keptQuotes().holders(List.of("tide", "ferry")).get("tide")).extracting(QuoteGrouper.Ref::key)
                    .containsExactly("b#9", "c#1", "a#4", "d#2");
            assertThat(table.keptQuotes().holders(List.of("ferry"))).isEmpty();
        } finally {
            db.close();
        }
    }

    /** The first column of the first row of {@code query}, as text. */
    private static String first(Database db, String query) throws java.sql.SQLException {
        try (var statement = db.connection().createStatement(); var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void keptHoldersAreReadAsWrittenAndEachQuoteIsOneRef() {
        QuoteIndexTable.KnownHolders known = new QuoteIndexTable.KnownHolders();
        List<String> held = new ArrayList<>();
        for (int i = 0; i < 5000; i++) { // more than the table's first size: it grows
            held.add((i % 3) + ":a" + (i % 1700) + "#" + i);
        }
        List<QuoteGrouper.Ref> first = QuoteIndexTable.refs(Database.json(held), known);
        assertThat(first).hasSize(held.size());
        for (int i = 0; i < held.size(); i++) {
            assertThat(first.get(i)).isEqualTo(new QuoteGrouper.Ref("a" + (i % 1700) + "#" + i, i % 3, "a" + (i % 1700)));
        }
        // Met again under another word (a run's holders appended after the kept ones): the same Ref objects.
        List<QuoteGrouper.Ref> again = QuoteIndexTable.refs(Database.json(List.of(held.get(4999), held.get(0))), known);
        assertThat(again.get(0)).isSameAs(first.get(4999));
        assertThat(again.get(1)).isSameAs(first.get(0));
        assertThat(QuoteIndexTable.refs("[]", known)).isEmpty();
        // An id the JSON writer escapes is read by the JSON reader, and found as the same quote.
        List<QuoteGrouper.Ref> escaped = QuoteIndexTable.refs(Database.json(List.of("0:say \"hi\"#4", "1:b\\c#2")), known);
        assertThat(escaped).containsExactly(new QuoteGrouper.Ref("say \"hi\"#4", 0, "say \"hi\""),
                new QuoteGrouper.Ref("b\\c#2", 1, "b\\c"));
        assertThat(QuoteIndexTable.refs(Database.json(List.of("0:say \"hi\"#4")), known).get(0)).isSameAs(escaped.get(0));
    }
}

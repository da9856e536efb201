package dev.corroborate.io.store;

import static dev.corroborate.io.store.StoreSql.execute;
import static dev.corroborate.io.store.StoreSql.rows;
import static dev.corroborate.io.store.StoreSql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.CompareStage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marks of schema 23: whatever writes an input of the comparison (an event's members, its articles'
 * quotes with their speakers and groups, the groups' drifts, the articles' texts) marks what it changed,
 * so a run that fingerprints only the marked events keeps what a comparison of every event keeps.
 * Each case changes one input by hand, as a later run or a correction would, and checks the
 * incremental comparison against one from scratch on the same store.
 */
class ComparisonChangesTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path freshDir;

    private static Article article(String id, String outlet, String published, String title, String text) {
        return new Article(id, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, outlet, title,
                List.of(), PublishedTime.parse(published).orElseThrow(), null, "en", null, Article.paragraphsOf(text),
                null, null, Origin.atLine("changes.jsonl", 1, 0));
    }

    /**
     * Fictional coverage of two happenings: a ferry service ending (four reports quoting one statement in
     * two wordings, a person named two ways, the signatures counted differently) and a storm surge (two).
     */
    static List<Article> articles() {
        String ferry = "The ferry between Harrowgate Sound and the outer islands will stop running at the end of the month, "
                + "the island council confirmed on Monday, after its operator lost the subsidy it has relied on for eleven years.\n\n"
                + "\u201CWithout the crossing, the school and the clinic are a whole day away for every family,\u201D said %s, "
                + "who runs the harbour shop on the largest island and has collected %s signatures.\n\n"
                + "The council said it would ask the regional transport board for an emergency grant next week.";
        String surge = "A storm surge flooded the lower market of Pellin Quay overnight, and traders spent the morning "
                + "carrying stock to the upper town.\n\n"
                + "\u201CThe water came over the wall %s before midnight,\u201D said Aurel Voss, the quay's harbour master, "
                + "adding that the sea wall would be inspected on Thursday.";
        return List.of(
                article("ferry-a", "Sound Courier", "2026-05-04T08:00Z", "Island ferry to stop", String.format(ferry,
                        "Odile Brask", "four hundred")),
                article("ferry-b", "Islands Weekly", "2026-05-04T11:00Z", "Outer islands lose their ferry", String.format(ferry,
                        "Odile Braske", "four hundred").replace("a whole day away for every family", "a day away for every family")),
                article("ferry-c", "Quay Gazette", "2026-05-04T15:00Z", "Ferry to the outer islands ends", String.format(ferry,
                        "Odile Brask", "five hundred")),
                article("ferry-d", "Harbour Post", "2026-05-05T09:00Z", "Islands ferry service ends this month", String.format(ferry,
                        "Odile Brask", "four hundred")),
                article("surge-a", "Quay Gazette", "2026-05-06T06:30Z", "Storm surge floods market", String.format(surge, "twice")),
                article("surge-b", "Harbour Post", "2026-05-06T09:30Z", "Pellin Quay market flooded", String.format(surge,
                        "three times")));
    }

    /** The store after one analysis of {@link #articles()}, its comparison's marks forgotten. */
    private ArticleStore analysed(Path dir) {
        ArticleStore store = ArticleStore.open(dir);
        store.insert(articles(), store.startRun("analyze", List.of(), Map.of()));
        Analysis.incremental().run(store, store);
        assertThat(rows(store, "SELECT * FROM comparison_changes")).isEmpty();
        return store;
    }

    private static List<Discrepancy> discrepancies(ArticleStore store) {
        List<Discrepancy> found = new ArrayList<>();
        store.forEachDiscrepancy(null, found::add);
        return found;
    }

    /**
     * Compares what the marks reach, then every event from scratch: both keep the same discrepancies and
     * fingerprints, and the incremental one compared no more events than changed. Returns the discrepancies.
     */
    private static List<Discrepancy> comparedAsFromScratch(ArticleStore store, int changedEvents) {
        CompareStage.Summary incremental = new CompareStage().run(store, store, false);
        List<Discrepancy> found = discrepancies(store);
        Map<String, String> prints = store.comparedFingerprints();
        assertThat(rows(store, "SELECT * FROM comparison_changes")).isEmpty();
        new CompareStage().run(store, store, true);
        assertThat(found).isEqualTo(discrepancies(store));
        assertThat(prints).isEqualTo(store.comparedFingerprints());
        assertThat(incremental.compared()).isEqualTo(changedEvents);
        return found;
    }

    private static String eventOf(ArticleStore store, String article) {
        return text(store, "SELECT event_id FROM event_members WHERE article_id = '" + article + "'");
    }

    @Test
    void theFixtureHasTheDiscrepanciesTheCasesChange() {
        try (ArticleStore store = analysed(dataDir)) {
            assertThat(eventOf(store, "ferry-a")).isEqualTo(eventOf(store, "ferry-d"));
            assertThat(eventOf(store, "surge-a")).isEqualTo(eventOf(store, "surge-b")).isNotEqualTo(eventOf(store, "ferry-a"));
            assertThat(discrepancies(store)).extracting(Discrepancy::kind)
                    .contains(Discrepancy.Kind.QUOTE_WORDING, Discrepancy.Kind.NAME, Discrepancy.Kind.NUMBER);
        }
    }

    @Test
    void aRunWithNothingChangedComparesNothingAndReadsNoEvent() {
        try (ArticleStore store = analysed(dataDir)) {
            assertThat(store.comparisonChanges(text(store, "SELECT stamp FROM kept_stamps WHERE kept = 'comparison changes'")))
                    .hasValueSatisfying(changes -> assertThat(changes.members()).isEmpty());
            List<Discrepancy> before = discrepancies(store);
            assertThat(comparedAsFromScratch(store, 0)).isEqualTo(before);
        }
    }

    private static List<Discrepancy> ofKind(List<Discrepancy> found, String event, Discrepancy.Kind kind) {
        return found.stream().filter(d -> d.eventId().equals(event) && d.kind() == kind).toList();
    }

    private static String groupOf(ArticleStore store, String article) {
        return text(store, "SELECT group_id FROM quotes WHERE article_id = '" + article + "'");
    }

    @Test
    void aQuoteTakenOutOfItsGroupChangesTheWordingsOfItsEvent() {
        try (ArticleStore store = analysed(dataDir)) {
            String ferry = eventOf(store, "ferry-a");
            assertThat(ofKind(discrepancies(store), ferry, Discrepancy.Kind.QUOTE_WORDING)).isNotEmpty();

            // As the quote step writes a regrouped quote: only the other wording is left in the group.
            execute(store, "UPDATE quotes SET group_id = NULL, diff = NULL WHERE article_id = 'ferry-b'");

            assertThat(ofKind(comparedAsFromScratch(store, 1), ferry, Discrepancy.Kind.QUOTE_WORDING)).isEmpty();
        }
    }

    @Test
    void aGroupRewrittenWithoutDriftChangesTheWordingsOfItsEvent() {
        try (ArticleStore store = analysed(dataDir)) {
            String ferry = eventOf(store, "ferry-a");
            String group = groupOf(store, "ferry-b");

            // As the quote step writes a changed group (INSERT OR REPLACE): no drift, so no wording is reported.
            execute(store, "INSERT OR REPLACE INTO quote_groups(id, reference_id, size, drift) "
                    + "SELECT id, reference_id, size, '[]' FROM quote_groups WHERE id = '" + group + "'");

            assertThat(ofKind(comparedAsFromScratch(store, 1), ferry, Discrepancy.Kind.QUOTE_WORDING)).isEmpty();
        }
    }

    @Test
    void aGroupUpdatedOrGoneChangesTheWordingsOfItsEvent() {
        try (ArticleStore store = analysed(dataDir)) {
            String ferry = eventOf(store, "ferry-a");
            String group = groupOf(store, "ferry-b");
            execute(store, "UPDATE quote_groups SET drift = '[]' WHERE id = '" + group + "'");
            assertThat(ofKind(comparedAsFromScratch(store, 1), ferry, Discrepancy.Kind.QUOTE_WORDING)).isEmpty();

            execute(store, "PRAGMA foreign_keys = OFF");
            execute(store, "DELETE FROM quote_groups WHERE id = '" + group + "'");
            execute(store, "PRAGMA foreign_keys = ON");
            // The group's quotes name it still: the event is reached through them (a group gone is no longer "alike").
            comparedAsFromScratch(store, 1);
        }
    }

    @Test
    void aQuoteGivenAnotherPersonComparesItsEventAgain() {
        try (ArticleStore store = analysed(dataDir)) {
            // The spelling "Braske" resolved to a person of its own: the event's quotes name two people now (here the
            // name spelled two ways is told by the sentences, so the discrepancies stay; the fingerprint does not).
            execute(store, "INSERT INTO speakers(id, name, variants, roles, quotes, evidence) "
                    + "VALUES ('sp-other', 'Odile Braske', '[]', '[]', 1, '[]')");
            execute(store, "UPDATE quotes SET speaker_id = 'sp-other' WHERE article_id = 'ferry-b' AND speaker_name = 'Odile Braske'");

            comparedAsFromScratch(store, 1);
        }
    }

    private static final String QUOTE_COLUMNS = "id, article_id, kind, quote_start, quote_end, text, speaker_name, "
            + "speaker_mention, speaker_start, speaker_end, speaker_role, speaker_how, speaker_id, cue, cue_start, cue_end, "
            + "group_id, diff";

    /** Rewrites the quotes {@code where} says as the quote step writes them (INSERT OR REPLACE), with this speaker id. */
    private static void rewriteQuotes(ArticleStore store, String speakerId, String where) {
        execute(store, "INSERT OR REPLACE INTO quotes(" + QUOTE_COLUMNS + ") SELECT "
                + QUOTE_COLUMNS.replace("speaker_id", speakerId) + " FROM quotes WHERE " + where);
    }

    private static void person(ArticleStore store, String id) {
        execute(store, "INSERT INTO speakers(id, name, variants, roles, quotes, evidence) VALUES ('" + id + "', 'Someone', '[]', '[]', 1, '[]')");
    }

    private static String speakerOf(ArticleStore store, String article, String name) {
        return text(store, "SELECT speaker_id FROM quotes WHERE article_id = '" + article + "' AND speaker_name = '" + name + "'");
    }

    /** The events the marks reach: those the next comparison fingerprints. */
    private static java.util.Set<String> markedEvents(ArticleStore store) {
        return store.comparisonChanges(text(store, "SELECT stamp FROM kept_stamps WHERE kept = 'comparison changes'"))
                .orElseThrow().members().keySet();
    }

    @Test
    void aPersonGivenAnotherIdAcrossTheArchiveIsMarkedApartAndComparesNoEvent() {
        try (ArticleStore store = analysed(dataDir)) {
            String odile = speakerOf(store, "ferry-a", "Odile Brask");
            person(store, "sp-renamed");
            person(store, "sp-renamed-again");

            // As a new mention of hers would: every quote of hers given the new id, written whole by the quote step.
            rewriteQuotes(store, "'sp-renamed'", "speaker_id = '" + odile + "'");
            assertThat(rows(store, "SELECT DISTINCT kind, speaker_id FROM comparison_changes")).containsExactly("speaker|" + odile + "|");
            assertThat(markedEvents(store)).isEmpty();
            comparedAsFromScratch(store, 0);

            // Renamed twice before a comparison, by an update: what it had when last compared against what it has.
            execute(store, "UPDATE quotes SET speaker_id = 'sp-renamed-again' WHERE speaker_id = 'sp-renamed'");
            execute(store, "UPDATE quotes SET speaker_id = '" + odile + "' WHERE speaker_id = 'sp-renamed-again'");
            assertThat(rows(store, "SELECT DISTINCT kind, speaker_id FROM comparison_changes")).containsExactly("speaker|sp-renamed|");
            assertThat(markedEvents(store)).isEmpty();
            comparedAsFromScratch(store, 0);
        }
    }

    @Test
    void twoPeopleMergedOrSwappedWhereNoEventQuotesBothComparesNoEvent() {
        try (ArticleStore store = analysed(dataDir)) {
            String odile = speakerOf(store, "ferry-a", "Odile Brask");
            String aurel = speakerOf(store, "surge-a", "Aurel Voss");
            rewriteQuotes(store, "'" + odile + "'", "speaker_id = '" + aurel + "'");
            assertThat(markedEvents(store)).isEmpty();
            comparedAsFromScratch(store, 0);

            // Made two again, and then each given the other's id.
            execute(store, "UPDATE quotes SET speaker_id = '" + aurel + "' WHERE speaker_id = '" + odile + "' AND article_id LIKE 'surge-%'");
            comparedAsFromScratch(store, 0);
            execute(store, "UPDATE quotes SET speaker_id = CASE speaker_id WHEN '" + aurel + "' THEN '" + odile + "' ELSE '"
                    + aurel + "' END WHERE speaker_id IN ('" + aurel + "', '" + odile + "')");
            assertThat(markedEvents(store)).isEmpty();
            comparedAsFromScratch(store, 0);
        }
    }

    @Test
    void twoPeopleMergedOrOneSplitInAnEventComparesItAgain() {
        try (ArticleStore store = analysed(dataDir)) {
            String council = speakerOf(store, "ferry-b", "The council");
            String odile = speakerOf(store, "ferry-a", "Odile Brask");
            person(store, "sp-split");

            // Two of the event's people made one, the other quotes of both kept as they were.
            rewriteQuotes(store, "'" + council + "'", "article_id = 'ferry-a' AND speaker_name = 'The council'");
            comparedAsFromScratch(store, 1);
            execute(store, "UPDATE quotes SET speaker_id = '" + odile + "' WHERE article_id = 'ferry-c' AND speaker_name = 'The council'");
            comparedAsFromScratch(store, 1);

            // One person of the event made two: one quote of hers renamed, the others kept as they were.
            rewriteQuotes(store, "'sp-split'", "article_id = 'ferry-d' AND speaker_id = '" + odile + "'");
            comparedAsFromScratch(store, 1);

            // Made one again, by a rename of the new person's quotes onto the old id.
            execute(store, "UPDATE quotes SET speaker_id = '" + odile + "' WHERE speaker_id = 'sp-split'");
            comparedAsFromScratch(store, 1);
        }
    }

    @Test
    void aQuoteGivenAPersonOrLeftWithoutOneMarksItsArticle() {
        try (ArticleStore store = analysed(dataDir)) {
            String council = speakerOf(store, "ferry-b", "The council");
            rewriteQuotes(store, "NULL", "article_id = 'ferry-b' AND speaker_name = 'The council'");
            assertThat(rows(store, "SELECT kind, id FROM comparison_changes")).containsExactly("article|ferry-b|");
            comparedAsFromScratch(store, 1);

            execute(store, "UPDATE quotes SET speaker_id = '" + council + "' WHERE article_id = 'ferry-b' AND speaker_name = 'The council'");
            assertThat(rows(store, "SELECT kind, id FROM comparison_changes")).containsExactly("article|ferry-b|");
            comparedAsFromScratch(store, 1);
        }
    }

    @Test
    void aQuoteWrittenAgainAsItWasOrWithAnotherDiffMarksNothing() {
        try (ArticleStore store = analysed(dataDir)) {
            rewriteQuotes(store, "speaker_id", "1 = 1");
            execute(store, "UPDATE quotes SET diff = NULL");
            assertThat(rows(store, "SELECT * FROM comparison_changes")).isEmpty();
        }
    }

    @Test
    void aQuoteGoneOrFoundChangesItsEvent() {
        try (ArticleStore store = analysed(dataDir)) {
            String ferry = eventOf(store, "ferry-a");
            execute(store, "CREATE TEMP TABLE kept_quote AS SELECT * FROM quotes WHERE article_id = 'ferry-b'");

            execute(store, "DELETE FROM quotes WHERE article_id = 'ferry-b'");
            List<Discrepancy> without = comparedAsFromScratch(store, 1);
            assertThat(ofKind(without, ferry, Discrepancy.Kind.QUOTE_WORDING)).isEmpty();

            execute(store, "INSERT INTO quotes SELECT * FROM kept_quote");
            List<Discrepancy> with = comparedAsFromScratch(store, 1);
            assertThat(ofKind(with, ferry, Discrepancy.Kind.QUOTE_WORDING)).isNotEmpty();
        }
    }

    @Test
    void anArticleMovedTakenOutOrPlacedChangesItsEvents() {
        try (ArticleStore store = analysed(dataDir)) {
            String ferry = eventOf(store, "ferry-a");
            String surge = eventOf(store, "surge-a");
            assertThat(ofKind(discrepancies(store), ferry, Discrepancy.Kind.NUMBER)).isNotEmpty();

            // The report of five hundred signatures moved to the other event: both compared again.
            execute(store, "UPDATE event_members SET event_id = '" + surge + "' WHERE article_id = 'ferry-c'");
            List<Discrepancy> moved = comparedAsFromScratch(store, 2);
            assertThat(ofKind(moved, ferry, Discrepancy.Kind.NUMBER)).isEmpty();

            // The surge's own reports taken out: one article left, the event is no longer compared and keeps nothing.
            execute(store, "CREATE TEMP TABLE kept_members AS SELECT * FROM event_members WHERE article_id IN ('surge-b', 'ferry-c')");
            execute(store, "DELETE FROM event_members WHERE article_id IN ('surge-b', 'ferry-c')");
            List<Discrepancy> taken = comparedAsFromScratch(store, 0);
            assertThat(taken).noneMatch(d -> d.eventId().equals(surge));
            assertThat(store.comparedFingerprints()).doesNotContainKey(surge);

            // Placed again, as the story step writes its members (INSERT OR REPLACE moves ferry-c back).
            execute(store, "INSERT INTO event_members SELECT * FROM kept_members WHERE article_id = 'surge-b'");
            execute(store, "INSERT OR REPLACE INTO event_members SELECT article_id, '" + ferry + "', position, started, score, "
                    + "reasons, runner_up_event, runner_up_score FROM kept_members WHERE article_id = 'ferry-c'");
            List<Discrepancy> placed = comparedAsFromScratch(store, 2);
            assertThat(ofKind(placed, ferry, Discrepancy.Kind.NUMBER)).isNotEmpty();
            assertThat(placed).anyMatch(d -> d.eventId().equals(surge));
        }
    }

    @Test
    void anArticleRewrittenUnderItsIdIsComparedAgainAndAlignedWhole() {
        try (ArticleStore store = analysed(dataDir)) {
            String ferry = eventOf(store, "ferry-a");
            assertThat(ofKind(discrepancies(store), ferry, Discrepancy.Kind.NUMBER)).isNotEmpty();

            // No writer does this today (an id is made from the content); the comparison must not trust the id if one did.
            execute(store, "UPDATE articles SET text = replace(text, 'five hundred', 'four hundred') WHERE id = 'ferry-c'");

            assertThat(ofKind(comparedAsFromScratch(store, 1), ferry, Discrepancy.Kind.NUMBER)).isEmpty();
        }
    }

    @Test
    void marksMadeAfterTheComparisonReadItsOwnStay() {
        try (ArticleStore store = analysed(dataDir)) {
            String stamp = text(store, "SELECT stamp FROM kept_stamps WHERE kept = 'comparison changes'");
            execute(store, "UPDATE quotes SET group_id = NULL WHERE article_id = 'ferry-b'");
            long read = store.lastComparisonChange();
            execute(store, "UPDATE quotes SET group_id = NULL WHERE article_id = 'surge-b'");

            store.forgetComparisonChanges(read, stamp);

            assertThat(rows(store, "SELECT kind, id FROM comparison_changes")).containsExactly("article|surge-b|");
            assertThat(store.comparisonChanges(stamp)).hasValueSatisfying(changes ->
                    assertThat(changes.members()).containsOnlyKeys(eventOf(store, "surge-b")));
            // Under another stamp (another comparer), the marks are not enough: every event is fingerprinted.
            assertThat(store.comparisonChanges("another comparer")).isEmpty();
        }
    }

    @Test
    void marksASchema23StoreMadeStayThroughTheMigrationTo24() throws Exception {
        analysed(dataDir).close();
        // As schema 23 left it: its quote triggers, no mark of a person's id before; a quote given a person of its
        // own (a split the event sees) marked by them as its article.
        String v23;
        try (var in = Migrations.class.getResourceAsStream("migrations/V023__comparison_changes.sql")) {
            v23 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> quoteTriggers = java.util.regex.Pattern.compile("CREATE TRIGGER comparison_quote_(?:found|changed) .*?END;")
                .matcher(v23).results().map(java.util.regex.MatchResult::group).toList();
        assertThat(quoteTriggers).hasSize(2);
        try (java.sql.Connection old = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(ArticleStore.DATABASE_FILE));
             java.sql.Statement statement = old.createStatement()) {
            for (String trigger : List.of("comparison_quote_found", "comparison_quote_changed", "comparison_quote_renamed")) {
                statement.execute("DROP TRIGGER " + trigger);
            }
            statement.execute("ALTER TABLE comparison_changes DROP COLUMN speaker_id");
            for (String trigger : quoteTriggers) {
                statement.execute(trigger);
            }
            // Nor what later schemas added.
            statement.execute("DROP INDEX event_members_by_runner_up");
            for (String trigger : List.of("story_event_written", "story_event_moved", "story_member_placed", "story_member_moved")) {
                statement.execute("DROP TRIGGER " + trigger);
            }
            statement.execute("DROP TABLE story_changes");
            // Schema 27's pages back to the postings table it replaced.
            statement.execute("DROP TABLE reuse_posting_pages");
            statement.execute("CREATE TABLE reuse_postings (kind INTEGER NOT NULL, hash INTEGER NOT NULL, position INTEGER NOT NULL, "
                    + "PRIMARY KEY (kind, hash, position)) STRICT, WITHOUT ROWID");
            // Nor schema 28's earlier ids.
            statement.execute("DROP TABLE article_aliases");
            statement.execute("DELETE FROM schema_version WHERE version >= 24");
            statement.execute("INSERT INTO speakers(id, name, variants, roles, quotes, evidence) VALUES ('sp-split', 'Someone', '[]', '[]', 1, '[]')");
            statement.execute("UPDATE quotes SET speaker_id = 'sp-split' WHERE article_id = 'ferry-d' AND speaker_name = 'Odile Brask'");
        }
        try (ArticleStore migrated = ArticleStore.open(dataDir)) {
            assertThat(migrated.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(rows(migrated, "SELECT kind, id, speaker_id FROM comparison_changes")).containsExactly("article|ferry-d|null|");
            comparedAsFromScratch(migrated, 1);
        }
    }

    @Test
    void aStoreOfSchema22IsFingerprintedWholeOnceThenMarkedAndKeepsWhatAStoreMadeUnder23Keeps() throws Exception {
        List<Article> all = articles();
        List<Article> first = List.of(all.get(0), all.get(1), all.get(2), all.get(4));
        List<Article> second = List.of(all.get(3), all.get(5));
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.insert(first, store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
        }
        // As schema 22 left it: no marks, no triggers, no stamp; and a quote regrouped by a run that stopped before
        // its comparison, which no mark tells of.
        try (java.sql.Connection old = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(ArticleStore.DATABASE_FILE));
             java.sql.Statement statement = old.createStatement()) {
            List<String> triggers = new ArrayList<>();
            try (var names = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
                while (names.next()) {
                    triggers.add(names.getString(1));
                }
            }
            assertThat(triggers).hasSize(15);
            for (String trigger : triggers) {
                statement.execute("DROP TRIGGER " + trigger);
            }
            statement.execute("DROP TABLE comparison_changes");
            statement.execute("DROP TABLE story_changes");
            statement.execute("DELETE FROM kept_stamps WHERE kept = 'comparison changes'");
            statement.execute("DROP INDEX event_members_by_runner_up");
            // Schema 27's pages back to the postings table it replaced.
            statement.execute("DROP TABLE reuse_posting_pages");
            statement.execute("CREATE TABLE reuse_postings (kind INTEGER NOT NULL, hash INTEGER NOT NULL, position INTEGER NOT NULL, "
                    + "PRIMARY KEY (kind, hash, position)) STRICT, WITHOUT ROWID");
            // Nor schema 28's earlier ids.
            statement.execute("DROP TABLE article_aliases");
            statement.execute("DELETE FROM schema_version WHERE version >= 23");
            statement.execute("UPDATE quotes SET group_id = NULL, diff = NULL WHERE article_id = 'ferry-b'");
        }
        try (ArticleStore migrated = ArticleStore.open(dataDir); ArticleStore fresh = ArticleStore.open(freshDir)) {
            assertThat(migrated.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(text(migrated, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).isEqualTo("15");
            assertThat(migrated.comparisonChanges("any stamp")).isEmpty();
            CompareStage.Summary whole = new CompareStage().run(migrated, migrated, false);
            assertThat(whole.compared()).isEqualTo(1);
            assertThat(rows(migrated, "SELECT stamp FROM kept_stamps WHERE kept = 'comparison changes'")).hasSize(1);

            fresh.insert(first, fresh.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(fresh, fresh);
            execute(fresh, "UPDATE quotes SET group_id = NULL, diff = NULL WHERE article_id = 'ferry-b'");
            new CompareStage().run(fresh, fresh, false);
            assertThat(discrepancies(migrated)).isEqualTo(discrepancies(fresh)).isNotEmpty();

            // The next batch into each: marked alike, compared alike.
            for (ArticleStore store : List.of(migrated, fresh)) {
                store.insert(second, store.startRun("analyze", List.of(), Map.of()));
                Analysis.incremental().run(store, store);
            }
            assertThat(discrepancies(migrated)).isEqualTo(discrepancies(fresh));
            assertThat(migrated.comparedFingerprints()).isEqualTo(fresh.comparedFingerprints()).isNotEmpty();
            assertThat(rows(migrated, "SELECT * FROM comparison_changes")).isEmpty();
        }
    }
}

package dev.corroborate.io.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The ordered schema migrations. Each runs once, in its own transaction, and records itself in
 * {@code schema_version}; a store written by a newer Corroborate is refused rather than damaged.
 */
final class Migrations {

    /**
     * One migration: a version, what it does, the SQL resource that does it, and what only Java can do after
     * it (a digest of each row, say), in the same transaction, or null.
     */
    record Migration(int version, String description, String resource, Step then) {

        Migration(int version, String description, String resource) {
            this(version, description, resource, null);
        }
    }

    /** A migration's part written in Java. */
    @FunctionalInterface
    interface Step {
        void run(Connection connection) throws SQLException;
    }

    /** Append only: never edit a migration that has shipped. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "articles, runs and diagnostics", "migrations/V001__articles.sql"),
            new Migration(2, "datelines and credited agencies", "migrations/V002__datelines.sql"),
            new Migration(3, "modification times and leads", "migrations/V003__modified_lead.sql"),
            new Migration(4, "reuse links between articles", "migrations/V004__reuse.sql"),
            new Migration(5, "quotes, speakers and quote groups", "migrations/V005__quotes.sql"),
            new Migration(6, "events, storylines and corrections", "migrations/V006__stories.sql"),
            new Migration(7, "reuse sketches and quote findings kept between runs", "migrations/V007__reuse_sketches.sql"),
            new Migration(8, "discrepancies among an event's articles", "migrations/V008__discrepancies.sql"),
            new Migration(9, "story figures counted when written, and the story look-up indexes", "migrations/V009__story_figures.sql"),
            new Migration(10, "fingerprints and settings stamps of kept results, for incremental runs",
                    "migrations/V010__incremental_figures.sql"),
            new Migration(11, "each article's event features and their document frequencies, kept for incremental story runs",
                    "migrations/V011__story_features.sql"),
            new Migration(12, "the kept reuse links only a name proposed, for incremental reuse",
                    "migrations/V012__reuse_name_links.sql"),
            new Migration(13, "discrepancies kept by event, so a run rewrites only the events it compared",
                    "migrations/V013__discrepancies_by_event.sql"),
            new Migration(14, "the quotes' content words and the speakers' name forms and mentions, kept for incremental quote runs",
                    "migrations/V014__quote_index.sql"),
            new Migration(15, "frozen story weights and storyline sums, so a batch restores only the events it can touch",
                    "migrations/V015__frozen_story_weights.sql"),
            new Migration(16, "each compared event's sentences and alignment, so a run aligns only the articles added to it",
                    "migrations/V016__compared_alignments.sql"),
            new Migration(17, "the reuse indexes kept as postings, so a batch looks up only its new articles' keys",
                    "migrations/V017__reuse_kept_index.sql"),
            new Migration(18, "each active event's state under the frozen story weights, so a batch restores it without re-joining its articles",
                    "migrations/V018__kept_event_states.sql"),
            new Migration(20, "a batch's reuse postings kept in a small table of recent ones, merged into the main one as it grows",
                    "migrations/V020__reuse_recent_postings.sql"),
            new Migration(21, "each speaker name form's words beside its blocks, so a batch reads the blocks it compares in without a join",
                    "migrations/V021__speaker_block_names.sql"),
            new Migration(22, "each quote word's holders kept as parts a run appends, so a batch writes its new holders without rewriting the kept ones",
                    "migrations/V022__quote_word_postings.sql"),
            new Migration(23, "what changed since the comparison kept its results, marked by triggers, so a batch fingerprints only the events it may have changed",
                    "migrations/V023__comparison_changes.sql"),
            new Migration(24, "a quote given another person's id marked apart from its article, so a person renamed across the archive changes no event",
                    "migrations/V024__comparison_renames.sql"),
            new Migration(25, "the event members found by their runner-up event, so a batch that merges events reads only their members",
                    "migrations/V025__runner_up_index.sql"),
            new Migration(26, "the events whose storyline or members changed since the quote step last read them, marked by triggers, so a batch reads only their mentions",
                    "migrations/V026__story_changes.sql"),
            new Migration(27, "the reuse index's main postings kept as pages of keys, a row for many, so a run from scratch files them in seconds",
                    "migrations/V027__reuse_posting_pages.sql"),
            new Migration(28, "the ids the stored articles' addresses give now that a page's addresses are one, beside the ids they are stored under",
                    "migrations/V028__article_aliases.sql", ArticleTable::keepAliases));

    private Migrations() {
    }

    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    /** Brings the schema of the store in {@code dataDir} up to {@link #latest()}; returns the version it was at before. */
    static int apply(Connection connection, Path dataDir) throws SQLException {
        String storeName = dataDir.resolve(ArticleStore.DATABASE_FILE).toString();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = current(connection);
        refuseNewer(current, storeName);
        for (Migration migration : ALL) {
            if (migration.version() <= current) {
                continue;
            }
            try {
                Database.transaction(connection, () -> {
                    try (Statement statement = connection.createStatement()) {
                        for (String sql : statements(read(migration.resource()))) {
                            statement.execute(sql);
                        }
                    }
                    if (migration.then() != null) {
                        migration.then().run(connection);
                    }
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)")) {
                        insert.setInt(1, migration.version());
                        insert.setString(2, migration.description());
                        insert.setString(3, Instant.now().toString());
                        insert.executeUpdate();
                    }
                });
            } catch (SQLException | RuntimeException e) {
                throw StoreFailures.of(dataDir, "migrating the store to schema version " + migration.version(), e);
            }
        }
        return current;
    }

    /** Refuses a store whose schema a newer Corroborate wrote. */
    static void refuseNewer(int version, String storeName) {
        if (version > latest()) {
            throw new StoreException(storeName + " has schema version " + version
                    + ", written by a newer Corroborate; this one knows versions up to " + latest()
                    + ". Use a newer Corroborate or another --data directory.");
        }
    }

    static int current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("migration resource " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("reading migration resource " + resource + " failed", e);
        }
    }

    /**
     * Splits a script on semicolons that end a line; the migrations hold no strings with ';', and a
     * trigger is written on one line (its body's statements end with a semicolon that does not end a line).
     */
    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return java.util.Arrays.stream(withoutComments.toString().split(";\\s*\\n"))
                .map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

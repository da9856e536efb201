package dev.corroborate.io.store;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import dev.corroborate.model.PublishedTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@code articles} table: articles stored by ingest, read in feed order or by id. Not thread-safe. */
final class ArticleTable {

    private final Database db;

    ArticleTable(Database db) {
        this.db = db;
    }
    private static final String COLUMNS = "id, url, outlet, title, authors, published, language, text, "
            + "dateline, agency, modified, lead, source_input, source_line, source_offset";


    /**
     * Stores a batch in one transaction. Returns, for each article in order, {@link Outcome#STORED}
     * or {@link Outcome#ALREADY_PRESENT} (its id was in the store, or earlier in the batch, or is the alias of a
     * stored article: {@code article_aliases}, schema 28).
     */
    public List<Outcome> insert(List<Article> batch, long runId) {
        String sql = "INSERT OR IGNORE INTO articles(id, url, outlet, title, authors, published, published_precision, "
                + "published_utc, language, text, dateline, agency, modified, lead, ingested_from, source_input, source_line, "
                + "source_offset, run_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String now = Instant.now().toString();
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        db.inTransaction("storing a batch of " + batch.size() + " articles", () -> {
            java.util.Set<String> aliases = new java.util.HashSet<>(aliases(batch.stream().map(Article::id).toList()).keySet());
            try (PreparedStatement insert = db.connection().prepareStatement(sql)) {
                for (Article article : batch) {
                    if (aliases.contains(article.id())) {
                        // Its page is stored under the id an earlier Corroborate gave its address.
                        outcomes.add(Outcome.ALREADY_PRESENT);
                        continue;
                    }
                    insert.setString(1, article.id());
                    int i = bindFields(insert, 2, article);
                    insert.setLong(i++, runId);
                    insert.setString(i, now);
                    // One statement per row: a batch's update counts are not reliable for INSERT OR IGNORE.
                    boolean stored = insert.executeUpdate() == 1;
                    outcomes.add(stored ? Outcome.STORED : Outcome.ALREADY_PRESENT);
                    String alias = stored ? keepAlias(article.id(), article.url()) : null;
                    if (alias != null) {
                        aliases.add(alias);
                    }
                }
            }
        });
        return outcomes;
    }

    /**
     * Binds an article's stored fields from {@code url} to {@code source_offset}, in the table's order, from parameter
     * {@code i}; returns the next parameter's index.
     */
    private static int bindFields(PreparedStatement statement, int i, Article article) throws SQLException {
        statement.setString(i++, article.url());
        statement.setString(i++, article.outlet());
        statement.setString(i++, article.title());
        statement.setString(i++, Database.json(article.authors()));
        PublishedTime published = article.published();
        statement.setString(i++, published == null ? null : published.iso());
        statement.setString(i++, published == null ? null : published.precision().name());
        statement.setString(i++, published == null ? null : published.instant().toString());
        statement.setString(i++, article.language());
        statement.setString(i++, article.text());
        statement.setString(i++, article.dateline());
        statement.setString(i++, article.agency());
        statement.setString(i++, article.modified() == null ? null : article.modified().iso());
        statement.setString(i++, article.lead());
        statement.setString(i++, article.origin().describe());
        statement.setString(i++, article.origin().input());
        statement.setLong(i++, article.origin().line());
        statement.setLong(i++, article.origin().byteOffset());
        return i;
    }

    /** Puts {@code article} in place of the one stored under its id by run {@code runId}; whether there was one. */
    boolean replaceKeptInRun(Article article, long runId) {
        String sql = "UPDATE articles SET url = ?, outlet = ?, title = ?, authors = ?, published = ?, published_precision = ?, "
                + "published_utc = ?, language = ?, text = ?, dateline = ?, agency = ?, modified = ?, lead = ?, ingested_from = ?, "
                + "source_input = ?, source_line = ?, source_offset = ? WHERE id = ? AND run_id = ?";
        int[] changed = {0};
        db.inTransaction("replacing article " + article.id() + " with a fuller text", () -> {
            try (PreparedStatement update = db.connection().prepareStatement(sql)) {
                int i = bindFields(update, 1, article);
                update.setString(i++, article.id());
                update.setLong(i, runId);
                changed[0] = update.executeUpdate();
            }
        });
        return changed[0] == 1;
    }

    /** The article with exactly this id. */
    public Optional<Article> find(String id) {
        try (PreparedStatement select = db.connection().prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(article(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure("reading article " + id, e);
        }
    }

    /** The ids that start with {@code prefix}, at most {@code limit} of them, sorted. */
    public List<String> idsStartingWith(String prefix, int limit) {
        String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return ids("looking up ids starting with " + prefix,
                "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?", select -> {
                    select.setString(1, escaped + "%");
                    select.setInt(2, limit);
                });
    }

    /** Every article, in feed order: the store as the corpus of an analysis. */
    public void forEach(Consumer<Article> consumer) {
        forEach(ArticleFilter.ALL, consumer);
    }

    public Article require(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("article " + id + " left the store "
                + db.dataDir().resolve(ArticleStore.DATABASE_FILE) + " during the run"));
    }

    /** The articles with these ids, by id, in one query; an id not stored is left out. */
    java.util.Map<String, Article> kept(java.util.Collection<String> ids) {
        java.util.Map<String, Article> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            select(new java.util.LinkedHashSet<>(ids), "", article -> found.put(article.id(), article));
        }
        if (found.size() < ids.size()) {
            // An id the page's address gives now, kept under the id an earlier Corroborate gave it.
            java.util.Map<String, String> aliases = aliases(ids.stream().filter(id -> !found.containsKey(id)).toList());
            if (!aliases.isEmpty()) {
                java.util.Map<String, Article> stored = new java.util.HashMap<>();
                select(new java.util.LinkedHashSet<>(aliases.values()), "", article -> stored.put(article.id(), article));
                aliases.forEach((alias, id) -> {
                    if (stored.containsKey(id)) {
                        found.put(alias, stored.get(id));
                    }
                });
            }
        }
        return found;
    }

    /** Of these ids, those that are another id's alias (schema 28), with the id each stands for; one query. */
    private java.util.Map<String, String> aliases(List<String> ids) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String sql = "SELECT alias, article_id FROM article_aliases WHERE alias IN (SELECT value FROM json_each(?))";
        try (PreparedStatement select = db.connection().prepareStatement(sql)) {
            select.setString(1, Database.json(ids));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw db.failure("looking up " + ids.size() + " ids among the articles' earlier ids", e);
        }
        return found;
    }

    /**
     * An article stored under the id an earlier Corroborate derived from its address as given (an export read
     * back keeps it in its {@code id}) is found under the id its canonical address gives now, as the migration
     * to schema 28 made for the articles stored before it. Returns that alias, or null when there is none.
     */
    private String keepAlias(String id, String url) throws SQLException {
        String alias = aliasOf(id, url);
        if (alias != null) {
            try (PreparedStatement insert = db.connection().prepareStatement(INSERT_ALIAS)) {
                insert.setString(1, alias);
                insert.setString(2, id);
                insert.executeUpdate();
            }
        }
        return alias;
    }

    private static final String INSERT_ALIAS = "INSERT OR IGNORE INTO article_aliases(alias, article_id) VALUES (?, ?)";

    /**
     * The id {@code url}'s canonical address gives now, when {@code id} is the one an earlier Corroborate derived
     * from the address as given and differs from it; else null.
     */
    private static String aliasOf(String id, String url) {
        if (url == null || url.isBlank() || !id.equals(dev.corroborate.text.ArticleIds.derivedFromAddressAsGiven(url))) {
            return null;
        }
        String now = dev.corroborate.text.ArticleIds.derive(url, null, null, null);
        return now.equals(id) ? null : now;
    }

    /**
     * The migration to schema 28: each stored article whose id an earlier Corroborate derived from its address
     * as given, and whose canonical address gives another id now, is found under that id too. The first article
     * of a page stored twice before (under two of its addresses) takes the alias; both stay stored.
     */
    static void keepAliases(java.sql.Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(INSERT_ALIAS);
             ResultSet rows = statement.executeQuery("SELECT id, url FROM articles WHERE url IS NOT NULL ORDER BY rowid")) {
            while (rows.next()) {
                String id = rows.getString(1);
                String alias = aliasOf(id, rows.getString(2));
                if (alias != null) {
                    insert.setString(1, alias);
                    insert.setString(2, id);
                    insert.executeUpdate();
                }
            }
        }
    }

    /** The articles with these ids in feed order (the order of {@link #forEach}), in one query. */
    List<Article> requireInOrder(java.util.Collection<String> ids) {
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>(ids);
        List<Article> found = new ArrayList<>(wanted.size());
        select(wanted, " ORDER BY published_utc IS NULL, published_utc, id", found::add);
        if (found.size() != wanted.size()) {
            found.forEach(article -> wanted.remove(article.id()));
            throw new IllegalStateException("article " + wanted.iterator().next() + " left the store "
                    + db.dataDir().resolve(ArticleStore.DATABASE_FILE) + " during the run");
        }
        return found;
    }

    /** The stored articles with these ids, in one query, in the order {@code orderBy} gives (SQL, or empty). */
    private void select(java.util.Set<String> ids, String orderBy, Consumer<Article> action) {
        String sql = "SELECT " + COLUMNS + " FROM articles WHERE id IN (SELECT value FROM json_each(?))" + orderBy;
        try (PreparedStatement select = db.connection().prepareStatement(sql)) {
            select.setString(1, Database.json(ids));
            select.setFetchSize(256);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    action.accept(article(rows));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading " + ids.size() + " articles by id", e);
        }
    }

    /** The largest rowid of the articles (a rowid table whose rows are never deleted: it grows with every insert); 0 for none. */
    long sequence() {
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(rowid), 0) FROM articles")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw db.failure("reading the articles' sequence", e);
        }
    }

    /** The ids of the articles whose rowid is above {@code sequence}, in id order. */
    List<String> idsStoredAfter(long sequence) {
        return ids("listing the articles stored after " + sequence, "SELECT id FROM articles WHERE rowid > ? ORDER BY id",
                select -> select.setLong(1, sequence));
    }

    /** How a query's parameters are bound. */
    private interface Parameters {
        void bind(PreparedStatement select) throws SQLException;
    }

    /** The ids (the first column) {@code sql} selects, in its order; {@code what} names the query in a failure. */
    private List<String> ids(String what, String sql, Parameters parameters) {
        try (PreparedStatement select = db.connection().prepareStatement(sql)) {
            parameters.bind(select);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw db.failure(what, e);
        }
    }

    /** How many articles the store holds. */
    public long count() {
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM articles")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw db.failure("counting articles", e);
        }
    }

    /**
     * Streams the articles that pass {@code filter}, earliest first (articles with no known time
     * last, then by id), to {@code consumer}. Memory stays flat whatever the store's size.
     */
    public void forEach(ArticleFilter filter, Consumer<Article> consumer) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM articles WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.outlet() != null) {
            sql.append(" AND outlet = ? COLLATE NOCASE");
            parameters.add(filter.outlet());
        }
        if (filter.since() != null) {
            sql.append(" AND published_utc >= ?");
            parameters.add(filter.since().toString());
        }
        if (filter.until() != null) {
            sql.append(" AND published_utc < ?");
            parameters.add(filter.until().toString());
        }
        if (filter.titleContains() != null) {
            sql.append(" AND instr(lower(title), lower(?)) > 0");
            parameters.add(filter.titleContains());
        }
        sql.append(" ORDER BY published_utc IS NULL, published_utc, id");
        if (filter.limit() > 0) {
            sql.append(" LIMIT ").append(filter.limit());
        }
        try (PreparedStatement select = db.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            select.setFetchSize(256);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(article(rows));
                }
            }
        } catch (SQLException e) {
            throw db.failure("listing articles", e);
        }
    }

    private static Article article(ResultSet rows) throws SQLException {
        String published = rows.getString("published");
        String modified = rows.getString("modified");
        return new Article(
                rows.getString("id"),
                rows.getString("url"),
                rows.getString("outlet"),
                rows.getString("title"),
                Database.strings(rows.getString("authors")),
                published == null ? null : PublishedTime.requireParse(published),
                modified == null ? null : PublishedTime.requireParse(modified),
                rows.getString("language"),
                rows.getString("lead"),
                Article.paragraphsOf(rows.getString("text")),
                rows.getString("dateline"),
                rows.getString("agency"),
                new Origin(rows.getString("source_input"), rows.getLong("source_line"), rows.getLong("source_offset")));
    }
}

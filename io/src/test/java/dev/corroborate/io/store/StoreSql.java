package dev.corroborate.io.store;

import java.sql.SQLException;

/** Plain SQL against a test's store: what the store tests check or break by hand. A failure fails the test. */
final class StoreSql {

    private StoreSql() {
    }

    static void execute(ArticleStore store, String sql) {
        try (var statement = store.database().connection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /** The first column of the first row of {@code query}, as text. */
    static String text(ArticleStore store, String query) {
        try (var statement = store.database().connection().createStatement();
             var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(query, e);
        }
    }

    /**
     * Every posting the kept reuse index holds (the pages' below their bound, and the recent table's) as
     * {@code posting|kind|key|position|} rows, sorted: what two stores that kept the same index hold alike.
     */
    static java.util.List<String> keptPostings(Database db) {
        java.util.List<String> bound = rows(db, "SELECT stamp FROM kept_stamps WHERE kept = '" + KeptIndexTable.MAIN_BELOW + "'");
        java.util.List<String> rows = new java.util.ArrayList<>();
        try {
            pagedPostings(db, bound.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bound.get(0).replace("|", "")))
                    .forEach(row -> rows.add("posting|" + row));
        } catch (SQLException e) {
            throw new AssertionError("reading the kept posting pages", e);
        }
        rows.addAll(rows(db, "SELECT 'posting', kind, hash, position FROM reuse_postings_recent"));
        java.util.Collections.sort(rows);
        return rows;
    }

    /**
     * Every posting the pages hold before {@code below}, as {@code kind|key|position|} rows sorted as
     * strings: what a test compares of two stores.
     */
    static java.util.List<String> pagedPostings(Database db, int below) throws SQLException {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (java.sql.PreparedStatement select = db.connection().prepareStatement("SELECT kind, body FROM reuse_posting_pages");
             java.sql.ResultSet pages = select.executeQuery()) {
            while (pages.next()) {
                KeptPostingPages.Page page = KeptPostingPages.Page.decode(pages.getBytes(2));
                for (int k = 0; k < page.keys().length; k++) {
                    for (int position : page.positionsOf(k)) {
                        if (position < below) {
                            rows.add(pages.getInt(1) + "|" + page.keys()[k] + "|" + position + "|");
                        }
                    }
                }
            }
        }
        java.util.Collections.sort(rows);
        return rows;
    }

    /** Every row of {@code query}, each as its columns' text joined by "|". */
    static java.util.List<String> rows(ArticleStore store, String query) {
        return rows(store.database(), query);
    }

    /** As {@link #rows(ArticleStore, String)}, on a database opened without a store. */
    static java.util.List<String> rows(Database db, String query) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (var statement = db.connection().createStatement(); var result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(result.getString(c)).append('|');
                }
                rows.add(row.toString());
            }
        } catch (SQLException e) {
            throw new AssertionError(query, e);
        }
        return rows;
    }

    static long count(ArticleStore store, String table) {
        try (var statement = store.database().connection().createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(table, e);
        }
    }
}

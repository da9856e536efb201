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

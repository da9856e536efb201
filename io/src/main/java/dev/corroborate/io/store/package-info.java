/**
 * The store: one data directory holding {@code corroborate.db}, a SQLite database in WAL mode
 * with a documented, versioned schema migrated in order on open. Writes go in one transaction
 * per batch, so an interrupted run leaves every committed batch whole and nothing half-written.
 */
package dev.corroborate.io.store;

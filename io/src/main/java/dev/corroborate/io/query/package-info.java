/**
 * Read models: each view of the store (the story list, a story's timeline with its reasons, the
 * provenance tree of a group, quote groups with their drift, an article's quotes, the speakers) is
 * assembled once here, by a query class, and printed by the CLI or served by the web app; the
 * screens hold no logic. Queries only read the store.
 */
package dev.corroborate.io.query;

/**
 * Full-text search over the store: a Lucene index in the data directory's {@code index/} folder
 * holding each article's title, text and quotes (with their speakers). {@link SearchIndex#update}
 * adds the articles the index lacks (run by {@code analyze}), {@link SearchIndex#rebuild} builds it
 * anew ({@code recluster}); {@link SearchIndex#search} answers a query with highlighted snippets
 * as plain text pieces, never markup. Only the store's writer writes the index.
 */
package dev.corroborate.io.search;

/**
 * Text primitives every stage shares: Unicode and whitespace normalization into paragraphs,
 * content-derived article ids, headline guessing for plain text. Pure functions, thread-safe.
 */
package dev.corroborate.text;

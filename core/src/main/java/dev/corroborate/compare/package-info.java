/**
 * What the articles of a story have in common, what each adds and where they disagree: the
 * provenance graph (which article each one derives from), its origins, the independent-source
 * count, each article's original contributions ({@link dev.corroborate.compare.Provenance}), and
 * the differences among an event's articles, each classed as a conflict, a compatible form or a
 * value only some state ({@link dev.corroborate.compare.EventComparer}). Built from the articles,
 * the reuse links and the quote stage's results; pure and deterministic, no I/O.
 */
package dev.corroborate.compare;

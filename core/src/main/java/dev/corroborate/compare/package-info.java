/**
 * What the articles of a story have in common and what each adds: the provenance graph (which
 * article each one derives from), its origins, the independent-source count, and each article's
 * original contributions. Built from the reuse links; pure and deterministic, no I/O.
 */
package dev.corroborate.compare;

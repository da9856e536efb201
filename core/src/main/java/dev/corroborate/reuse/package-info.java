/**
 * Text reuse between articles: word tokens with their offsets, shingles, MinHash signatures and an
 * LSH index to find candidate pairs without comparing every pair, and a passage aligner that finds
 * the reused passages of a pair with offsets in both texts. Pure and deterministic; the relation
 * and direction of a pair, and provenance per story, come next (issue 4).
 */
package dev.corroborate.reuse;

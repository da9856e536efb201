/**
 * Text reuse between articles: shingles, MinHash signatures and LSH, content-word and fingerprint
 * indexes propose candidate pairs without comparing every pair ({@link dev.corroborate.reuse.ReuseDetector});
 * {@link dev.corroborate.reuse.PairClassifier} aligns each pair's passages and decides the relation
 * and direction of a {@link dev.corroborate.model.ReuseLink}; {@link dev.corroborate.reuse.LinkFinder} runs
 * them over a corpus, from scratch or incrementally from the sketches a {@link dev.corroborate.reuse.ReuseArchive}
 * kept (only new articles read, only their pairs compared); {@link dev.corroborate.reuse.LinearLinks} keeps
 * a text's links linear in its copies. Words and sentences come from
 * {@code dev.corroborate.text}. Pure and deterministic.
 */
package dev.corroborate.reuse;

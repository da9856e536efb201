/**
 * Quotes and their speakers: direct quotes between quotation marks (any of the common styles,
 * nested, over several paragraphs), reported speech with a speech verb, the speaker of each with
 * the evidence, speakers resolved across articles under their name variants, and the same
 * statement grouped across outlets with its wording differences. Pure and deterministic: every
 * quote and speaker mention is a pair of offsets into the article's text.
 */
package dev.corroborate.quote;

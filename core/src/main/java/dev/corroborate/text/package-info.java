/**
 * The text layer every stage shares: Unicode and white-space normalization into paragraphs, one
 * {@link dev.corroborate.text.Tokenizer} (tokens with UTF-16 offsets, folded forms and flags), one
 * {@link dev.corroborate.text.SentenceSplitter}, a {@link dev.corroborate.text.LightStemmer}, stop
 * words and other word lists as resource files ({@link dev.corroborate.text.WordLists}), word counts,
 * boilerplate lines ({@link dev.corroborate.text.BoilerplateLines}), content-derived article ids and
 * headline guessing. Depends on the model alone; pure and thread-safe.
 */
package dev.corroborate.text;

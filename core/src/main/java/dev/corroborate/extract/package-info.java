/**
 * From what a reader delivers (a text file, an HTML page, a JSON record) to an
 * {@link dev.corroborate.model.Article}: the input contract's field names, HTML main text
 * ({@code MainText}), metadata ({@code PageMetadata}, {@code JsonLdArticle}) and boilerplate
 * removal. Thresholds in {@link dev.corroborate.extract.ExtractionSettings}, word lists as resource
 * files beside the classes. Pure and deterministic; bad input comes back as an
 * {@link dev.corroborate.extract.Extraction.Refused}, never as an exception.
 */
package dev.corroborate.extract;

/**
 * From what a reader delivers (a text file, an HTML page, a JSON record) to an
 * {@link dev.corroborate.model.Article}: the input contract's field names, HTML main-text and
 * metadata extraction, plain-text headline finding. Pure and deterministic; bad input comes back
 * as an {@link dev.corroborate.extract.Extraction.Refused}, never as an exception.
 */
package dev.corroborate.extract;

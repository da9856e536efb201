package dev.corroborate.io.export;

/** The formats {@link ArticleExporter} writes. */
public enum ExportFormat {
    /** One JSON object per line, UTF-8, {@code \n} line ends. */
    JSONL,
    /** RFC 4180 CSV with a header row; lists are joined with "; ". */
    CSV
}

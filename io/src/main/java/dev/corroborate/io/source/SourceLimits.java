package dev.corroborate.io.source;

/**
 * Size bounds that keep one hostile input from exhausting memory.
 *
 * @param maxArticleBytes the largest single article (a text or HTML file, decompressed)
 * @param maxRecordBytes  the largest JSON record (one JSONL line, one element of a JSON array)
 */
public record SourceLimits(long maxArticleBytes, long maxRecordBytes) {

    /** 32 MiB each: far above any real article, far below a heap. */
    public static final SourceLimits DEFAULT = new SourceLimits(32L << 20, 32L << 20);

    public SourceLimits {
        if (maxArticleBytes <= 0 || maxArticleBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxArticleBytes must be in 1.." + (Integer.MAX_VALUE - 8));
        }
        if (maxRecordBytes <= 0 || maxRecordBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxRecordBytes must be in 1.." + (Integer.MAX_VALUE - 8));
        }
    }
}

package dev.corroborate.io.query;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import dev.corroborate.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code show} says beyond the stored fields: where an article's dates came from, and the
 * lines extraction kept out of its text. Both are read from the article's input, which the store
 * names but does not copy: the kind of input tells where a date can have come from, and reading
 * the input again (extraction is deterministic) gives back the removed lines. Stateless.
 */
public final class ArticleDetails {

    /**
     * The lines kept out of an article's text, or why they cannot be listed.
     *
     * @param lines the lines, in the order extraction found them; empty when none were removed or {@code problem} is set
     * @param problem why the input could not be read again, or {@code null}
     */
    public record Removed(List<String> lines, String problem) {
        public Removed {
            lines = List.copyOf(lines);
        }
    }

    private ArticleDetails() {
    }

    /**
     * Where the publication time came from, as a reader is told it ("the date line above the
     * headline"); {@code null} when there is none.
     */
    public static String publishedFrom(Article article) {
        return article.published() == null ? null : sourceOf(article, true);
    }

    /** Where the modification time came from; {@code null} when there is none. */
    public static String modifiedFrom(Article article) {
        return article.modified() == null ? null : sourceOf(article, false);
    }

    private static String sourceOf(Article article, boolean published) {
        String input = article.origin().input().toLowerCase(Locale.ROOT);
        if (input.endsWith(".gz")) {
            input = input.substring(0, input.length() - 3);
        }
        if (article.origin().line() > 0 || input.endsWith(".json")) {
            return "the input record (its date field, or its page's metadata)";
        }
        if (input.endsWith(".txt") && published) {
            return "the date line above the headline";
        }
        if (input.endsWith(".rss") || input.endsWith(".atom") || input.endsWith(".xml")) {
            return "the feed item, or its page's metadata";
        }
        if (input.endsWith(".warc") && published) {
            return "the page's metadata, or else the archive's capture time";
        }
        return "the page's metadata";
    }

    /**
     * The lines kept out of the article's text as boilerplate, found by reading its input file again;
     * a problem instead when the input was standard input, a URL, or is gone or changed.
     */
    public static Removed removedLines(Article article) {
        String input = article.origin().input();
        if (input.equals("-") || input.startsWith("http://") || input.startsWith("https://")) {
            return new Removed(List.of(), "it came from " + (input.equals("-") ? "standard input" : input)
                    + ", which is not read again");
        }
        if (!Files.isRegularFile(Path.of(input))) {
            return new Removed(List.of(), "its input " + input + " is no longer there");
        }
        List<String> lines = new ArrayList<>();
        boolean[] found = {false};
        new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT).read(List.of(input), (origin, extraction) -> {
            if (!found[0] && extraction instanceof Extraction.Accepted accepted
                    && accepted.article().id().equals(article.id())) {
                found[0] = true;
                lines.addAll(accepted.removed());
            }
        }, bytes -> { });
        return found[0] ? new Removed(lines, null)
                : new Removed(List.of(), "its input " + input + " no longer gives this article (changed since analyze?)");
    }
}

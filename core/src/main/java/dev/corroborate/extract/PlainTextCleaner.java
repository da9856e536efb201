package dev.corroborate.extract;

import dev.corroborate.text.BoilerplateLines;
import dev.corroborate.text.TextNormalizer;
import dev.corroborate.text.WordCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a scraper picked up with a plain-text article: boilerplate lines
 * ({@link BoilerplateLines}: ad markers, share and comment prompts, sign-up boxes, photo captions
 * with their credits, logo lines, temperatures), a credit's caption, labels, a repeated headline,
 * a closing tagline, and inline "(RELATED: ...)" links. Every rule looks at the line itself (its
 * words, its length, how it ends), never at which site it came from. Stateless and thread-safe.
 */
public final class PlainTextCleaner {

    /** What is left, how many paragraphs went, and which (in text order; a trimmed inline link is not listed). */
    public record Cleaned(List<String> paragraphs, int removed, List<String> dropped) {
        public Cleaned {
            paragraphs = List.copyOf(paragraphs);
            dropped = List.copyOf(dropped);
        }
    }

    private static final ExtractionSettings.Boilerplate SETTINGS = ExtractionSettings.DEFAULTS.boilerplate();
    private static final double TITLE_LENGTH_RATIO = ExtractionSettings.DEFAULTS.headline().repeatMaxLengthRatio();

    private static final Pattern INLINE_RELATED = Pattern.compile("\\s*\\((RELATED|READ MORE|SEE ALSO|WATCH):[^)]{0,200}\\)");
    private static final Pattern TRAILING_READ_MORE = Pattern.compile("\\s+Read more\\s*$");

    private PlainTextCleaner() {
    }

    /**
     * Cleans the paragraphs of one article; {@code title} helps spot a repeated headline. A
     * {@code scraped} text (a plain-text file) also loses repeated short paragraphs, which in a
     * scrape are captions and teasers shown twice; in a page's main text they may be deliberate.
     */
    public static Cleaned clean(List<String> paragraphs, String title, boolean scraped) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        Set<String> seen = new HashSet<>();
        List<String> headlineRepeats = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        int removed = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            // The same short paragraph twice is a repeated caption or teaser, not reporting.
            boolean repeated = scraped && WordCount.splitLength(paragraph) <= SETTINGS.repeatedMaxWords() && !seen.add(paragraph);
            if (repeated || isBoilerplate(paragraph)) {
                removed++;
                dropped.add(paragraph);
                continue;
            }
            if (i < SETTINGS.headlineRepeatWithin() && repeatsTitle(paragraph, title)) {
                headlineRepeats.add(paragraph);
                removed++;
                dropped.add(paragraph);
                continue;
            }
            String inline = withoutInlineLinks(paragraph).strip();
            if (inline.isEmpty()) {
                removed++;
                dropped.add(paragraph);
            } else {
                kept.add(inline);
            }
        }
        // The last line of a scrape, short and not a sentence, is a tagline or sign-off ("X English Edition").
        if (scraped && kept.size() > 1) {
            String last = kept.get(kept.size() - 1);
            if (WordCount.splitLength(last) <= SETTINGS.taglineMaxWords() && !last.matches(".*[.!?\"”»)]$")) {
                dropped.add(kept.remove(kept.size() - 1));
                removed++;
            }
        }
        if (kept.isEmpty() && !headlineRepeats.isEmpty()) {
            // A brief whose text is its headline: the headline is all the article says, so it stays.
            dropped.removeAll(headlineRepeats);
            return new Cleaned(headlineRepeats, removed - headlineRepeats.size(), dropped);
        }
        return new Cleaned(kept, removed, dropped);
    }

    /**
     * The paragraph without its inline "(RELATED: ...)" links and a trailing "Read more". Each pattern is
     * run only on a paragraph holding what it must match (an opening parenthesis, "Read more"): the
     * regexes ran on every paragraph of every article, and a replacement without a match gives the text back.
     */
    static String withoutInlineLinks(String paragraph) {
        String text = paragraph.indexOf('(') < 0 ? paragraph : INLINE_RELATED.matcher(paragraph).replaceAll("");
        return text.contains("Read more") ? TRAILING_READ_MORE.matcher(text).replaceAll("") : text;
    }

    /** Blanks the boilerplate lines of a scraped text, before lines are joined into paragraphs. */
    public static List<String> blankBoilerplateLines(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                kept.add(line);
                continue;
            }
            boolean standalone = (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 == lines.size() || lines.get(i + 1).isBlank());
            if (BoilerplateLines.isCredit(line.strip())) {
                kept.add("");
                // The credit closes a caption that began on the line above it.
                int previous = kept.size() - 2;
                if (previous >= 0 && !kept.get(previous).isBlank()
                        && WordCount.splitLength(kept.get(previous)) <= SETTINGS.creditedCaptionMaxWords()) {
                    kept.set(previous, "");
                }
            } else if (isBoilerplate(line) || (standalone && isLabel(line))) {
                kept.add("");
            } else {
                kept.add(line);
            }
        }
        return kept;
    }

    /** One or two words on a line of their own, with no sentence punctuation: an image label or a menu item. */
    private static boolean isLabel(String line) {
        String stripped = line.strip();
        return WordCount.splitLength(stripped) <= SETTINGS.standaloneLabelMaxWords() && !stripped.matches(".*[.!?:;\"”»]$");
    }

    /**
     * The outlet a scraped text names in its masthead: a short line "Harbour Daily logo" (the alt
     * text of the site's logo image) among the first lines. Null when there is none.
     */
    public static String outletNamedByLogo(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), SETTINGS.logoSearchLines()); i++) {
            String line = lines.get(i).strip();
            if (line.toLowerCase(Locale.ROOT).endsWith(" logo") && TextNormalizer.wordCount(line) <= BoilerplateLines.Settings.DEFAULTS.labelMaxWords()) {
                String name = line.substring(0, line.length() - 5).strip();
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }

    /**
     * Whether one line or paragraph is boilerplate by its own evidence (see {@link BoilerplateLines}).
     * Other stages use it too: reuse detection leaves such lines out of shared reporting.
     */
    public static boolean isBoilerplate(String paragraph) {
        return BoilerplateLines.isBoilerplate(paragraph);
    }

    private static boolean repeatsTitle(String paragraph, String title) {
        return title != null && !title.isBlank() && paragraph.length() < title.length() * TITLE_LENGTH_RATIO
                && Titles.similarity(paragraph, title) >= SETTINGS.titleRepeatSimilarity();
    }
}

package dev.corroborate.extract;

import dev.corroborate.text.BoilerplateLines;
import dev.corroborate.text.Headlines;
import dev.corroborate.text.TextNormalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The features of one text chunk that {@link ChunkModel} weighs: its own shape (length,
 * punctuation, link share, case, digits), its markup (block tag, class and id words), where it
 * sits (inside the scored content root or not, inside chrome, position, neighbours) and whether
 * the page repeats it. All are language-neutral. Their cut-offs ({@link ExtractionSettings.Chunks})
 * are part of the fitted model. Pure functions.
 */
final class ChunkFeatures {

    /** The names of the features, in order; the model's weights follow the same order. */
    static final List<String> NAMES = List.of(
            "bias", "log_chars", "words_le_3", "words_le_10", "sentence_end", "sentences", "comma_rate", "link_density",
            "upper_rate", "digit_rate", "tag_p", "tag_heading", "tag_li", "tag_div", "tag_td", "tag_blockquote",
            "tag_other", "in_root", "in_chrome", "repeated", "position", "root_share_log", "prev_in_root",
            "next_in_root", "chrome_name", "content_name", "boilerplate_phrase", "like_title", "starts_by",
            "copyright", "before_root", "after_root", "depth_below_root", "first_in_root", "last_in_root",
            "length_vs_root", "starts_lowercase", "has_quote", "date_like");

    private static final ExtractionSettings.Chunks SETTINGS = ExtractionSettings.DEFAULTS.chunks();

    /**
     * A byline: "By", "Von"... and a capital. "De" too, as Spanish and Portuguese pages write it;
     * {@link Bylines} does not strip it from names ("De Luca"), but as a weak feature it helps.
     */
    private static final Pattern BYLINE =
            Pattern.compile("(?i)^(" + Bylines.OPENING_WORDS + "|de)\\s+\\p{Lu}.{0,60}");

    /** Where a chunk sits on its page. */
    record Context(boolean inRoot, boolean inChrome, int copies, double position, int rootChars,
            boolean previousInRoot, boolean nextInRoot, int nameFlags, Titles.Repeats title,
            boolean beforeRoot, boolean afterRoot, int depthBelowRoot, boolean firstInRoot, boolean lastInRoot,
            double medianRootChunk) {
    }

    private ChunkFeatures() {
    }

    static double[] of(String text, int linkChars, String tag, Context context) {
        double[] f = new double[NAMES.size()];
        int chars = text.length();
        int words = TextNormalizer.wordCount(text);
        int upper = 0;
        int letters = 0;
        int digits = 0;
        int commas = 0;
        int sentenceEnds = 0;
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (c == ',' || c == '，' || c == '、' || c == '،') {
                commas++;
            } else if (c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？') {
                sentenceEnds++;
            }
        }
        char last = chars == 0 ? ' ' : text.charAt(chars - 1);
        int k = 0;
        f[k++] = 1;
        f[k++] = Math.log1p(chars);
        f[k++] = words <= SETTINGS.veryFewWords() ? 1 : 0;
        f[k++] = words <= SETTINGS.fewWords() ? 1 : 0;
        f[k++] = ".!?。！？\"”»’)".indexOf(last) >= 0 ? 1 : 0;
        f[k++] = Math.min(SETTINGS.maxSentences(), sentenceEnds);
        f[k++] = Math.min(1, (double) commas / Math.max(1, words));
        f[k++] = Math.min(1, (double) linkChars / Math.max(1, chars));
        f[k++] = letters == 0 ? 0 : (double) upper / letters;
        f[k++] = (double) digits / Math.max(1, chars);
        f[k++] = tag.equals("p") ? 1 : 0;
        f[k++] = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6' ? 1 : 0;
        f[k++] = tag.equals("li") ? 1 : 0;
        f[k++] = tag.equals("div") || tag.equals("section") || tag.equals("article") ? 1 : 0;
        f[k++] = tag.equals("td") || tag.equals("th") ? 1 : 0;
        f[k++] = tag.equals("blockquote") ? 1 : 0;
        f[k++] = f[10] + f[11] + f[12] + f[13] + f[14] + f[15] == 0 ? 1 : 0;
        f[k++] = context.inRoot() ? 1 : 0;
        f[k++] = context.inChrome() ? 1 : 0;
        f[k++] = context.copies() > 1 ? 1 : 0;
        f[k++] = context.position();
        f[k++] = Math.log1p(context.rootChars()) / SETTINGS.rootCharsLogScale();
        f[k++] = context.previousInRoot() ? 1 : 0;
        f[k++] = context.nextInRoot() ? 1 : 0;
        f[k++] = (context.nameFlags() & PageChrome.CHROME_WORD) != 0 ? 1 : 0;
        f[k++] = (context.nameFlags() & PageChrome.CONTENT_WORD) != 0 ? 1 : 0;
        // Phrase and title tests only inside the content root: outside it a chunk is rarely text anyway.
        f[k++] = context.inRoot() && BoilerplateLines.isBoilerplate(text) ? 1 : 0;
        f[k++] = context.inRoot() && context.title().test(text, SETTINGS.titleContainment()) ? 1 : 0;
        f[k++] = words <= SETTINGS.bylineMaxWords() && BYLINE.matcher(text).matches() ? 1 : 0;
        f[k++] = text.contains("©") || text.toLowerCase(Locale.ROOT).contains("copyright") ? 1 : 0;
        f[k++] = context.beforeRoot() ? 1 : 0;
        f[k++] = context.afterRoot() ? 1 : 0;
        f[k++] = Math.min(SETTINGS.maxDepthBelowRoot(), context.depthBelowRoot()) / (double) SETTINGS.maxDepthBelowRoot();
        f[k++] = context.firstInRoot() ? 1 : 0;
        f[k++] = context.lastInRoot() ? 1 : 0;
        f[k++] = Math.max(-SETTINGS.maxLogLengthRatio(),
                Math.min(SETTINGS.maxLogLengthRatio(), Math.log((chars + 1) / (context.medianRootChunk() + 1))));
        f[k++] = chars > 0 && Character.isLowerCase(text.codePointAt(0)) ? 1 : 0;
        f[k++] = text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('«') >= 0 || text.indexOf('„') >= 0
                || text.indexOf('「') >= 0 ? 1 : 0;
        f[k++] = words <= SETTINGS.dateMaxWords() && Headlines.looksLikeDate(text) ? 1 : 0;
        return f;
    }
}

package dev.corroborate.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.extract.HtmlExtractor.ScoredChunk;
import dev.corroborate.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A page's main text: the chunks {@link ChunkModel} keeps, except a date alone on a line. When the
 * page shows little text, the article may sit as escaped HTML in an inline script (a page rendered
 * in the browser); when it shows a teaser, the whole text may be stated in JSON-LD. The headline
 * repeated as the first paragraph goes. Changes the document it is given; stateless otherwise.
 */
final class MainText {

    private static final ExtractionSettings.Body SETTINGS = ExtractionSettings.DEFAULTS.body();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A JavaScript or JSON string literal long enough to hold an article, escapes and all. */
    private static final Pattern STRING_LITERAL =
            Pattern.compile("\"((?:[^\"\\\\]|\\\\.){" + SETTINGS.scriptStringMinChars() + ",}+)\"");

    private static final int DATE_LIKE = ChunkFeatures.NAMES.indexOf("date_like");

    private MainText() {
    }

    /**
     * The paragraphs of {@code doc}'s article.
     *
     * @param inlineScripts the page's inline scripts (see {@link PageIndex})
     * @param statedBody    the article body JSON-LD states, or null
     * @param title         the headline chosen, or null
     */
    static List<String> of(Document doc, List<Element> inlineScripts, String statedBody, String title) {
        List<String> paragraphs = keptChunks(doc);
        int length = totalLength(paragraphs);
        if (length < SETTINGS.shortText() && !inlineScripts.isEmpty()) {
            List<String> scripted = textInScripts(inlineScripts);
            if (totalLength(scripted) > length) {
                paragraphs = scripted;
                length = totalLength(scripted);
            }
        }
        // A page that shows a teaser (a paywall, "read more") may state the whole text in its JSON-LD.
        if (statedBody != null && statedBody.length() > SETTINGS.statedBodyFactor() * length + SETTINGS.shortText()) {
            List<String> stated = paragraphsOf(statedBody);
            if (totalLength(stated) > length) {
                paragraphs = stated;
            }
        }
        // The headline repeated as the first block of the container is not body text.
        if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equalsIgnoreCase(title)) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        return paragraphs;
    }

    /** The texts of the chunks the model keeps. */
    private static List<String> keptChunks(Document doc) {
        List<String> paragraphs = new ArrayList<>();
        for (ScoredChunk chunk : ChunkScorer.score(doc)) {
            // A date on a line of its own is metadata (the publication time), never article text.
            boolean dateLine = chunk.features()[DATE_LIKE] > 0;
            if (ChunkModel.keeps(chunk.features()) && !dateLine) {
                paragraphs.add(chunk.text());
            }
        }
        return paragraphs;
    }

    /** The paragraphs of a stated article body: HTML, or plain text with a paragraph per line. */
    private static List<String> paragraphsOf(String body) {
        if (body.contains("<p") || body.contains("<br")) {
            return keptChunks(Jsoup.parseBodyFragment(body));
        }
        return TextNormalizer.paragraphs(Parser.unescapeEntities(body, false));
    }

    private static int totalLength(List<String> paragraphs) {
        int length = 0;
        for (String paragraph : paragraphs) {
            length += paragraph.length();
        }
        return length;
    }

    /**
     * The article of a page rendered in the browser: its HTML sits escaped in a string of an inline
     * script (a framework's hydration data). The string whose paragraphs hold the most text wins.
     */
    private static List<String> textInScripts(List<Element> scripts) {
        List<String> best = List.of();
        int bestLength = 0;
        for (Element element : scripts) {
            String script = element.data();
            if (!script.contains("\\u003cp") && !script.contains("\\u003Cp")) {
                continue;
            }
            Matcher literal = STRING_LITERAL.matcher(script);
            while (literal.find()) {
                String escaped = literal.group(1);
                if (!escaped.contains("\\u003cp") && !escaped.contains("\\u003Cp")) {
                    continue;
                }
                String html;
                try {
                    html = JSON.readValue("\"" + escaped + "\"", String.class);
                } catch (JsonProcessingException e) {
                    continue; // not a JSON-style string after all
                }
                List<String> paragraphs = keptChunks(Jsoup.parseBodyFragment(html));
                int length = totalLength(paragraphs);
                if (length > bestLength) {
                    best = paragraphs;
                    bestLength = length;
                }
            }
        }
        return best;
    }
}

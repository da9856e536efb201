package dev.corroborate.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.text.TextNormalizer;
import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The fields of a page's schema.org article object in JSON-LD: the first object of an article type
 * with a headline, found in the page's JSON-LD scripts in order, inside arrays and {@code @graph}s.
 * Text values are unescaped (JSON-LD often carries HTML entities) and normalized to one line; the
 * article body is kept as stated. Fields are null when not stated; {@link #authors} is empty then.
 * Broken JSON-LD is skipped: the meta tags still speak. Not thread-safe; built once per page.
 */
final class JsonLdArticle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = WordLists.set(JsonLdArticle.class, "json-ld-article-types.txt");
    private static final int MAX_DEPTH = ExtractionSettings.DEFAULTS.metadata().jsonLdMaxDepth();

    String headline;
    String datePublished;
    String dateModified;
    String description;
    String publisher;
    String url;
    String language;
    /** The article's text as stated, line breaks and all: they are its paragraphs. */
    String articleBody;
    final List<String> authors = new ArrayList<>();

    private JsonLdArticle() {
    }

    static JsonLdArticle of(List<Element> scripts) {
        JsonLdArticle ld = new JsonLdArticle();
        for (Element script : scripts) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                continue; // broken JSON-LD is common; the meta tags still speak
            }
            JsonNode article = findArticle(root, 0);
            if (article != null) {
                ld.read(article);
                break;
            }
        }
        return ld;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                JsonNode found = findArticle(child, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        for (String type : types(node.get("@type"))) {
            if (ARTICLE_TYPES.contains(type.toLowerCase(Locale.ROOT)) && node.has("headline")) {
                return node;
            }
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static List<String> types(JsonNode type) {
        List<String> types = new ArrayList<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    private void read(JsonNode article) {
        headline = textOf(article.get("headline"));
        datePublished = textOf(article.get("datePublished"));
        dateModified = textOf(article.get("dateModified"));
        description = textOf(article.get("description"));
        url = textOf(article.get("url"));
        language = textOf(article.get("inLanguage"));
        // Read as it is: its line breaks are the paragraphs.
        JsonNode body = article.get("articleBody");
        articleBody = body != null && body.isTextual() && !body.asText().isBlank() ? body.asText() : null;
        JsonNode pub = article.get("publisher");
        if (pub != null) {
            publisher = pub.isObject() ? textOf(pub.get("name")) : textOf(pub);
        }
        JsonNode author = article.get("author");
        if (author != null) {
            for (JsonNode one : author.isArray() ? author : List.of(author)) {
                String name = one.isObject() ? textOf(one.get("name")) : textOf(one);
                if (name != null && !name.startsWith("http")) {
                    authors.addAll(Bylines.split(name));
                }
            }
        }
    }

    private static String textOf(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        // JSON-LD strings often carry HTML entities ("&#8216;", "&quot;") the page meant as characters.
        String text = TextNormalizer.line(Parser.unescapeEntities(node.asText(), false));
        return text.isEmpty() ? null : text;
    }
}

package dev.corroborate.extract;

import java.nio.charset.Charset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The main-text and metadata extractor for news pages: the entry point of HTML extraction, which
 * delegates each job. Metadata ({@link PageMetadata}) comes from JSON-LD ({@link JsonLdArticle}),
 * Open Graph and other meta tags ({@link MetaTags}), then from the page itself; the main text
 * ({@link MainText}) is the chunks of text a model keeps, judged by where they sit relative to the
 * content root ({@link ChunkScorer}), with page chrome, figures, captions and link lists left out.
 * Thresholds are in {@link ExtractionSettings}.
 *
 * <p>Stateless and thread-safe. Never throws on malformed markup: jsoup repairs what it can.
 */
public final class HtmlExtractor {

    /** Extracts from a page already decoded to characters; {@code baseUrl} may be null. */
    public ExtractedPage extract(String html, String baseUrl) {
        return extract(parse(html, baseUrl));
    }

    /** Extracts from page bytes, detecting the charset from the BOM, a meta tag or the content. */
    public ExtractedPage extract(byte[] bytes, String baseUrl) {
        return extract(bytes, baseUrl, null);
    }

    /**
     * Extracts from page bytes; {@code declaredCharset} is what the transport said (an HTTP
     * header), believed only when the page's own BOM and meta tag are silent and the bytes agree.
     */
    public ExtractedPage extract(byte[] bytes, String baseUrl, String declaredCharset) {
        Charset charset = Charsets.detect(bytes, declaredCharset);
        return extract(new String(bytes, charset), baseUrl);
    }

    private static ExtractedPage extract(Document doc) {
        PageIndex index = PageIndex.of(doc);
        // Metadata first: the main text prunes the tree.
        PageMetadata metadata = PageMetadata.read(doc, index);
        List<String> paragraphs = MainText.of(doc, index.inlineScripts, metadata.statedBody(), metadata.title());
        return metadata.withText(paragraphs);
    }

    private static Document parse(String html, String baseUrl) {
        return Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    }

    /** The names of the features in {@link ScoredChunk#features()}, in order. */
    public static List<String> featureNames() {
        return ChunkFeatures.NAMES;
    }

    /** A chunk of the page's text and the features {@link ChunkModel} judges it by. */
    public record ScoredChunk(String text, double[] features) {
    }

    /**
     * Every text chunk of a page with its features, in document order: what {@link ChunkModel}
     * decides on, exposed so the model can be fitted again (see {@code bench}'s TrainChunkModel).
     */
    public List<ScoredChunk> describeChunks(byte[] bytes, String baseUrl) {
        String html = new String(bytes, Charsets.detect(bytes, null));
        return ChunkScorer.score(parse(html, baseUrl));
    }
}

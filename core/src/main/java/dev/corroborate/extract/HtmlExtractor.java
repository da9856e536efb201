package dev.corroborate.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.text.TextNormalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A first main-text and metadata extractor for news pages. Metadata comes from JSON-LD, Open
 * Graph and other meta tags, then from the page itself; the main text is the element whose
 * paragraphs hold the most text (scored as Readability.js scores paragraph parents), with page
 * chrome, figures, captions and link lists left out.
 *
 * <p>Stateless and thread-safe. Never throws on malformed markup: jsoup repairs what it can.
 */
public final class HtmlExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Names that also say "this is the content" overrule {@link #CHROME}, as in Readability.js:
     * {@code sidebar-grid__content} is a layout cell holding the article, not a sidebar.
     */
    static final Pattern CONTENT_NAME = Pattern.compile(
            "(?i)(^|[\\s_-])(content|article|body|main|story|text|entry|post)($|[\\s_-])");

    /** More prose than this (about two paragraphs) and an element is content, whatever its name. */
    private static final int PROSE_IN_CHROME = 300;

    /** Class or id words of page chrome that sits inside the article container on many sites. */
    static final Pattern CHROME = Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|related|newsletter|comments?|advert|ad|ads|promo|"
                    + "subscribe|subscription|cookie|breadcrumbs?|sidebar|footer|byline|caption|credit|"
                    + "tags|author-bio|recommended|most-read|paywall|signup)($|[\\s_-])");

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
            "webpage", "socialmediaposting");

    /** Extracts from a page already decoded to characters. */
    public ExtractedPage extract(String html, String baseUrl) {
        return extract(Jsoup.parse(html, baseUrl == null ? "" : baseUrl));
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
        java.nio.charset.Charset charset = Charsets.detect(bytes, declaredCharset);
        return extract(new String(bytes, charset), baseUrl);
    }

    /** What metadata extraction needs from the page, gathered in one pass instead of a dozen selects. */
    private static final class PageIndex {
        Element articleH1;
        Element firstH1;
        Element datePublished;
        Element articleTime;
        Element firstTime;
        Element canonical;
        Element contentLanguage;
        final List<Element> metas = new ArrayList<>();
        final List<Element> jsonLd = new ArrayList<>();
        /** Inline scripts: where a page rendered in the browser keeps its article, as escaped HTML. */
        final List<Element> inlineScripts = new ArrayList<>();

        static PageIndex of(Document doc) {
            PageIndex index = new PageIndex();
            for (Element e : doc.getAllElements()) {
                switch (e.normalName()) {
                    case "h1" -> {
                        if (index.firstH1 == null) {
                            index.firstH1 = e;
                        }
                        if (index.articleH1 == null && e.closest("article, main") != null) {
                            index.articleH1 = e;
                        }
                    }
                    case "meta" -> {
                        if (e.hasAttr("content")) {
                            index.metas.add(e);
                        }
                        if (index.contentLanguage == null && e.attr("http-equiv").equalsIgnoreCase("content-language")) {
                            index.contentLanguage = e;
                        }
                    }
                    case "script" -> {
                        if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                            index.jsonLd.add(e);
                        } else if (!e.hasAttr("src")) {
                            index.inlineScripts.add(e);
                        }
                    }
                    case "link" -> {
                        if (index.canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                            index.canonical = e;
                        }
                    }
                    case "time" -> {
                        if (e.hasAttr("datetime")) {
                            if (index.firstTime == null) {
                                index.firstTime = e;
                            }
                            if (index.articleTime == null && e.closest("article") != null) {
                                index.articleTime = e;
                            }
                        }
                    }
                    default -> {
                    }
                }
                if (e.hasAttr("itemprop")) {
                    String itemprop = e.attr("itemprop");
                    if (index.articleH1 == null && itemprop.equals("headline") && !e.normalName().equals("meta")) {
                        index.articleH1 = e;
                    }
                    if (index.datePublished == null && itemprop.equals("datePublished")) {
                        index.datePublished = e;
                    }
                }
            }
            return index;
        }
    }

    private ExtractedPage extract(Document doc) {
        PageIndex index = PageIndex.of(doc);
        Map<String, String> metas = metaIndex(index.metas);
        JsonLd ld = JsonLd.of(index.jsonLd);
        String outletName = first(ld.publisher, metas.get("og:site_name"), metas.get("application-name"));
        String title = Titles.choose(
                java.util.Arrays.asList(text(index.articleH1), text(index.firstH1)),
                List.of(nonNull(metas.get("og:title")), nonNull(metas.get("twitter:title")), nonNull(ld.headline),
                        nonNull(doc.title())),
                outletName);
        String published = first(ld.datePublished, metas.get("article:published_time"),
                metas.get("og:published_time"), metas.get("datepublished"), metas.get("pubdate"),
                metas.get("publishdate"), metas.get("date"), metas.get("dc.date.issued"), metas.get("dc.date"),
                metas.get("sailthru.date"), metas.get("parsely-pub-date"),
                attr(index.datePublished, "content", "datetime"),
                attr(index.articleTime != null ? index.articleTime : index.firstTime, "datetime"));
        String outlet = outletName;
        String url = first(attr(index.canonical, "abs:href"), metas.get("og:url"), ld.url,
                doc.location().isEmpty() ? null : doc.location());
        String language = first(attr(doc.root().firstElementChild(), "lang"), ld.language,
                attr(index.contentLanguage, "content"), metas.get("og:locale"));
        List<String> authors = authors(doc, ld, index.metas);
        List<String> paragraphs = mainText(doc);
        int length = totalLength(paragraphs);
        if (length < SHORT_TEXT && !index.inlineScripts.isEmpty()) {
            List<String> scripted = textInScripts(index.inlineScripts);
            if (totalLength(scripted) > length) {
                paragraphs = scripted;
                length = totalLength(scripted);
            }
        }
        // A page that shows a teaser (a paywall, "read more") may state the whole text in its JSON-LD.
        if (ld.articleBody != null && ld.articleBody.length() > LONGER_BODY * length + SHORT_TEXT) {
            List<String> stated = paragraphsOf(ld.articleBody);
            if (totalLength(stated) > length) {
                paragraphs = stated;
            }
        }
        // The headline repeated as the first block of the container is not body text.
        if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equalsIgnoreCase(title)) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        String modified = first(ld.dateModified, metas.get("article:modified_time"), metas.get("og:updated_time"),
                metas.get("datemodified"), metas.get("last-modified"), metas.get("dc.date.modified"));
        String lead = first(metas.get("og:description"), metas.get("description"), metas.get("twitter:description"),
                ld.description);
        return new ExtractedPage(title, authors, published, modified, outlet, url, language, lead, paragraphs);
    }

    // ---- main text ----

    /** Less main text than this, and a script holding HTML, sends us looking in the script. */
    private static final int SHORT_TEXT = 300;
    /** A JavaScript or JSON string literal, escapes and all. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.){200,}+)\"");

    /** How many times longer than the page's text a JSON-LD articleBody must be to replace it. */
    private static final double LONGER_BODY = 1.5;

    /** The paragraphs of a stated article body: HTML, or plain text with a paragraph per line. */
    private static List<String> paragraphsOf(String body) {
        if (body.contains("<p") || body.contains("<br")) {
            return mainText(Jsoup.parseBodyFragment(body));
        }
        return TextNormalizer.paragraphs(org.jsoup.parser.Parser.unescapeEntities(body, false));
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
                List<String> paragraphs = mainText(Jsoup.parseBodyFragment(html));
                int length = totalLength(paragraphs);
                if (length > bestLength) {
                    best = paragraphs;
                    bestLength = length;
                }
            }
        }
        return best;
    }

    /** Tags that start a new line of text; everything else flows inline. */
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "ul", "br", "iframe", "noscript", "picture", "video", "audio", "canvas");

    /** A run of text between block boundaries, and the block element that holds it. */
    private record Chunk(Element owner, String text, int linkChars, String tag) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }

        boolean isHeading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        }
    }

    private static List<String> mainText(Document doc) {
        List<String> paragraphs = new ArrayList<>();
        for (ScoredChunk chunk : scoredChunks(doc)) {
            // A date on a line of its own is metadata (the publication time), never article text.
            boolean dateLine = chunk.features()[ChunkFeatures.NAMES.indexOf("date_like")] > 0;
            if (ChunkModel.keeps(chunk.features()) && !dateLine) {
                paragraphs.add(chunk.text());
            }
        }
        return paragraphs;
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
        return scoredChunks(Jsoup.parse(html, baseUrl == null ? "" : baseUrl));
    }

    private static List<ScoredChunk> scoredChunks(Document doc) {
        Element body = doc.body();
        removeNeverText(body);
        for (Element header : body.select("header, footer")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        List<Chunk> chunks = chunks(body);
        Element root = firstOfSeveralArticles(body, contentRoot(body, chunks));
        Set<Element> chrome = chromeWithin(root, chunks);
        Map<String, Integer> copies = new java.util.HashMap<>();
        int rootChars = 0;
        int firstInRoot = -1;
        int lastInRoot = -1;
        boolean[] inRoot = new boolean[chunks.size()];
        List<Integer> rootLengths = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            copies.merge(chunk.text(), 1, Integer::sum);
            inRoot[i] = isWithin(chunk.owner(), root);
            if (inRoot[i]) {
                rootChars += chunk.text().length();
                rootLengths.add(chunk.text().length());
                if (firstInRoot < 0) {
                    firstInRoot = i;
                }
                lastInRoot = i;
            }
        }
        java.util.Collections.sort(rootLengths);
        double median = rootLengths.isEmpty() ? 0 : rootLengths.get(rootLengths.size() / 2);
        Titles.Repeats title = new Titles.Repeats(doc.title());
        Map<Element, Integer> nameMemo = new IdentityHashMap<>();
        List<ScoredChunk> scored = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            ChunkFeatures.Context context = new ChunkFeatures.Context(
                    inRoot[i], inRoot[i] && isWithinAny(chunk.owner(), chrome, root), copies.get(chunk.text()),
                    (double) i / Math.max(1, chunks.size() - 1), rootChars,
                    i > 0 && inRoot[i - 1], i + 1 < chunks.size() && inRoot[i + 1],
                    names(chunk.owner(), root, nameMemo), title,
                    firstInRoot >= 0 && i < firstInRoot, lastInRoot >= 0 && i > lastInRoot,
                    inRoot[i] ? depthBelow(chunk.owner(), root) : 0, i == firstInRoot, i == lastInRoot, median);
            scored.add(new ScoredChunk(chunk.text(),
                    ChunkFeatures.of(chunk.text(), chunk.linkChars(), chunk.tag(), context)));
        }
        return scored;
    }

    private static int depthBelow(Element element, Element root) {
        int depth = 0;
        for (Element e = element; e != null && e != root; e = e.parent()) {
            depth++;
        }
        return depth;
    }

    /** Bit 1: a chrome word, bit 2: a content word, in the class or id of the element itself. */
    private static int nameFlags(Element element, Map<Element, Integer> memo) {
        Integer known = memo.get(element);
        if (known != null) {
            return known;
        }
        int flags = 0;
        String names = element.className() + " " + element.id();
        if (names.length() > 1) {
            flags |= CHROME.matcher(names).find() ? 1 : 0;
            flags |= CONTENT_NAME.matcher(names).find() ? 2 : 0;
        }
        memo.put(element, flags);
        return flags;
    }

    /** The name flags of a chunk's block and its ancestors up to the root, or four levels. */
    private static int names(Element owner, Element root, Map<Element, Integer> memo) {
        int flags = 0;
        int levels = 0;
        for (Element e = owner; e != null && levels < 4; e = e.parent(), levels++) {
            flags |= nameFlags(e, memo);
            if (e == root) {
                break;
            }
        }
        return flags;
    }

    /** Tags whose content is never article text. */
    private static final Set<String> NEVER_TEXT_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "nav", "aside", "button",
            "select", "input", "textarea", "figure", "figcaption", "picture", "video", "audio");

    /** ARIA roles of page chrome. */
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo");

    /** Removes what is never article text, in one pass over the tree. */
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    /** An inline style that hides the element: a reader never sees its text. */
    private static boolean hiddenByStyle(Element element) {
        String style = element.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    private static void removeNeverText(Element body) {
        int pageLength = -1;
        List<Element> doomed = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            String tag = element.normalName();
            boolean never = NEVER_TEXT_TAGS.contains(tag)
                    || CHROME_ROLES.contains(element.attr("role"))
                    || element.attr("aria-hidden").equals("true")
                    // React's streamed server rendering parks real content in <div hidden id="S:..."> until
                    // a script moves it into place; it is the page's text, not hidden chrome.
                    || (element.hasAttr("hidden") && !element.id().startsWith("S:"))
                    || hiddenByStyle(element);
            if (!never && tag.equals("form")) {
                // Search boxes and sign-up forms go; a form wrapping the whole page (ASP.NET) stays.
                if (pageLength < 0) {
                    pageLength = Math.max(1, body.text().length());
                }
                never = element.text().length() < pageLength / 4;
            }
            if (never) {
                doomed.add(element);
            }
        }
        for (Element element : doomed) {
            element.remove(); // removing a parent first leaves its doomed children detached: harmless
        }
    }

    /** The page's text as chunks in document order, split at block boundaries and line breaks. */
    private static List<Chunk> chunks(Element body) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        Element[] owner = {body};
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            int linkDepth;

            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode textNode) {
                    String value = textNode.getWholeText();
                    text.append(value);
                    if (linkDepth > 0) {
                        linkChars[0] += value.strip().length();
                    }
                } else if (node instanceof Element element) {
                    if (BLOCK_TAGS.contains(element.normalName())) {
                        flush();
                        owner[0] = element;
                    } else if (element.normalName().equals("a")) {
                        linkDepth++;
                    } else if (element.normalName().equals("img") || element.normalName().equals("wbr")) {
                        text.append(element.normalName().equals("img") ? " " : "");
                    }
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element element) {
                    if (BLOCK_TAGS.contains(element.normalName())) {
                        flush();
                        Element parent = element.parent();
                        owner[0] = parent == null ? body : nearestBlock(parent, body);
                    } else if (element.normalName().equals("a")) {
                        linkDepth--;
                    }
                }
            }

            private void flush() {
                if (isBlank(text)) {
                    text.setLength(0); // most block boundaries hold only the markup's white space
                    linkChars[0] = 0;
                    return;
                }
                String normalized = TextNormalizer.line(text.toString());
                if (!normalized.isEmpty()) {
                    chunks.add(new Chunk(owner[0], normalized, Math.min(linkChars[0], normalized.length()),
                            owner[0].normalName()));
                }
                text.setLength(0);
                linkChars[0] = 0;
            }
        }, body);
        return chunks;
    }

    private static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Element nearestBlock(Element element, Element body) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == body || BLOCK_TAGS.contains(e.normalName())) {
                return e;
            }
        }
        return body;
    }

    /**
     * The element whose text chunks carry the most weight. Each substantial chunk scores as
     * Readability.js scores a paragraph; the score goes to every ancestor, divided by its distance,
     * so the nearest common ancestor of many paragraphs wins even when each paragraph sits in its
     * own stack of wrappers. Link-heavy candidates are discounted.
     */
    /**
     * A page that scrolls on into the next stories holds several whole {@code <article>}s, each with
     * its own headline; the first is the page's own. A root found inside a later one (it may be the
     * longest) moves to the first; a root holding several moves down to the first when that one holds
     * a good share of the root's text.
     */
    private static Element firstOfSeveralArticles(Element body, Element root) {
        List<Element> articles = new ArrayList<>();
        for (Element article : body.select("article")) {
            boolean nested = false;
            for (Element parent = article.parent(); parent != null && parent != body; parent = parent.parent()) {
                if (parent.normalName().equals("article")) {
                    nested = true;
                    break;
                }
            }
            if (!nested && article.text().length() >= MIN_SCROLLED_ARTICLE && article.selectFirst("h1, h2") != null) {
                articles.add(article);
            }
        }
        if (articles.size() < 2) {
            return root;
        }
        Element first = articles.get(0);
        boolean holdsFirst = isWithin(first, root);
        for (int k = 1; k < articles.size(); k++) {
            if (isWithin(root, articles.get(k))) {
                return first;
            }
            if (holdsFirst && isWithin(articles.get(k), root)) {
                // Only when the first is a story of its own, not a teaser card in a list.
                return first.text().length() >= WHOLE_STORY_SHARE * root.text().length() ? first : root;
            }
        }
        return root;
    }

    /** The share of a root's text the first of its articles must hold to be taken for the page's own story. */
    private static final double WHOLE_STORY_SHARE = 0.3;

    /** Characters an {@code <article>} needs to count as a whole story in {@link #firstOfSeveralArticles}. */
    private static final int MIN_SCROLLED_ARTICLE = 500;

    private static Element contentRoot(Element body, List<Chunk> chunks) {
        Element declared = body.selectFirst("[itemprop=articleBody]");
        if (declared != null && declared.text().length() > 200) {
            return declared;
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, int[]> mass = new IdentityHashMap<>(); // {all chars, link chars}
        for (Chunk chunk : chunks) {
            for (Element e = chunk.owner(); e != null; e = e.parent()) {
                int[] m = mass.computeIfAbsent(e, k -> new int[2]);
                m[0] += chunk.text().length();
                m[1] += chunk.linkChars();
                if (e == body) {
                    break;
                }
            }
            int length = chunk.text().length();
            if (length < 25 || chunk.linkDensity() > 0.5 || chunk.isHeading()) {
                continue;
            }
            double score = 1 + Math.min(3, length / 100.0) + chunk.text().split("[,，、،]").length;
            int distance = 0;
            for (Element e = chunk.owner(); e != null; e = e.parent()) {
                if (distance > 0) {
                    scores.merge(e, score / distance, Double::sum);
                }
                if (e == body) {
                    break;
                }
                distance++;
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            int[] m = mass.get(candidate);
            double linkDensity = m == null || m[0] == 0 ? 0 : (double) m[1] / m[0];
            double score = entry.getValue() * (1 - linkDensity);
            if (candidate.normalName().equals("article") || candidate.normalName().equals("main")) {
                score *= 1.25;
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /**
     * Page chrome inside the content root: a class or id word says so ({@link #CHROME}, unless
     * {@link #CONTENT_NAME} says otherwise) and its text agrees: less than {@link #PROSE_IN_CHROME}
     * characters of prose. A name alone is weak evidence: {@code sidebar-grid__container} may hold
     * half the article.
     */
    private static Set<Element> chromeWithin(Element root, List<Chunk> chunks) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (Chunk chunk : chunks) {
            if (chunk.text().length() >= 80 && chunk.linkDensity() < 0.3) {
                for (Element e = chunk.owner(); e != null && e != root; e = e.parent()) {
                    prose.merge(e, chunk.text().length(), Integer::sum);
                }
            }
        }
        Set<Element> chrome = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : root.select("[class], [id]")) {
            if (element == root) {
                continue;
            }
            String names = element.className() + " " + element.id();
            if (CHROME.matcher(names).find() && !CONTENT_NAME.matcher(names).find()
                    && prose.getOrDefault(element, 0) < PROSE_IN_CHROME) {
                chrome.add(element);
            }
        }
        return chrome;
    }

    private static boolean isWithin(Element element, Element root) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWithinAny(Element element, Set<Element> set, Element root) {
        for (Element e = element; e != null && e != root; e = e.parent()) {
            if (set.contains(e)) {
                return true;
            }
        }
        return false;
    }

    // ---- metadata ----

    private static final Pattern BYLINE = Pattern.compile("(?i)(by|von|par|por|di|door|av)\\s+\\p{Lu}.*");

    private static final Set<String> AUTHOR_META = Set.of(
            "author", "article:author", "byl", "sailthru.author", "dc.creator");

    private static List<String> authors(Document doc, JsonLd ld, List<Element> metaTags) {
        List<String> names = Bylines.clean(ld.authors);
        if (names.isEmpty()) {
            List<String> fromMeta = new ArrayList<>();
            for (Element meta : metaTags) {
                if (!AUTHOR_META.contains(meta.attr("name").toLowerCase(Locale.ROOT))
                        && !AUTHOR_META.contains(meta.attr("property").toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String content = meta.attr("content");
                if (!content.startsWith("http")) {
                    fromMeta.addAll(splitNames(content));
                }
            }
            names = Bylines.clean(fromMeta);
        }
        if (names.isEmpty()) {
            List<String> marked = new ArrayList<>();
            for (Element element : doc.select("[rel=author], [itemprop=author] [itemprop=name], .byline .author, .author-name")) {
                marked.addAll(splitNames(element.text()));
            }
            names = Bylines.clean(marked);
        }
        if (names.isEmpty()) {
            // A byline block: "By Tomas Reyna", "Von Lena Hartl und Tobias Rainer".
            for (Element element : doc.select("[class*=byline], [class*=author]")) {
                String text = TextNormalizer.line(element.ownText().isBlank() ? element.text() : element.ownText());
                if (BYLINE.matcher(text).matches() && TextNormalizer.wordCount(text) <= 12) {
                    names = Bylines.clean(splitNames(text));
                    break;
                }
            }
        }
        return names;
    }

    static List<String> splitNames(String raw) {
        String cleaned = TextNormalizer.line(raw).replaceFirst("(?i)^(by|von|par|por|di|door|av)\\s+", "");
        List<String> names = new ArrayList<>();
        for (String part : cleaned.split("\\s*(?:;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*")) {
            String name = part.strip();
            if (!name.isEmpty() && name.length() <= 80) {
                names.add(name);
            }
        }
        return names;
    }

    /** The page's meta tags by lower-cased property, name and itemprop; the first non-empty content wins. */
    private static Map<String, String> metaIndex(List<Element> metaTags) {
        Map<String, String> index = new java.util.HashMap<>();
        for (Element meta : metaTags) {
            String raw = meta.attr("content");
            if (raw.isBlank()) {
                continue;
            }
            // Some sites escape twice: "&amp;quot;" arrives as "&quot;" after parsing.
            String content = TextNormalizer.line(org.jsoup.parser.Parser.unescapeEntities(raw, false));
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                String key = meta.attr(attribute).toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    index.putIfAbsent(key, content);
                }
            }
        }
        return index;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = TextNormalizer.line(element.text());
        return text.isEmpty() ? null : text;
    }

    private static String attr(Element element, String... names) {
        if (element == null) {
            return null;
        }
        for (String name : names) {
            String value = TextNormalizer.line(element.attr(name));
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The fields of the page's schema.org article object, when it has one. */
    private static final class JsonLd {
        String headline;
        String datePublished;
        String dateModified;
        String description;
        String publisher;
        String url;
        String language;
        String articleBody;
        final List<String> authors = new ArrayList<>();

        static JsonLd of(List<Element> scripts) {
            JsonLd ld = new JsonLd();
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
            if (node == null || depth > 6) {
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
                        authors.addAll(splitNames(name));
                    }
                }
            }
        }

        private static String textOf(JsonNode node) {
            if (node == null || node.isNull() || node.isContainerNode()) {
                return null;
            }
            // JSON-LD strings often carry HTML entities ("&#8216;", "&quot;") the page meant as characters.
            String text = TextNormalizer.line(org.jsoup.parser.Parser.unescapeEntities(node.asText(), false));
            return text.isEmpty() ? null : text;
        }
    }
}

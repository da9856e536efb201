package dev.corroborate.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the content root of a page: the element whose text chunks carry the most weight. An element
 * marked {@code itemprop=articleBody} wins outright. Otherwise each substantial chunk scores as
 * Readability.js scores a paragraph and the score goes to every ancestor divided by its distance, so
 * the nearest common ancestor of many paragraphs wins even when each paragraph sits in its own stack
 * of wrappers; link-heavy candidates are discounted. On a page that scrolls on into the next
 * stories, the root moves to the first story. Stateless and thread-safe.
 */
final class ContentRoot {

    private static final ExtractionSettings.Body SETTINGS = ExtractionSettings.DEFAULTS.body();

    private ContentRoot() {
    }

    /** The content root of {@code body}, cut into {@code chunks}; {@code body} itself when nothing scores. */
    static Element find(Element body, List<TextChunk> chunks) {
        return firstOfSeveralArticles(body, bestScored(body, chunks));
    }

    /** Whether {@code element} is {@code root} or lies inside it. */
    static boolean isWithin(Element element, Element root) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == root) {
                return true;
            }
        }
        return false;
    }

    /** How many levels {@code element} lies below {@code root} (0 for the root itself). */
    static int depthBelow(Element element, Element root) {
        int depth = 0;
        for (Element e = element; e != null && e != root; e = e.parent()) {
            depth++;
        }
        return depth;
    }

    private static Element bestScored(Element body, List<TextChunk> chunks) {
        Element declared = body.selectFirst("[itemprop=articleBody]");
        if (declared != null && declared.text().length() > SETTINGS.declaredBodyMinChars()) {
            return declared;
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, int[]> mass = new IdentityHashMap<>(); // {all chars, link chars}
        for (TextChunk chunk : chunks) {
            for (Element e = chunk.owner(); e != null; e = e.parent()) {
                int[] m = mass.computeIfAbsent(e, k -> new int[2]);
                m[0] += chunk.text().length();
                m[1] += chunk.linkChars();
                if (e == body) {
                    break;
                }
            }
            int length = chunk.text().length();
            if (length < SETTINGS.rootChunkMinChars() || chunk.linkDensity() > SETTINGS.rootChunkMaxLinkDensity()
                    || chunk.isHeading()) {
                continue;
            }
            // Readability.js: a point, a point per hundred characters up to three, a point per comma.
            double score = 1 + Math.min(SETTINGS.maxLengthPoints(), length / SETTINGS.charsPerLengthPoint())
                    + chunk.text().split("[,，、،]").length;
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
                score *= SETTINGS.semanticRootBonus();
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

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
            if (!nested && article.text().length() >= SETTINGS.scrolledArticleMinChars()
                    && article.selectFirst("h1, h2") != null) {
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
                return first.text().length() >= SETTINGS.firstArticleShare() * root.text().length() ? first : root;
            }
        }
        return root;
    }
}

package dev.corroborate.extract;

import dev.corroborate.text.WordLists;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Page chrome inside a page's content root (share bars, related links, newsletter boxes), told by
 * class and id words ({@code chrome-names.txt}, unless {@code content-names.txt} says otherwise)
 * and by text that agrees: little prose. A name alone is weak evidence: {@code
 * sidebar-grid__container} may hold half the article. Also gives each chunk's name flags, the
 * class and id words of its block and the blocks above it. Built once per page; not thread-safe
 * (it memoizes the flags of the elements it has seen).
 */
final class PageChrome {

    private static final ExtractionSettings.Body SETTINGS = ExtractionSettings.DEFAULTS.body();

    /** Class or id words of page chrome that sits inside the article container on many sites. */
    private static final Pattern CHROME = WordPatterns.nameWords(WordLists.list(PageChrome.class, "chrome-names.txt"));

    /**
     * Names that also say "this is the content" overrule {@link #CHROME}, as in Readability.js:
     * {@code sidebar-grid__content} is a layout cell holding the article, not a sidebar.
     */
    private static final Pattern CONTENT_NAME =
            WordPatterns.nameWords(WordLists.list(PageChrome.class, "content-names.txt"));

    /** Name flag: a chrome word. */
    static final int CHROME_WORD = 1;
    /** Name flag: a content word. */
    static final int CONTENT_WORD = 2;

    private final Element root;
    private final Set<Element> chrome;
    private final Map<Element, Integer> flags = new IdentityHashMap<>();

    private PageChrome(Element root, Set<Element> chrome) {
        this.root = root;
        this.chrome = chrome;
    }

    /** The chrome inside {@code root}, judged by its name and by the prose {@code chunks} put in it. */
    static PageChrome within(Element root, List<TextChunk> chunks) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (TextChunk chunk : chunks) {
            if (chunk.text().length() >= SETTINGS.proseChunkMinChars()
                    && chunk.linkDensity() < SETTINGS.proseChunkMaxLinkDensity()) {
                for (Element e = chunk.owner(); e != null && e != root; e = e.parent()) {
                    prose.merge(e, chunk.text().length(), Integer::sum);
                }
            }
        }
        Set<Element> chrome = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : root.select("[class], [id]")) {
            if (element == root) {
                continue;
            }
            String names = element.className() + " " + element.id();
            if (CHROME.matcher(names).find() && !CONTENT_NAME.matcher(names).find()
                    && prose.getOrDefault(element, 0) < SETTINGS.proseInChrome()) {
                chrome.add(element);
            }
        }
        return new PageChrome(root, chrome);
    }

    /** Whether {@code element} lies inside chrome below the root. */
    boolean covers(Element element) {
        for (Element e = element; e != null && e != root; e = e.parent()) {
            if (chrome.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name flags ({@link #CHROME_WORD}, {@link #CONTENT_WORD}) of a chunk's block and its
     * ancestors up to the root, or {@code nameLevels} levels.
     */
    int nameFlags(Element owner) {
        int found = 0;
        int levels = 0;
        for (Element e = owner; e != null && levels < SETTINGS.nameLevels(); e = e.parent(), levels++) {
            found |= ownNameFlags(e);
            if (e == root) {
                break;
            }
        }
        return found;
    }

    /** The name flags in the class or id of the element itself. */
    private int ownNameFlags(Element element) {
        Integer known = flags.get(element);
        if (known != null) {
            return known;
        }
        int found = 0;
        String names = element.className() + " " + element.id();
        if (names.length() > 1) {
            found |= CHROME.matcher(names).find() ? CHROME_WORD : 0;
            found |= CONTENT_NAME.matcher(names).find() ? CONTENT_WORD : 0;
        }
        flags.put(element, found);
        return found;
    }
}

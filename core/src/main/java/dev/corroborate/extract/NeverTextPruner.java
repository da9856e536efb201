package dev.corroborate.extract;

import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes from a page's body, in one pass, what is never article text: scripts, styles, navigation,
 * asides, figures and captions, form controls, forms smaller than a share of the page, ARIA chrome
 * roles, hidden elements (but not React's streamed {@code <div hidden id="S:...">} segments, which
 * hold the real content), and the page's own header and footer outside any {@code <article>}.
 * Changes the tree it is given; stateless otherwise.
 */
final class NeverTextPruner {

    private static final ExtractionSettings.Body SETTINGS = ExtractionSettings.DEFAULTS.body();

    /** Tags whose content is never article text. */
    private static final Set<String> NEVER_TEXT_TAGS = WordLists.set(NeverTextPruner.class, "never-text-tags.txt");

    /** ARIA roles of page chrome. */
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo");

    /** An inline style that hides the element: a reader never sees its text. */
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private NeverTextPruner() {
    }

    /** Prunes {@code body} in place. */
    static void prune(Element body) {
        removeNeverText(body);
        for (Element header : body.select("header, footer")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
    }

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
                never = element.text().length() < pageLength / SETTINGS.smallFormParts();
            }
            if (never) {
                doomed.add(element);
            }
        }
        for (Element element : doomed) {
            element.remove(); // removing a parent first leaves its doomed children detached: harmless
        }
    }
}

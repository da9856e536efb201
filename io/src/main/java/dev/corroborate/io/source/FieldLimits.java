package dev.corroborate.io.source;

import dev.corroborate.extract.Extraction;
import dev.corroborate.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The longest metadata an article may keep, so one hostile input cannot store a two-million
 * character headline that every later listing, export and screen must carry. The text has its
 * own bound ({@link SourceLimits}); the id, language, dateline and agency are bounded where they
 * are parsed. A field over its limit is cut (at a character boundary, ending in "…") and the
 * article is kept, with a warning naming the field and both lengths. Lengths are in UTF-16 chars.
 *
 * @param title   the headline; default 1,000 (real headlines stay under 300)
 * @param outlet  the outlet's name; default 300
 * @param author  each author's name; default 300
 * @param authors how many authors are kept, the first ones; default 100
 * @param url     the URL; default 8,192. A longer one is dropped, not cut: a cut URL points elsewhere
 * @param lead    the standfirst or description; default 10,000
 */
record FieldLimits(int title, int outlet, int author, int authors, int url, int lead) {

    static final FieldLimits DEFAULTS = new FieldLimits(1_000, 300, 300, 100, 8_192, 10_000);

    FieldLimits {
        if (title < 2 || outlet < 2 || author < 2 || authors < 1 || url < 2 || lead < 2) {
            throw new IllegalArgumentException("field limits must leave room for a character and the ellipsis");
        }
    }

    /** {@code extraction}, with its article's fields cut to the limits and a warning for each cut. */
    Extraction apply(Extraction extraction) {
        if (!(extraction instanceof Extraction.Accepted accepted)) {
            return extraction;
        }
        Article a = accepted.article();
        List<String> warnings = new ArrayList<>();
        String newTitle = cut("title", a.title(), title, warnings);
        String newOutlet = cut("outlet", a.outlet(), outlet, warnings);
        String newLead = cut("lead", a.lead(), lead, warnings);
        String newUrl = a.url();
        if (newUrl != null && newUrl.length() > url) {
            warnings.add(String.format(Locale.ROOT, "url of %d characters dropped, longer than the limit of %d",
                    newUrl.length(), url));
            newUrl = null;
        }
        List<String> newAuthors = new ArrayList<>();
        int longNames = 0;
        for (String name : a.authors().size() > authors ? a.authors().subList(0, authors) : a.authors()) {
            newAuthors.add(name.length() > author ? cut(name, author) : name);
            longNames += name.length() > author ? 1 : 0;
        }
        if (longNames > 0) {
            warnings.add(String.format(Locale.ROOT, "%d author name%s cut to the limit of %d characters", longNames,
                    longNames == 1 ? "" : "s", author));
        }
        if (a.authors().size() > authors) {
            warnings.add(String.format(Locale.ROOT, "%d authors, only the first %d kept", a.authors().size(), authors));
        }
        if (warnings.isEmpty()) {
            return extraction;
        }
        List<String> all = new ArrayList<>(accepted.warnings());
        all.addAll(warnings);
        return new Extraction.Accepted(new Article(a.id(), newUrl, newOutlet, newTitle, newAuthors, a.published(),
                a.modified(), a.language(), newLead, a.paragraphs(), a.dateline(), a.agency(), a.origin()), all,
                accepted.removed());
    }

    private static String cut(String field, String value, int max, List<String> warnings) {
        if (value == null || value.length() <= max) {
            return value;
        }
        warnings.add(String.format(Locale.ROOT, "%s of %d characters cut to the limit of %d", field, value.length(), max));
        return cut(value, max);
    }

    /** {@code value} cut to {@code max} characters, ending in "…", never inside a surrogate pair. */
    private static String cut(String value, int max) {
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end).stripTrailing() + "…";
    }
}

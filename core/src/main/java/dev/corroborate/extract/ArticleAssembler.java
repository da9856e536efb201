package dev.corroborate.extract;

import dev.corroborate.extract.SourceDocument.Html;
import dev.corroborate.extract.SourceDocument.HtmlBytes;
import dev.corroborate.extract.SourceDocument.Metadata;
import dev.corroborate.extract.SourceDocument.PlainText;
import dev.corroborate.model.Article;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.text.ArticleIds;
import dev.corroborate.text.Headlines;
import dev.corroborate.text.TextNormalizer;
import dev.corroborate.text.WordCount;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns a {@link SourceDocument} into an {@link Article}: extracts the page or finds the headline
 * of a text, lets stated metadata win over extracted metadata, parses the publication time,
 * normalizes the text and settles the id. Thread-safe; deterministic.
 */
public final class ArticleAssembler {

    private static final ExtractionSettings SETTINGS = ExtractionSettings.DEFAULTS;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("(?i)([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*");

    private final HtmlExtractor htmlExtractor;

    public ArticleAssembler(HtmlExtractor htmlExtractor) {
        this.htmlExtractor = Objects.requireNonNull(htmlExtractor, "htmlExtractor");
    }

    public ArticleAssembler() {
        this(new HtmlExtractor());
    }

    /** The article in {@code document}, or why there is none. */
    public Extraction assemble(SourceDocument document) {
        Metadata given = document.given();
        List<String> warnings = new ArrayList<>();
        String title;
        List<String> paragraphs;
        ExtractedPage page = null;
        String scrapedOutlet = null;
        LocalDate mastheadDate = null;
        List<String> removed = new ArrayList<>();
        if (document.content() instanceof PlainText plain) {
            if (given.title() != null && !given.title().isBlank()) {
                title = given.title();
                paragraphs = TextNormalizer.paragraphs(plain.text());
            } else if (document.origin().line() > 0) {
                // A record's text is the body alone; its headline, if any, was a field.
                title = "";
                paragraphs = TextNormalizer.paragraphs(plain.text());
            } else {
                // Only a scraped file is read line by line (a record's text is split into paragraphs alone).
                List<String> lines = List.of(plain.text().split("\\R", -1));
                int headline = Headlines.find(lines);
                title = headline < 0 ? "" : lines.get(headline);
                List<String> rest = new ArrayList<>(lines);
                if (headline >= 0) {
                    rest.set(headline, "");
                    // Above the headline a scraper finds page furniture: dates, weather, section labels.
                    mastheadDate = MastheadDate.find(lines.subList(0, headline)).orElse(null);
                    for (int i = 0; i < headline; i++) {
                        if (WordCount.splitLength(rest.get(i).strip()) <= SETTINGS.boilerplate().mastheadLineMaxWords()) {
                            if (!rest.get(i).isBlank()) {
                                removed.add(rest.get(i).strip());
                            }
                            rest.set(i, "");
                        }
                    }
                }
                scrapedOutlet = PlainTextCleaner.outletNamedByLogo(rest);
                List<String> blanked = PlainTextCleaner.blankBoilerplateLines(rest);
                for (int i = 0; i < rest.size(); i++) {
                    if (!rest.get(i).isBlank() && blanked.get(i).isBlank()) {
                        removed.add(rest.get(i).strip());
                    }
                }
                paragraphs = TextNormalizer.paragraphs(String.join("\n", blanked));
            }
        } else {
            if (document.content() instanceof Html html) {
                page = htmlExtractor.extract(html.html(), given.url());
            } else {
                HtmlBytes bytes = (HtmlBytes) document.content();
                page = htmlExtractor.extract(bytes.bytes(), given.url(), bytes.declaredCharset());
            }
            title = firstNonBlank(given.title(), page.title(), "");
            paragraphs = page.paragraphs();
        }
        title = TextNormalizer.line(title);
        PlainTextCleaner.Cleaned cleaned = PlainTextCleaner.clean(paragraphs, title, page == null);
        paragraphs = cleaned.paragraphs();
        removed.addAll(cleaned.dropped());
        List<String> byRole = List.of();
        for (int i = 0; i < Math.min(ByRoleLines.SEARCH_PARAGRAPHS, paragraphs.size() - 1); i++) {
            var authors = ByRoleLines.authors(paragraphs.get(i));
            if (!authors.isEmpty()) {
                // "Mira Kell Investigative Reporter", "By Johan Ferreira" on a line of its own: the byline, not reporting.
                byRole = authors;
                removed.add(paragraphs.get(i));
                List<String> cut = new ArrayList<>(paragraphs);
                cut.remove(i);
                paragraphs = cut;
                break;
            }
        }
        String dateline = null;
        String agency = null;
        for (int i = 0; i < Math.min(SETTINGS.dateline().searchParagraphs(), paragraphs.size()); i++) {
            var found = Datelines.find(paragraphs.get(i));
            if (found.isPresent()) {
                var line = found.get();
                dateline = line.place() == null ? null : line.date() == null ? line.place() : line.place() + ", " + line.date();
                agency = line.agency();
                List<String> cut = new ArrayList<>(paragraphs);
                String rest = paragraphs.get(i).substring(line.end()).strip();
                if (rest.isEmpty()) {
                    cut.remove(i);
                } else {
                    cut.set(i, rest);
                }
                paragraphs = cut;
                break;
            }
        }
        WireFooters.Found footers = WireFooters.strip(paragraphs);
        paragraphs = footers.paragraphs();
        removed.addAll(footers.removed());
        if (paragraphs.isEmpty()) {
            // A text that was there but taken whole for boilerplate ("x", a lone date) is said to be so.
            return Extraction.skipped("no text", page != null ? "no article text found in the page"
                    : removed.isEmpty() ? "no text" : "no article text: what it had (" + removed.size()
                    + (removed.size() == 1 ? " line" : " lines") + ") was taken for boilerplate or too short");
        }

        String url = firstNonBlank(given.url(), page == null ? null : page.url(), null);
        String outlet = firstNonBlank(given.outlet(), page == null ? scrapedOutlet : page.outlet(), null);
        if (outlet == null && url != null) {
            outlet = hostOf(url);
        }
        if (outlet == null && agency != null && (!footers.reporters().isEmpty()
                || WireFooters.names(footers.standardsFooter(), agency))) {
            // The agency's own copy: credited in its dateline and signed with the agency's footer
            // (a republication would have an outlet of its own, and rarely keeps the footer).
            outlet = agency;
        }
        List<String> authors = !given.authors().isEmpty() ? given.authors()
                : page != null && !page.authors().isEmpty() ? page.authors()
                : !byRole.isEmpty() ? byRole : footers.reporters();
        authors = authors.stream().map(TextNormalizer::line).filter(a -> !a.isEmpty()).distinct().toList();

        PublishedTime published = time(firstNonBlank(given.published(), page == null ? null : page.published(), null),
                "publication time", warnings);
        if (published == null && mastheadDate != null && (given.published() == null || given.published().isBlank())) {
            // Nothing better: the date line above the headline (MastheadDate says when it is plausible).
            published = PublishedTime.ofDate(mastheadDate);
        }
        PublishedTime modified = time(firstNonBlank(given.modified(), page == null ? null : page.modified(), null),
                "modification time", warnings);
        String leadText = firstNonBlank(given.lead(), page == null ? null : page.lead(), null);
        String lead = leadText == null ? null : TextNormalizer.line(leadText);

        String language = null;
        String languageText = firstNonBlank(given.language(), page == null ? null : page.language(), null);
        if (languageText != null) {
            var matcher = LANGUAGE_TAG.matcher(languageText.strip());
            if (matcher.matches()) {
                language = matcher.group(1).toLowerCase(Locale.ROOT);
            } else {
                warnings.add("language '" + abbreviate(languageText) + "' is not a language tag; left unknown");
            }
        }

        String id;
        if (given.id() != null) {
            String problem = ArticleIds.problemWithGivenId(given.id());
            if (problem != null) {
                return Extraction.rejected("unusable id", problem);
            }
            id = given.id();
        } else {
            id = ArticleIds.derive(url, outlet, title, String.join(Article.PARAGRAPH_SEPARATOR, paragraphs));
        }
        Article article = new Article(id, url, outlet, title, authors, published, modified, language, lead, paragraphs,
                dateline, agency, document.origin());
        return new Extraction.Accepted(article, warnings, removed);
    }

    /** The time a text states, or null with a warning when it is not ISO-8601. */
    private static PublishedTime time(String text, String what, List<String> warnings) {
        if (text == null) {
            return null;
        }
        PublishedTime time = PublishedTime.parse(text).orElse(null);
        if (time == null) {
            warnings.add(what + " '" + abbreviate(text) + "' is not ISO-8601; left unknown");
        }
        return time;
    }

    /** "www.example.org" → "example.org"; null when the URL has no host. */
    static String hostOf(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String firstNonBlank(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        if (b != null && !b.isBlank()) {
            return b;
        }
        return fallback;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}

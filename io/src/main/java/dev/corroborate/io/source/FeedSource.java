package dev.corroborate.io.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.extract.SourceDocument;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads RSS 2.0, RSS 1.0 and Atom feeds with Rome: every item is one input, placed as
 * {@code feed.xml#item=N}. An item's content (or description) is its text, extracted as HTML; its
 * link, title, dates and authors are stated metadata. When the item carries only a summary and
 * a fetcher is given, the linked page is fetched instead. Doctypes, and so external and expanding
 * entities, are refused (Rome's default), so an entity bomb is a rejected feed, not a dead JVM.
 */
final class FeedSource {

    /** Seconds always written: OffsetDateTime.toString() drops zero seconds and so the precision. */
    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /** Shorter content than this is a teaser: the linked page holds the article. */
    static final int SUMMARY_LENGTH = 600;

    private final ArticleAssembler assembler;
    private final UrlSource fetcher;

    FeedSource(ArticleAssembler assembler, UrlSource fetcher) {
        this.assembler = assembler;
        this.fetcher = fetcher;
    }

    void read(String name, byte[] bytes, ExtractionSink sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | RuntimeException e) {
            sink.accept(Origin.of(name), new Extraction.Refused(Outcome.REJECTED, "broken feed",
                    "not a readable RSS or Atom feed: " + firstLine(e.getMessage())));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.accept(Origin.of(name), new Extraction.Refused(Outcome.SKIPPED, "empty feed", "the feed has no items"));
            return;
        }
        String outlet = outletOf(feed.getTitle());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Origin origin = Origin.of(name + "#item=" + (i + 1));
            String html = content(entry);
            String link = entry.getLink();
            if (fetcher != null && link != null && link.startsWith("http") && html.length() < SUMMARY_LENGTH) {
                fetcher.fetch(link, origin, metadata(entry, outlet), sink);
                continue;
            }
            if (html.isBlank()) {
                sink.accept(origin, new Extraction.Refused(Outcome.SKIPPED, "no text",
                        "the item has no content" + (link == null ? "" : "; its page is " + link
                                + " (fetch it with --fetch-links)")));
                continue;
            }
            sink.accept(origin, assembler.assemble(new SourceDocument(origin, metadata(entry, outlet),
                    new SourceDocument.Html(html))));
        }
    }

    private static SourceDocument.Metadata metadata(SyndEntry entry, String outlet) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String published = date == null ? null : SECONDS.format(date.toInstant().atOffset(ZoneOffset.UTC));
        List<String> authors = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                authors.add(personName(person.getName()));
            }
        }
        if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            authors.add(personName(entry.getAuthor()));
        }
        return new SourceDocument.Metadata(null, entry.getLink(), outlet, entry.getTitle(), authors, published, null);
    }

    /** RSS 2.0's author is an e-mail address, the name in brackets after it ("desk@x.example (Pell Ardent)"): the name. */
    private static final java.util.regex.Pattern MAIL_AND_NAME = java.util.regex.Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    static String personName(String given) {
        String stripped = given.strip();
        java.util.regex.Matcher mailAndName = MAIL_AND_NAME.matcher(stripped);
        return mailAndName.matches() && !mailAndName.group(1).isBlank() ? mailAndName.group(1).strip() : stripped;
    }

    private static String content(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                html.append(content.getValue()).append('\n');
            }
        }
        if (html.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        String text = html.toString();
        // Plain-text content is wrapped so the HTML extractor keeps its paragraphs.
        return text.contains("<") ? text : "<article><p>" + text.replace("\n\n", "</p><p>") + "</p></article>";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected content";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A feed title's parts that name a section of the outlet, not the outlet: "Northgate Herald - News". */
    private static final java.util.Set<String> SECTIONS = dev.corroborate.text.WordLists.set(FeedSource.class,
            "feed-title-sections.txt");
    private static final java.util.regex.Pattern TITLE_PARTS = java.util.regex.Pattern.compile("\\s+[-\u2013\u2014|]\\s+|:\\s+");

    /**
     * The outlet a feed's title names: the title without a part that names a section ("Northgate Herald - News",
     * "World news | The Quillby Post", "Velmora Times: Latest"), so that the outlet reads as its pages name it. A
     * title with no such part is kept whole; null stays null.
     */
    static String outletOf(String title) {
        if (title == null) {
            return null;
        }
        List<String> parts = new java.util.ArrayList<>(List.of(TITLE_PARTS.split(title.strip())));
        if (parts.size() < 2) {
            return title.strip();
        }
        parts.removeIf(part -> SECTIONS.contains(part.strip().toLowerCase(java.util.Locale.ROOT)));
        // Only when one part is left: "Harbour Daily - Velmora Edition" has no part to drop, and stays whole.
        return parts.size() == 1 && !parts.get(0).isBlank() ? parts.get(0).strip() : title.strip();
    }
}

package dev.corroborate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.QuoteKind;
import dev.corroborate.model.SpeakerMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Comparing an event from what an earlier comparison of its first articles kept gives what comparing
 * it from nothing gives, on random reports of one fictional event.
 */
class KeptAlignmentTest {

    /** Sentences of the event; each report tells some of them, with its own numbers, names and words. */
    private static final String[] TOLD = {
        "A fire broke out at the Marrowby paper mill on Tuesday night and burned for %d hours.",
        "About %d workers were on the late shift when the alarm sounded in the drying hall.",
        "Fire chief Odile Stanver said the blaze started in a storage room near the loading bays.",
        "%s crews from three towns fought the flames until the roof of the main hall %s.",
        "The mill, which employs %d people, has been owned by the Carrow family since %d.",
        "Nobody was %s, although two firefighters were treated for smoke inhalation.",
        "The river road next to the mill stayed closed until %s morning.",
        "She was %d.",
        "Investigators from the county will examine the wiring of the storage room this week.",
        "The mill's manager, Piet Dunmore, said production would resume within %d weeks.",
        "Residents of the nearby Ashcombe estate were asked to keep their windows shut overnight.",
        "It was the %s fire at the site in ten years.",
    };

    private static final String QUOTED_A = "\u201CWe will rebuild the drying hall and keep every job,\u201D Dunmore said.";
    private static final String QUOTED_B = "\u201CWe will rebuild the drying hall and save every job,\u201D Dunmore said.";

    private static String told(int sentence, Random random) {
        String template = TOLD[sentence];
        List<Object> values = new ArrayList<>();
        for (int at = template.indexOf('%'); at >= 0; at = template.indexOf('%', at + 1)) {
            if (template.charAt(at + 1) == 'd') {
                values.add(new int[] {4, 5, 40, 45, 120, 1962, 1926, 3, 85}[random.nextInt(9)]);
            } else {
                values.add(new String[] {"Twelve", "12", "collapsed", "caved in", "hurt", "injured", "Thursday",
                    "Friday", "second", "third"}[random.nextInt(10)]);
            }
        }
        return String.format(java.util.Locale.ROOT, template, values.toArray());
    }

    private record Report(Article article, List<FoundQuote> quotes) {
    }

    private static Report report(int n, Random random, boolean grouped) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int sentence = 0; sentence < TOLD.length; sentence++) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(told(sentence, random));
            if (random.nextInt(3) == 0) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        boolean quoting = random.nextBoolean();
        if (quoting) {
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(random.nextBoolean() ? QUOTED_A : QUOTED_B);
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        String id = "r" + n;
        Article article = new Article(id, null, "Outlet " + n, "Mill fire", List.of(),
                PublishedTime.parse(String.format(java.util.Locale.ROOT, "2026-05-%02dT%02d:00Z", 5 + n / 20, n % 20)).orElseThrow(),
                null, "en", null, paragraphs, null, null, Origin.of(id + ".txt"));
        List<FoundQuote> quotes = new ArrayList<>();
        if (quoting) {
            String text = article.text();
            int start = text.indexOf('\u201C');
            int end = text.indexOf('\u201D') + 1;
            int name = text.indexOf("Dunmore", end);
            Quote quote = new Quote(QuoteKind.DIRECT, start, end, text.substring(start, end),
                    new SpeakerMention("Dunmore", "Dunmore", name, name + 7, "", "after"), "said", -1, -1);
            quotes.add(new FoundQuote(FoundQuote.idOf(id, quote), id, quote, "sp-dunmore", grouped ? "qg-1" : null, null));
        }
        return new Report(article, quotes);
    }

    private static ComparedEvent event(List<Report> reports) {
        List<Article> articles = new ArrayList<>();
        List<FoundQuote> quotes = new ArrayList<>();
        for (Report report : reports) {
            articles.add(report.article());
            quotes.addAll(report.quotes());
        }
        List<QuoteGroupSummary> groups = quotes.stream().anyMatch(q -> q.groupId() != null)
                ? List.of(new QuoteGroupSummary("qg-1", quotes.stream().filter(q -> q.groupId() != null).findFirst()
                        .orElseThrow().id(), quotes.size(), List.of("keep", "save")))
                : List.of();
        return new ComparedEvent("ev-mill", articles, List.of(), quotes, groups);
    }

    @Test
    void articlesAddedAfterTheKeptOnesGiveTheDiscrepanciesOfComparingFromNothing() {
        EventComparer comparer = new EventComparer();
        int withDiscrepancies = 0;
        for (int seed = 0; seed < 30; seed++) {
            Random random = new Random(seed);
            List<Report> reports = new ArrayList<>();
            int size = 3 + random.nextInt(10);
            for (int n = 0; n < size; n++) {
                reports.add(report(n, random, true));
            }
            int kept = 1 + random.nextInt(size - 1);
            ComparedEvent before = event(reports.subList(0, kept));
            ComparedEvent after = event(reports);
            KeptAlignment alignment = comparer.compare(before, null).alignment();
            // kept as the store keeps it
            alignment = KeptAlignment.decode(alignment.stamp(), alignment.encode());

            EventComparer.Comparison again = comparer.compare(after, alignment);

            List<Discrepancy> fromNothing = comparer.compare(after);
            assertThat(again.discrepancies()).as("seed %d", seed).isEqualTo(fromNothing);
            assertThat(again.replayed()).isEqualTo(kept);
            assertThat(again.alignment()).isEqualTo(comparer.compare(after, null).alignment());
            withDiscrepancies += fromNothing.isEmpty() ? 0 : 1;
        }
        assertThat(withDiscrepancies).isGreaterThan(20);
    }

    @Test
    void anArticleRegroupedOrMovedIsAlignedAgainFromIt() {
        EventComparer comparer = new EventComparer();
        Random random = new Random(7);
        List<Report> reports = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            reports.add(report(n, random, true));
        }
        KeptAlignment kept = comparer.compare(event(reports.subList(0, 6)), null).alignment();
        int firstQuoting = 0;
        while (reports.get(firstQuoting).quotes().isEmpty()) {
            firstQuoting++;
        }
        // The quote stage took the quote of one kept article out of its group.
        List<Report> regrouped = new ArrayList<>(reports);
        Report ungrouped = new Report(reports.get(firstQuoting).article(), reports.get(firstQuoting).quotes().stream()
                .map(q -> new FoundQuote(q.id(), q.articleId(), q.quote(), q.speakerId(), null, q.diff())).toList());
        regrouped.set(firstQuoting, ungrouped);
        EventComparer.Comparison again = comparer.compare(event(regrouped), kept);
        assertThat(again.replayed()).isEqualTo(Math.min(firstQuoting, 6));
        assertThat(again.discrepancies()).isEqualTo(comparer.compare(event(regrouped)));

        // A new article placed before the kept ones: nothing replayed, the spans still taken.
        List<Report> moved = new ArrayList<>(reports);
        moved.add(0, moved.remove(7));
        EventComparer.Comparison reordered = comparer.compare(event(moved), kept);
        assertThat(reordered.replayed()).isZero();
        assertThat(reordered.discrepancies()).isEqualTo(comparer.compare(event(moved)));
    }

    @Test
    void aGroupNamedAnewIsReplayedAsKept() {
        EventComparer comparer = new EventComparer();
        Random random = new Random(11);
        List<Report> reports = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            reports.add(report(n, random, true));
        }
        KeptAlignment kept = comparer.compare(event(reports.subList(0, 6)), null).alignment();
        // A quote of another event joined the group and, sorting first, named it: every kept quote of it is in "qg-0" now.
        List<Report> renamed = new ArrayList<>();
        for (Report report : reports) {
            renamed.add(new Report(report.article(), report.quotes().stream()
                    .map(q -> new FoundQuote(q.id(), q.articleId(), q.quote(), q.speakerId(), "qg-0", q.diff())).toList()));
        }
        List<FoundQuote> quotes = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        renamed.forEach(r -> {
            articles.add(r.article());
            quotes.addAll(r.quotes());
        });
        ComparedEvent event = new ComparedEvent("ev-mill", articles, List.of(), quotes,
                List.of(new QuoteGroupSummary("qg-0", "elsewhere#0", quotes.size() + 1, List.of("keep", "save"))));

        EventComparer.Comparison again = comparer.compare(event, kept);

        assertThat(quotes).isNotEmpty();
        assertThat(again.replayed()).isEqualTo(6);
        assertThat(again.discrepancies()).isEqualTo(comparer.compare(event)).isEqualTo(comparer.compare(event(reports)));
    }

    @Test
    void aKeptAlignmentOfOtherSettingsOrNoPassIsNotReplayed() {
        EventComparer comparer = new EventComparer();
        Random random = new Random(11);
        List<Report> reports = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            reports.add(report(n, random, false));
        }
        ComparedEvent event = event(reports);
        KeptAlignment kept = comparer.compare(event, null).alignment();
        List<Discrepancy> fromNothing = comparer.compare(event);

        KeptAlignment otherStamp = new KeptAlignment("alignment 0", kept.articles());
        assertThat(comparer.compare(event, otherStamp).replayed()).isZero();
        // Every sentence of the first article put in a statement not made yet: no pass makes that.
        KeptAlignment.Article first = kept.articles().get(0);
        List<Integer> impossible = first.decisions().stream().map(d -> 2 * 1000 + 1).toList();
        List<KeptAlignment.Article> broken = new ArrayList<>(kept.articles());
        broken.set(0, new KeptAlignment.Article(first.id(), first.sentences(), impossible, first.groups()));
        EventComparer.Comparison again = comparer.compare(event, new KeptAlignment(kept.stamp(), broken));
        assertThat(again.replayed()).isZero();
        assertThat(again.discrepancies()).isEqualTo(fromNothing);
        assertThat(comparer.compare(event, kept).replayed()).isEqualTo(6);
        assertThat(comparer.compare(event, kept).discrepancies()).isEqualTo(fromNothing);
    }
}

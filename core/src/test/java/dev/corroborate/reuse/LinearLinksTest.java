package dev.corroborate.reuse;

import static dev.corroborate.reuse.PairClassifierTest.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.corroborate.model.Article;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LinearLinksTest {

    /** Three unrelated fictional reports, three paragraphs each. */
    static final String[] HARBOUR = {
        "The harbour board approved a new breakwater for the fishing quay on Tuesday after three winters in which storms "
                + "flooded the fish market and sank two moored trawlers, the board's chair told a packed public meeting.",
        "Work on the breakwater is due to start in April and will take eighteen months, with the quay kept open to boats "
                + "on one side while divers set the concrete blocks along the outer wall of the harbour.",
        "Fishermen at the meeting asked for compensation for the weeks when the slipway will be closed, and the board "
                + "promised to set up a fund before the first crane arrives at the quay in the spring.",
    };
    static final String[] ORCHARD = {
        "A late frost destroyed most of the apple blossom in the valley orchards last weekend, and growers expect the "
                + "smallest harvest in twenty years unless the remaining buds survive the cold nights forecast this week.",
        "The growers' cooperative has asked the regional council for emergency loans, saying many family farms cannot "
                + "pay their seasonal pickers or their bank repayments if the autumn crop fails as badly as feared.",
        "Some orchards lit straw fires between the rows on Saturday night to keep the air warm, a method older growers "
                + "said they had not seen used in the valley since the hard spring frosts of their childhood.",
    };
    static final String[] LIBRARY = {
        "The city library will open on Sundays from next month for the first time in its history, after volunteers from "
                + "the reading society offered to staff the lending desk and the children's room without pay.",
        "Librarians welcomed the longer hours but warned that volunteers cannot replace trained staff for the archive "
                + "and the local history collection, which will stay closed on Sundays until the budget allows more hires.",
        "The reading society said more than sixty members had signed up for shifts within a week of the announcement, "
                + "many of them retired teachers who remember queueing outside the building as schoolchildren.",
    };

    @Test
    void copiesOfOneTextBeyondTheFirstFewLinkToTheTextAloneNotToEveryCopy() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("wire", "Meridian Press", "2026-02-03T09:00Z", null, HARBOUR));
        for (int k = 10; k < 22; k++) {
            List<String> paragraphs = new ArrayList<>(List.of(HARBOUR));
            paragraphs.add(0, "Subscribe to our newsletter for daily updates.");
            articles.add(article("copy" + k, "Outlet " + k, "2026-02-03T" + k + ":00Z", null,
                    paragraphs.toArray(String[]::new)));
        }
        List<ReuseLink> links = ReuseDetector.findLinks(corpus(articles));
        assertThat(links).allMatch(link -> link.relation() == Relation.COPY);
        // Each copy is linked to the wire; the first eight also to the copies before them (few
        // enough to keep: the graph chooses), the later ones to the wire alone (the copies' shared
        // header line makes another copy hold a little more of them, not enough to beat the origin).
        for (int k = 10; k < 22; k++) {
            String id = "copy" + k;
            List<String> sources = links.stream().filter(l -> l.derivedId().equals(id)).map(ReuseLink::sourceId).toList();
            assertThat(sources).contains("wire").hasSize(k - 10 < LinearLinks.FEW_SOURCES ? k - 9 : 1);
        }
        assertThat(links).hasSize(36 + 4);
    }

    @Test
    void articlesStitchedFromParagraphsLinkToWhereEachCameFromAndGroupWithoutChainingTheTexts() {
        Article harbour = article("harbour", "Meridian Press", "2026-02-03T09:00Z", null, HARBOUR);
        Article orchard = article("orchard", "Valley Courier", "2026-02-03T09:30Z", null, ORCHARD);
        Article library = article("library", "City Observer", "2026-02-03T09:45Z", null, LIBRARY);
        Article first = article("first", "Roundup Weekly", "2026-02-04T08:00Z", null, HARBOUR[1], ORCHARD[2]);
        Article second = article("second", "Digest Daily", "2026-02-05T08:00Z", null, ORCHARD[2], LIBRARY[0]);
        List<Article> all = List.of(harbour, orchard, library, first, second);
        List<ReuseLink> links = ReuseDetector.findLinks(corpus(all));
        assertThat(links).extracting(ReuseLink::sourceId, ReuseLink::derivedId).contains(
                tuple("harbour", "first"), tuple("orchard", "first"), tuple("orchard", "second"), tuple("library", "second"));
        List<List<String>> groups = dev.corroborate.compare.Provenance.groups(all.stream().map(Article::id).toList(), links);
        assertThat(groups).allMatch(group -> group.stream()
                .filter(id -> List.of("harbour", "orchard", "library").contains(id)).count() <= 1);
    }

    @Test
    void reducingTwiceChangesNothing() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("wire", "Meridian Press", "2026-02-03T09:00Z", null, HARBOUR));
        articles.add(article("a", "Harbour Daily", "2026-02-03T10:00Z", null, HARBOUR));
        articles.add(article("b", "Valley Courier", "2026-02-03T11:00Z", null, HARBOUR[0], HARBOUR[1]));
        articles.add(article("c", "Coast Gazette", "2026-02-03T12:00Z", null, HARBOUR[1], LIBRARY[0], LIBRARY[1]));
        List<ReuseLink> links = ReuseDetector.findLinks(corpus(articles));
        assertThat(LinearLinks.reduce(links)).isEqualTo(links);
    }

    static ReuseDetector.Corpus corpus(List<Article> articles) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        return new ReuseDetector.Corpus() {
            @Override
            public void forEach(Consumer<Article> action) {
                articles.forEach(action);
            }

            @Override
            public Article require(String id) {
                return byId.get(id);
            }
        };
    }
}

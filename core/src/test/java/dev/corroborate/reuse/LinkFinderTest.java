package dev.corroborate.reuse;

import static dev.corroborate.reuse.PairClassifierTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LinkFinderTest {

    private static final Article TRAM = article("tram", "Evening Post", "2026-02-03T10:00Z", null, ReuseFixtures.UNRELATED);
    /** Names an outlet none of the first run's articles is from. */
    private static final Article CITING = article("citing", "Valley Courier", "2026-02-05", null,
            "Island ferries were criticised in parliament on Wednesday, a week after the operator was fined for "
                    + "sailing late on the northern route, Meridian Press reported.");
    private static final Article WIRE = article("wire", "Meridian Press", "2026-02-03T09:12Z", "Meridian Press",
            ReuseFixtures.WIRE);
    private static final Article COPY = article("copy", "Harbour Daily", "2026-02-03T11:40Z", "Meridian Press",
            ReuseFixtures.WIRE);
    private static final Article LATER_COPY = article("later-copy", "Harbour Daily", "2026-02-06T08:00Z", null,
            ReuseFixtures.WIRE);

    @Test
    void anIncrementalRunFindsTheLinksOfARunFromScratchAndReadsOnlyNewTextsAndTheirCandidates() {
        Archive archive = new Archive();
        archive.run(List.of(TRAM, CITING));
        // Second run: older articles arrive (feed order puts them first), from an outlet the first run never saw.
        List<Article> second = List.of(WIRE, TRAM, COPY, CITING);
        List<ReuseLink> incremental = archive.run(second);
        assertThat(incremental).isEqualTo(fromScratch(second));
        assertThat(incremental).extracting(ReuseLink::derivedId, ReuseLink::sourceId).contains(
                org.assertj.core.groups.Tuple.tuple("copy", "wire"));

        // Third run, no new name: only the new text and the texts it is compared with are read.
        List<Article> third = List.of(WIRE, TRAM, COPY, CITING, LATER_COPY);
        archive.read.clear();
        List<ReuseLink> again = archive.run(third);
        assertThat(again).isEqualTo(fromScratch(third));
        assertThat(again).extracting(ReuseLink::relation).contains(Relation.COPY);
        assertThat(archive.read).contains("later-copy").doesNotContain("tram");
        assertThat(archive.walkedTexts).isFalse();
    }

    @Test
    void aRunWithNothingNewReadsNoText() {
        Archive archive = new Archive();
        List<Article> all = List.of(WIRE, TRAM, COPY, CITING);
        List<ReuseLink> first = archive.run(all);
        archive.read.clear();
        assertThat(archive.run(all)).isEqualTo(first);
        assertThat(archive.read).isEmpty();
    }

    @Test
    void copiesArrivingOverSeveralRunsGetTheLinksOfARunFromScratch() {
        List<Article> all = new ArrayList<>();
        all.add(article("wire", "Meridian Press", "2026-02-03T09:00Z", null, LinearLinksTest.HARBOUR));
        for (int k = 10; k < 22; k++) {
            all.add(article("copy" + k, "Outlet " + k, "2026-02-03T" + k + ":00Z", null, LinearLinksTest.HARBOUR));
        }
        all.add(article("part", "Roundup Weekly", "2026-02-04T08:00Z", null, LinearLinksTest.HARBOUR[1],
                LinearLinksTest.ORCHARD[0], LinearLinksTest.ORCHARD[1]));
        Archive archive = new Archive();
        archive.run(all.subList(0, 3));
        archive.run(all.subList(0, 11));
        List<ReuseLink> incremental = archive.run(all);
        assertThat(incremental).isEqualTo(fromScratch(all));
        assertThat(incremental).filteredOn(link -> link.derivedId().equals("copy21")).hasSize(1);
    }

    @Test
    void anArchiveLongerThanAChunkIsReplayedFromItsKeptLinksWithTheLinksOfARunFromScratch() {
        // Chunks of old articles only are filed in the indexes without looking up their candidates;
        // names new articles bring must still reach old articles, and a copy among old ones must stay.
        java.util.Random random = new java.util.Random(7);
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < 640; i++) {
            String time = java.time.Instant.parse("2026-02-01T00:00:00Z").plusSeconds(600L * i).toString();
            String outlet = "Outlet " + (i % 23);
            if (i == 40) {
                all.add(article("wire", "Meridian Press", time, null, LinearLinksTest.HARBOUR));
            } else if (i == 90 || i == 300 || i == 610) {
                all.add(article("copy" + i, outlet, time, null, LinearLinksTest.HARBOUR));
            } else if (i == 120 || i == 605) {
                all.add(article("cite" + i, outlet, time, null, LinearLinksTest.HARBOUR[0].split("\\. ")[0]
                        + " " + filler(random, 3) + " Meridian Press and Lakeside Tribune reported."));
            } else if (i == 620) {
                all.add(article("tribune", "Lakeside Tribune", time, null, LinearLinksTest.HARBOUR[1]));
            } else if (i == 200) {
                all.add(article("part" + i, outlet, time, null, filler(random, 4), LinearLinksTest.ORCHARD[0],
                        LinearLinksTest.ORCHARD[1]));
            } else if (i == 630) {
                all.add(article("part" + i, outlet, time, null, LinearLinksTest.ORCHARD[0], LinearLinksTest.ORCHARD[1],
                        filler(random, 4)));
            } else {
                all.add(article("a" + i, outlet, time, null, filler(random, 5), filler(random, 4)));
            }
        }
        Archive archive = new Archive();
        archive.run(all.subList(0, 560));
        // A new outlet's name: the old texts are searched for it once.
        assertThat(archive.run(all.subList(0, 625))).isEqualTo(fromScratch(all.subList(0, 625)));
        archive.read.clear();
        List<ReuseLink> incremental = archive.run(all);
        assertThat(incremental).isEqualTo(fromScratch(all));
        assertThat(incremental).extracting(ReuseLink::derivedId).contains("copy90", "copy300", "copy610", "part630");
        assertThat(archive.read).contains("part630").doesNotContain("a10", "a500");
        // Nothing new: the same links again, from the kept ones.
        assertThat(archive.run(all)).isEqualTo(incremental);
    }

    /** Sentences of made-up words, different every call. */
    private static String filler(java.util.Random random, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            for (int w = 0; w < 12; w++) {
                StringBuilder word = new StringBuilder();
                for (int c = 0; c < 3 + random.nextInt(5); c++) {
                    word.append((char) ('a' + random.nextInt(26)));
                }
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            text.append(". ");
        }
        return text.toString().strip();
    }

    private static List<ReuseLink> fromScratch(List<Article> articles) {
        return sorted(LinkFinder.findLinks(corpus(articles, new ArrayList<>(), new boolean[1]), null).links());
    }

    private static List<ReuseLink> sorted(List<ReuseLink> links) {
        List<ReuseLink> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparing(ReuseLink::sourceId).thenComparing(ReuseLink::derivedId));
        return sorted;
    }

    private static ReuseDetector.Corpus corpus(List<Article> articles, List<String> read, boolean[] walked) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        return new ReuseDetector.Corpus() {
            @Override
            public void forEach(Consumer<Article> action) {
                walked[0] = true;
                articles.forEach(action);
            }

            @Override
            public Article require(String id) {
                read.add(id);
                return byId.get(id);
            }
        };
    }

    /** What a store keeps between runs, in memory; counts the texts a run reads. */
    private static final class Archive {
        final Map<String, KeptSketch> sketches = new HashMap<>();
        final Set<String> names = new HashSet<>();
        List<ReuseLink> links = List.of();
        Set<List<String>> nameOnly = new HashSet<>();
        final List<String> read = new ArrayList<>();
        boolean walkedTexts;

        List<ReuseLink> run(List<Article> articles) {
            boolean[] walked = new boolean[1];
            LinkFinder.Found found = LinkFinder.findLinks(corpus(articles, read, walked), new ReuseArchive() {
                @Override
                public void forEach(Consumer<Entry> action) {
                    for (Article a : articles) {
                        action.accept(new Entry(a.id(), a.outlet(), a.agency(), a.published(), sketches.containsKey(a.id()),
                                sketches.get(a.id())));
                    }
                }

                @Override
                public Set<String> checkedNames() {
                    return names;
                }

                @Override
                public Set<List<String>> nameOnlyLinks() {
                    return nameOnly;
                }

                @Override
                public void forEachKeptLink(Consumer<ReuseLink> action) {
                    links.forEach(action);
                }
            });
            nameOnly = new HashSet<>();
            found.nameOnly().forEach(link -> nameOnly.add(List.of(link.sourceId(), link.derivedId())));
            walkedTexts = walked[0];
            found.sketches().forEach(s -> sketches.put(s.articleId(), s));
            names.addAll(found.names());
            links = sorted(found.links());
            return links;
        }
    }
}

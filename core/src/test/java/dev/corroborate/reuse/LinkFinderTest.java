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
        List<Article> all = wireAndCopies(12);
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

    @Test
    void aBatchAfterTheArchiveIsLookedUpInTheKeptIndexWithTheLinksOfARunFromScratch() {
        aBatchAfterTheArchiveHasTheLinksOfARunFromScratch(true);
    }

    @Test
    void aBatchReadAfterTheHeaderWalkHasTheLinksOfOneReadBeforeIt() {
        // An archive that cannot tell its unsketched articles without the walk: the batch's texts
        // are read, sketched and measured after it instead of meanwhile, with the same links.
        aBatchAfterTheArchiveHasTheLinksOfARunFromScratch(false);
    }

    private void aBatchAfterTheArchiveHasTheLinksOfARunFromScratch(boolean tellsUnsketched) {
        // Batches that come after everything kept: only their keys are looked up, kept links into
        // the articles they touch are reduced again with theirs, and the rest stands unread.
        List<Article> all = archiveOf640();
        Archive archive = new Archive();
        archive.keepsIndex = true;
        archive.tellsUnsketched = tellsUnsketched;
        archive.run(all.subList(0, 300));
        for (int end : new int[] {301, 420, 560, 625, 640}) {
            archive.read.clear();
            List<Article> now = all.subList(0, end);
            assertThat(archive.run(now)).as("after " + end).isEqualTo(fromScratch(now));
            assertThat(archive.lastChanges).as("a batch's links are changes, after " + end).isTrue();
            // A name never searched for (the Lakeside Tribune's, before 625) has every kept text read
            // once, to be searched for it.
            assertThat(archive.lastSearchedFor).isEqualTo(end == 625 ? List.of("lakeside tribune") : List.of());
            if (end != 625) {
                assertThat(archive.read).doesNotContain("a10", "a100");
            }
        }
        assertThat(archive.links).extracting(ReuseLink::derivedId).contains("copy90", "copy300", "copy610", "part630");
        // Nothing new: nothing changes.
        assertThat(archive.run(all)).isEqualTo(fromScratch(all));
    }

    @Test
    void aBatchLookedUpInTheKeptIndexFindsTheRewritesNearItInTimeAsARunFromScratchDoes() {
        // Rewrites of one text (its sentences' words in another order: content words shared, few
        // phrases) over two months: a batch's content-word candidates weeks away are ruled out by
        // time alone, without their words read; those near it are compared, as from scratch.
        java.util.Random random = new java.util.Random(11);
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String time = java.time.Instant.parse("2026-02-01T00:00:00Z").plusSeconds(4 * 3600L * i).toString();
            if (i % 40 == 7 || i >= 390) {
                all.add(article("rewrite" + i, "Outlet " + (i % 17), time, null, shuffled(LinearLinksTest.HARBOUR, random)));
            } else {
                all.add(article("a" + i, "Outlet " + (i % 17), time, null, filler(random, 5), filler(random, 4)));
            }
        }
        Archive archive = new Archive();
        archive.keepsIndex = true;
        archive.run(all.subList(0, 300));
        for (int end : new int[] {330, 389, 395, 400}) {
            List<Article> now = all.subList(0, end);
            assertThat(archive.run(now)).as("after " + end).isEqualTo(fromScratch(now));
            assertThat(archive.lastChanges).as("a batch's links are changes, after " + end).isTrue();
        }
        assertThat(archive.wordPostingsFrom).as("the content-word postings weeks older than a batch left in the store")
                .isNotEmpty().allSatisfy(from -> assertThat(from).isGreaterThan(200));
        assertThat(archive.links).as("rewrites near in time linked, those weeks apart not")
                .anySatisfy(link -> assertThat(link.sourceId() + " " + link.derivedId()).isEqualTo("rewrite367 rewrite390"))
                .noneSatisfy(link -> assertThat(link.derivedId() + " " + link.sourceId()).isEqualTo("rewrite390 rewrite7"));
    }

    /** Each sentence's words in a shuffled order. */
    private static String[] shuffled(String[] sentences, java.util.Random random) {
        String[] shuffled = new String[sentences.length];
        for (int s = 0; s < sentences.length; s++) {
            List<String> words = new ArrayList<>(List.of(sentences[s].replace(".", "").split(" ")));
            java.util.Collections.shuffle(words, random);
            shuffled[s] = String.join(" ", words) + ".";
        }
        return shuffled;
    }

    @Test
    void aBatchBeforeKeptArticlesFilesThemAgainWithTheLinksOfAReplayAndTheNextBatchIsLookedUp() {
        List<Article> all = archiveOf640();
        Archive withIndex = new Archive();
        withIndex.keepsIndex = true;
        Archive replayed = new Archive();
        // The later half first, then the earlier half: the new articles come first in the feed, so
        // every kept article is filed again (with LinearLinks' caveat for late articles: as a replay
        // gives them), and every kept text searched for the outlet never searched for.
        assertThat(withIndex.run(all.subList(320, 640))).isEqualTo(replayed.run(all.subList(320, 640)));
        assertThat(withIndex.lastChanges).as("nothing kept: from scratch").isFalse();
        assertThat(withIndex.run(all)).isEqualTo(replayed.run(all));
        assertThat(withIndex.lastChanges).isTrue();
        assertThat(withIndex.lastReplayedBecause).isNull();
        assertThat(withIndex.lastSearchedFor).containsExactly("meridian press");
        // Then a batch after everything is looked up in the index that run kept.
        List<Article> more = new ArrayList<>(all);
        more.add(article("copy-late", "Outlet 3", "2026-02-06T00:00:00Z", null, LinearLinksTest.HARBOUR));
        more.add(article("part-late", "Outlet 4", "2026-02-06T01:00:00Z", null, LinearLinksTest.ORCHARD[0],
                LinearLinksTest.ORCHARD[1]));
        assertThat(withIndex.run(more)).isEqualTo(replayed.run(more));
        assertThat(withIndex.lastChanges).isTrue();
        assertThat(withIndex.lastReplayedBecause).isNull();
    }

    @Test
    void aLateArticleInABatchFilesTheKeptArticlesAfterItAgainWithTheLinksOfAReplay() {
        List<Article> all = archiveOf640();
        Archive withIndex = new Archive();
        withIndex.keepsIndex = true;
        Archive replayed = new Archive();
        assertThat(withIndex.run(all)).isEqualTo(replayed.run(all));
        assertThat(withIndex.lastReplayedBecause).isNull();
        // One new article published among the kept ones (a late arrival): the kept articles after it
        // move in the feed, so they are filed again from their kept sketches; those before it stand.
        List<Article> more = new ArrayList<>(all);
        // In the feed's order, as a store gives it: between the kept articles of 00:00 and 00:10.
        more.add(289, article("late", "Outlet 3", "2026-02-03T00:05:00Z", null, LinearLinksTest.HARBOUR));
        more.add(article("on-time", "Outlet 4", "2026-02-06T01:00:00Z", null, LinearLinksTest.ORCHARD[0],
                LinearLinksTest.ORCHARD[1]));
        withIndex.read.clear();
        // As a replay of the archive gives them (with LinearLinks' caveat for late articles: a kept copy
        // keeps its reduced links, and the late one's link into it is added to them).
        assertThat(withIndex.run(more)).isEqualTo(replayed.run(more));
        assertThat(withIndex.lastChanges).isTrue();
        assertThat(withIndex.lastReplayedBecause).isNull();
        assertThat(withIndex.read).as("kept texts before the late article, not its candidates, stay unread")
                .doesNotContain("a10", "a100", "a250");
        // The late copy now comes before the kept copies after it: a copy with more than a few
        // sources keeps the links that explain it (LinearLinks), the late one among its candidates.
        assertThat(withIndex.links).anySatisfy(link -> assertThat(link.sourceId()).isEqualTo("late"));
        // Then a later batch with late articles again, one the source of a kept part, one among the
        // copies of the wire: the same links as a replay each time, without one.
        List<Article> again = new ArrayList<>(more);
        again.add(199, article("orchard-early", "Outlet 6", "2026-02-02T09:05:00Z", null, LinearLinksTest.ORCHARD[0],
                LinearLinksTest.ORCHARD[1], LinearLinksTest.ORCHARD[2]));
        again.add(501, article("late-copy", "Outlet 7", "2026-02-04T11:05:00Z", null, LinearLinksTest.HARBOUR));
        assertThat(withIndex.run(again)).isEqualTo(replayed.run(again));
        assertThat(withIndex.lastChanges).isTrue();
        assertThat(withIndex.lastReplayedBecause).isNull();
        assertThat(withIndex.links).anySatisfy(link -> assertThat(link.sourceId()).isEqualTo("orchard-early"));
        // Nothing new: nothing changes.
        List<ReuseLink> before = withIndex.links;
        assertThat(withIndex.run(again)).isEqualTo(before);
    }

    @Test
    void aBatchWhoseOutletAKeptTextNamesNearItIsLookedUpAndTheKeptTextComparedWithIt() {
        // A kept text names Outlet 5 (one of 23 outlets, more articles than a name proposes whole)
        // and Lakeside Tribune (one article): a batch's new articles of those outlets change the kept
        // text's name candidates. The batch is still run from the kept index: the kept text's name
        // candidates are proposed again as its turn would, and compared with the new ones among them.
        java.util.Random random = new java.util.Random(5);
        List<Article> all = new ArrayList<>(archiveOf640());
        all.set(560, article("naming", "Outlet 8", "2026-02-04T21:20:00Z", null, filler(random, 3) + " "
                + LinearLinksTest.LIBRARY[0] + " Outlet 5 and Lakeside Tribune reported it first.", filler(random, 2)));
        Archive withIndex = new Archive();
        withIndex.keepsIndex = true;
        Archive replayed = new Archive();
        assertThat(withIndex.run(all)).isEqualTo(replayed.run(all));
        List<Article> more = new ArrayList<>(all);
        // Texts of their own (no index proposes the kept text): only the name does.
        more.add(article("outlet5-new", "Outlet 5", "2026-02-06T00:00:00Z", null, filler(random, 4)));
        more.add(article("tribune-new", "Lakeside Tribune", "2026-02-06T00:30:00Z", null, filler(random, 4)));
        withIndex.read.clear();
        assertThat(withIndex.run(more)).isEqualTo(replayed.run(more)).isEqualTo(fromScratch(more));
        assertThat(withIndex.lastChanges).as("run from the kept index").isTrue();
        assertThat(withIndex.read).as("the naming kept text read to be compared, kept texts far from the batch not")
                .contains("naming").doesNotContain("a10", "a100");
        // And with a shared sentence, the pairs are linked as from scratch.
        List<Article> linked = new ArrayList<>(more);
        linked.add(article("outlet5-later", "Outlet 5", "2026-02-06T02:00:00Z", null, LinearLinksTest.LIBRARY[0],
                filler(random, 3)));
        assertThat(withIndex.run(linked)).isEqualTo(replayed.run(linked)).isEqualTo(fromScratch(linked));
        assertThat(withIndex.lastChanges).isTrue();
        assertThat(withIndex.links).extracting(link -> link.sourceId() + " " + link.derivedId())
                .contains("naming outlet5-later");
    }

    @Test
    void batchesInAnyOrderFromTheKeptIndexGiveTheLinksOfAReplay() {
        // Random corpora (copies and parts of a few texts, texts naming outlets, outlets first seen
        // late) added in random batches, late articles among them: each batch from the kept index
        // has the links of a replay of the archive.
        String[][] sources = {LinearLinksTest.HARBOUR, LinearLinksTest.ORCHARD, LinearLinksTest.LIBRARY};
        boolean refiledSome = false;
        boolean searchedSome = false;
        boolean nameOnlySome = false;
        for (int seed = 1; seed <= 6; seed++) {
            java.util.Random random = new java.util.Random(seed);
            List<Article> all = new ArrayList<>();
            java.time.Instant start = java.time.Instant.parse("2026-03-01T00:00:00Z");
            // The last two corpora span several chunks (a late article's chunk then straddles kept
            // ones) and copy one text more often than a fingerprint holds articles.
            int size = seed <= 4 ? 240 : 640;
            for (int i = 0; i < size; i++) {
                String time = start.plusSeconds((seed <= 4 ? 1_800L : 600L) * i + random.nextInt(500)).toString();
                // Outlets 8 to 11 publish only in the last third: their names are new to a batch.
                String outlet = "Outlet " + (i < size * 2 / 3 ? random.nextInt(8) : random.nextInt(12));
                String[] source = sources[random.nextInt(sources.length)];
                int kind = random.nextInt(10);
                String[] paragraphs;
                if (kind < 2) {
                    paragraphs = (seed <= 4 ? source : LinearLinksTest.HARBOUR).clone();
                } else if (kind < 4) {
                    paragraphs = new String[] {filler(random, 2), source[random.nextInt(source.length)], filler(random, 2)};
                } else if (kind < 6) {
                    // A text naming an outlet, some of it a source's words reordered: the pairs its name
                    // proposes may be linked where no index proposes them.
                    paragraphs = new String[] {filler(random, 2) + " " + shuffled(new String[] {source[random.nextInt(source.length)]},
                            random)[0] + " Outlet " + random.nextInt(12) + " reported it first.", filler(random, 2)};
                } else {
                    paragraphs = new String[] {filler(random, 4), filler(random, 3)};
                }
                all.add(article("s" + seed + "-" + i, outlet, time, null, paragraphs));
            }
            List<Article> shuffled = new ArrayList<>(all);
            java.util.Collections.shuffle(shuffled, random);
            // The outlets first seen late come in the last batches.
            shuffled.sort(java.util.Comparator.comparing((Article a) -> Integer.parseInt(a.outlet().substring(7)) >= 8));
            Archive withIndex = new Archive();
            withIndex.keepsIndex = true;
            Archive replayed = new Archive();
            Set<Article> added = new HashSet<>();
            for (int share : new int[] {50, 62, 79, 90, 100}) {
                int end = size * share / 100;
                added.addAll(shuffled.subList(0, end));
                List<Article> now = all.stream().filter(added::contains).toList();
                assertThat(withIndex.run(now)).as("seed %d, %d articles", seed, end).isEqualTo(replayed.run(now));
                assertThat(withIndex.nameOnly).as("seed %d, %d articles: the links only a name proposed", seed, end)
                        .isEqualTo(replayed.nameOnly);
                nameOnlySome |= !withIndex.nameOnly.isEmpty();
                if (share > 50) {
                    assertThat(withIndex.lastChanges).as("seed %d, %d articles: from the kept index", seed, end).isTrue();
                    refiledSome |= withIndex.lastRefiled > 0;
                    searchedSome |= !withIndex.lastSearchedFor.isEmpty();
                }
            }
        }
        assertThat(refiledSome).as("some batch filed kept articles again").isTrue();
        assertThat(searchedSome).as("some batch searched the kept texts for new names").isTrue();
        assertThat(nameOnlySome).as("some link only a name proposed").isTrue();
    }

    @Test
    void linksSayingTheSameEvidenceShareOneStringOfIt() {
        // A wire story and its copies: every copy's link says the same of the shared wording.
        List<Article> all = wireAndCopies(6);
        List<ReuseLink> links = LinkFinder.findLinks(corpus(all, new ArrayList<>(), new boolean[1]), null).links();
        Map<String, String> first = new HashMap<>();
        int repeated = 0;
        for (ReuseLink link : links) {
            for (String wording : link.evidence()) {
                String seen = first.putIfAbsent(wording, wording);
                if (seen != null) {
                    assertThat(wording).as("a repeated wording").isSameAs(seen);
                    repeated++;
                }
            }
        }
        assertThat(repeated).as("wordings said by several links").isGreaterThanOrEqualTo(5);
    }

    @Test
    void sketchesSetAsideAsTheyAreMadeAreKeptAsIfHeld() {
        // 640 articles in chunks of 256, then batches from the kept index: the sketches held are set
        // aside between chunks once there are 7, and what is kept is what holding them all keeps.
        List<Article> all = archiveOf640();
        Archive holding = new Archive();
        Archive spilling = new Archive();
        spilling.setAsideAt = 7;
        spilling.keepsIndex = true;
        holding.keepsIndex = true;
        for (int end : new int[] {300, 560, 625, 640}) {
            List<Article> now = all.subList(0, end);
            assertThat(spilling.run(now)).as("after " + end).isEqualTo(holding.run(now));
            // A chunk's sketches are made on all cores, so they come in any order within it: what is
            // kept is each article's last one (a store writes them over one another).
            assertThat(keptById(spilling.lastKept)).as("the sketches kept after " + end)
                    .isEqualTo(keptById(holding.lastKept)).hasSize(spilling.lastKept.size());
        }
        assertThat(spilling.setAsideTimes).as("sketches set aside in several parts, between chunks").isGreaterThanOrEqualTo(3);
        assertThat(holding.setAsideTimes).isZero();
    }

    /** A wire story and {@code copies} copies of it an hour apart from 10:00 on, each from its own outlet. */
    private static List<Article> wireAndCopies(int copies) {
        List<Article> all = new ArrayList<>();
        all.add(article("wire", "Meridian Press", "2026-02-03T09:00Z", null, LinearLinksTest.HARBOUR));
        for (int k = 10; k < 10 + copies; k++) {
            all.add(article("copy" + k, "Outlet " + k, "2026-02-03T" + k + ":00Z", null, LinearLinksTest.HARBOUR));
        }
        return all;
    }

    /** Each article's last sketch of {@code sketches}, written out, by id. */
    private static Map<String, String> keptById(List<KeptSketch> sketches) {
        Map<String, String> kept = new HashMap<>();
        for (KeptSketch sketch : sketches) {
            kept.put(sketch.articleId(), java.util.Arrays.toString(sketch.signature()) + java.util.Arrays.toString(sketch.wordSignature())
                    + java.util.Arrays.toString(sketch.fingerprints()) + sketch.names());
        }
        return kept;
    }

    private static List<Article> archiveOf640() {
        java.util.Random random = new java.util.Random(7);
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < 640; i++) {
            String time = java.time.Instant.parse("2026-02-01T00:00:00Z").plusSeconds(600L * i).toString();
            String outlet = "Outlet " + (i % 23);
            if (i == 40) {
                all.add(article("wire", "Meridian Press", time, null, LinearLinksTest.HARBOUR));
            } else if (i == 90 || i == 300 || i == 610 || (i >= 400 && i < 415)) {
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
        return all;
    }

    /** What a store keeps between runs, in memory; counts the texts a run reads. */
    private static final class Archive {
        boolean keepsIndex;
        /** Whether it tells its unsketched articles without a walk (as a store does). */
        boolean tellsUnsketched = true;
        boolean lastChanges;
        /** Why the last run replayed its kept articles ({@code null}: it did not). */
        String lastReplayedBecause;
        /** The names the last run searched every kept text for. */
        List<String> lastSearchedFor = List.of();
        /** How many kept articles the last run filed again. */
        int lastRefiled;
        List<String> feed = List.of();
        final Map<String, KeptSketch> sketches = new HashMap<>();
        final Set<String> names = new HashSet<>();
        List<ReuseLink> links = List.of();
        Set<List<String>> nameOnly = new HashSet<>();
        final List<String> read = new ArrayList<>();
        boolean walkedTexts;
        /** The feed positions content-word postings were asked from (a batch near in time asks from a later one). */
        final List<Integer> wordPostingsFrom = new ArrayList<>();
        /** How many sketches a run holds before it sets them aside (0: it holds them all). */
        int setAsideAt;
        /** How many times runs set sketches aside. */
        int setAsideTimes;
        /** The sketches the last run gave to keep, those set aside first, in order. */
        List<KeptSketch> lastKept = List.of();

        List<ReuseLink> run(List<Article> articles) {
            boolean[] walked = new boolean[1];
            List<KeptSketch> setAside = new ArrayList<>();
            SketchSpill spill = setAsideAt == 0 ? null : new SketchSpill() {
                @Override
                public void setAside(List<KeptSketch> sketches) {
                    setAside.addAll(sketches);
                    setAsideTimes++;
                }

                @Override
                public int setAsideAt() {
                    return setAsideAt;
                }
            };
            LinkFinder.Found found = LinkFinder.findLinks(corpus(articles, read, walked), new ReuseArchive() {
                @Override
                public void forEach(Consumer<Entry> action) {
                    for (Article a : articles) {
                        action.accept(new Entry(a.id(), a.outlet(), a.agency(), a.published(), sketches.containsKey(a.id()),
                                sketches.get(a.id())));
                    }
                }

                @Override
                public java.util.Optional<java.util.Collection<String>> unsketched() {
                    return tellsUnsketched
                            ? java.util.Optional.of(articles.stream().map(Article::id).filter(id -> !sketches.containsKey(id)).toList())
                            : java.util.Optional.empty();
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

                @Override
                public java.util.Optional<KeptIndex> keptIndex() {
                    return keepsIndex ? java.util.Optional.of(index()) : java.util.Optional.empty();
                }
            }, spill);
            lastChanges = !found.replacesAll();
            lastReplayedBecause = found.replayedBecause();
            lastSearchedFor = found.searchedFor();
            lastRefiled = found.refiled();
            walkedTexts = walked[0];
            setAside.addAll(found.sketches());
            lastKept = setAside;
            setAside.forEach(s -> sketches.put(s.articleId(), s));
            names.addAll(found.names());
            if (found.replacesAll()) {
                nameOnly = new HashSet<>();
                links = sorted(found.links());
            } else {
                Set<List<String>> gone = new HashSet<>(found.dropped());
                found.links().forEach(link -> gone.add(List.of(link.sourceId(), link.derivedId())));
                List<ReuseLink> kept = new ArrayList<>(links.stream()
                        .filter(link -> !gone.contains(List.of(link.sourceId(), link.derivedId()))).toList());
                kept.addAll(found.links());
                nameOnly.removeAll(gone);
                links = sorted(kept);
            }
            found.nameOnly().forEach(link -> nameOnly.add(List.of(link.sourceId(), link.derivedId())));
            feed = found.feed();
            return links;
        }

        /** The kept index of the feed as the last run left it, from the kept sketches. */
        private KeptIndex index() {
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < feed.size(); i++) {
                position.put(feed.get(i), i);
            }
            return new KeptIndex() {
                @Override
                public List<String> feed() {
                    return feed;
                }

                @Override
                public Map<Long, Postings> postings(Kind kind, long[] keys, int recent, int countCap) {
                    Map<Long, List<Integer>> filed = new HashMap<>();
                    for (int i = 0; i < feed.size(); i++) {
                        for (long key : KeptIndex.keys(kind, sketches.get(feed.get(i)))) {
                            filed.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                        }
                    }
                    Map<Long, Postings> found = new HashMap<>();
                    for (long key : keys) {
                        List<Integer> all = filed.get(key);
                        if (all != null) {
                            List<Integer> newestFirst = new ArrayList<>(all);
                            java.util.Collections.reverse(newestFirst);
                            found.put(key, new Postings(newestFirst.stream().limit(recent).mapToInt(Integer::intValue).toArray(),
                                    Math.min(all.size(), countCap)));
                        }
                    }
                    return found;
                }

                @Override
                public Map<Long, Postings> postingsWithin(Kind kind, long[] keys, int recent, int countCap, int from, int before) {
                    if (kind == Kind.WORD_BAND && from > 0) {
                        wordPostingsFrom.add(from);
                    }
                    return KeptIndex.super.postingsWithin(kind, keys, recent, countCap, from, before);
                }

                @Override
                public Map<Integer, short[]> compactWords(int[] positions) {
                    Map<Integer, short[]> words = new HashMap<>();
                    for (int p : positions) {
                        words.put(p, KeptIndex.compactWords(sketches.get(feed.get(p)).wordSignature()));
                    }
                    return words;
                }

                @Override
                public int[] mentioning(String name) {
                    return java.util.stream.IntStream.range(0, feed.size())
                            .filter(i -> sketches.get(feed.get(i)).names().contains(name)).toArray();
                }

                @Override
                public List<ReuseLink> keptLinksInto(java.util.Collection<String> ids) {
                    return links.stream().filter(link -> ids.contains(link.derivedId())).toList();
                }

                @Override
                public List<ReuseLink> keptLinksFrom(java.util.Collection<String> ids) {
                    return links.stream().filter(link -> ids.contains(link.sourceId())).toList();
                }

                @Override
                public Set<String> derivedAmong(java.util.Collection<String> ids) {
                    Set<String> derived = new HashSet<>();
                    links.stream().filter(link -> link.relation() != Relation.CITES && ids.contains(link.derivedId()))
                            .forEach(link -> derived.add(link.derivedId()));
                    return derived;
                }
            };
        }
    }

    @Test
    void aLargeBatchIsFiledInWindowsThatEndWhereChunksEnd() {
        int chunk = ReuseDetector.chunkSize();
        for (int kept : new int[] {0, 1, chunk - 1, chunk, 100_000, 100_003}) {
            for (int fresh : new int[] {1, chunk, 1_000, BatchWindows.FILED_AT_ONCE, 3 * BatchWindows.FILED_AT_ONCE + 17}) {
                int start = 0;
                while (start < fresh) {
                    int end = BatchWindows.windowEnd(fresh, start, kept + start);
                    org.assertj.core.api.Assertions.assertThat(end).as("kept %d fresh %d start %d", kept, fresh, start)
                            .isGreaterThan(start).isLessThanOrEqualTo(Math.min(fresh, start + BatchWindows.FILED_AT_ONCE));
                    if (end < fresh) {
                        // the window's last article ends a chunk, so no chunk spans two windows
                        org.assertj.core.api.Assertions.assertThat((kept + end) % chunk).isZero();
                    }
                    start = end;
                }
            }
        }
    }
}

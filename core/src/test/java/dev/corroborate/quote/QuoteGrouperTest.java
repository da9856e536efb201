package dev.corroborate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {

    private static QuoteGrouper.Member member(String article, String words, String cue) {
        String text = "\u201C" + words + "\u201D";
        return new QuoteGrouper.Member(article, new Quote(QuoteKind.DIRECT, 0, text.length(), text, null, cue, -1, -1), null);
    }

    @Test
    void theSameStatementInOtherWordsIsOneGroupWithItsDrift() {
        List<QuoteGrouper.Group> groups = new QuoteGrouper().group(List.of(
                member("wire", "The survey will delay the repairs on the harbour wall and raise the ferry fares", "said"),
                member("outlet", "The survey will delay the urgent repairs on the harbour pier and raise the ferry fares", "wrote"),
                member("other", "Tram tickets will cost the same as the bus from the first day of service", "said")));
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.members()).extracting(QuoteGrouper.Member::articleId).containsExactly("outlet", "wire");
            assertThat(group.drift()).contains("changed words", "dropped words", "different verb (wrote / said)");
            int other = group.members().get(0) == group.reference() ? 1 : 0;
            assertThat(WordDiff.render(group.diffs().get(other))).contains("[pier \u2192 wall]").contains("[-urgent]");
        });
    }

    @Test
    void aTruncatedQuoteJoinsTheFullOne() {
        List<QuoteGrouper.Group> groups = new QuoteGrouper().group(List.of(
                member("a", "We will not close the station before spring when the new timetable is published", "said"),
                member("b", "We will not close the station before spring", "said")));
        assertThat(groups).singleElement().satisfies(group -> assertThat(group.drift()).contains("truncated"));
    }

    @Test
    void quotesOfOneArticleAreNeverGroupedWithEachOther() {
        assertThat(new QuoteGrouper().group(List.of(
                member("a", "The ferry will run again on Monday morning", "said"),
                member("a", "The ferry will run again on Monday morning", "added")))).isEmpty();
    }

    @Test
    void groupsAndIdsDoNotDependOnOrder() {
        List<QuoteGrouper.Member> members = new ArrayList<>(List.of(
                member("a", "The ferry will run again on Monday morning after repairs", "said"),
                member("b", "The ferry will run again on Monday after the repairs", "said"),
                member("c", "The council budget for winter roads is exhausted already", "said"),
                member("d", "The winter roads budget of the council is already exhausted", "told")));
        List<QuoteGrouper.Group> first = new QuoteGrouper().group(members);
        assertThat(first).hasSize(2);
        Random random = new Random(3);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(members, random);
            List<QuoteGrouper.Group> again = new QuoteGrouper().group(members);
            assertThat(again).extracting(QuoteGrouper.Group::id).isEqualTo(first.stream().map(QuoteGrouper.Group::id).toList());
        }
    }

    @Test
    void aLongStatementSharingTopicWordsWithAShortOneIsAnotherStatement() {
        // Six shared words (harbour, ferry, council, fares, islanders, summer): two fifths of the short
        // one's words, as a rewording would keep, but a fifth of the long one's.
        assertThat(new QuoteGrouper().group(List.of(
                member("a", "The harbour council raised ferry fares for islanders this summer without a single hearing, "
                        + "without any notice and against every promise made", "said"),
                member("b", "We never hid anything: the harbour budget was published, the ferry timetable was discussed in "
                        + "every village hall, the council heard islanders twice, the fares were frozen for pensioners, "
                        + "and the summer service will keep its extra evening crossings until the repairs are finished", "said"))))
                .isEmpty();
    }

    /** The kept groups the regrouping did not replace, with the regrouped ones: what the store ends with. */
    private static List<String> after(List<QuoteGrouper.Group> kept, QuoteGrouper.Regrouping regrouping) {
        List<QuoteGrouper.Group> all = new ArrayList<>(regrouping.groups());
        kept.stream().filter(g -> !regrouping.replaced().contains(g.id())).forEach(all::add);
        return describe(all);
    }

    private static List<String> describe(List<QuoteGrouper.Group> groups) {
        List<String> described = new ArrayList<>();
        for (QuoteGrouper.Group group : groups) {
            described.add(group.id() + " " + group.members().stream().map(QuoteGrouper.Member::key).toList()
                    + " ref " + group.reference().key() + " " + group.diffs() + " " + group.drift());
        }
        Collections.sort(described);
        return described;
    }

    private static java.util.Map<String, String> groupOf(List<QuoteGrouper.Group> groups) {
        java.util.Map<String, String> of = new java.util.HashMap<>();
        groups.forEach(group -> group.members().forEach(member -> of.put(member.key(), group.id())));
        return of;
    }

    @Test
    void aNewQuoteJoiningAnOldGroupGivesTheGroupsOfGroupingEverything() {
        List<QuoteGrouper.Member> old = List.of(
                member("a", "The ferry will run again on Monday morning after repairs", "said"),
                member("b", "The ferry will run again on Monday after the repairs", "said"),
                member("c", "The council budget for winter roads is exhausted already", "said"),
                member("d", "The winter roads budget of the council is already exhausted", "told"));
        QuoteGrouper grouper = new QuoteGrouper();
        List<QuoteGrouper.Group> kept = grouper.group(old);
        List<QuoteGrouper.Member> all = new ArrayList<>(old);
        QuoteGrouper.Member joining = member("e", "The ferry will run again on Monday morning after all the repairs", "added");
        all.add(joining);

        QuoteGrouper.Regrouping regrouping = grouper.regroup(all, java.util.Set.of(joining.key()), groupOf(kept));

        String ferry = groupOf(kept).get("a#0");
        assertThat(regrouping.replaced()).containsExactly(ferry);
        assertThat(regrouping.groups()).singleElement().satisfies(group ->
                assertThat(group.members()).extracting(QuoteGrouper.Member::articleId).containsExactly("a", "b", "e"));
        assertThat(after(kept, regrouping)).isEqualTo(describe(grouper.group(all)));
    }

    @Test
    void regroupingWhatNewQuotesTouchEqualsGroupingEverythingWhateverTheSplit() {
        // Few words, so that pairs share many, and a low ceiling on common words, so new quotes make
        // words too common and old ties fall: every path of the regrouping is taken.
        String[] vocabulary = {"harbour", "ferry", "levy", "council", "winter", "bridge", "repairs", "station", "budget",
            "fares", "pier", "survey", "timetable", "closure", "grain"};
        QuoteGrouper grouper = new QuoteGrouper(new QuoteGroupingSettings(3, 0.5, 5, 0.4, 0.3, 12, 2));
        Random random = new Random(17);
        for (int round = 0; round < 60; round++) {
            List<QuoteGrouper.Member> all = new ArrayList<>();
            int quotes = 10 + random.nextInt(40);
            for (int q = 0; q < quotes; q++) {
                StringBuilder words = new StringBuilder("we");
                int length = 3 + random.nextInt(6);
                for (int w = 0; w < length; w++) {
                    words.append(' ').append(vocabulary[random.nextInt(random.nextBoolean() ? 6 : vocabulary.length)]);
                }
                String text = "\u201C" + words + "\u201D";
                // Every third quote shares its article and offset with another (two findings at one place).
                int start = q % 3 == 0 ? 0 : q * 100;
                all.add(new QuoteGrouper.Member("art" + random.nextInt(quotes), new Quote(QuoteKind.DIRECT, start,
                        start + text.length(), text, null, random.nextBoolean() ? "said" : "told", -1, -1), null));
            }
            List<QuoteGrouper.Member> old = new ArrayList<>();
            java.util.Set<String> newKeys = new java.util.HashSet<>();
            for (QuoteGrouper.Member m : all) {
                if (m.articleId().compareTo("art" + quotes / 2) < 0) {
                    old.add(m);
                } else {
                    newKeys.add(m.key());
                }
            }
            List<QuoteGrouper.Group> kept = grouper.group(old);
            QuoteGrouper.Regrouping regrouping = grouper.regroup(all, newKeys, groupOf(kept));
            assertThat(after(kept, regrouping)).as("round " + round).isEqualTo(describe(grouper.group(all)));
        }
    }
}

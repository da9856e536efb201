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
}

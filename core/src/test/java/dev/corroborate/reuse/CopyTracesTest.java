package dev.corroborate.reuse;

import static dev.corroborate.reuse.PairClassifierTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.ReuseLink;
import org.junit.jupiter.api.Test;

/**
 * The direction votes of what a copy leaves ({@link CopyTraces}), on fictional untimed articles:
 * no time, no credit, so each vote has to tell the direction by itself. Ids are chosen so that the
 * source comes second in id order, where "nothing tells" would name the wrong one.
 */
class CopyTracesTest {

    private static final String[] STORY = {
        "The harbour board of Lunmouth voted on Tuesday to close the old fish market by the end of the summer.",
        "Board members said the building had failed two safety inspections and would cost too much to repair.",
        "Traders who rent stalls in the market will be offered places in a new hall on the eastern quay.",
        "Several traders told the meeting that the new hall was too far from the town centre for their customers.",
        "The board promised to pay moving costs and to waive rent for the first six months in the new hall.",
        "A final decision on what will happen to the old building is expected before the end of the year.",
    };

    private final PairClassifier classifier = new PairClassifier();

    private static Article untimed(String id, String outlet, String... paragraphs) {
        return article(id, outlet, null, null, paragraphs);
    }

    @Test
    void aCopyThatAddsOnlySiteLinesIsTheRepublication() {
        Article source = untimed("b-source", "Quay Courier", STORY);
        Article copy = untimed("a-copy", "Fenmarket Post", "Listen to this article", STORY[0], STORY[1], STORY[2],
                STORY[3], STORY[4], STORY[5], "Related coverage", "Download our app for the latest updates");
        ReuseLink link = classifier.classify(copy, source).orElseThrow();
        assertThat(link.sourceId()).isEqualTo("b-source");
        assertThat(link.directionConfidence()).isGreaterThan(0);
        assertThat(link.evidence()).anyMatch(e -> e.startsWith("a-copy adds only lines that are not the story"));
    }

    @Test
    void aCopyCutShortAtTheEndIsTheCopy() {
        Article source = untimed("b-source", "Quay Courier", STORY);
        Article cut = untimed("a-cut", "Fenmarket Post", STORY[0], STORY[1], STORY[2], STORY[3]);
        ReuseLink link = classifier.classify(cut, source).orElseThrow();
        assertThat(link.sourceId()).isEqualTo("b-source");
        assertThat(link.evidence()).anyMatch(e -> e.equals("a-cut stops where b-source goes on: cut short at the end"))
                .anyMatch(e -> e.startsWith("b-source has more of the story: 2 sentences"));
    }

    @Test
    void aTextThatStopsInMidSentenceWasCutByItsPage() {
        Article source = untimed("b-source", "Quay Courier", STORY);
        String half = STORY[3].substring(0, STORY[3].indexOf(" for their"));
        Article teaser = untimed("a-teaser", "Fenmarket Post", STORY[0], STORY[1], STORY[2], half);
        ReuseLink link = classifier.classify(teaser, source).orElseThrow();
        assertThat(link.sourceId()).isEqualTo("b-source");
        assertThat(link.directionConfidence()).isGreaterThanOrEqualTo(0.5);
        assertThat(link.evidence()).anyMatch(e -> e.startsWith("a-teaser stops in mid-sentence"));
    }

    @Test
    void aLeadRepeatingTheOtherHeadlineIsNotStoryTheOtherLacks() {
        // The source's text starts after its headline; the copy keeps the headline as its first
        // line. That line is not more of the story: the copy must still be found the copy.
        Article source = new Article("b-source", null, "Quay Courier", "Lunmouth harbour board votes to close old fish market",
                java.util.List.of(), null, null, "en", null, java.util.List.of(STORY), null, null,
                dev.corroborate.model.Origin.of("b-source.txt"));
        Article copy = untimed("a-copy", "Fenmarket Post", "Lunmouth harbour board votes to close the old fish market",
                STORY[0], STORY[1], STORY[2], STORY[3]);
        ReuseLink link = classifier.classify(copy, source).orElseThrow();
        assertThat(link.sourceId()).isEqualTo("b-source");
    }

    @Test
    void anExcerptSetIntoAReportOfItsOwnGetsNoStoryVote() {
        // Both have sentences of the story the other lacks: who excerpted whom is not told by that.
        Article source = untimed("b-source", "Quay Courier", STORY);
        Article mixed = untimed("a-mixed", "Fenmarket Post",
                "Fishmongers in Lunmouth gathered outside the town hall on Wednesday to protest against the closure plan.",
                STORY[1] + " " + STORY[2],
                "One trader, who has sold fish on the quay for thirty years, said she would retire rather than move.",
                "The union representing market porters said it would ask the council to review the harbour board's decision.");
        ReuseLink link = classifier.classify(mixed, source).orElseThrow();
        assertThat(link.evidence()).noneMatch(e -> e.contains("has more of the story") || e.contains("cut short"));
    }

    @Test
    void endsAsSentenceKnowsClosingQuotesAndEllipses() {
        assertThat(CopyTraces.endsAsSentence("He said it was over.\u201d")).isTrue();
        assertThat(CopyTraces.endsAsSentence("Was it over? ")).isTrue();
        assertThat(CopyTraces.endsAsSentence("The board promised to pay moving costs and")).isFalse();
        assertThat(CopyTraces.endsAsSentence("The board promised to pay moving costs...")).isFalse();
        assertThat(CopyTraces.endsAsSentence("The board promised to pay moving costs\u2026")).isFalse();
    }

    @Test
    void whitespaceIsCollapsedAsThePatternCollapsedIt() {
        String alphabet = "aB \t\n\r\f\u000B\u00A0\u2028\u0130\u03a3x.";
        java.util.regex.Pattern whitespace = java.util.regex.Pattern.compile("\\s+");
        java.util.Random random = new java.util.Random(19);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(CopyTraces.collapsed(t)).as("%s", t)
                    .isEqualTo(whitespace.matcher(t).replaceAll(" ").toLowerCase(java.util.Locale.ROOT));
        }
    }
}

package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextRevisionTest {

    private static final String TEXT = "The Lusk ferry will stop for two weeks in March, the harbour board said on Friday.\n\n"
            + "Repairs to the slipway cost 40,000 pounds.";

    @Test
    void theSameWordsWithOtherSpacingCaseAndPunctuationAreNoRevision() {
        String respaced = TEXT.replace("\n\n", "\n").replace("two weeks", "two  weeks").replace("March,", "March").toUpperCase();

        assertThat(TextRevision.between("Ferry stops", TEXT, "FERRY STOPS!", respaced)).isEmpty();
        assertThat(TextRevision.between("Ferry stops", TEXT, "Ferry stops", TEXT)).isEmpty();
    }

    @Test
    void changedWordsAreCountedAndQuotedAsWrittenStoredSideFirst() {
        String corrected = TEXT.replace("two weeks", "three weeks").replace("40,000", "45,000");

        TextRevision revision = TextRevision.between("Ferry stops", TEXT, "Ferry stops", corrected).orElseThrow();

        assertThat(revision.titleChanged()).isFalse();
        assertThat(revision.estimated()).isFalse();
        assertThat(revision.changedWords()).isEqualTo(2);
        assertThat(revision.describe()).isEqualTo("2 of 24 words differ: \"two\" → \"three\"; \"40\" → \"45\"");
    }

    /** A feed's summary read after the full page said "107 of 20 words differ". */
    @Test
    void theChangedWordsAreCountedOfTheLongerText() {
        String summary = "The Lusk ferry will stop for two weeks in March.";

        TextRevision revision = TextRevision.between("Ferry stops", TEXT, "Ferry stops", summary).orElseThrow();

        assertThat(revision.words()).isEqualTo(24);
        assertThat(revision.changedWords()).isLessThanOrEqualTo(revision.words());
        assertThat(revision.describe()).startsWith(revision.changedWords() + " of 24 words differ");
    }

    @Test
    void aTitleAlonePartsAndAddedOrDroppedWordsAreSaidSo() {
        String added = TEXT + " The board apologised.";
        String dropped = TEXT.replace(" on Friday", "");

        assertThat(TextRevision.between("Ferry stops", TEXT, "Ferry to stop", TEXT).orElseThrow().describe())
                .isEqualTo("the title differs: title \"Ferry stops\" → \"Ferry to stop\"");
        assertThat(TextRevision.between("Ferry stops", TEXT, "Ferry stops", added).orElseThrow().describe())
                .isEqualTo("3 of 27 words differ: (nothing) → \"The board apologised\"");
        assertThat(TextRevision.between("Ferry stops", TEXT, "Ferry halts", dropped).orElseThrow().describe())
                .isEqualTo("the title and 2 of 24 words differ: title \"Ferry stops\" → \"Ferry halts\"; \"on Friday\" → (nothing)");
    }

    @Test
    void aLongChangeIsQuotedByItsFirstWordsAndOnlyTheFirstFewChangesAreQuoted() {
        String kept = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu";
        String read = "one two three four five six seven eight gamma delta x epsilon y zeta z eta theta iota kappa lambda mu";

        TextRevision revision = TextRevision.between(null, kept, null, read).orElseThrow();

        assertThat(revision.examples()).hasSize(TextRevision.MAX_EXAMPLES);
        assertThat(revision.examples().get(0)).isEqualTo("\"alpha beta\" → \"one two three four five six …\"");
        assertThat(revision.changedWords()).isEqualTo(8 + 1 + 1 + 1);
    }

    @Test
    void twoLongUnrelatedTextsAreCountedNotAlignedAndTheCountSaysItIsAnEstimate() {
        String kept = IntStream.range(0, 2_100).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        String read = IntStream.range(0, 2_100).mapToObj(i -> "w" + (i + 100)).collect(Collectors.joining(" "));

        TextRevision revision = TextRevision.between("T", kept, "T", read).orElseThrow();

        assertThat(revision.estimated()).isTrue();
        assertThat(revision.changedWords()).isEqualTo(100);
        assertThat(revision.examples()).isEmpty();
        assertThat(revision.describe()).isEqualTo("about 100 of 2100 words differ");
    }
}

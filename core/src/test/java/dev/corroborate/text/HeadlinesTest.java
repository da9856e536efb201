package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

    @Test
    void theFirstLineIsTheHeadlineWhenItLooksLikeOne() {
        assertThat(Headlines.find(List.of("", "Council approves new harbour wall", "", "Body text."))).isEqualTo(1);
    }

    @Test
    void headerLinesAScraperPickedUpAreSkipped() {
        List<String> lines = List.of("12.5 C", "Friday, March 6, 2026", "", "City Desk",
                "Council approves new harbour wall after long debate", "", "Body text here.");
        assertThat(Headlines.find(lines)).isEqualTo(4);
    }

    @Test
    void aDateLineAloneIsNotAHeadlineButAHeadlineWithANumberIs() {
        assertThat(Headlines.looksLikeHeadline("March 6, 2026")).isFalse();
        assertThat(Headlines.looksLikeHeadline("2026-03-06")).isFalse();
        assertThat(Headlines.looksLikeHeadline("Nearly 40 villages report discoloured water")).isTrue();
    }

    @Test
    void whenNothingQualifiesTheFirstNonEmptyLineIsUsed() {
        assertThat(Headlines.find(List.of("", "Weather", "Sport"))).isEqualTo(1);
        assertThat(Headlines.find(List.of("", " "))).isEqualTo(-1);
    }
}

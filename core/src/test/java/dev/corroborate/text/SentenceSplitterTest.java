package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void sentencesEndAtFullStopsClosingMarksAndBlankLinesTrimmedOfSpace() {
        String text = "  The ferry ran late. \"Again!\" said a clerk… Why?\n\nNo reply\n\n ";
        assertThat(SentenceSplitter.split(text)).extracting(span -> span.of(text))
                .containsExactly("The ferry ran late.", "\"Again!\"", "said a clerk…", "Why?", "No reply");
    }

    @Test
    void aTextWithoutBoundariesIsOneSentenceAndABlankOneHasNone() {
        assertThat(SentenceSplitter.split("no full stop here")).containsExactly(new TextSpan(0, 17));
        assertThat(SentenceSplitter.split(" \n\n ")).isEmpty();
    }

    @Test
    void theStricterTestKnowsInitialsAndAbbreviations() {
        String text = "Sen. J. Ruiz left. U.S. aid? No.";
        assertThat(SentenceSplitter.endsSentenceAt(text, text.indexOf("Sen.") + 3)).isFalse();
        assertThat(SentenceSplitter.endsSentenceAt(text, text.indexOf("J.") + 1)).isFalse();
        assertThat(SentenceSplitter.endsSentenceAt(text, text.indexOf("left.") + 4)).isTrue();
        assertThat(SentenceSplitter.endsSentenceAt(text, text.indexOf("aid?") + 3)).isTrue();
        assertThat(SentenceSplitter.endsSentenceAt(text, text.length() - 1)).isFalse(); // "No." is listed
    }
}

package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordCountTest {

    /** Regex white space, other white space the regex does not take, line separators, letters, a pair of surrogates. */
    private static final String ALPHABET = " \t\n\u000B\f\r\u00A0\u2028\u2003ab.,\uD83D\uDE00";

    @Test
    void splitLengthIsWhatTheRegexSplitGives() {
        Random random = new Random(23);
        for (int round = 0; round < 50_000; round++) {
            int length = random.nextInt(round < 1_000 ? 4 : 24);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertThat(WordCount.splitLength(s)).as("[%s]", s).isEqualTo(s.split("\\s+").length);
        }
    }

    @Test
    void splitLengthCountsTheEmptyPieceBeforeOpeningSpaceAndNoneForBlankText() {
        assertThat(WordCount.splitLength("")).isEqualTo(1);
        assertThat(WordCount.splitLength(" \t ")).isZero();
        assertThat(WordCount.splitLength(" ferry toll ")).isEqualTo(3);
        assertThat(WordCount.splitLength("ferry\u00A0toll")).isEqualTo(1);
    }
}

package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The boundary pattern the splitter scanned with before it scanned by hand. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?\u2026\u3002\uFF01\uFF1F][\"\u201D\u2019\u00BB)]?)\\s+|\\n\\n");

    private static List<TextSpan> byPattern(String text) {
        List<TextSpan> sentences = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int end = boundary.find() ? boundary.start() : text.length();
            int next = end == text.length() ? end : boundary.end();
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (to > from) {
                sentences.add(new TextSpan(from, to));
            }
            start = next;
        }
        return sentences;
    }

    @Test
    void theScanFindsWhatTheBoundaryPatternFinds() {
        String alphabet = "ab .!?\u2026\u3002\uFF01\uFF1F\"\u201D\u2019\u00BB)\n\n\t\r\f\u000B\u00A0\u2028x\uD83D\uDE00";
        Random random = new Random(17);
        for (int run = 0; run < 200_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(SentenceSplitter.split(t)).as("%s", t).isEqualTo(byPattern(t));
        }
    }
}

package dev.corroborate.io.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleLabelsTest {

    @Test
    void aClippedTextEndsWithAnEllipsisWithinItsWidth() {
        assertThat(ArticleLabels.clip("Ferry fares rise", 16)).isEqualTo("Ferry fares rise");
        assertThat(ArticleLabels.clip("Ferry fares rise", 10)).isEqualTo("Ferry far…").hasSize(10);
    }

    /** Seven views cut texts with substring alone, which could keep half of an emoji: a broken character. */
    @Test
    void aTextIsNeverCutBetweenTheHalvesOfOneCharacter() {
        String title = "Gulls \uD83D\uDC26 nest early";

        String clipped = ArticleLabels.clip(title, 8);

        assertThat(clipped).isEqualTo("Gulls \u2026");
        assertThat(clipped.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
        assertThat(ArticleLabels.clip(title, 9)).isEqualTo("Gulls \uD83D\uDC26\u2026");
    }

    @Test
    void oneLineMarksParagraphsAndJoinsLines() {
        assertThat(ArticleLabels.oneLine("First.\n\nSecond\nline.")).isEqualTo("First. \u00b6 Second line.");
    }

    /** "…he president" was cut from "The president", beside a marked "he". */
    @Test
    void aWindowAroundAValueNeverCutsAWord() {
        String text = "The president of the commission, Helena Voss, said she would resign.";
        int value = text.indexOf("she");

        int[] window = ArticleLabels.window(text, 0, text.length(), value, value + 3, 50);

        assertThat(text.substring(window[0], window[1])).isEqualTo("president of the commission, Helena Voss, said she would resign.");
        int[] narrow = ArticleLabels.window(text, 0, text.length(), value, value + 3, 12);
        assertThat(text.substring(narrow[0], narrow[1])).isEqualTo("Voss, said she would");
    }

    /** In a script written without spaces the window lost all its context (review): it is cut as it was. */
    @Test
    void aWindowInAScriptWithoutSpacesKeepsItsContext() {
        String text = "隆恩市电车东延线于五月十二日开通，比原计划晚了两个月，市政府表示预算没有超支。";
        int value = text.indexOf("五月十二日");

        int[] window = ArticleLabels.window(text, 0, text.length(), value, value + 5, 6);

        assertThat(text.substring(window[0], window[1])).isEqualTo("电车东延线于五月十二日开通，");
    }
}

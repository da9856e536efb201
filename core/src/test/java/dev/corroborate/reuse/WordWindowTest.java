package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordWindowTest {

    @Test
    void aBatchLaterThanTheKeptOnesLooksFromTheFirstKeptArticleWithinTheWindowOfItsFirst() {
        long[] kept = {100, 200, 300, 400, 500};
        WordWindow window = WordWindow.of(FeedTimeOrderTest.noted(kept), kept, kept.length, new long[] {550, 560}, 250);

        assertThat(window.floor()).isEqualTo(2); // 300 is the first at or after 550 - 250
        window.check("later", 560, true);
        assertThatThrownBy(() -> window.check("earlier", 540, true)).hasMessageContaining("earlier");
        assertThatThrownBy(() -> window.check("untimed", Long.MIN_VALUE, true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> window.check("unordered", 560, false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBatchWithAnUnknownTimeOrBeforeAKeptArticleLeavesNothingOut() {
        long[] kept = {100, 200, 300};
        assertThat(WordWindow.of(FeedTimeOrderTest.noted(kept), kept, kept.length, new long[] {400, Long.MIN_VALUE}, 50)).isEqualTo(WordWindow.WHOLE);
        assertThat(WordWindow.of(FeedTimeOrderTest.noted(kept), kept, kept.length, new long[] {250}, 50)).isEqualTo(WordWindow.WHOLE);
        WordWindow.WHOLE.check("any", Long.MIN_VALUE, false);
    }
}

package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedTimeOrderTest {

    /** An order that noted {@code times}, one after another. */
    static FeedTimeOrder noted(long... times) {
        FeedTimeOrder order = new FeedTimeOrder();
        for (long time : times) {
            order.note(time);
        }
        return order;
    }

    @Test
    void knownTimesNeverDecreasingThenUnknownOnesAreTheFeedsOrder() {
        assertThat(noted().holds()).isTrue();
        assertThat(noted(10, 10, 20, Long.MIN_VALUE, Long.MIN_VALUE).holds()).isTrue();
    }

    @Test
    void anEarlierTimeAfterALaterOneOrAKnownTimeAfterAnUnknownOneIsNot() {
        assertThat(noted(10, 20, 15).holds()).isFalse();
        assertThat(noted(10, Long.MIN_VALUE, 20).holds()).isFalse();
        assertThat(noted(20, 10, 30, 40).holds()).as("once broken, broken for good").isFalse();
    }
}

package dev.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The articles table came out ragged beside an outlet in Chinese or with an emoji: it padded by characters. */
class DisplayWidthTest {

    @Test
    void wideCharactersTakeTwoColumnsAndMarksNone() {
        assertThat(DisplayWidth.of("Harbour Daily")).isEqualTo(13);
        assertThat(DisplayWidth.of("日本新聞")).isEqualTo(8);
        assertThat(DisplayWidth.of("Ferry \uD83D\uDEA2")).isEqualTo(8);
        assertThat(DisplayWidth.of("Zu\u0308rich")).isEqualTo(6);
    }

    @Test
    void aCellIsPaddedAndCutByColumns() {
        assertThat(DisplayWidth.pad("日本新聞", 10)).isEqualTo("日本新聞  ");
        assertThat(DisplayWidth.clip("日本新聞社説", 8)).isEqualTo("日本新\u2026");
        assertThat(DisplayWidth.of(DisplayWidth.pad(DisplayWidth.clip("日本新聞社説", 8), 8))).isEqualTo(8);
        assertThat(DisplayWidth.clip("Harbour Daily", 20)).isEqualTo("Harbour Daily");
    }
}

package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void blankLinesSeparateParagraphsAndLineBreaksInsideOneAreFolded() {
        String raw = "First line of the first\nparagraph continues.\n\n\n  Second   paragraph.\r\n \r\nThird.";
        assertThat(TextNormalizer.paragraphs(raw))
                .containsExactly("First line of the first paragraph continues.", "Second paragraph.", "Third.");
    }

    @Test
    void aTextWithoutBlankLinesHasOneParagraphPerLine() {
        assertThat(TextNormalizer.paragraphs("One.\nTwo.\r\nThree.\n"))
                .containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void unicodeSpacesAndInvisibleCharactersAreNormalized() {
        String raw = "The\u00A0river\u2009Tarn\u200B rose\u00AD again.\u0007\tTwice.";
        assertThat(TextNormalizer.line(raw)).isEqualTo("The river Tarn rose again. Twice.");
    }

    @Test
    void composedAndDecomposedFormsBecomeTheSameText() {
        assertThat(TextNormalizer.line("Caf\u0065\u0301")).isEqualTo(TextNormalizer.line("Caf\u00E9"));
    }

    @Test
    void nothingButWhiteSpaceGivesNoParagraph() {
        assertThat(TextNormalizer.paragraphs(" \n\u00A0\n\t")).isEmpty();
    }
}

package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordPatternsTest {

    @Test
    void entriesAreMatchedAsTheLiteralTextTheyAre() {
        Pattern pattern = Pattern.compile("(?i)(" + WordPatterns.anyOf(List.of("a.b", "c*", "font size:")) + ")");
        assertThat(pattern.matcher("A.B").matches()).isTrue();
        assertThat(pattern.matcher("axb").matches()).isFalse();
        assertThat(pattern.matcher("cc").matches()).isFalse();
        assertThat(pattern.matcher("Font Size:").matches()).isTrue();
    }

    @Test
    void aCharacterClassHoldsEachCharacterLiterally() {
        Pattern pattern = Pattern.compile("[" + WordPatterns.characterClassOf(List.of("-", "]", "^", "ㅣ", "｜")) + "]+");
        assertThat(pattern.matcher("-]^ㅣ｜").matches()).isTrue();
        assertThat(pattern.matcher("a").matches()).isFalse();
    }

    @Test
    void aListOfCharactersRefusesLongerEntries() {
        assertThatThrownBy(() -> WordPatterns.characterClassOf(List.of("::")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'::'");
    }

    @Test
    void nameWordsAreWholeWordsOfAClassOrId() {
        Pattern pattern = WordPatterns.nameWords(List.of("share", "ad"));
        assertThat(pattern.matcher("article-share__bar").find()).isTrue();
        assertThat(pattern.matcher("ad_slot top").find()).isTrue();
        assertThat(pattern.matcher("headline shared").find()).isFalse();
        assertThat(pattern.matcher("header").find()).isFalse();
    }
}

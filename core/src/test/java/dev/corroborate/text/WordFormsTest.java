package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The light stemmer, the stop words and the word counts. */
class WordFormsTest {

    @Test
    void theStemmerJoinsEnglishInflectionsAndLeavesShortWordsAlone() {
        assertThat(LightStemmer.stem("sources")).isEqualTo(LightStemmer.stem("source"));
        assertThat(LightStemmer.stem("signed")).isEqualTo(LightStemmer.stem("signing")).isEqualTo("sign");
        assertThat(LightStemmer.stem("agencies")).isEqualTo("agency");
        assertThat(LightStemmer.stem("china's")).isEqualTo("china");
        assertThat(LightStemmer.stem("agreed")).isEqualTo("agree");
        assertThat(LightStemmer.stem("crisis")).isEqualTo("crisis");
        assertThat(LightStemmer.stem("bus")).isEqualTo("bus");
    }

    @Test
    void contentWordsAreLongAndNotAmongTheCommonOnes() {
        assertThat(StopWords.isContentWord("ferry")).isTrue();
        assertThat(StopWords.isContentWord("which")).isFalse();
        assertThat(StopWords.isContentWord("the")).isFalse();
        assertThat(StopWords.COMMON).hasSize(44).contains("said", "your");
    }

    @Test
    void wordsAreLetterRunsWithUnspacedScriptsCountedByPairsAndPiecesAreWhatSpaceSeparates() {
        assertThat(WordCount.words("U.S.-led talks, again")).isEqualTo(5);
        assertThat(WordCount.words("北京天气 fine")).isEqualTo(3);
        assertThat(WordCount.words("say \"hello\" there", 4, 11)).isEqualTo(1);
        assertThat(WordCount.pieces("U.S.-led\u00A0talks — again")).isEqualTo(4);
        assertThat(TextNormalizer.wordCount(" two  words ")).isEqualTo(2);
    }
}

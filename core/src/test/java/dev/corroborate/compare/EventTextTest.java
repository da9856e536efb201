package dev.corroborate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.text.Tokenizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link EventText#wordsOf}: the words of a sentence made from its prose tokens are those of reading it again. */
class EventTextTest {

    /** Pieces that stress where the two tokenizers differ: joiners, periods, marks, quotes, line breaks, digits. */
    private static final String[] PIECES = {
            "Mayor", "Lina", "Orrin", "U.S.", "Sen.", "J.", "e.g.", "3.5", "2nd", "COVID-19", "well-known", "Jean-Luc",
            "didn't", "Harbor\u2019s", "rock'n'roll", "o'", "'tis", "x-", "-y", "a.b", "ab.", "caf\u0065\u0301",
            "na\u0308ive", "\u0301", "\uD835\uDC00bc", "\uD83D\uDE00", "\u00C9cole", "STRASSE", "\u201Cquoted\u201D",
            "\"plain\"", "(aside)", "well...", "end.", "Why?", "Now!", "\n", "\n\n", " ", "  ", "\u00A0", "\t", ",", ";",
            ":", "\u2014", "-", ".", "'", "\u2019", "42", "1,200", "$5", "5%", "it", "the", "a", "Mr.", "Ms", "No.", "U.N.",
    };

    @Test
    void wordsMadeFromProseTokensAreTheWordsOfTheText() {
        Random random = new Random(17);
        for (int trial = 0; trial < 5_000; trial++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(25);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            String whole = text.toString();
            int from = random.nextInt(whole.length());
            int to = from + random.nextInt(whole.length() - from + 1);
            List<dev.corroborate.text.Token> prose = Tokenizer.PROSE.tokens(whole, from, to);
            assertThat(EventText.wordsOf(whole, from, prose))
                    .as("\"%s\" from %d to %d", whole, from, to)
                    .isEqualTo(Tokenizer.WORDS.tokens(whole, from, to));
        }
    }
}

package dev.corroborate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Quote;
import dev.corroborate.model.SpeakerMention;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold for any text, checked on texts made by a seeded generator (a failure names
 * its seed): every quote's text is the article's text at the quote's offsets, every speaker
 * mention and cue is the text at theirs, quotes are in order, and extraction never fails.
 */
class QuotePropertiesTest {

    private static final String[] WORDS = ("council harbour ferry minister report letter budget island winter "
            + "regulator crew schedule appeal vessel statement tram station review deadline bridge river flood "
            + "the a of to and in on for with by was has will from that this").split(" ");
    private static final String[] NAMES = {"Mira Castell", "Tomas Berg", "Anna Holm", "he", "she", "the spokesman",
            "Lindgren", "the letter", "officials"};
    private static final String[] CUES = {"said", "told reporters", "added", "wrote", "insisted", "says"};
    private static final String[][] MARKS = {{"\u201C", "\u201D"}, {"\"", "\""}, {"\u00AB", "\u00BB"}, {"\u201E", "\u201C"},
            {"\u2018", "\u2019"}, {"\u300C", "\u300D"}, {"``", "''"}, {"\u201C", ""}};
    private static final int CASES = 300;

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(random.nextInt(10) == 0 ? ", " : " ");
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    static String article(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append(random.nextInt(4) == 0 ? "\n" : "\n\n");
            }
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String[] marks = MARKS[random.nextInt(MARKS.length)];
                String name = NAMES[random.nextInt(NAMES.length)];
                String cue = CUES[random.nextInt(CUES.length)];
                String quoted = marks[0] + words(random, 1 + random.nextInt(14)) + (random.nextBoolean() ? "," : ".") + marks[1];
                switch (random.nextInt(6)) {
                    case 0 -> text.append(quoted).append(' ').append(name).append(' ').append(cue).append('.');
                    case 1 -> text.append(name).append(' ').append(cue).append(": ").append(quoted);
                    case 2 -> text.append("According to ").append(name).append(", ").append(words(random, 6)).append('.');
                    case 3 -> text.append(name).append(' ').append(cue).append(" that ").append(words(random, 8)).append('.');
                    case 4 -> text.append(words(random, 5)).append(' ').append(quoted).append(' ').append(words(random, 4)).append('.');
                    default -> text.append(quoted);
                }
                text.append(' ');
            }
        }
        return text.toString().strip();
    }

    @Test
    void everySpanIsTheTextAtItsOffsets() {
        QuoteExtractor extractor = new QuoteExtractor();
        int quotes = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            String text = article(seed);
            List<Quote> found = extractor.extract(text);
            int previousStart = -1;
            for (Quote quote : found) {
                quotes++;
                assertThat(text.substring(quote.start(), quote.end())).as("seed %d", seed).isEqualTo(quote.text());
                assertThat(quote.start()).as("seed %d: quotes in order", seed).isGreaterThanOrEqualTo(previousStart);
                previousStart = quote.start();
                if (quote.speaker() != null) {
                    SpeakerMention speaker = quote.speaker();
                    assertThat(text.substring(speaker.start(), speaker.end())).as("seed %d", seed).isEqualTo(speaker.mention());
                }
                if (quote.cueStart() >= 0) {
                    assertThat(text.substring(quote.cueStart(), quote.cueEnd())).as("seed %d", seed).isEqualTo(quote.cue());
                }
            }
        }
        assertThat(quotes).as("the generator makes texts with quotes").isGreaterThan(CASES);
    }

    @Test
    void extractionIsDeterministic() {
        QuoteExtractor extractor = new QuoteExtractor();
        for (long seed = 1; seed <= 50; seed++) {
            String text = article(seed);
            assertThat(extractor.extract(text)).isEqualTo(new QuoteExtractor().extract(text));
        }
    }
}

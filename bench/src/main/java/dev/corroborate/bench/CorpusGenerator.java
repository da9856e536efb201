package dev.corroborate.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes synthetic news records (JSONL, the input contract) from a seeded {@link Random}: the
 * same seed and count give byte-identical output. The words are invented; the shape (title,
 * outlet, date, 4 to 12 paragraphs of 20 to 60 words) is a news article's.
 */
public final class CorpusGenerator {

    private static final String[] SYLLABLES = {
        "ka", "lo", "mer", "ta", "vin", "sol", "dra", "pe", "nor", "ith", "ran", "bel", "os", "tur", "ve", "li",
        "han", "mo", "ster", "ga", "ri", "den", "ul", "fa", "cor", "ne", "bram", "wy", "zel", "ab"};
    private static final String[] OUTLETS = {
        "Harbour Daily", "Valley Courier", "Civic Observer", "Northern Ledger", "Coastal Gazette",
        "Evening Post", "Meridian Press", "Island News"};

    private final Random random;
    private final String[] vocabulary;

    public CorpusGenerator(long seed, int vocabularySize) {
        this.random = new Random(seed);
        this.vocabulary = new String[vocabularySize];
        for (int i = 0; i < vocabularySize; i++) {
            vocabulary[i] = word();
        }
    }

    private String word() {
        StringBuilder word = new StringBuilder();
        int syllables = 1 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    /** Writes {@code count} records, one per line. */
    public void write(int count, Writer out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonGenerator generator = json.getFactory().createGenerator(out);
        generator.setRootValueSeparator(null);
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < count; i++) {
            generator.writeStartObject();
            generator.writeStringField("id", "gen-" + i);
            generator.writeStringField("title", sentence(6 + random.nextInt(6), false));
            generator.writeStringField("outlet", OUTLETS[random.nextInt(OUTLETS.length)]);
            generator.writeStringField("published", start.plusDays(random.nextInt(365)) + "T"
                    + String.format(java.util.Locale.ROOT, "%02d:%02d:00Z", random.nextInt(24), random.nextInt(60)));
            generator.writeStringField("language", "en");
            int paragraphs = 4 + random.nextInt(9);
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    text.append("\n\n");
                }
                text.append(sentence(20 + random.nextInt(41), true));
            }
            generator.writeStringField("text", text.toString());
            generator.writeEndObject();
            generator.writeRaw('\n');
        }
        generator.flush();
    }

    private String sentence(int words, boolean period) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sentence.append(' ');
            }
            // Zipf-like: a few words are very common, as in real text.
            int index = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(random.nextDouble(), 3) * vocabulary.length));
            String word = vocabulary[index];
            sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return period ? sentence.append('.').toString() : sentence.toString();
    }
}

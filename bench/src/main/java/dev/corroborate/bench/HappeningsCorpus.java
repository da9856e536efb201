package dev.corroborate.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a seeded corpus of news about invented happenings as JSONL (the input contract), shaped
 * so that every stage of {@code analyze} has work: each happening is told by several outlets over a
 * day or two (events, several per storyline kind), some articles copy or rewrite an earlier one
 * (reuse links, events joined by them), and most quote named people, some the same statement
 * (quotes, quote groups, speakers). Happenings of one kind share their vocabulary and overlap in
 * time, so placement splits events that consolidation and refinement put together. The words are
 * invented; the same seed and count give byte-identical output. Not thread-safe.
 */
final class HappeningsCorpus {

    private static final String[] SYLLABLES = {
        "ka", "lo", "mer", "ta", "vin", "sol", "dra", "pe", "nor", "ith", "ran", "bel", "os", "tur", "ve", "li",
        "han", "mo", "ster", "ga", "ri", "den", "ul", "fa", "cor", "ne", "bram", "wy", "zel", "ab"};
    private static final String[] GENERAL = ("the a of in on and to for with by from that this was has have will "
            + "week day officials statement local residents region plans public news morning evening after before "
            + "while said would could more than about their its").split(" ");
    private static final String[] OUTLETS = {
        "Harbour Daily", "Valley Courier", "Civic Observer", "Northern Ledger", "Coastal Gazette",
        "Evening Post", "Meridian Press", "Island News", "County Post", "Radio South"};
    private static final String[] ROLES = {"the mayor", "a spokesperson for the council", "the fire chief",
        "a union official", "the harbour master", "a local resident", "the minister", "a company spokesperson"};
    private static final String[] BOILERPLATE = {"Share this article", "Subscribe to our newsletter for daily updates.",
        "Advertisement", "Read more: the week in review"};
    private static final int KINDS = 12;

    private final Random random;
    private final String[][] kinds = new String[KINDS][];
    /** The rest of the language: most words of a text, drawn Zipf-like, so texts differ unless one reuses another. */
    private final String[] vocabulary = new String[20_000];
    private final List<String> written = new ArrayList<>();

    HappeningsCorpus(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(1 + i % 3);
        }
        for (int k = 0; k < KINDS; k++) {
            kinds[k] = new String[14];
            for (int w = 0; w < kinds[k].length; w++) {
                kinds[k][w] = word(2);
            }
        }
    }

    private String word(int minSyllables) {
        StringBuilder word = new StringBuilder();
        int syllables = minSyllables + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** One happening's fixed details: its kind, place, people, number and when it began. */
    private record Happening(String[] kind, String place, String[] people, String[] roles, int number, Instant start,
                             String statement) {
    }

    private Happening happening(int index) {
        String[] people = {capital(word(1)) + " " + capital(word(2)), capital(word(1)) + " " + capital(word(2))};
        String[] roles = {ROLES[random.nextInt(ROLES.length)], ROLES[random.nextInt(ROLES.length)]};
        // Four happenings a day on average: those of one kind overlap in time now and then.
        Instant start = Instant.parse("2026-01-01T06:00:00Z").plus((long) index * 6 * 60 + random.nextInt(240), ChronoUnit.MINUTES);
        return new Happening(kinds[random.nextInt(KINDS)], capital(word(2)) + (random.nextBoolean() ? "ville" : " Bay"),
                people, roles, 10 + random.nextInt(900), start, sentence(null, 10 + random.nextInt(8), false));
    }

    private String sentence(Happening h, int words, boolean period) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int pick = random.nextInt(100);
            String word = pick >= 75 ? GENERAL[random.nextInt(GENERAL.length)]
                    : h == null || pick >= 30 ? vocabulary[(int) (Math.pow(random.nextDouble(), 2) * vocabulary.length)]
                    : pick < 15 ? h.kind[random.nextInt(h.kind.length)]
                    : pick < 22 ? h.place
                    : pick < 27 ? h.people[random.nextInt(2)].split(" ")[1]
                    : String.valueOf(h.number);
            out.append(w == 0 ? capital(word) : word).append(' ');
        }
        out.setLength(out.length() - 1);
        return period ? out.append('.').toString() : out.toString();
    }

    private String paragraph(Happening h) {
        StringBuilder out = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            out.append(s == 0 ? "" : " ").append(sentence(h, 12 + random.nextInt(14), true));
        }
        return out.toString();
    }

    private List<String> original(Happening h) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(h.place + ": " + paragraph(h));
        int body = 3 + random.nextInt(4);
        for (int p = 0; p < body; p++) {
            paragraphs.add(paragraph(h));
            if (p == 1) {
                int who = random.nextInt(2);
                String said = random.nextInt(3) == 0 ? h.statement : sentence(h, 9 + random.nextInt(8), false);
                paragraphs.add("\u201C" + said + ",\u201D said " + h.people[who] + ", " + h.roles[who] + ".");
            }
            if (p == 2 && random.nextBoolean()) {
                int who = random.nextInt(2);
                paragraphs.add(h.people[who].split(" ")[1] + " said that " + sentence(h, 10, false).toLowerCase(Locale.ROOT)
                        + ", and added: \u201C" + sentence(h, 8 + random.nextInt(6), false) + ".\u201D");
            }
        }
        return paragraphs;
    }

    /** A copy (in boilerplate) or a rewrite (sentences dropped, words replaced) of an earlier text. */
    private List<String> derived(String source) {
        List<String> out = new ArrayList<>();
        String[] paragraphs = source.split("\n\n");
        if (random.nextBoolean()) {
            out.add(BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
            out.addAll(List.of(paragraphs));
            out.add(BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
            return out;
        }
        return Rewrites.rewrite(paragraphs, random, GENERAL, 7);
    }

    /**
     * Writes the corpus to standard output: {@code --articles N} (default 2,000), {@code --seed S}
     * (default 1). For runs outside the harness (the Spark job against {@code analyze}, docs/BENCHMARKS.md).
     */
    public static void main(String[] args) throws IOException {
        int articles = 2_000;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (use --articles N --seed S)");
            }
        }
        java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out,
                java.nio.charset.StandardCharsets.UTF_8));
        new HappeningsCorpus(seed).write(articles, out);
        out.flush();
    }

    /** Writes {@code count} articles, one JSON object a line, in the order a feed would bring them. */
    void write(int count, Writer out) throws IOException {
        JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out);
        json.setRootValueSeparator(null);
        int happenings = Math.max(1, count / 7);
        int written = 0;
        for (int h = 0; h < happenings && written < count; h++) {
            Happening happening = happening(h);
            this.written.clear();
            int articles = h == happenings - 1 ? count - written : Math.min(count - written, 2 + random.nextInt(11));
            for (int a = 0; a < articles; a++) {
                List<String> paragraphs = !this.written.isEmpty() && random.nextInt(4) == 0
                        ? derived(this.written.get(random.nextInt(this.written.size()))) : original(happening);
                String text = String.join("\n\n", paragraphs);
                this.written.add(text);
                json.writeStartObject();
                json.writeStringField("id", "fi-" + h + "-" + a);
                json.writeStringField("outlet", OUTLETS[random.nextInt(OUTLETS.length)]);
                json.writeStringField("title", happening.place + " " + sentence(happening, 5 + random.nextInt(5), false));
                json.writeStringField("published", happening.start.plus(random.nextInt(36 * 60), ChronoUnit.MINUTES).toString());
                json.writeStringField("language", "en");
                json.writeStringField("text", text);
                json.writeEndObject();
                json.writeRaw('\n');
                written++;
            }
        }
        json.flush();
    }
}

package dev.corroborate.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a seeded, realistic corpus for the whole-product harness ({@link ProductScale}) as JSONL
 * (the input contract): English-like text (real function words, invented content words with
 * English endings, drawn Zipf-like), 2,000 topics each with its own people, place, organisation,
 * numbers and words, 40 outlets, articles spread over 60 days in feed order (or, {@link #scaled},
 * topics and days growing with the articles); a quarter of the
 * articles derived from an earlier one of their topic (copies in boilerplate, partial excerpts
 * inside the outlet's own text, rewrites with sentences dropped and words changed); most quote a
 * person of the topic by name, some the topic's shared statement, so quotes group across outlets.
 * Memory stays flat: only the last few texts of each topic are kept. The same seed, count and
 * settings give byte-identical output. Not thread-safe.
 */
final class NewsCorpus {

    private static final String[] FUNCTION = ("the the the a a of of of in in to to and and and for on with "
            + "by from at as that this was were has have had will would could is are be been after before "
            + "while about over into than more most some many two three first last new their its his her "
            + "they it said also but not when where which who").split(" ");
    private static final String[] GENERAL = ("government officials people week year month city country report "
            + "police minister council company market plans public statement local region residents support "
            + "spokesperson decision meeting service project program workers price court election policy").split(" ");
    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v",
        "w", "br", "cl", "dr", "fl", "gr", "pl", "pr", "sh", "st", "str", "th", "tr", "ch", "sp", "bl"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ea", "ou", "ai", "ee", "oa"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "t", "l", "nd", "st", "rt", "ck", "m", "nt", "ng"};
    private static final String[] ENDINGS = {"", "", "", "ed", "ing", "er", "s", "tion", "ly", "ment", "ity", "al"};
    private static final String[] OUTLET_FORMS = {"The %s Times", "%s Herald", "%s Daily", "%s Post", "%s Courier",
        "%s News", "%s Observer", "%s Gazette"};
    private static final String[] ROLES = {"the mayor", "a spokesperson for the ministry", "the chief executive",
        "a union official", "the police chief", "a local resident", "the minister", "an analyst", "the governor",
        "a senior official"};
        private static final String[] BOILERPLATE = {"Share this article", "Subscribe to our newsletter for daily updates.",
        "Advertisement", "Read more: the week in review", "Sign up for breaking news alerts."};

    /** Days the corpus spans, and the days over which one topic's articles appear. */
    static final int DAYS = 60;
    private static final int TOPIC_DAYS = 4;
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final int KEPT_PER_TOPIC = 6;

    private final Random random;
    private final String[] vocabulary = new String[30_000];
    private final String[] outlets = new String[40];
    private final Topic[] topics;
    /** Days this corpus spans ({@link #DAYS} unless scaled). */
    private final int days;
    /**
     * Topics by the day they start, when the corpus is scaled ({@link #scaled}); {@code null} for
     * the fixed corpus, which draws running topics at random among all (its bytes stay as they were).
     */
    private final List<List<Topic>> startingOn;

    /** One topic's own details: what its articles share beside their subject's words. */
    private record Topic(String[] people, String[] roles, String place, String organisation, int[] numbers,
                         String[] words, long startSecond, String statement, Deque<String> written) {
    }

    NewsCorpus(long seed, int topicCount) {
        this(seed, topicCount, DAYS, false);
    }

    /**
     * A corpus of {@code articles} with the news density of the 10,000-article fixed corpus: a
     * topic per five articles and 60 days per 10,000 articles (about 167 articles a day, each topic
     * about five articles), so a larger corpus is a longer stretch of the same news, not the same
     * 2,000 stories told ten or a hundred times more often. At 10,000 articles it is the fixed
     * corpus's size and span (not its bytes: running topics are drawn by start day).
     */
    static NewsCorpus scaled(long seed, int articles) {
        int topics = Math.max(1, (int) Math.round(2_000.0 * articles / 10_000));
        int days = Math.max(TOPIC_DAYS + 1, (int) Math.round(DAYS * (double) articles / 10_000));
        return new NewsCorpus(seed, topics, days, true);
    }

    /** Whether a derived article credits its source's outlet ({@link #withAttributions}). */
    private boolean attributions;
    /** The outlet of each text a topic keeps for derivations, with attributions. */
    private final Map<String, String> outletOf = new java.util.IdentityHashMap<>();

    /**
     * This corpus with a line crediting the source's outlet at the end of every derived article
     * ("Harbour Post first reported the story."): texts that name outlets, whose name candidates a
     * batch's articles of those outlets change. Without it no text names an outlet.
     */
    NewsCorpus withAttributions() {
        attributions = true;
        return this;
    }

    /** The days the corpus spans. */
    int days() {
        return days;
    }

    private NewsCorpus(long seed, int topicCount, int days, boolean byStartDay) {
        this.days = days;
        this.random = new Random(seed);
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(1 + (i % 3 == 2 ? 1 : 0)) + ENDINGS[random.nextInt(ENDINGS.length)];
        }
        for (int i = 0; i < outlets.length; i++) {
            outlets[i] = String.format(Locale.ROOT, OUTLET_FORMS[i % OUTLET_FORMS.length], capital(word(2)));
        }
        topics = new Topic[topicCount];
        for (int t = 0; t < topicCount; t++) {
            String[] people = new String[2 + random.nextInt(3)];
            String[] roles = new String[people.length];
            for (int p = 0; p < people.length; p++) {
                people[p] = capital(word(1)) + " " + capital(word(2));
                roles[p] = ROLES[random.nextInt(ROLES.length)];
            }
            String[] words = new String[16];
            for (int w = 0; w < words.length; w++) {
                words[w] = word(2) + ENDINGS[random.nextInt(ENDINGS.length)];
            }
            int[] numbers = {2 + random.nextInt(98), 100 + random.nextInt(9_900), 1990 + random.nextInt(36)};
            long startSecond = (long) (random.nextDouble() * (days - TOPIC_DAYS) * 86_400L);
            topics[t] = new Topic(people, roles, capital(word(2)) + (random.nextBoolean() ? "ton" : " Falls"),
                    capital(word(2)) + " " + (random.nextBoolean() ? "Group" : "Authority"), numbers, words, startSecond,
                    null, new ArrayDeque<>());
            topics[t] = withStatement(topics[t]);
        }
        if (byStartDay) {
            startingOn = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                startingOn.add(new ArrayList<>());
            }
            for (Topic t : topics) {
                startingOn.get((int) (t.startSecond / 86_400L)).add(t);
            }
        } else {
            startingOn = null;
        }
    }

    private Topic withStatement(Topic t) {
        return new Topic(t.people, t.roles, t.place, t.organisation, t.numbers, t.words, t.startSecond,
                sentence(t, 10 + random.nextInt(8), false), t.written);
    }

    private String word(int syllables) {
        while (true) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
                        .append(CODAS[random.nextInt(CODAS.length)]);
            }
            if (!rude(word)) {
                return word.toString();
            }
        }
    }

    /** Syllables drawn at random can spell a rude word; those are drawn again. */
    private static boolean rude(CharSequence word) {
        String w = word.toString();
        return w.contains("fuck") || w.contains("cock") || w.contains("shit") || w.contains("cunt") || w.contains("dick")
                || w.contains("tit") || w.contains("slut") || w.contains("whor") || w.contains("nig") || w.contains("fag");
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String sentence(Topic t, int words, boolean period) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int pick = random.nextInt(100);
            String word = pick < 38 ? FUNCTION[random.nextInt(FUNCTION.length)]
                    : pick < 45 ? GENERAL[random.nextInt(GENERAL.length)]
                    : pick < 80 || t == null ? vocabulary[(int) (Math.pow(random.nextDouble(), 2.5) * vocabulary.length)]
                    : pick < 90 ? t.words[random.nextInt(t.words.length)]
                    : pick < 93 ? t.place
                    : pick < 95 ? t.organisation
                    : pick < 98 ? t.people[random.nextInt(t.people.length)].split(" ")[1]
                    : String.valueOf(t.numbers[random.nextInt(t.numbers.length)]);
            out.append(w == 0 ? capital(word) : word).append(' ');
        }
        out.setLength(out.length() - 1);
        return period ? out.append('.').toString() : out.toString();
    }

    private String paragraph(Topic t) {
        StringBuilder out = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            out.append(s == 0 ? "" : " ").append(sentence(t, 12 + random.nextInt(14), true));
        }
        return out.toString();
    }

    private String quote(Topic t) {
        int who = random.nextInt(t.people.length);
        String said = random.nextInt(3) == 0 ? t.statement : sentence(t, 9 + random.nextInt(10), false);
        return switch (random.nextInt(3)) {
            case 0 -> "\u201C" + said + ",\u201D said " + t.people[who] + ", " + t.roles[who] + ".";
            case 1 -> "\u201C" + said + ",\u201D " + t.people[who] + " told reporters.";
            default -> t.people[who] + ", " + t.roles[who] + ", said: \u201C" + said + ".\u201D";
        };
    }

    private List<String> original(Topic t) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.place.toUpperCase(Locale.ROOT) + " \u2014 " + paragraph(t));
        int body = 3 + random.nextInt(6);
        for (int p = 0; p < body; p++) {
            paragraphs.add(paragraph(t));
            if ((p == 1 || p == 4) && random.nextInt(5) > 0) {
                paragraphs.add(quote(t));
            }
        }
        return paragraphs;
    }

    /** A copy in boilerplate, an excerpt inside the outlet's own text, or a rewrite. */
    private List<String> derived(Topic t, String source) {
        String[] paragraphs = source.split("\n\n");
        List<String> out = new ArrayList<>();
        int kind = random.nextInt(3);
        if (kind == 0) {
            out.add(BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
            out.addAll(List.of(paragraphs));
            out.add(BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
        } else if (kind == 1) {
            out.addAll(original(t));
            int from = random.nextInt(paragraphs.length);
            int to = Math.min(paragraphs.length, from + 1 + random.nextInt(3));
            int at = 1 + random.nextInt(out.size());
            out.addAll(at, List.of(paragraphs).subList(from, to));
        } else {
            out.addAll(Rewrites.rewrite(paragraphs, random, GENERAL, 6));
        }
        return out;
    }

    /**
     * Writes {@code count} articles, one JSON object a line, in feed order: article {@code i} is
     * published at {@code i / count} of the 60 days, about one of the topics running then (topics
     * run for four days).
     */
    void write(int count, Writer out) throws IOException {
        JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out);
        json.setRootValueSeparator(null);
        long span = days * 86_400L;
        for (int i = 0; i < count; i++) {
            long second = span * i / count;
            Topic topic = runningAt(second);
            List<String> paragraphs;
            if (!topic.written.isEmpty() && random.nextInt(4) == 0) {
                String source = List.copyOf(topic.written).get(random.nextInt(topic.written.size()));
                paragraphs = derived(topic, source);
                if (attributions) {
                    // Credited to the source's outlet, as derived news often is: texts that name outlets.
                    paragraphs = new ArrayList<>(paragraphs);
                    paragraphs.add(outletOf.get(source) + " first reported the story.");
                }
            } else {
                paragraphs = original(topic);
            }
            String text = String.join("\n\n", paragraphs);
            topic.written.addLast(text);
            if (topic.written.size() > KEPT_PER_TOPIC) {
                outletOf.remove(topic.written.removeFirst());
            }
            String outlet = outlets[(int) (Math.pow(random.nextDouble(), 1.5) * outlets.length)];
            if (attributions) {
                outletOf.put(text, outlet);
            }
            json.writeStartObject();
            json.writeStringField("id", "nc-" + i);
            json.writeStringField("outlet", outlet);
            json.writeStringField("title", topic.place + " " + sentence(topic, 5 + random.nextInt(6), false));
            json.writeStringField("published", START.plusSeconds(second).toString());
            json.writeStringField("language", "en");
            json.writeStringField("text", text);
            json.writeEndObject();
            json.writeRaw('\n');
        }
        json.flush();
    }

    /**
     * An original article of topic {@code topic} (a dateline paragraph, body paragraphs and
     * quotes), as paragraphs: the material of the pathological cases ({@link PathologicalCases}).
     */
    List<String> originalParagraphs(int topic) {
        return original(topics[Math.floorMod(topic, topics.length)]);
    }

    /** Paragraphs of topic {@code topic} until they hold at least {@code words} words: one very long article. */
    List<String> longParagraphs(int topic, int words) {
        Topic t = topics[Math.floorMod(topic, topics.length)];
        List<String> paragraphs = new ArrayList<>();
        int count = 0;
        while (count < words) {
            String paragraph = paragraphs.size() % 7 == 6 ? quote(t) : paragraph(t);
            paragraphs.add(paragraph);
            count += paragraph.split(" ").length;
        }
        return paragraphs;
    }

    /** A made-up outlet name, different for each {@code n}. */
    String outletName(int n) {
        return String.format(Locale.ROOT, OUTLET_FORMS[n % OUTLET_FORMS.length], capital(word(2)) + " " + capital(word(1)));
    }

    /** A random boilerplate line a site puts around the articles it runs. */
    String boilerplate() {
        return BOILERPLATE[random.nextInt(BOILERPLATE.length)];
    }

    /** The first moment of the corpus. */
    static Instant start() {
        return START;
    }

    /** A topic running at {@code second}, drawn at random among those running then. */
    private Topic runningAt(long second) {
        if (startingOn != null) {
            return runningByStartDay(second);
        }
        Topic best = null;
        for (int attempt = 0; attempt < 400 && best == null; attempt++) {
            Topic t = topics[random.nextInt(topics.length)];
            if (second >= t.startSecond && second <= t.startSecond + TOPIC_DAYS * 86_400L) {
                best = t;
            }
        }
        if (best == null) {
            // No running topic drawn: the one that started last before this moment.
            for (Topic t : topics) {
                if (t.startSecond <= second && (best == null || t.startSecond > best.startSecond)) {
                    best = t;
                }
            }
        }
        return best == null ? topics[0] : best;
    }

    /**
     * As {@link #runningAt}, for a scaled corpus: a topic drawn at random among those running at
     * {@code second} (found through their start days, so the draw does not grow with the corpus), or
     * the one that started last before it.
     */
    private Topic runningByStartDay(long second) {
        int day = (int) (second / 86_400L);
        List<Topic> running = new ArrayList<>();
        Topic latest = null;
        for (int d = Math.max(0, day - TOPIC_DAYS - 1); d <= Math.min(day, days - 1); d++) {
            for (Topic t : startingOn.get(d)) {
                if (second >= t.startSecond && second <= t.startSecond + TOPIC_DAYS * 86_400L) {
                    running.add(t);
                }
                if (t.startSecond <= second && (latest == null || t.startSecond > latest.startSecond)) {
                    latest = t;
                }
            }
        }
        if (!running.isEmpty()) {
            return running.get(random.nextInt(running.size()));
        }
        return latest != null ? latest : topics[0];
    }
}

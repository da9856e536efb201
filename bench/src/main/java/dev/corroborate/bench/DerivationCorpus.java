package dev.corroborate.bench;

import dev.corroborate.reuse.Shingles;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The derivation benchmark's corpus: from a pool of real articles grouped by event, stories with a
 * known lineage. Each story has an origin (a pool article), articles derived from it or from one
 * another (verbatim copies wrapped in site boilerplate, excerpts, excerpts mixed into another
 * report of the same event, rewrites by sentence reordering and dropping, lexical substitution and
 * clause shuffles, and articles citing it without reusing text), and independent reports of the
 * same event (other pool articles). Times, credits and datelines are present or absent at random.
 * Everything comes from one seeded {@link Random}: the same pool and seed give the same corpus.
 *
 * <p>Gold independence follows the product's definition: an article is an independent source when
 * it derives from no other article of its story, or when it carries a report of its own (the
 * mixed and citing articles carry a whole pool article). Pool articles of one event that already
 * share text (an 8-word run, or two 6-word runs) are never both used, since their lineage is
 * unknown.
 */
public final class DerivationCorpus {

    /** A pool article: its id, its event, its text. */
    public record PoolArticle(String id, String event, String title, String text) {
    }

    /** A generated article, as an input record would give it. {@code published} may be null. */
    public record Generated(String id, String story, String outlet, String title, String published, String text) {
    }

    /** A known derivation: {@code derived} uses {@code source} as {@code relation}. */
    public record Edge(String source, String derived, String relation) {
    }

    /** A story's articles and which of them are independent sources. */
    public record Story(String id, List<String> articleIds, Set<String> independent) {
    }

    /** The corpus and its gold. */
    public record Corpus(List<Generated> articles, List<Edge> edges, List<Story> stories) {
    }

    enum Kind { COPY, EXCERPT, MIXED, REWRITE, CITES }

    static final String[] WIRES = {"Meridian Press", "Continental Wire", "Atlas News Agency", "Northwire",
        "Global Dispatch", "Capital Press Service"};
    static final String[] OUTLETS = {"Harbour Daily", "Valley Courier", "Civic Observer", "Northern Ledger",
        "Coastal Gazette", "Evening Post", "Island News", "Lakeside Chronicle", "Metro Tribune", "Riverside Herald",
        "Summit Times", "Prairie Record", "Bayview Sentinel", "Highland Journal", "Eastgate Bulletin", "Westfield Star",
        "Granite Review", "Orchard Register", "Ferry Town Echo", "Pinecrest Monitor", "Old Quay Weekly",
        "Southbank Mercury", "Crown Street Voice", "Millbrook Banner"};
    private static final String[] CITIES = {"LUNMOUTH", "PORT ELDER", "KESSARY CITY", "BRANNOCK", "TARNFORD", "OSKEN"};
    private static final String[] BOILERPLATE = {"Advertisement", "- Advertisement -", "Share this article",
        "Subscribe to our newsletter for the day's top stories.", "Sign up for breaking news alerts",
        "Photo: Staff photographer", "Comments (0)", "Follow us on social media", "Most read", "Read more:",
        "Click here to share on Facebook", "Leave a comment"};

    /**
     * Generic news-English substitutions: what a rewriting desk changes without changing the facts.
     * Written for this benchmark; any pair applies both ways.
     */
    private static final String[][] SYNONYMS = {
        {"said", "stated"}, {"says", "states"}, {"told", "informed"}, {"people", "persons"}, {"killed", "slain"},
        {"died", "passed away"}, {"police", "officers"}, {"announced", "unveiled"}, {"began", "started"},
        {"large", "big"}, {"small", "little"}, {"help", "assist"}, {"helped", "assisted"}, {"show", "demonstrate"},
        {"showed", "demonstrated"}, {"buy", "purchase"}, {"bought", "purchased"}, {"home", "house"},
        {"children", "kids"}, {"about", "around"}, {"nearly", "almost"}, {"more than", "over"}, {"however", "but"},
        {"also", "additionally"}, {"because", "since"}, {"after", "following"}, {"before", "prior to"},
        {"during", "throughout"}, {"near", "close to"}, {"area", "region"}, {"city", "town"}, {"car", "vehicle"},
        {"hospital", "medical centre"}, {"injured", "hurt"}, {"wounded", "hurt"}, {"attack", "assault"},
        {"fire", "blaze"}, {"quake", "tremor"}, {"earthquake", "quake"}, {"arrested", "detained"},
        {"charged", "accused"}, {"company", "firm"}, {"deal", "agreement"}, {"agreed", "consented"},
        {"government", "administration"}, {"official", "authority"}, {"officials", "authorities"},
        {"spokesman", "representative"}, {"spokeswoman", "representative"}, {"statement", "release"},
        {"reported", "stated"}, {"according to", "as per"}, {"the first", "the initial"}, {"big", "major"},
        {"major", "significant"}, {"important", "key"}, {"new", "fresh"}, {"old", "former"}, {"start", "begin"},
        {"end", "finish"}, {"ended", "concluded"}, {"won", "secured"}, {"win", "victory"}, {"lost", "was defeated in"},
        {"game", "match"}, {"team", "side"}, {"season", "campaign"}, {"film", "movie"}, {"actor", "performer"},
        {"star", "celebrity"}, {"singer", "vocalist"}, {"woman", "lady"}, {"man", "individual"},
        {"family", "relatives"}, {"friends", "companions"}, {"week", "seven days"}, {"month", "four weeks"},
        {"year", "twelve months"}, {"years", "decades"}, {"today", "on this day"}, {"yesterday", "the previous day"},
        {"tomorrow", "the next day"}, {"later", "subsequently"}, {"soon", "shortly"}, {"now", "currently"},
        {"still", "yet"}, {"many", "numerous"}, {"several", "a number of"}, {"some", "certain"},
        {"found", "discovered"}, {"find", "discover"}, {"make", "create"}, {"made", "created"}, {"use", "employ"},
        {"used", "employed"}, {"need", "require"}, {"needed", "required"}, {"want", "wish"}, {"wanted", "wished"},
        {"try", "attempt"}, {"tried", "attempted"}, {"get", "obtain"}, {"got", "obtained"}, {"give", "provide"},
        {"gave", "provided"}, {"take", "seize"}, {"took", "seized"}, {"leave", "depart"}, {"left", "departed"},
        {"plan", "scheme"}, {"plans", "intends"}, {"expected", "anticipated"}, {"likely", "probably"},
        {"victims", "casualties"}, {"dead", "deceased"}, {"death", "passing"}, {"building", "structure"},
        {"street", "road"}, {"country", "nation"}, {"world", "globe"}, {"largest", "biggest"}, {"main", "principal"},
        {"top", "leading"}, {"high", "elevated"}, {"low", "reduced"}, {"rise", "increase"}, {"fall", "decline"},
        {"quickly", "rapidly"}, {"recently", "lately"}, {"immediately", "at once"}, {"local", "regional"},
        {"residents", "inhabitants"}, {"witnesses", "onlookers"}, {"investigation", "inquiry"},
        {"suspect", "alleged perpetrator"}, {"court", "tribunal"}, {"judge", "magistrate"}, {"law", "legislation"},
        {"vote", "ballot"}, {"election", "poll"}, {"president", "head of state"}, {"minister", "secretary"},
        {"leader", "chief"}, {"chief executive", "boss"}, {"shares", "stock"}, {"price", "cost"}, {"prices", "costs"},
        {"sales", "revenue"}, {"launched", "introduced"}, {"released", "issued"}, {"role", "part"},
        {"award", "prize"}, {"ceremony", "event"}, {"hit", "struck"}, {"magnitude", "strength"}};

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(A-Z0-9])");

    private final Random random;
    private final long idSalt;
    private final Map<String, String> synonyms = new HashMap<>();
    private final Pattern synonymPattern;
    private int outletCursor;

    public DerivationCorpus(long seed) {
        this.random = new Random(seed);
        this.idSalt = seed * 0x9E3779B97F4A7C15L;
        List<String> keys = new ArrayList<>();
        for (String[] pair : SYNONYMS) {
            synonyms.putIfAbsent(pair[0], pair[1]);
            synonyms.putIfAbsent(pair[1], pair[0]);
        }
        keys.addAll(synonyms.keySet());
        keys.sort((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y));
        StringBuilder alternatives = new StringBuilder();
        for (String key : keys) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(key));
        }
        synonymPattern = Pattern.compile("(?i)\\b(" + alternatives + ")\\b");
    }

    /**
     * Stories from the pool: for each event with enough usable articles, one story per
     * {@code articlesPerStory} articles it holds, each with an origin of at least 120 words.
     */
    public Corpus generate(List<PoolArticle> pool) {
        Map<String, List<PoolArticle>> byEvent = new LinkedHashMap<>();
        for (PoolArticle article : pool) {
            if (Tokenizer.WORDS.tokens(article.text()).size() >= 40) {
                byEvent.computeIfAbsent(article.event(), k -> new ArrayList<>()).add(article);
            }
        }
        List<Generated> articles = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        LocalDateTime clock = LocalDateTime.of(2025, 3, 1, 6, 0);
        for (Map.Entry<String, List<PoolArticle>> event : byEvent.entrySet()) {
            List<PoolArticle> available = new ArrayList<>(event.getValue());
            java.util.Collections.shuffle(available, random);
            while (true) {
                PoolArticle origin = takeOrigin(available);
                if (origin == null) {
                    break;
                }
                clock = clock.plusHours(20 + random.nextInt(200));
                stories.add(story("s" + stories.size(), origin, available, clock, articles, edges));
            }
        }
        return new Corpus(articles, edges, stories);
    }

    private PoolArticle takeOrigin(List<PoolArticle> available) {
        for (int i = 0; i < available.size(); i++) {
            if (Tokenizer.WORDS.tokens(available.get(i).text()).size() >= 120) {
                return available.remove(i);
            }
        }
        return null;
    }

    /** An origin's story: 2 to 6 derived articles and up to 2 independent reports of the event. */
    /**
     * An id that tells nothing of the article's role: the tool breaks ties by id, so ids like
     * "s1-origin" and "s1-copy-0" would hand it the answer.
     */
    private String articleId(String storyId, String role) {
        return opaqueId(idSalt, storyId, role);
    }

    /** {@code group} and 8 hex digits mixed from the seed's salt, the group and the role: the role cannot be read back. */
    static String opaqueId(long salt, String group, String role) {
        long h = salt ^ (group + "/" + role).hashCode();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return group + "-" + String.format(Locale.ROOT, "%08x", (int) h);
    }

    private Story story(String storyId, PoolArticle origin, List<PoolArticle> available, LocalDateTime time,
            List<Generated> articles, List<Edge> edges) {
        removeRelated(origin, available);
        boolean timesKnown = random.nextDouble() >= 0.25;
        List<Generated> members = new ArrayList<>();
        Set<String> independent = new HashSet<>();
        Map<String, LocalDateTime> times = new HashMap<>();
        Generated first = new Generated(articleId(storyId, "origin"), storyId, WIRES[random.nextInt(WIRES.length)],
                origin.title(), stamp(time, timesKnown), clean(origin.text()));
        members.add(first);
        times.put(first.id(), time);
        independent.add(first.id());
        List<Generated> textual = new ArrayList<>(List.of(first)); // what later articles may derive from
        int derivedCount = 2 + random.nextInt(5);
        for (int k = 0; k < derivedCount; k++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            Generated source = random.nextDouble() < 0.2 && textual.size() > 1
                    ? textual.get(1 + random.nextInt(textual.size() - 1)) : first;
            PoolArticle own = null;
            if (kind == Kind.MIXED || kind == Kind.CITES) {
                own = takeOwnReport(available);
                if (own == null) {
                    kind = Kind.COPY;
                }
            }
            LocalDateTime when = times.get(source.id()).plusMinutes(10 + random.nextInt(18 * 60));
            String id = articleId(storyId, "derived-" + k);
            String outlet = nextOutlet();
            boolean credit = random.nextBoolean();
            String text = switch (kind) {
                case COPY -> copy(source.text());
                case EXCERPT -> excerpt(source.text());
                case MIXED -> mixed(source.text(), clean(own.text()), credit ? source.outlet() : null);
                case REWRITE -> rewrite(source.text());
                case CITES -> cites(clean(own.text()), source.outlet());
            };
            if (credit && kind != Kind.CITES && kind != Kind.MIXED) {
                text = credit(text, source.outlet());
            }
            String title = kind == Kind.MIXED || kind == Kind.CITES ? own.title() : rewordTitle(source.title());
            Generated article = new Generated(id, storyId, outlet, title,
                    timesKnown && random.nextDouble() >= 0.15 ? stamp(when, true) : null, text);
            members.add(article);
            times.put(id, when);
            edges.add(new Edge(source.id(), id, switch (kind) {
                case COPY -> "copy";
                case EXCERPT, MIXED -> "partial";
                case REWRITE -> "rewrite";
                case CITES -> "cites";
            }));
            if (kind == Kind.MIXED || kind == Kind.CITES) {
                independent.add(id);
            }
            if (kind == Kind.COPY || kind == Kind.REWRITE) {
                textual.add(article);
            }
        }
        int independents = random.nextInt(3);
        for (int k = 0; k < independents; k++) {
            PoolArticle own = takeOwnReport(available);
            if (own == null) {
                break;
            }
            LocalDateTime when = time.plusMinutes(random.nextInt(12 * 60) - 3 * 60);
            Generated article = new Generated(articleId(storyId, "independent-" + k), storyId, nextOutlet(), own.title(),
                    timesKnown ? stamp(when, true) : null, clean(own.text()));
            members.add(article);
            independent.add(article.id());
        }
        articles.addAll(members);
        return new Story(storyId, members.stream().map(Generated::id).toList(), independent);
    }

    /** A pool article of the same event to serve as another outlet's own report. */
    private PoolArticle takeOwnReport(List<PoolArticle> available) {
        int index = available.size() - 1;
        while (index >= 0 && Tokenizer.WORDS.tokens(available.get(index).text()).size() < 80) {
            index--; // a report of its own is a real one, not a caption or a stub
        }
        if (index < 0) {
            return null;
        }
        PoolArticle own = available.remove(index);
        removeRelated(own, available);
        return own;
    }

    /**
     * Drops pool articles that share text with {@code used} (an 8-word run, or two 6-word runs:
     * real reports of one event often share wire background), since their lineage is unknown.
     */
    private static void removeRelated(PoolArticle used, List<PoolArticle> available) {
        long[] mine8 = Shingles.distinct(Shingles.of(Tokenizer.WORDS.tokens(used.text()), 8));
        long[] mine6 = Shingles.distinct(Shingles.of(Tokenizer.WORDS.tokens(used.text()), 6));
        available.removeIf(other -> {
            long[] theirs8 = Shingles.distinct(Shingles.of(Tokenizer.WORDS.tokens(other.text()), 8));
            long[] theirs6 = Shingles.distinct(Shingles.of(Tokenizer.WORDS.tokens(other.text()), 6));
            return Shingles.containment(mine8, theirs8) > 0 || Shingles.shared(mine6, theirs6) >= 2;
        });
    }


    private String nextOutlet() {
        return OUTLETS[(outletCursor++ + random.nextInt(3)) % OUTLETS.length];
    }

    private static String stamp(LocalDateTime time, boolean known) {
        return known ? time.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : null;
    }

    /** Paragraphs separated by blank lines, the way the input contract's texts come. */
    private static String clean(String text) {
        return String.join("\n\n", paragraphs(text));
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }

    private static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(paragraph)) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    /** The whole text, in site boilerplate, with typographic changes. */
    private String copy(String text) {
        List<String> out = new ArrayList<>();
        if (random.nextBoolean()) {
            out.add(BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
        }
        for (String paragraph : paragraphs(text)) {
            String p = paragraph;
            if (random.nextDouble() < 0.3) {
                p = p.replace('"', '“').replace("--", "—");
            }
            if (random.nextDouble() < 0.15) {
                out.add(BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
            }
            out.add(p);
        }
        out.add(BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
        return String.join("\n\n", out);
    }

    /** A contiguous run of 30 to 60% of the sentences, at least three, re-paragraphed. */
    private String excerpt(String text) {
        List<String> all = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            all.addAll(sentences(paragraph));
        }
        int size = Math.max(Math.min(3, all.size()), (int) Math.round(all.size() * (0.3 + 0.3 * random.nextDouble())));
        int start = random.nextInt(all.size() - size + 1);
        return group(all.subList(start, start + size));
    }

    /** Another report of the event with a run of the source's sentences inside it. */
    private String mixed(String source, String own, String creditedOutlet) {
        List<String> sourceSentences = new ArrayList<>();
        for (String paragraph : paragraphs(source)) {
            sourceSentences.addAll(sentences(paragraph));
        }
        int size = Math.min(sourceSentences.size(), 2 + random.nextInt(3));
        int start = random.nextInt(sourceSentences.size() - size + 1);
        List<String> borrowed = new ArrayList<>(sourceSentences.subList(start, start + size));
        if (creditedOutlet != null) {
            borrowed.set(0, attribution(creditedOutlet) + " " + lowerFirst(borrowed.get(0)));
        }
        List<String> ownParagraphs = paragraphs(own);
        int at = random.nextInt(ownParagraphs.size() + 1);
        List<String> out = new ArrayList<>(ownParagraphs.subList(0, at));
        out.add(String.join(" ", borrowed));
        out.addAll(ownParagraphs.subList(at, ownParagraphs.size()));
        return String.join("\n\n", out);
    }

    /** Another report of the event that names the source's outlet, sharing none of its text. */
    private String cites(String own, String citedOutlet) {
        List<String> ownParagraphs = new ArrayList<>(paragraphs(own));
        String[] forms = {
            "The news was first reported by %s.", "%s reported the developments earlier in the day.",
            "Officials confirmed the account to %s.", "A document seen by %s gave further details.",
            "According to %s, more information is expected later."};
        String sentence = String.format(Locale.ROOT, forms[random.nextInt(forms.length)], citedOutlet);
        int at = 1 + random.nextInt(Math.max(1, ownParagraphs.size()));
        ownParagraphs.add(Math.min(at, ownParagraphs.size()), sentence);
        return String.join("\n\n", ownParagraphs);
    }

    /**
     * The same sentences reworded: up to a fifth dropped, neighbours swapped now and then, leading
     * clauses moved to the end, and words replaced by synonyms.
     */
    private String rewrite(String text) {
        List<String> all = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            all.addAll(sentences(paragraph));
        }
        List<String> kept = new ArrayList<>();
        for (String sentence : all) {
            if (random.nextDouble() >= 0.15 || all.size() < 4) {
                kept.add(sentence);
            }
        }
        for (int i = 0; i + 1 < kept.size(); i++) {
            if (random.nextDouble() < 0.12) {
                String swap = kept.get(i);
                kept.set(i, kept.get(i + 1));
                kept.set(i + 1, swap);
                i++;
            }
        }
        List<String> reworded = new ArrayList<>();
        for (String sentence : kept) {
            String s = sentence;
            if (random.nextDouble() < 0.35) {
                s = shuffleClauses(s);
            }
            reworded.add(edit(substitute(s, 0.6 + 0.4 * random.nextDouble())));
        }
        return group(reworded);
    }

    /** "A, B." becomes "B, a." when the sentence has a clause break in its middle part. */
    private static String shuffleClauses(String sentence) {
        int comma = sentence.indexOf(", ", sentence.length() / 4);
        if (comma < 0 || comma > 3 * sentence.length() / 4 || !sentence.endsWith(".")) {
            return sentence;
        }
        String head = sentence.substring(0, comma);
        String tail = sentence.substring(comma + 2, sentence.length() - 1);
        return upperFirst(tail) + ", " + lowerFirst(head) + ".";
    }

    /**
     * Desk edits that keep the meaning: articles and "that" dropped now and then, an adverb after
     * an auxiliary ("was also", "has now"), neighbouring words swapped in lists ("X and Y").
     */
    private String edit(String sentence) {
        String[] tokens = sentence.split(" ");
        List<String> out = new ArrayList<>();
        String[] adverbs = {"also", "now", "reportedly", "already", "indeed"};
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String lower = token.toLowerCase(Locale.ROOT);
            if ((lower.equals("the") || lower.equals("that")) && i > 0 && random.nextDouble() < 0.5) {
                continue;
            }
            if (lower.equals("and") && !out.isEmpty() && i + 1 < tokens.length && random.nextDouble() < 0.5
                    && out.get(out.size() - 1).matches("\\p{L}+") && tokens[i + 1].matches("\\p{L}+")) {
                String before = out.remove(out.size() - 1);
                out.add(tokens[i + 1]);
                out.add("and");
                out.add(before);
                i++;
                continue;
            }
            out.add(token);
            if (lower.matches("was|is|were|are|has|had|have|will|would|could") && random.nextDouble() < 0.5) {
                out.add(adverbs[random.nextInt(adverbs.length)]);
            }
        }
        return String.join(" ", out);
    }

    /** Replaces each word that has a synonym with probability {@code rate}. */
    private String substitute(String sentence, double rate) {
        Matcher matcher = synonymPattern.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group(1);
            String replacement = synonyms.get(word.toLowerCase(Locale.ROOT));
            if (replacement == null || random.nextDouble() >= rate) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(word));
            } else {
                matcher.appendReplacement(out, Matcher.quoteReplacement(
                        Character.isUpperCase(word.charAt(0)) ? upperFirst(replacement) : replacement));
            }
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Credits the source: a dateline naming its outlet, or a closing line. */
    private String credit(String text, String sourceOutlet) {
        List<String> out = new ArrayList<>(paragraphs(text));
        int first = 0;
        while (first < out.size() - 1 && out.get(first).split(" ").length < 5) {
            first++; // a leading boilerplate line: the dateline goes on the first real paragraph
        }
        if (random.nextBoolean()) {
            String city = CITIES[random.nextInt(CITIES.length)];
            out.set(first, city + " (" + sourceOutlet + ") — " + out.get(first));
        } else {
            out.add("This story was first published by " + sourceOutlet + ".");
        }
        return String.join("\n\n", out);
    }

    private String attribution(String outlet) {
        String[] forms = {"According to %s,", "%s reported that", "As %s reported,"};
        return String.format(Locale.ROOT, forms[random.nextInt(forms.length)], outlet);
    }

    private String rewordTitle(String title) {
        return title == null ? null : substitute(title, 0.5);
    }

    /** Sentences regrouped into paragraphs of one to three. */
    private String group(List<String> sentences) {
        List<String> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            int size = Math.min(sentences.size() - i, 1 + random.nextInt(3));
            paragraphs.add(String.join(" ", sentences.subList(i, i + size)));
            i += size;
        }
        return String.join("\n\n", paragraphs);
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The one-word pairs of {@link #SYNONYMS}, both ways, folded: what a quote's word can be
     * replaced with in the perturbation benchmark ({@link PerturbationCorpus}).
     */
    static Map<String, String> singleWordSynonyms() {
        Map<String, String> words = new java.util.TreeMap<>();
        for (String[] pair : SYNONYMS) {
            if (pair[0].indexOf(' ') < 0 && pair[1].indexOf(' ') < 0) {
                words.putIfAbsent(pair[0], pair[1]);
                words.putIfAbsent(pair[1], pair[0]);
            }
        }
        return words;
    }

    /** For tests and reports: how many generated articles of each kind. */
    static Map<String, Integer> countByRelation(List<Edge> edges) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Edge edge : edges) {
            counts.merge(edge.relation(), 1, Integer::sum);
        }
        return counts;
    }
}

package dev.corroborate.bench;

import dev.corroborate.reuse.Shingles;
import dev.corroborate.text.Tokenizer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
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
 * A second derivation corpus, written apart from {@link DerivationCorpus} and by other rules, so
 * that the reuse stage and the provenance graph can be checked on stories nobody tuned them for.
 * Each story has a wire origin (a pool article, with the wire's own dateline now and then) and
 * three to six derived articles in layers (a derived article may be made from any earlier one of
 * the story, up to three steps from the origin):
 * <ul>
 *   <li>copies, most of them with no credit at all, some cut short at the end, some in another
 *       site's furniture (header and footer lines), with typographic normalisation (quotation
 *       marks, dashes, ellipses);</li>
 *   <li>lead excerpts (the first sentences of the source, as a teaser);</li>
 *   <li>embeddings: another real report of the same event (the outlet's own reporting) with a run
 *       of two to six of the source's sentences (at most half of them) set inside it, credited or not;</li>
 *   <li>heavy paraphrases: sentences reordered within the text, words replaced from a list of
 *       synonyms of its own, attributions turned round, short sentences joined, some dropped.</li>
 * </ul>
 * plus up to two independent reports of the event. Half the stories carry no time at all; in the
 * others one derived article in ten has none. Independent sources in the gold: the origin, the
 * embeddings (a real report of their own) and the independent reports; copies, excerpts and
 * paraphrases of any of them are not. Seeded: the same pool and seed give the same corpus.
 */
public final class LayeredDerivations {

    private enum Kind { COPY, LEAD, EMBED, PARAPHRASE }

    private static final String[] WIRES = {"Orbis Newswire", "Keystone Agency", "Tidewater Press", "Lodestar Wire"};
    private static final String[] SITES = {"Brackenfield Post", "The Quayside", "Marlow Standard", "Copperton Daily",
        "Redhill Courant", "Sandmere Weekly", "Fenwick Observer", "Ashgrove Times", "Elmstead Clarion", "Kingsreach News",
        "Hollins Gazette", "Westmarch Herald", "Larchmont Ledger", "Stonebridge Mail", "Wexley Reporter",
        "Thornbury Courier"};
    private static final String[] PLACES = {"VELDHAVEN", "MORROW BAY", "ESTERLUND", "CAIRNFIELD", "OLD HARLEN"};
    private static final String[] HEADERS = {"Listen to this article", "Sign in to keep reading",
        "Tap here to get our alerts", "Breaking", "Latest news"};
    private static final String[] FOOTERS = {"Related coverage", "More from our newsroom",
        "Copyright 2025. All rights reserved.", "Share on WhatsApp", "Send us your news tips",
        "Download our app for the latest updates"};

    /** Synonyms of this benchmark, chosen apart from {@link DerivationCorpus}'s list; either word replaces the other. */
    private static final String[][] SYNONYMS = {
        {"said", "noted"}, {"told", "informed"}, {"announced", "declared"}, {"confirmed", "verified"},
        {"officials", "authorities"}, {"police", "law enforcement"}, {"killed", "left dead"}, {"injured", "wounded"},
        {"hospital", "clinic"}, {"residents", "locals"}, {"people", "individuals"}, {"began", "commenced"},
        {"started", "got under way"}, {"ended", "wrapped up"}, {"large", "sizeable"}, {"huge", "enormous"},
        {"small", "modest"}, {"quickly", "swiftly"}, {"later", "afterwards"}, {"earlier", "previously"},
        {"about", "roughly"}, {"nearly", "close to"}, {"almost", "practically"}, {"more than", "in excess of"},
        {"because", "as"}, {"after", "once"}, {"during", "in the course of"}, {"while", "whereas"},
        {"city", "municipality"}, {"town", "community"}, {"country", "state"}, {"area", "district"},
        {"home", "residence"}, {"house", "dwelling"}, {"car", "automobile"}, {"road", "highway"},
        {"company", "business"}, {"firm", "enterprise"}, {"deal", "arrangement"}, {"agreement", "accord"},
        {"game", "fixture"}, {"team", "squad"}, {"player", "athlete"}, {"coach", "manager"}, {"win", "triumph"},
        {"won", "clinched"}, {"beat", "defeated"}, {"lost", "fell"}, {"film", "picture"}, {"actress", "star"},
        {"singer", "performer"}, {"album", "record"}, {"show", "programme"}, {"award", "honour"},
        {"arrested", "taken into custody"}, {"charged", "indicted"}, {"suspect", "accused"}, {"court", "bench"},
        {"trial", "hearing"}, {"victim", "casualty"}, {"died", "lost their life"}, {"death", "demise"},
        {"family", "kin"}, {"wife", "spouse"}, {"husband", "spouse"}, {"son", "boy"}, {"daughter", "girl"},
        {"fire", "inferno"}, {"earthquake", "seismic event"}, {"quake", "tremor"}, {"storm", "tempest"},
        {"damage", "destruction"}, {"building", "edifice"}, {"launched", "rolled out"}, {"released", "put out"},
        {"new", "latest"}, {"first", "initial"}, {"last", "final"}, {"major", "big"}, {"important", "crucial"},
        {"help", "aid"}, {"need", "must have"}, {"wanted", "sought"}, {"tried", "sought"}, {"found", "located"},
        {"decided", "resolved"}, {"expected", "forecast"}, {"believed", "thought"}, {"reported", "relayed"},
        {"statement", "communique"}, {"spokesman", "press officer"}, {"spokeswoman", "press officer"},
        {"president", "head of state"}, {"government", "cabinet"}, {"minister", "cabinet member"},
        {"week", "week-long period"}, {"today", "this day"}, {"also", "too"}, {"has been", "was"},
        {"will", "is set to"}, {"would", "was going to"}, {"can", "is able to"}, {"could", "might"},
        {"many", "a lot of"}, {"some", "a few"}, {"all", "every one of"}, {"most", "the majority of"},
        {"there", "at the scene"}, {"said that", "stated"}, {"according to", "citing"}, {"when", "at the time"},
        {"before", "ahead of"}, {"until", "up to"}, {"since", "ever since"}, {"near", "in the vicinity of"},
        {"at least", "a minimum of"}, {"including", "among them"}, {"such as", "like"}, {"however", "still"},
        {"but", "yet"}, {"very", "highly"}, {"big", "large-scale"}, {"years", "years' time"}, {"old", "aged"},
        {"make", "produce"}, {"made", "produced"}, {"take", "carry"}, {"took", "carried"}, {"get", "receive"},
        {"got", "received"}, {"go", "head"}, {"went", "headed"}, {"come", "arrive"}, {"came", "arrived"},
        {"see", "witness"}, {"saw", "witnessed"}, {"know", "be aware"}, {"knew", "was aware"}, {"think", "reckon"},
        {"say", "maintain"}, {"says", "maintains"}, {"time", "moment"}, {"day", "date"}, {"night", "evening"},
        {"morning", "early hours"}, {"year", "twelve-month period"}, {"number", "count"}, {"part", "portion"},
        {"place", "location"}, {"work", "labour"}, {"group", "band"}, {"members", "constituents"},
        {"man", "male"}, {"woman", "female"}, {"men", "males"}, {"women", "females"}, {"children", "youngsters"},
        {"life", "existence"}, {"world", "planet"}, {"state", "condition"}, {"left", "departed"}, {"leave", "exit"},
        {"began", "kicked off"}, {"set", "established"}, {"put", "placed"}, {"used", "utilised"}, {"use", "utilise"},
        {"called", "termed"}, {"asked", "requested"}, {"added", "went on"}, {"gave", "handed"}, {"give", "hand"}};

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“A-Z0-9])");
    /** ", X said." with a short subject: turned round to ", said X." */
    /** "on Tuesday" or "in March" inside a sentence: fronted ("On Tuesday, ..."). */
    private static final Pattern TIME_PHRASE = Pattern.compile(" ((?:on|in|late on|early on) (?:Monday|Tuesday|Wednesday|"
            + "Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
            + "December)),?");
    private static final String[][] NUMBERS = {{"two", "2"}, {"three", "3"}, {"four", "4"}, {"five", "5"}, {"six", "6"},
        {"seven", "7"}, {"eight", "8"}, {"nine", "9"}, {"ten", "10"}};
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(", ((?:[A-Z][\\w.'-]* ?){1,3}) (said|says)\\.$");

    private final Random random;
    private final long salt;
    private final Map<String, String> synonyms = new HashMap<>();
    private final Pattern synonymPattern;

    public LayeredDerivations(long seed) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.salt = seed * 0xC2B2AE3D27D4EB4FL + 17;
        for (String[] pair : SYNONYMS) {
            if (!pair[0].equals(pair[1])) {
                synonyms.putIfAbsent(pair[0].toLowerCase(Locale.ROOT), pair[1]);
                synonyms.putIfAbsent(pair[1].toLowerCase(Locale.ROOT), pair[0]);
            }
        }
        List<String> keys = new ArrayList<>(synonyms.keySet());
        keys.sort((x, y) -> x.length() != y.length() ? y.length() - x.length() : x.compareTo(y));
        synonymPattern = Pattern.compile("(?i)\\b(" + String.join("|", keys.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    /** The corpus: one story for every origin of at least 150 words the pool's events still offer. */
    public DerivationCorpus.Corpus generate(List<DerivationCorpus.PoolArticle> pool) {
        Map<String, List<DerivationCorpus.PoolArticle>> byEvent = new LinkedHashMap<>();
        for (DerivationCorpus.PoolArticle article : pool) {
            if (words(article.text()) >= 60) {
                byEvent.computeIfAbsent(article.event(), k -> new ArrayList<>()).add(article);
            }
        }
        List<DerivationCorpus.Generated> articles = new ArrayList<>();
        List<DerivationCorpus.Edge> edges = new ArrayList<>();
        List<DerivationCorpus.Story> stories = new ArrayList<>();
        LocalDateTime clock = LocalDateTime.of(2025, 9, 1, 7, 30);
        for (List<DerivationCorpus.PoolArticle> event : byEvent.values()) {
            List<DerivationCorpus.PoolArticle> left = new ArrayList<>(event);
            Collections.shuffle(left, random);
            DerivationCorpus.PoolArticle origin;
            while ((origin = take(left, 150)) != null) {
                clock = clock.plusHours(30 + random.nextInt(150));
                stories.add(story("L" + stories.size(), origin, left, clock, articles, edges));
            }
        }
        return new DerivationCorpus.Corpus(articles, edges, stories);
    }

    /** A member of a story being built: its record, how many steps from the origin, its time. */
    private record Member(DerivationCorpus.Generated article, int depth, LocalDateTime time) {
    }

    private DerivationCorpus.Story story(String storyId, DerivationCorpus.PoolArticle origin,
            List<DerivationCorpus.PoolArticle> left, LocalDateTime time, List<DerivationCorpus.Generated> articles,
            List<DerivationCorpus.Edge> edges) {
        dropSharingText(origin, left);
        boolean timed = random.nextBoolean();
        String wire = WIRES[random.nextInt(WIRES.length)];
        String originText = paragraphs(origin.text());
        if (random.nextDouble() < 0.4) {
            originText = PLACES[random.nextInt(PLACES.length)] + " (" + wire + ") — " + originText;
        }
        List<Member> members = new ArrayList<>();
        Set<String> independent = new HashSet<>();
        members.add(new Member(new DerivationCorpus.Generated(id(storyId, 0), storyId, wire, origin.title(),
                timed ? stamp(time) : null, originText), 0, time));
        independent.add(members.get(0).article().id());
        List<String> sites = new ArrayList<>(List.of(SITES));
        Collections.shuffle(sites, random);
        int derived = 3 + random.nextInt(4);
        for (int k = 1; k <= derived; k++) {
            List<Member> parents = members.stream().filter(m -> m.depth() < 3).toList();
            Member parent = random.nextDouble() < 0.45 ? members.get(0) : parents.get(random.nextInt(parents.size()));
            double roll = random.nextDouble();
            Kind kind = roll < 0.3 ? Kind.COPY : roll < 0.45 ? Kind.LEAD : roll < 0.7 ? Kind.EMBED : Kind.PARAPHRASE;
            DerivationCorpus.PoolArticle own = kind == Kind.EMBED ? take(left, 100) : null;
            if (kind == Kind.EMBED && own == null) {
                kind = Kind.PARAPHRASE;
            }
            if (own != null) {
                dropSharingText(own, left);
            }
            DerivationCorpus.Generated source = parent.article();
            String outlet = sites.get(k % sites.size());
            String text = switch (kind) {
                case COPY -> copy(source.text(), source.outlet());
                case LEAD -> lead(source.text());
                case EMBED -> embed(source.text(), paragraphs(own.text()), source.outlet());
                case PARAPHRASE -> paraphrase(source.text());
            };
            String title = switch (kind) {
                case COPY -> source.title();
                case EMBED -> own.title();
                default -> reword(source.title(), 0.5);
            };
            LocalDateTime when = parent.time().plusMinutes(15 + random.nextInt(10 * 60));
            boolean stamped = timed && random.nextDouble() >= 0.1;
            DerivationCorpus.Generated article = new DerivationCorpus.Generated(id(storyId, k), storyId, outlet, title,
                    stamped ? stamp(when) : null, text);
            members.add(new Member(article, parent.depth() + 1, when));
            edges.add(new DerivationCorpus.Edge(source.id(), article.id(), switch (kind) {
                case COPY -> "copy";
                case LEAD, EMBED -> "partial";
                case PARAPHRASE -> "rewrite";
            }));
            if (kind == Kind.EMBED) {
                independent.add(article.id());
            }
        }
        int reports = random.nextInt(3);
        for (int k = 0; k < reports; k++) {
            DerivationCorpus.PoolArticle own = take(left, 80);
            if (own == null) {
                break;
            }
            dropSharingText(own, left);
            LocalDateTime when = time.plusMinutes(random.nextInt(8 * 60) - 2 * 60);
            DerivationCorpus.Generated article = new DerivationCorpus.Generated(id(storyId, 10 + k), storyId,
                    sites.get((derived + 1 + k) % sites.size()), own.title(), timed ? stamp(when) : null,
                    paragraphs(own.text()));
            members.add(new Member(article, 0, when));
            independent.add(article.id());
        }
        members.forEach(m -> articles.add(m.article()));
        return new DerivationCorpus.Story(storyId, members.stream().map(m -> m.article().id()).toList(), independent);
    }

    /** The whole text in another site's dress: furniture, typography, at times cut short; rarely credited. */
    private String copy(String text, String sourceOutlet) {
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
        int words = words(text);
        int last = words(paragraphs.get(paragraphs.size() - 1));
        if (paragraphs.size() >= 5 && last <= 0.12 * words && random.nextDouble() < 0.35) {
            paragraphs.remove(paragraphs.size() - 1); // cut short: the end does not fit the page
        }
        List<String> out = new ArrayList<>();
        if (random.nextDouble() < 0.5) {
            out.add(HEADERS[random.nextInt(HEADERS.length)]);
        }
        boolean typography = random.nextDouble() < 0.5;
        for (String paragraph : paragraphs) {
            out.add(typography ? typography(paragraph) : paragraph);
        }
        if (random.nextDouble() < 0.6) {
            out.add(FOOTERS[random.nextInt(FOOTERS.length)]);
        }
        if (random.nextDouble() < 0.2) {
            out.add("Originally published by " + sourceOutlet + ".");
        }
        return String.join("\n\n", out);
    }

    /** Quotation marks, apostrophes, dashes and ellipses as another site's typesetting has them. */
    private static String typography(String paragraph) {
        String p = paragraph.replace("...", "…").replace(" -- ", " — ").replace(" - ", " – ");
        if (p.indexOf('“') >= 0 || p.indexOf('’') >= 0) {
            return p.replace('“', '"').replace('”', '"').replace('’', '\'').replace('‘', '\'');
        }
        return p.replaceAll("\"(?=\\S)", "“").replace('"', '”').replace('\'', '’');
    }

    /** The first sentences of the source, a teaser: 35 to 60 % of them, at least three. */
    private String lead(String text) {
        List<String> all = sentences(text);
        int size = Math.min(all.size(), Math.max(3, (int) Math.round(all.size() * (0.35 + 0.25 * random.nextDouble()))));
        return regroup(all.subList(0, size));
    }

    /** The outlet's own report with two to four consecutive sentences of the source set between its paragraphs. */
    private String embed(String source, String own, String sourceOutlet) {
        List<String> all = sentences(source);
        // An excerpt: at most half the source's sentences (a source taken whole is a copy, not an excerpt).
        int size = Math.min(Math.max(2, all.size() / 2), 2 + random.nextInt(5));
        int start = random.nextInt(all.size() - size + 1);
        List<String> taken = new ArrayList<>(all.subList(start, start + size));
        if (random.nextDouble() < 0.3) {
            String first = taken.get(0);
            taken.set(0, sourceOutlet + " reported that " + (first.length() > 1 && Character.isLowerCase(first.charAt(1))
                    ? Character.toLowerCase(first.charAt(0)) + first.substring(1) : first));
        }
        List<String> ownParagraphs = new ArrayList<>(List.of(own.split("\n\n")));
        int at = 1 + random.nextInt(Math.max(1, ownParagraphs.size()));
        ownParagraphs.add(Math.min(at, ownParagraphs.size()), String.join(" ", taken));
        return String.join("\n\n", ownParagraphs);
    }

    /**
     * The source said again: its sentences reordered within windows of four (and one lifted to the
     * top now and then), a tenth dropped, words replaced, attributions turned round, short
     * neighbours joined.
     */
    private String paraphrase(String text) {
        List<String> all = new ArrayList<>(sentences(text));
        List<String> kept = new ArrayList<>();
        for (String sentence : all) {
            if (all.size() < 5 || random.nextDouble() >= 0.1) {
                kept.add(sentence);
            }
        }
        for (int from = 0; from < kept.size(); from += 4) {
            if (random.nextDouble() < 0.5) {
                Collections.shuffle(kept.subList(from, Math.min(kept.size(), from + 4)), random);
            }
        }
        if (kept.size() > 4 && random.nextDouble() < 0.3) {
            kept.add(0, kept.remove(2 + random.nextInt(kept.size() - 2)));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String sentence = front(numbers(reword(kept.get(i), 0.8)));
            Matcher attribution = TRAILING_ATTRIBUTION.matcher(sentence);
            if (attribution.find() && random.nextBoolean()) {
                sentence = sentence.substring(0, attribution.start()) + ", " + attribution.group(2) + " "
                        + attribution.group(1).strip() + ".";
            }
            if (i + 1 < kept.size() && words(sentence) < 12 && words(kept.get(i + 1)) < 12 && random.nextDouble() < 0.3
                    && sentence.endsWith(".")) {
                String next = reword(kept.get(++i), 0.75);
                sentence = sentence.substring(0, sentence.length() - 1) + "; "
                        + (next.length() > 1 && Character.isLowerCase(next.charAt(1))
                        ? Character.toLowerCase(next.charAt(0)) + next.substring(1) : next);
            }
            out.add(sentence);
        }
        return regroup(out);
    }

    /** A time phrase in the middle of a sentence moved to its front. */
    private String front(String sentence) {
        Matcher time = TIME_PHRASE.matcher(sentence);
        if (!sentence.endsWith(".") || !time.find() || time.start() < 10 || random.nextDouble() < 0.4) {
            return sentence;
        }
        String rest = sentence.substring(0, time.start()) + sentence.substring(time.end());
        String phrase = time.group(1);
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + ", "
                + (rest.length() > 1 && Character.isLowerCase(rest.charAt(1))
                ? Character.toLowerCase(rest.charAt(0)) + rest.substring(1) : rest);
    }

    /** Small numbers written the other way (words for figures, figures for words). */
    private static String numbers(String sentence) {
        String out = sentence;
        for (String[] pair : NUMBERS) {
            out = out.replaceAll("\\b" + pair[0] + "\\b", pair[1]);
        }
        return out;
    }

    private String reword(String text, double rate) {
        if (text == null) {
            return null;
        }
        Matcher matcher = synonymPattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group(1);
            String replacement = synonyms.get(word.toLowerCase(Locale.ROOT));
            if (replacement != null && random.nextDouble() < rate) {
                replacement = Character.isUpperCase(word.charAt(0))
                        ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            } else {
                matcher.appendReplacement(out, Matcher.quoteReplacement(word));
            }
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Sentences in paragraphs of two to four. */
    private String regroup(List<String> sentences) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); ) {
            int size = Math.min(sentences.size() - i, 2 + random.nextInt(3));
            paragraphs.add(String.join(" ", sentences.subList(i, i + size)));
            i += size;
        }
        return String.join("\n\n", paragraphs);
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n\n")) {
            for (String sentence : SENTENCE.split(paragraph.strip())) {
                if (!sentence.isBlank()) {
                    out.add(sentence.strip());
                }
            }
        }
        return out;
    }

    /** The text's non-blank lines as paragraphs separated by blank lines. */
    private static String paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return String.join("\n\n", out);
    }

    /** The first pool article of at least {@code minWords} words, taken out of the pool. */
    private static DerivationCorpus.PoolArticle take(List<DerivationCorpus.PoolArticle> left, int minWords) {
        for (int i = 0; i < left.size(); i++) {
            if (words(left.get(i).text()) >= minWords) {
                return left.remove(i);
            }
        }
        return null;
    }

    /** Pool articles that share a 7-word run with {@code used} are left out: their lineage is unknown. */
    private static void dropSharingText(DerivationCorpus.PoolArticle used, List<DerivationCorpus.PoolArticle> left) {
        long[] mine = Shingles.distinct(Shingles.of(Tokenizer.WORDS.tokens(used.text()), 7));
        left.removeIf(other -> Shingles.shared(mine,
                Shingles.distinct(Shingles.of(Tokenizer.WORDS.tokens(other.text()), 7))) > 0);
    }

    private String id(String storyId, int index) {
        long h = (salt + storyId.hashCode() * 31L + index) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return String.format(Locale.ROOT, "n%012x", h & 0xFFFFFFFFFFFFL);
    }

    private static String stamp(LocalDateTime time) {
        return time.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static int words(String text) {
        return Tokenizer.WORDS.tokens(text).size();
    }
}

package dev.corroborate.cluster;

import dev.corroborate.cluster.StoryClusterer.Settings;
import dev.corroborate.model.Article;
import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether two events' leads tell two happenings of one storyline, one after the other, from the
 * text alone: what keeps a follow-up apart when no publication time does. A follow-up's lead says
 * what happened and what it came after: "the council ends the contract after the audit", "the
 * union walks out following the vote", "weeks after the ruling". The words after such a marker
 * ({@code follow-up-markers.txt}), to the end of the clause, are the <em>earlier</em> happening;
 * the words before it are the lead's own <em>action</em>. Such a lead tells a later happening than
 * other leads when all of these hold:
 * <ul>
 *   <li>the earlier happening is what those leads are about (a word of it named by
 *       {@link Settings#identityShare()} of them) and what they tell as still to come: a word after a
 *       pending cue in one of them ({@code pending-cues.txt}: "a forthcoming audit", "moves to block
 *       the vote", "delays the ruling"). Leads that tell the fire as past are its own coverage, and
 *       "the shop in ruins after the fire" is part of it;</li>
 *   <li>its action is new to them: at least {@link Settings#followUpActionWords()} of its words are
 *       words those leads never name (the same actors, another action);</li>
 *   <li>those leads put nothing after the same happening (then they are fellow follow-ups).</li>
 * </ul>
 * Markers are looked for in the headline and in the text's first sentence of some length, where a
 * news article says what happened; the lead ({@link Settings#leadWords()} words) is what a side
 * names or tells as pending. Words are compared lightly stemmed, without stop words, days, months
 * and numbers. Immutable and thread-safe.
 */
final class FollowUps {

    /**
     * One marker in a lead: the words of the earlier happening it names, and the words of the
     * lead's action before it (both stems).
     */
    record FollowUp(Set<String> earlier, Set<String> action) {
    }

    /**
     * What the clustering keeps of an article's lead for this test: the stems of its words, those it
     * tells as still to come (usually none), and the follow-ups its headline and first sentence tell
     * (usually none).
     */
    record Lead(Set<String> terms, Set<String> pending, List<FollowUp> followUps) {
    }

    /** The lead of an article when the rule is off: nothing to compare. */
    private static final Lead NONE = new Lead(Set.of(), Set.of(), List.of());

    private static final Set<String> STOP = WordLists.set(FollowUps.class, "stop-words.txt");
    private static final Set<String> CALENDAR = WordLists.set(FollowUps.class, "calendar-words.txt");
    private static final Set<String> DISTANCE = WordLists.set(FollowUps.class, "time-distance-words.txt");
    private static final Set<String> PENDING = WordLists.set(FollowUps.class, "pending-cues.txt").stream()
            .map(LightStemmer::stem).collect(Collectors.toUnmodifiableSet());
    private static final List<String[]> MARKERS = WordLists.list(FollowUps.class, "follow-up-markers.txt").stream()
            .map(marker -> marker.split(" ")).toList();

    /** A sentence shorter than this is a dateline, a kicker or a caption, not the lead sentence. */
    private static final int LEAD_SENTENCE_WORDS = 8;
    /** Characters of text read for each word of the lead: far more than any real word takes, spaces included. */
    private static final int LEAD_CHARS_PER_WORD = 40;
    /** The earlier happening is read from at most this many words after the marker. */
    private static final int EARLIER_WORDS = 8;
    /** Where the clause of the earlier happening ends, besides the end of the sentence. */
    private static final String CLAUSE_ENDS = ",;:.!?()[]\u2013\u2014|";

    private final Settings settings;

    FollowUps(Settings settings) {
        this.settings = settings;
    }

    /** What the article's lead names, tells as pending, and tells as following something else. */
    Lead of(Article article) {
        if (settings.followUpActionWords() == 0) {
            return NONE;
        }
        String title = article.title();
        String text = article.text(); // joined from the paragraphs at every call: once here
        String all = title.isEmpty() ? text : title + "\n" + text;
        Set<String> terms = new TreeSet<>();
        Set<String> pending = new TreeSet<>();
        // The lead is at the start: its words are read from a stretch that surely holds them.
        List<Token> tokens = Tokenizer.COMPOUND_WORDS.tokens(all, 0,
                Math.min(all.length(), LEAD_CHARS_PER_WORD * settings.leadWords()));
        int leadEnd = Math.min(tokens.size(), settings.leadWords());
        for (int i = 0; i < leadEnd; i++) {
            String stem = content(tokens.get(i));
            if (stem != null) {
                terms.add(stem);
                if (PENDING.contains(stem)) {
                    clause(all, tokens, i + 1, leadEnd, pending);
                }
            }
        }
        List<FollowUp> followUps = new ArrayList<>();
        read(title, 0, title.length(), followUps);
        int[] sentence = leadSentence(text);
        if (sentence != null) {
            read(text, sentence[0], sentence[1], followUps);
        }
        return new Lead(terms, pending, List.copyOf(followUps));
    }

    /**
     * Whether {@code followUp} tells of a happening after the one told by {@code leads} leads that
     * name {@code terms} (how many name each), tell {@code pending} as still to come and put
     * {@code earlier} before their own actions: it came after something most of those leads name
     * and tell as pending, its own action is new to them, and they do not come after the same thing.
     */
    boolean follows(FollowUp followUp, LeadWordCounts terms, int leads, Set<String> pending, Set<String> earlier) {
        boolean named = false;
        for (String word : followUp.earlier()) {
            if (earlier.contains(word)) {
                return false;
            }
            named |= terms.count(word) >= settings.identityShare() * leads && pending.contains(word);
        }
        if (!named) {
            return false;
        }
        int fresh = 0;
        for (String word : followUp.action()) {
            if (!terms.contains(word) && ++fresh >= settings.followUpActionWords()) {
                return true;
            }
        }
        return false;
    }

    /** Whether one event's leads tell of a later happening than the other's, either way round. */
    boolean apart(EventState a, EventState b) {
        return !a.pending.isEmpty() && later(b, a.leadTerms, a.articles.size(), a.pending, a.earlier)
                || !b.pending.isEmpty() && later(a, b.leadTerms, b.articles.size(), b.pending, b.earlier);
    }

    /** Whether an article's lead and an event's leads tell happenings one after the other, either way round. */
    boolean apart(Lead lead, EventState event) {
        if (!event.pending.isEmpty()) {
            for (FollowUp followUp : lead.followUps()) {
                if (follows(followUp, event.leadTerms, event.articles.size(), event.pending, event.earlier)) {
                    return true;
                }
            }
        }
        if (lead.pending().isEmpty() || event.followUps.isEmpty()) {
            return false; // nothing told as still to come here, or nothing told as following there
        }
        return later(event, LeadWordCounts.ofLead(lead.terms()), 1, lead.pending(), earlier(lead));
    }

    /**
     * Whether most of {@code event}'s articles ({@link Settings#identityShare()}) have a lead that
     * follows the happening of leads naming {@code terms} with {@code earlier} before their actions.
     */
    private boolean later(EventState event, LeadWordCounts terms, int leads, Set<String> pending, Set<String> earlier) {
        if (event.followUps.isEmpty()) {
            return false;
        }
        int following = 0;
        for (List<FollowUp> ofOneArticle : event.followUps) {
            for (FollowUp followUp : ofOneArticle) {
                if (follows(followUp, terms, leads, pending, earlier)) {
                    following++;
                    break;
                }
            }
        }
        return following > 0 && following >= settings.identityShare() * event.articles.size();
    }

    /** The earlier happenings a lead names, as one set of stems. */
    static Set<String> earlier(Lead lead) {
        if (lead.followUps().isEmpty()) {
            return Set.of();
        }
        Set<String> earlier = new TreeSet<>();
        lead.followUps().forEach(f -> earlier.addAll(f.earlier()));
        return earlier;
    }

    /**
     * The first sentence of the text with at least {@link #LEAD_SENTENCE_WORDS} words, as start and
     * end offsets (a line break ends a sentence too), or {@code null}; searched within the lead.
     */
    private int[] leadSentence(String text) {
        int start = 0;
        int wordsSeen = 0;
        while (start < text.length() && wordsSeen < settings.leadWords()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && !SentenceSplitter.endsSentenceAt(text, end)) {
                end++;
            }
            int words = (int) Tokenizer.COMPOUND_WORDS.tokens(text, start, end).stream().filter(Token::isWord).count();
            if (words >= LEAD_SENTENCE_WORDS) {
                return new int[] {start, end};
            }
            wordsSeen += words;
            start = end + 1;
        }
        return null;
    }

    /** Adds the follow-ups told between {@code from} and {@code to} of {@code text}. */
    private void read(String text, int from, int to, List<FollowUp> out) {
        List<Token> tokens = Tokenizer.COMPOUND_WORDS.tokens(text, from, to);
        int actionFrom = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int length = markerAt(tokens, i);
            if (length == 0) {
                continue;
            }
            Set<String> action = new TreeSet<>();
            int actionTo = i;
            while (actionTo > actionFrom && DISTANCE.contains(tokens.get(actionTo - 1).folded())) {
                actionTo--; // "weeks after": the distance belongs to the marker
            }
            for (int k = actionFrom; k < actionTo; k++) {
                String stem = content(tokens.get(k));
                if (stem != null) {
                    action.add(stem);
                }
            }
            Set<String> earlier = new TreeSet<>();
            int k = clause(text, tokens, i + length, tokens.size(), earlier);
            if (!earlier.isEmpty() && !action.isEmpty()) {
                out.add(new FollowUp(Set.copyOf(earlier), Set.copyOf(action)));
            }
            actionFrom = k;
            i = k - 1;
        }
    }

    /**
     * Adds the content words from token {@code from} to the end of its clause (at most
     * {@link #EARLIER_WORDS} tokens, never {@code to} or past it) to {@code out}; returns the
     * token after the last one read.
     */
    private static int clause(String text, List<Token> tokens, int from, int to, Set<String> out) {
        int k = from;
        for (int read = 0; k < to && read < EARLIER_WORDS; k++, read++) {
            if (k > from && clauseEndsBetween(text, tokens.get(k - 1), tokens.get(k))) {
                break;
            }
            String stem = content(tokens.get(k));
            if (stem != null) {
                out.add(stem);
            }
        }
        return k;
    }

    /**
     * How many tokens the marker at {@code i} takes, or 0 when none stands there. "The following
     * week" and "a following report" are no markers.
     */
    private static int markerAt(List<Token> tokens, int i) {
        for (String[] marker : MARKERS) {
            if (i + marker.length > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < marker.length && matches; k++) {
                matches = tokens.get(i + k).folded().equals(marker[k]);
            }
            if (!matches) {
                continue;
            }
            if (marker.length == 1 && marker[0].equals("following") && i > 0
                    && Arrays.asList("the", "a", "an").contains(tokens.get(i - 1).folded())) {
                continue;
            }
            return marker.length;
        }
        return 0;
    }

    /** Whether a clause ends between two tokens: a comma, a dash, a parenthesis... stands between them. */
    private static boolean clauseEndsBetween(String text, Token before, Token after) {
        for (int c = before.end(); c < after.start(); c++) {
            char ch = text.charAt(c);
            if (CLAUSE_ENDS.indexOf(ch) >= 0 || (ch == '-' && c > before.end() && Character.isWhitespace(text.charAt(c - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The stem of a word that says what a lead is about, or {@code null} for stop words, days, months and numbers. */
    private static String content(Token t) {
        if (!t.isWord() || t.isNumber()) {
            return null;
        }
        String lower = LightStemmer.withoutPossessive(t.folded());
        if (lower.length() < 2 || STOP.contains(lower) || CALENDAR.contains(lower)) {
            return null;
        }
        return LightStemmer.stem(lower);
    }
}

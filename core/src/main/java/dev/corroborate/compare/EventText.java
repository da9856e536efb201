package dev.corroborate.compare;

import dev.corroborate.model.Article;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.TextSpan;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The texts of one event's articles, read once, with their quotes: what every kind of difference
 * reads. Articles are numbered in the event's order. Not thread-safe (built and read by one comparison).
 */
final class EventText {

    private final ComparedEvent event;
    private final List<String> texts = new ArrayList<>();
    private final List<List<FoundQuote>> quotes = new ArrayList<>();
    private final LocalDate eventDate;
    private final List<List<TextSpan>> sentences = new ArrayList<>();
    private final List<List<List<Token>>> prose = new ArrayList<>();
    private final List<List<List<List<Token>>>> runs = new ArrayList<>();

    EventText(ComparedEvent event) {
        this(event, java.util.Map.of());
    }

    /**
     * The event's texts, with the sentences of the articles in {@code keptSentences} (article id → its
     * {@link #sentences}, as an earlier comparison split them: the text under an id never changes) taken
     * as they are instead of split again.
     */
    EventText(ComparedEvent event, java.util.Map<String, List<TextSpan>> keptSentences) {
        this.event = event;
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (Article article : event.articles()) {
            index.put(article.id(), texts.size());
            texts.add(article.text());
            quotes.add(new ArrayList<>());
        }
        for (FoundQuote quote : event.quotes()) {
            Integer at = index.get(quote.articleId());
            if (at != null) {
                quotes.get(at).add(quote);
            }
        }
        for (List<FoundQuote> list : quotes) {
            list.sort(Comparator.comparingInt(q -> q.quote().start()));
        }
        LocalDate earliest = null;
        for (Article article : event.articles()) {
            if (article.published() != null) {
                LocalDate date = article.published().local().toLocalDate();
                earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
            }
        }
        this.eventDate = earliest;
        for (int i = 0; i < texts.size(); i++) {
            List<TextSpan> kept = keptSentences.get(event.articles().get(i).id());
            // Spans past the text are not this text's: split again.
            boolean fits = kept != null && (kept.isEmpty() || kept.get(kept.size() - 1).end() <= texts.get(i).length());
            sentences.add(fits ? kept : null);
            prose.add(null);
            runs.add(null);
        }
    }

    /**
     * The article's sentences ({@link SentenceSplitter}), split once; a sentence the splitter ends after an
     * abbreviated month whose day follows ("Nov. 19, 2009") is joined again with the rest of it.
     */
    List<TextSpan> sentences(int article) {
        if (sentences.get(article) == null) {
            sentences.set(article, joinedAtMonths(texts.get(article), SentenceSplitter.split(texts.get(article))));
        }
        return sentences.get(article);
    }

    private static List<TextSpan> joinedAtMonths(String text, List<TextSpan> split) {
        List<TextSpan> joined = new ArrayList<>(split.size());
        for (TextSpan span : split) {
            int last = joined.size() - 1;
            if (last >= 0 && Character.isDigit(text.charAt(span.start()))
                    && endsWithMonthAbbreviation(text, joined.get(last))) {
                joined.set(last, new TextSpan(joined.get(last).start(), span.end()));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    private static boolean endsWithMonthAbbreviation(String text, TextSpan span) {
        int period = span.end() - 1;
        if (period <= span.start() || text.charAt(period) != '.') {
            return false;
        }
        int s = period;
        while (s > span.start() && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return DateFacts.isMonthAbbreviation(Tokenizer.fold(text.substring(s, period)));
    }

    /** The {@link Tokenizer#PROSE} tokens of the article's sentence {@code index}, tokenized once. */
    List<Token> prose(int article, int index) {
        if (prose.get(article) == null) {
            List<List<Token>> all = new ArrayList<>();
            for (TextSpan sentence : sentences(article)) {
                all.add(Tokenizer.PROSE.tokens(texts.get(article), sentence.start(), sentence.end()));
            }
            prose.set(article, all);
        }
        return prose.get(article).get(index);
    }

    /**
     * The {@link Tokenizer#WORDS} tokens of the article's sentence {@code index}, made from its {@link #prose}
     * tokens ({@link #wordsOf}) rather than by reading the text a second time.
     */
    List<Token> words(int article, int index) {
        TextSpan sentence = sentences(article).get(index);
        return wordsOf(texts.get(article), sentence.start(), prose(article, index));
    }

    /**
     * What {@link Tokenizer#WORDS} makes of {@code text} from {@code from} on, up to the end of the last of
     * {@code prose} (the {@link Tokenizer#PROSE} tokens of the same stretch, made from {@code from}), with
     * every token equal. A {@code WORDS} word lies inside a {@code PROSE} word: {@code PROSE} joins
     * across more marks ({@code ' ’ - .}, before a letter or a digit), keeps combining marks and an
     * abbreviation's period, and its punctuation tokens hold no letter or digit. So a {@code PROSE} word
     * of letters and digits only is one {@code WORDS} word, and any other is cut again by {@code WORDS}
     * alone; only whether each opens a sentence is read again, {@code WORDS} keeping no punctuation
     * token to look back to.
     */
    static List<Token> wordsOf(String text, int from, List<Token> prose) {
        List<Token> words = new ArrayList<>(prose.size());
        int lastEnd = from;
        for (int t = 0; t < prose.size(); t++) {
            Token token = prose.get(t);
            String surface = token.surface();
            if (surface.length() == 1 && !Character.isLetterOrDigit(surface.charAt(0))) {
                continue; // a punctuation mark (a word of one code point past U+FFFF is two chars)
            }
            boolean plain = true;
            for (int i = 0; i < surface.length() && plain; i++) {
                plain = Character.isLetterOrDigit(surface.charAt(i));
            }
            if (plain) {
                lastEnd = add(words, text, lastEnd, token);
            } else {
                for (Token part : Tokenizer.WORDS.tokens(text, token.start(), token.end())) {
                    lastEnd = add(words, text, lastEnd, part);
                }
            }
        }
        return words;
    }

    /** Adds a word, opening a sentence as {@link #wordsOf} reads it again; returns where it ends. */
    private static int add(List<Token> words, String text, int lastEnd, Token part) {
        boolean opens = opensSentence(text, lastEnd, part.start(), words.isEmpty());
        words.add(opens == part.opensSentence() ? part
                : new Token(part.start(), part.end(), part.surface(), part.folded(), opens));
        return part.end();
    }

    /**
     * {@link Tokenizer}'s rule for a token without punctuation tokens before it: the last character since the
     * previous word (ending at {@code lastEnd}) that is a line break or not white space, or else a line break
     * for the first word and none after a word, is a line break or a sentence opener.
     */
    private static boolean opensSentence(String text, int lastEnd, int start, boolean first) {
        return Tokenizer.opensSentence(text, lastEnd, start, first ? '\n' : 'a');
    }

    /**
     * What {@code cut} makes of the {@link #prose} tokens of the article's sentence {@code index}, made
     * once: {@link PersonGender}'s runs of capitalised words, which it reads twice over the event (one
     * {@code cut} per event text).
     */
    List<List<Token>> runs(int article, int index, java.util.function.Function<List<Token>, List<List<Token>>> cut) {
        if (runs.get(article) == null) {
            runs.set(article, new ArrayList<>(java.util.Collections.nCopies(sentences(article).size(), null)));
        }
        List<List<Token>> made = runs.get(article).get(index);
        if (made == null) {
            made = cut.apply(prose(article, index));
            runs.get(article).set(index, made);
        }
        return made;
    }

    ComparedEvent event() {
        return event;
    }

    int size() {
        return texts.size();
    }

    String text(int article) {
        return texts.get(article);
    }

    String articleId(int article) {
        return event.articles().get(article).id();
    }

    /**
     * The date the article's relative dates are resolved against: its publication date, or, when
     * unknown, the earliest known of the event (its articles report one happening); {@code null}
     * when no article of the event has one.
     */
    LocalDate published(int article) {
        var time = event.articles().get(article).published();
        return time == null ? eventDate : time.local().toLocalDate();
    }

    List<FoundQuote> quotes(int article) {
        return quotes.get(article);
    }

    /**
     * Whether {@code [start, end)} of the article lies inside the quoted words of a quote that belongs to a
     * quote group: the attribution a joined quote spans ("…,'' she said. ''…") is the article's own words.
     * With {@code markedOnly}, reported speech (a quote with no quotation marks, the article's own
     * paraphrase) covers nothing.
     */
    boolean insideGroupedQuote(int article, int start, int end, boolean markedOnly) {
        for (FoundQuote quote : quotes.get(article)) {
            if (quote.groupId() == null || start < quote.quote().start() || quote.quote().end() < end) {
                continue;
            }
            List<int[]> pieces = QuoteDifferences.quotedPieces(quote.quote().text());
            if (markedOnly && pieces.size() == 1 && pieces.get(0)[0] == 0 && pieces.get(0)[1] == quote.quote().text().length()) {
                continue;
            }
            for (int[] piece : pieces) {
                if (quote.quote().start() + piece[0] <= start && end <= quote.quote().start() + piece[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code offset} of the article lies inside any quote. */
    boolean insideQuote(int article, int offset) {
        for (FoundQuote quote : quotes.get(article)) {
            if (quote.quote().start() <= offset && offset < quote.quote().end()) {
                return true;
            }
        }
        return false;
    }

    /** The value an article gives: its text between the offsets. */
    Discrepancy.Value value(int article, int start, int end, String normalized) {
        return new Discrepancy.Value(articleId(article), texts.get(article).substring(start, end), start, end, normalized);
    }

    /** A discrepancy of this event, its values in article order then text order. */
    Discrepancy discrepancy(Discrepancy.Kind kind, Discrepancy.Verdict verdict, List<Discrepancy.Value> values,
                            String explanation) {
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            order.put(articleId(i), i);
        }
        List<Discrepancy.Value> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing((Discrepancy.Value v) -> order.getOrDefault(v.articleId(), -1))
                .thenComparingInt(Discrepancy.Value::start));
        return new Discrepancy(event.eventId(), kind, verdict, sorted, explanation);
    }

    /** A value's text in quotation marks, for explanations. */
    static String quoted(String text) {
        return "\u201C" + text + "\u201D";
    }
}

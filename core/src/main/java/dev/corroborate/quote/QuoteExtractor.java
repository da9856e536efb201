package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteKind;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.WordCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quotes of one article and who said them.
 *
 * <p>Direct quotes are the spans between quotation marks ({@link QuotationMarks}); a quote broken
 * by its attribution ({@code "Yes," she said, "we will."}) is one quote. The speaker comes from
 * the words around the quote, tried in this order: the attribution right after it ({@code ", X
 * said"}, {@code ", said X"}), the attribution before it in the same sentence ({@code X said:},
 * {@code according to X,}, {@code X says the plan is "dead"}), a paragraph ending in a colon
 * that introduces it, a signature ({@code "..." ― Name}), the subject of the sentence whose speech
 * verb has no speaker of its own, and finally the previous quote's speaker when the quote opens
 * the next paragraph and nothing else is said; such a continuation is part of the previous quote.
 * A clause after a speech verb (or its "that") counts as a direct quote when quoted words are at
 * least half of it, and as reported speech holding a partial quote otherwise. A short quoted term
 * with no speech around it is a scare quote or a title and is not reported. Pronouns, "the
 * spokesman" and surnames are resolved to the fullest compatible name the article gave before.
 * Reported speech ({@code X said that ...}) outside quotation marks is the second kind.
 *
 * <p>The jobs are done by {@link QuoteJoiner} (one quote out of spans broken by their attribution),
 * {@link Attributions} (the speaker's attribution), {@link NounPhrases} (the speaker's words),
 * {@link MentionResolver} (pronouns, descriptions and surnames), {@link Clauses} (direct or
 * reported) and {@link ReportedSpeech}; the thresholds are {@link QuoteSettings}.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuoteExtractor {

    /**
     * What the default extractor's findings depend on, as a stamp kept beside kept findings: kept under
     * another stamp, every article is extracted again. Bump the version when the extraction code
     * changes what it finds.
     */
    public static final String SETTINGS_STAMP = dev.corroborate.text.Stamps.of("quotes 3", QuoteSettings.DEFAULTS);

    private final QuoteSettings settings;
    private final SentenceBounds sentences;
    private final Clauses clauses;
    private final QuoteJoiner joiner;
    private final Attributions attributions;
    private final MentionResolver mentions;
    private final ReportedSpeech reported;

    /** An extractor with {@link QuoteSettings#DEFAULTS}. */
    public QuoteExtractor() {
        this(QuoteSettings.DEFAULTS);
    }

    public QuoteExtractor(QuoteSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        this.sentences = new SentenceBounds(settings);
        this.clauses = new Clauses(settings, sentences);
        NounPhrases phrases = new NounPhrases(settings);
        FollowingAttribution following = new FollowingAttribution(settings, sentences, phrases);
        this.joiner = new QuoteJoiner(settings, following);
        this.attributions = new Attributions(sentences, phrases, following,
                new PrecedingAttribution(settings, sentences, phrases));
        this.mentions = new MentionResolver(settings);
        this.reported = new ReportedSpeech(settings, phrases, following);
    }

    /**
     * The quotes of an article's text, direct and reported, in order of their offsets, each with its
     * speaker (or {@code null}) and cue. Never {@code null}; the list is unmodifiable.
     */
    public List<Quote> extract(String text) {
        MentionResolver.ArticleWords allWords = new MentionResolver.ArticleWords(text);
        List<QuoteJoiner.Joined> spans = joiner.join(text, QuotationMarks.find(text));
        List<Quote> quotes = new ArrayList<>();
        Attribution previous = null;
        int previousEnd = -1;
        int consumedUntil = -1;
        for (QuoteJoiner.Joined joined : spans) {
            QuotationMarks.Span span = joined.span();
            if (span.start() < consumedUntil) {
                continue;
            }
            Attribution attribution = joined.inner() != null ? joined.inner() : attributions.attribute(text, span);
            int words = WordCount.words(text, span.start(), span.end());
            boolean continues = false;
            if (attribution == null && previous != null && clauses.followsClosely(text, previousEnd, span.start())
                    && words >= settings.minWordsWithoutCue()) {
                attribution = previous.continued();
                continues = true;
            }
            if (attribution == null && (words < settings.minWordsWithoutCue() || !clauses.readsAsSpeech(text, span))) {
                continue;
            }
            if (attribution == null) {
                // Unattributed and inside a sentence of the reporter's: a title or a borrowed phrase.
                int sentence = sentences.sentenceStart(text, span.start());
                int clauseEnd = clauses.clauseEnd(text, span.end());
                if (Clauses.quotedChars(text, sentence, clauseEnd)
                        < settings.unattributedQuotedShare() * (clauseEnd - sentence)) {
                    continue;
                }
            }
            if (attribution != null && attribution.mention() == null && words < settings.minWordsAttributed()) {
                continue;
            }
            if (attribution != null && words < settings.minWordsAttributed() && !attribution.adjacent()) {
                continue;
            }
            SpeakerMention speaker = attribution == null || attribution.mention() == null ? null
                    : mentions.resolve(text, allWords, attribution.mention(), quotes, span.start());
            QuoteKind kind = QuoteKind.DIRECT;
            int start = span.start();
            int end = span.end();
            // "said on Monday: “…”": the words up to a colon are the reporter's, and the quote starts after it, when
            // it stands right after the colon and closes its clause ("said there were two problems: “chronic
            // underfunding” and staff shortages" stays reported speech).
            int contentFrom = attribution == null ? -1 : attribution.contentFrom();
            if (contentFrom >= 0 && Clauses.afterColon(text, contentFrom, span.start()) == span.start()
                    && Clauses.closesItsClause(text, span)) {
                contentFrom = span.start();
            }
            if (contentFrom >= 0 && contentFrom < span.start()) {
                // Words of the reporter's own before the quote: reported speech holding a partial quote
                // when most of the clause is not quoted, a direct quote introduced in the clause otherwise.
                int clauseEnd = Clauses.closesItsClause(text, span) ? span.end() : clauses.clauseEnd(text, span.end());
                // The share counts the whole clause after the verb (or its "that"), not only the lead-in kept in the quote.
                int shareFrom = Clauses.afterThat(text, contentFrom, span.start());
                start = shareFrom > contentFrom ? shareFrom : clauses.leadIn(text, contentFrom, span.start());
                boolean mostlyQuoted = Clauses.quotedChars(text, shareFrom, clauseEnd)
                        >= settings.directClauseQuotedShare() * (clauseEnd - shareFrom);
                if (!mostlyQuoted) {
                    kind = QuoteKind.REPORTED;
                    end = clauseEnd;
                    // Quoted words further on in the clause are part of this reported speech, not quotes of their own.
                    consumedUntil = end;
                } else {
                    if (Clauses.describedAs(text, contentFrom, span.start())) {
                        // "denounced the report as “…”": what it was called starts at the mark, the object is the reporter's.
                        start = span.start();
                    }
                    // 'a "serial liar" who is "utterly amoral," a "bully"': the quote runs to the clause's last quoted words.
                    end = Math.max(end, Clauses.lastQuotedEnd(text, span.end(), clauseEnd));
                    consumedUntil = end;
                }
            }
            boolean introduced = attribution != null && attribution.cueEnd() <= span.start()
                    && WordCount.words(text, attribution.cueEnd(), span.start()) == 0;
            if (kind == QuoteKind.DIRECT && words < settings.embeddedQuoteMaxWords() && !introduced
                    && clauses.embedded(text, span)) {
                // A few quoted words in the middle of the reporter's sentence: a partial quote.
                kind = QuoteKind.REPORTED;
            }
            Quote last = quotes.isEmpty() ? null : quotes.get(quotes.size() - 1);
            if (last != null && start < last.end() && last.kind() == QuoteKind.REPORTED && span.start() >= last.end()) {
                // The lead-in reached back into the reported statement before: this quote starts at its own mark.
                // (After a direct quote the overlap is left: on PolNeAR, cutting it there costs more than it gains.)
                start = span.start();
            }
            if (continues && kind == QuoteKind.DIRECT && last != null && last.kind() == QuoteKind.DIRECT
                    && last.end() == previousEnd && QuotationMarks.find(text.substring(last.end(), start)).isEmpty()) {
                // The statement goes on after its attribution, in the same paragraph or the next: one quote.
                quotes.set(quotes.size() - 1, new Quote(last.kind(), last.start(), end, text.substring(last.start(), end),
                        last.speaker(), last.cue(), last.cueStart(), last.cueEnd()));
                previousEnd = end;
                continue;
            }
            quotes.add(new Quote(kind, start, end, text.substring(start, end),
                    speaker, attribution == null ? "" : attribution.cue(text),
                    attribution == null ? -1 : attribution.cueStart(), attribution == null ? -1 : attribution.cueEnd()));
            if (attribution != null && attribution.mention() != null) {
                previous = attribution;
                previousEnd = span.end();
            }
        }
        List<Quote> found = reported.find(text, quotes);
        // A partial quote inside a statement found as reported speech is part of that statement.
        quotes.removeIf(q -> found.stream().anyMatch(f -> f.start() <= q.start() && q.end() <= f.end()));
        quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        for (Quote quote : found) {
            // "He added that …" right after Ekdahl's words is Ekdahl's: resolved as direct quotes are.
            List<Quote> earlier = quotes.stream().filter(q -> q.start() < quote.start()).toList();
            SpeakerMention speaker = mentions.resolve(text, allWords, quote.speaker(), earlier, quote.start());
            quotes.add(speaker == quote.speaker() ? quote : new Quote(quote.kind(), quote.start(), quote.end(), quote.text(),
                    speaker, quote.cue(), quote.cueStart(), quote.cueEnd()));
            quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        }
        return List.copyOf(quotes);
    }
}

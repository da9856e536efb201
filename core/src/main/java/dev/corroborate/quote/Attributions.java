package dev.corroborate.quote;

import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.List;

/**
 * Finds who a quote is attributed to, trying in this order: the attribution right after it, the
 * attribution before it in its sentence, a colon introduction, the sentence before, a signature,
 * and finally the subject of the sentence whose speech verb has no speaker of its own. Returns
 * {@code null} when nothing attributes the quote. Immutable and thread-safe.
 */
final class Attributions {

    private final SentenceBounds sentences;
    private final NounPhrases phrases;
    private final FollowingAttribution following;
    private final PrecedingAttribution preceding;

    Attributions(SentenceBounds sentences, NounPhrases phrases, FollowingAttribution following,
                 PrecedingAttribution preceding) {
        this.sentences = sentences;
        this.phrases = phrases;
        this.following = following;
        this.preceding = preceding;
    }

    Attribution attribute(String text, QuotationMarks.Span span) {
        Attribution after = following.after(text, span);
        if (after != null) {
            return after;
        }
        Attribution before = preceding.before(text, span.start());
        if (before != null && before.mention() != null) {
            return before;
        }
        Attribution colon = preceding.colonIntroduction(text, span.start());
        if (colon != null) {
            return colon;
        }
        Attribution previous = preceding.previousSentence(text, span.start());
        if (previous != null) {
            return previous;
        }
        Attribution signed = following.signature(text, span.end());
        if (signed != null || before == null) {
            return signed;
        }
        // "Moore thanked him for saying \"...\"": speech with no speaker next to its verb; the subject of the sentence said it.
        int from = sentences.sentenceStart(text, span.start());
        List<Token> tokens = Tokenizer.PROSE.tokens(text, from, span.start());
        int verb = 0;
        while (verb < tokens.size() && tokens.get(verb).start() < before.cueStart()) {
            verb++;
        }
        SpeakerMention subject = phrases.clauseSubject(text, tokens, verb, "X ... said");
        return subject == null ? before
                : new Attribution(subject, before.cueStart(), before.cueEnd(), before.adjacent(), before.contentFrom());
    }
}

package dev.corroborate.quote;

import dev.corroborate.text.Token;
import dev.corroborate.text.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * The words that introduce speech ("said", "told", "according to") and the small words around
 * speakers, read from the word lists beside this class (speech-verbs.txt and the others). Every
 * test folds the word with {@link Locale#ROOT}. Stateless and thread-safe.
 */
final class SpeechCues {

    private SpeechCues() {
    }

    private static final Set<String> VERBS = WordLists.set(SpeechCues.class, "speech-verbs.txt");

    /** Speech verbs that only report speech when something quoted follows or a clause does. */
    private static final Set<String> WEAK = WordLists.set(SpeechCues.class, "weak-speech-verbs.txt");

    private static final Set<String> PRONOUNS = WordLists.set(SpeechCues.class, "pronouns.txt");

    private static final Set<String> ADVERBS = WordLists.set(SpeechCues.class, "adverbs.txt");

    private static final Set<String> DETERMINERS = WordLists.set(SpeechCues.class, "determiners.txt");

    private static final Set<String> NAME_PARTICLES = WordLists.set(SpeechCues.class, "name-particles.txt");

    /** Words that open a sentence but never a speaker: conjunctions and prepositions. */
    private static final Set<String> FUNCTION_WORDS = WordLists.set(SpeechCues.class, "function-words.txt");

    /**
     * Further small words that open sentences and are never the first word of a name ("If", "Does",
     * "Thanks"); with {@link #FUNCTION_WORDS} they make {@link #opensSentenceNotName}.
     */
    private static final Set<String> SENTENCE_OPENERS = WordLists.set(SpeechCues.class, "sentence-openers.txt");

    private static final Set<String> AUXILIARIES = WordLists.set(SpeechCues.class, "auxiliaries.txt");

    /** Verbs that attribute a quote only when they come right after it ("... ," Toomey fumed). */
    private static final Set<String> AFTER_QUOTE = WordLists.set(SpeechCues.class, "verbs-after-quote.txt");

    /** Speech verbs that are never nouns: "said", "told", "wrote". */
    private static final Set<String> VERB_ONLY = WordLists.set(SpeechCues.class, "verbs-never-nouns.txt");

    /** The cues that always report speech ("said", "told", "according to"; not "called" or "described"). */
    private static final Set<String> ALWAYS_REPORTING = WordLists.set(SpeechCues.class, "always-reporting-cues.txt");

    static boolean opensSentenceNotName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return FUNCTION_WORDS.contains(lower) || SENTENCE_OPENERS.contains(lower);
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "a" in "a dit", "hat" in "hat gesagt": an auxiliary before a speech verb. */
    static boolean isAuxiliary(String word) {
        return AUXILIARIES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isVerbAfterQuote(String word) {
        return AFTER_QUOTE.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return VERBS.contains(lower) || isParticipleOfVerb(lower);
    }

    /** A speech verb in lower case: "States" in "the United States" is not one ("Said" and "Says" are). */
    static boolean isCue(Token token) {
        return token.isWord() && (!token.isCapitalised() || token.is("said") || token.is("says"))
                && isVerb(token.surface());
    }

    /** Whether a cue ("said", "according to") always reports speech, so marks it without quotation marks. */
    static boolean alwaysReports(String cue) {
        return ALWAYS_REPORTING.contains(cue.toLowerCase(Locale.ROOT));
    }

    /** "tweeting", "quipping", "responding": the -ing form of a listed verb, which the list need not spell out. */
    private static boolean isParticipleOfVerb(String lower) {
        if (!lower.endsWith("ing") || lower.length() < 6) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - 3);
        if (VERBS.contains(stem) || VERBS.contains(stem + "e")) {
            return true;
        }
        int n = stem.length();
        return n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && VERBS.contains(stem.substring(0, n - 1));
    }

    static boolean isVerbOnly(String word) {
        return VERB_ONLY.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isWeakVerb(String word) {
        return WEAK.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A listed adverb, auxiliary or negation, or any other word of five or more letters ending in -ly but "family". */
    static boolean isAdverb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ADVERBS.contains(lower) || (lower.endsWith("ly") && lower.length() > 4 && !lower.equals("family"));
    }

    /** Words that say when something was said, standing beside the verb: "said Friday", "on Tuesday said", "yesterday". */
    private static final Set<String> TIME_WORDS = WordLists.set(SpeechCues.class, "time-words.txt");

    static boolean isTimeWord(String word) {
        return TIME_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isDeterminer(String word) {
        return DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isParticle(String word) {
        return NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }
}

package dev.corroborate.quote;

import java.util.Locale;
import java.util.Set;

/** The words that introduce speech ("said", "told", "according to") and the small words around speakers. */
final class SpeechCues {

    private SpeechCues() {
    }

    private static final Set<String> VERBS = Set.copyOf(java.util.List.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "ask", "asks", "asked", "asking", "state", "states", "stated", "write", "writes", "wrote", "written",
            "explain", "explains", "explained", "argue", "argues", "argued", "claim", "claims", "claimed",
            "insist", "insists", "insisted", "note", "notes", "noted", "continue", "continues", "continued",
            "declare", "declares", "declared", "tweet", "tweets", "tweeted", "announce", "announces", "announced",
            "warn", "warns", "warned", "reply", "replies", "replied", "respond", "responds", "responded",
            "answer", "answers", "answered", "recall", "recalls", "recalled", "acknowledge", "acknowledges",
            "acknowledged", "admit", "admits", "admitted", "observe", "observes", "observed", "remark", "remarks",
            "remarked", "comment", "comments", "commented", "suggest", "suggests", "suggested", "conclude",
            "concludes", "concluded", "exclaim", "exclaims", "exclaimed", "concede", "concedes", "conceded",
            "contend", "contends", "contended", "maintain", "maintains", "maintained", "predict", "predicts",
            "predicted", "promise", "promises", "promised", "vow", "vows", "vowed", "urge", "urges", "urged",
            "charge", "charges", "charged", "allege", "alleges", "alleged", "assert", "asserts", "asserted",
            "complain", "complains", "complained", "joke", "jokes", "joked", "quip", "quips", "quipped",
            "shout", "shouts", "shouted", "yell", "yells", "yelled", "read", "reads", "report", "reports",
            "reported", "testify", "testifies", "testified", "boast", "boasts", "boasted", "agree", "agrees",
            "agreed", "demand", "demands", "demanded", "point", "points", "pointed", "mention", "mentions",
            "mentioned", "describe", "describes", "described", "call", "calls", "called", "emphasize",
            "emphasizes", "emphasized", "emphasise", "emphasised", "stress", "stresses", "stressed", "counter",
            "counters", "countered", "retort", "retorts", "retorted", "interrupt", "interrupted", "began",
            "begins", "recount", "recounts", "recounted", "confirm", "confirms", "confirmed", "deny", "denies",
            "denied", "tout", "touts", "touted", "proclaim", "proclaims", "proclaimed", "posted", "posts",
            "accuse", "accuses", "accused", "accusing", "cite", "cites", "cited", "citing", "chant", "chants",
            "chanted", "chanting", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled", "brand",
            "branded", "advise", "advises", "advised", "advising", "blast", "blasts", "blasted", "slam", "slams",
            "slammed", "denounce", "denounces", "denounced", "praise", "praises", "praised", "criticize",
            "criticizes", "criticized", "mock", "mocks", "mocked", "dismiss", "dismisses", "dismissed",
            "dismissing", "pledge", "pledges", "pledged", "pledging", "estimate", "estimates", "estimated",
            "echo", "echoes", "echoed", "interject", "interjects", "interjected", "remarking", "quoting",
            "press", "presses", "pressed", "remember", "remembers", "remembered", "react", "reacts", "reacted",
            "lament", "laments", "lamented", "plead", "pleaded", "pleads", "acknowledging", "recite", "recited",
            // the commonest speech verbs of other languages written in Latin letters
            "dit", "déclaré", "affirmé", "expliqué", "ajouté", "sagte", "sagt", "erklärte", "betonte", "dijo",
            "afirmó", "declaró", "explicó", "añadió", "disse", "afirmou", "detto", "dichiarato", "zei", "zegt",
            "verklaarde", "powiedział", "powiedziała", "sade", "sa", "sier", "sagde", "sanoi",
            "wonder", "wonders", "wondered", "muse", "mused", "sigh", "sighed", "whisper", "whispered",
            "thunder", "thundered", "scoff", "scoffed", "snap", "snapped", "concur", "concurred", "recalling",
            "adding", "noting", "explaining", "arguing", "insisting", "warning", "declaring", "writing",
            "predicting", "stating", "claiming", "suggesting", "calling", "asking", "telling", "responding", "replying",
            "sing", "sings", "sang"));

    /** Speech verbs that only report speech when something quoted follows or a clause does. */
    private static final Set<String> WEAK = Set.copyOf(java.util.List.of("call", "calls", "called", "calling", "point", "points", "pointed",
            "describe", "describes", "described", "began", "begins", "report", "reports", "reported", "read", "reads",
            "posted", "posts", "agree", "agrees", "agreed", "continue", "continues", "continued"));

    private static final Set<String> PRONOUNS = Set.copyOf(java.util.List.of("he", "she", "they", "we", "i", "it", "you"));

    private static final Set<String> ADVERBS = Set.copyOf(java.util.List.of("also", "then", "later", "further", "again", "previously",
            "recently", "repeatedly", "once", "finally", "simply", "flatly", "earlier", "now", "reportedly",
            "has", "have", "had", "was", "is", "were", "are", "would", "will", "did", "does", "do", "could", "may",
            "might", "should", "been", "not", "never", "just", "first", "last", "even", "still", "often", "quickly",
            "bluntly", "publicly", "privately", "famously", "recently", "frequently", "tweeting", "quoted", "as",
            "didn't", "didn\u2019t", "doesn't", "doesn\u2019t", "don't", "don\u2019t", "wouldn't", "wouldn\u2019t",
            "won't", "won\u2019t"));

    private static final Set<String> DETERMINERS = Set.copyOf(java.util.List.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
            "this", "that", "one", "another", "some", "many", "several", "two", "three", "both"));

    private static final Set<String> NAME_PARTICLES = Set.copyOf(java.util.List.of("de", "da", "van", "von", "der", "den", "bin", "al",
            "el", "la", "le", "du", "dos", "das", "di", "ibn", "of", "and", "for", "&"));

    /** Words that open a sentence but never a speaker: conjunctions and prepositions. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(java.util.List.of("and", "but", "so", "or", "then",
            "yet", "from", "in", "on", "at", "with", "under", "by", "after", "before", "when", "while", "as",
            "meanwhile", "still", "also", "now", "later", "earlier", "instead", "indeed"));

    /**
     * Further small words that open sentences and are never the first word of a name ("If", "Does",
     * "Thanks"); with {@link #FUNCTION_WORDS} they make {@link #opensSentenceNotName}.
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of("if", "what", "why", "how", "where", "whether",
            "does", "do", "did", "has", "have", "had", "is", "are", "was", "were", "can", "could", "would", "should",
            "for", "to", "of", "although", "though", "because", "since", "unless", "until", "like", "thanks", "even",
            "however", "here", "there");

    static boolean opensSentenceNotName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return FUNCTION_WORDS.contains(lower) || SENTENCE_OPENERS.contains(lower);
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> AUXILIARIES = Set.of("a", "ha", "hat", "heeft", "har", "has", "had", "è", "ont");

    /** "a" in "a dit", "hat" in "hat gesagt": an auxiliary before a speech verb. */
    static boolean isAuxiliary(String word) {
        return AUXILIARIES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Verbs that attribute a quote only when they come right after it ("... ," Toomey fumed). */
    private static final Set<String> AFTER_QUOTE = Set.of("fumed", "started", "laughed", "chimed", "offered",
            "snapped", "sighed", "cautioned", "conceded", "grumbled", "mused", "noted", "observed", "wondered",
            "explained", "concluded", "continued", "deadpanned", "scoffed", "recalled", "ventured", "mocked",
            "interjected", "pleaded", "boasted", "beamed", "gushed", "lamented", "fumes", "laughs", "barked",
            "quipped", "joked", "retorted", "replied", "responded", "answered", "shouted", "yelled", "screamed",
            "cried", "hollered", "whispered", "stated", "declared", "announced", "warned", "argued", "insisted");

    static boolean isVerbAfterQuote(String word) {
        return AFTER_QUOTE.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return VERBS.contains(lower) || isParticipleOfVerb(lower);
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

    /** Speech verbs that are never nouns: "said", "told", "wrote". */
    private static final Set<String> VERB_ONLY = Set.of("said", "says", "told", "tells", "wrote", "writes", "added", "adds",
            "asked", "asks", "argued", "argues", "insisted", "insists", "explained", "explains", "declared", "warned");

    static boolean isVerbOnly(String word) {
        return VERB_ONLY.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isWeakVerb(String word) {
        return WEAK.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isAdverb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ADVERBS.contains(lower) || (lower.endsWith("ly") && lower.length() > 4 && !lower.equals("family"));
    }

    static boolean isDeterminer(String word) {
        return DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isParticle(String word) {
        return NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }
}

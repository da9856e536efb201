package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.List;

/**
 * What {@link PairClassifier} measures of one article on its own, made once however many pairs the
 * article is in (an article of a busy subject is compared with dozens): its words
 * ({@link Tokenizer#WORDS}) and their anchors, its sentences ({@link Sentences#of}) with an index of
 * their words, its headline's sentences, and (asked once each, when a pair first needs them) its site-furniture
 * paragraphs, its collapsed form and which outlets it cites. A function of the text and the classifier's settings only, so a
 * pair classified from its two {@code ReuseText}s gets exactly what it gets from the two articles.
 * Made by {@link PairClassifier#prepare}; immutable once made, safe to share between threads (do
 * not change the lists it gives).
 */
public final class ReuseText {

    private final Article article;
    /** The article's text, joined from its paragraphs once. */
    private final String text;
    private final List<Sentences.Sentence> sentences;
    /** The site-furniture paragraphs; made when a pair with shared wording first asks (regexes over every paragraph). */
    private volatile List<int[]> furniture;
    private final SiteFurniture siteFurniture;
    private final PassageAligner.Anchors anchors;
    private final Sentences.WordIndex sentenceWords;
    private final List<Sentences.Sentence> titleSentences;
    /** Whether the text can be searched folded ({@link Citations#foldable}); asked when a pair first needs it. */
    private volatile Boolean foldable;
    /** The paragraphs with their sentences ({@link CopyTraces#paragraphs}); made when a linked pair first asks. */
    private volatile List<CopyTraces.Paragraph> paragraphs;
    /** The text with its whitespace collapsed, lower case; made when a linked pair first asks. */
    private volatile String collapsed;
    /** {@link #footprint()}, counted once. */
    private final long footprint;
    /** The text's {@link Citations#trigrams}, when it is foldable; made when a pair first asks whether it cites an outlet. */
    private volatile long[] trigrams;
    /** Whether the text cites an outlet, by the outlet's name: outlets are few, pairs many. */
    private final java.util.concurrent.ConcurrentMap<String, Boolean> citesOutlet = new java.util.concurrent.ConcurrentHashMap<>();

    ReuseText(Article article, SiteFurniture siteFurniture, PassageAligner aligner) {
        this.article = article;
        this.text = article.text();
        // The tokens live only while the sentences and anchors are made: kept, they were most of
        // what a cached text held.
        List<Token> words = Tokenizer.WORDS.tokens(text);
        this.sentences = Sentences.of(text, words);
        this.anchors = aligner.prepare(words);
        this.sentenceWords = new Sentences.WordIndex(sentences);
        this.titleSentences = article.title() == null || article.title().isBlank() ? List.of() : Sentences.of(article.title());
        this.siteFurniture = siteFurniture;
        this.footprint = footprint(text, anchors, sentences, titleSentences);
    }

    /**
     * About how many bytes of heap this text holds once its pairs have asked for all they ask: the
     * article's text twice (its paragraphs and the joined text) and twice again later (the collapsed
     * text, the paragraphs with their sentences), the words' spans, the anchors (in order, sorted with
     * their positions, their counts), the sentences and their word index. Within a tenth of what a
     * heap histogram of 3,000 kept news texts gives; for {@link RecentTexts}' budget.
     */
    private static long footprint(String text, PassageAligner.Anchors anchors, List<Sentences.Sentence> sentences,
            List<Sentences.Sentence> titleSentences) {
        long perChar = 1; // a string of Latin-1 alone takes a byte a character, any other two
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x100) {
                perChar = 2;
                break;
            }
        }
        long bytes = 4 * perChar * text.length() + 1_024 + 512; // the trigrams' bits; the objects and small maps
        bytes += 8L * anchors.words().size() + 24L * anchors.inOrder().length;
        for (List<Sentences.Sentence> list : List.of(sentences, titleSentences)) {
            for (Sentences.Sentence sentence : list) {
                // the record and its list slot; its words (8 bytes each) and their entries in the word index (8 + 4)
                bytes += 52 + 20L * sentence.words().length;
            }
        }
        return bytes;
    }

    /** About how many bytes of heap this text holds: what {@link RecentTexts} counts. */
    long footprint() {
        return footprint;
    }

    public Article article() {
        return article;
    }

    String text() {
        return text;
    }

    /** Where the words stand. */
    WordSpans words() {
        return anchors.words();
    }

    List<Sentences.Sentence> sentences() {
        return sentences;
    }

    /** The spans of the text's paragraphs that are site furniture. */
    List<int[]> furniture() {
        List<int[]> made = furniture;
        if (made == null) {
            made = List.copyOf(siteFurniture.paragraphs(text));
            furniture = made;
        }
        return made;
    }

    /** The anchors of the words, for {@link PassageAligner#align(PassageAligner.Anchors, PassageAligner.Anchors)}. */
    PassageAligner.Anchors anchors() {
        return anchors;
    }

    /** Where the sentences' content words occur, for {@link Sentences#similarities(Sentences.WordIndex, Sentences.WordIndex)}. */
    Sentences.WordIndex sentenceWords() {
        return sentenceWords;
    }

    /** The sentences of the headline; none when it has no headline. */
    List<Sentences.Sentence> titleSentences() {
        return titleSentences;
    }

    /** The text with runs of whitespace made one space, in lower case. */
    String collapsed() {
        String made = collapsed;
        if (made == null) {
            made = CopyTraces.collapsed(text);
            collapsed = made;
        }
        return made;
    }

    /** The paragraphs that are not blank, each with the sentences inside it. */
    List<CopyTraces.Paragraph> paragraphs() {
        List<CopyTraces.Paragraph> made = paragraphs;
        if (made == null) {
            made = CopyTraces.paragraphs(text, sentences);
            paragraphs = made;
        }
        return made;
    }

    /** Whether this text cites an article of {@code cited}'s outlet ({@link Citations#cites}), asked once per outlet. */
    boolean cites(Article cited) {
        if (cited.outlet() == null) {
            return false;
        }
        return citesOutlet.computeIfAbsent(cited.outlet(), outlet -> Citations.cites(article, text, foldable(), trigrams(), cited));
    }

    /** The text's trigrams for ruling out names it does not hold; {@code null} for a text that cannot be folded. */
    private long[] trigrams() {
        long[] made = trigrams;
        if (made == null && foldable()) {
            made = Citations.trigrams(text);
            trigrams = made;
        }
        return made;
    }

    private boolean foldable() {
        Boolean made = foldable;
        if (made == null) {
            made = Citations.foldable(text);
            foldable = made;
        }
        return made;
    }
}

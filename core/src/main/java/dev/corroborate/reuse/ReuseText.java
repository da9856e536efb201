package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import dev.corroborate.text.StopWords;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link PairClassifier} measures of one article on its own, made once however many pairs the
 * article is in (an article of a busy subject is compared with dozens): its words
 * ({@link Tokenizer#WORDS}), its sentences ({@link Sentences#of}), its site-furniture paragraphs
 * and its distinct content words. A function of the text and the classifier's settings only, so a
 * pair classified from its two {@code ReuseText}s gets exactly what it gets from the two articles.
 * Made by {@link PairClassifier#prepare}; immutable once made, safe to share between threads (do
 * not change the lists it gives).
 */
public final class ReuseText {

    private final Article article;
    private final List<Token> words;
    private final List<Sentences.Sentence> sentences;
    private final List<int[]> furniture;
    private final Set<String> contentWords;

    ReuseText(Article article, SiteFurniture siteFurniture) {
        this.article = article;
        this.words = Tokenizer.WORDS.tokens(article.text());
        this.sentences = Sentences.of(article.text());
        this.furniture = siteFurniture.paragraphs(article.text());
        Set<String> content = new HashSet<>();
        for (Token word : words) {
            if (StopWords.isContentWord(word.folded())) {
                content.add(word.folded());
            }
        }
        this.contentWords = content;
    }

    public Article article() {
        return article;
    }

    String text() {
        return article.text();
    }

    List<Token> words() {
        return words;
    }

    List<Sentences.Sentence> sentences() {
        return sentences;
    }

    /** The spans of the text's paragraphs that are site furniture. */
    List<int[]> furniture() {
        return furniture;
    }

    /** The distinct folded content words of the text. */
    Set<String> contentWords() {
        return contentWords;
    }
}

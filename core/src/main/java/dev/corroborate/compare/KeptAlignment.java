package dev.corroborate.compare;

import dev.corroborate.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What comparing an event keeps so that the next comparison of it reads less: per article, in the
 * event's order, its sentence spans (a function of its text, which never changes under its id) and
 * the statement each of its sentences joined in the first pass of the alignment. That pass reads the
 * articles in order and each decision depends only on the sentences before it, so when articles join
 * an event after its kept ones (a daily batch), the kept articles' decisions are replayed as they were
 * (no sentence splitting, no search for the closest statement) and only the new articles' sentences are
 * aligned: the statements are those of aligning the whole event again, to the sentence.
 *
 * <p>A kept article's decisions are replayed only while the articles before it are the kept ones in
 * the kept order, and its sentences hold the same quote groups as when it was aligned (the quote stage
 * may regroup an old quote): {@link #groups} is the fingerprint of those. {@link #stamp} names the
 * settings and rules the decisions were made under; another stamp replays nothing.
 *
 * @param stamp    the comparer's settings and alignment rules ({@link EventComparer#alignmentStamp()})
 * @param articles the event's articles in its order
 */
public record KeptAlignment(String stamp, List<Article> articles) {

    /**
     * One article as the alignment left it.
     *
     * @param id        the article's id
     * @param sentences its sentence spans ({@link EventText#sentences}), every one, with words or not
     * @param decisions for each of its sentences with a word (in text order), the statement it joined in
     *                  the first pass (the statement's number in order of creation) times two, plus one when it
     *                  joined as an anchor (not as a word-for-word copy)
     * @param groups    the fingerprint of the quote groups its sentences hold
     */
    public record Article(String id, List<TextSpan> sentences, List<Integer> decisions, String groups) {

        public Article {
            Objects.requireNonNull(id, "id");
            sentences = Spans.of(sentences);
            decisions = Numbers.of(decisions);
            Objects.requireNonNull(groups, "groups");
        }
    }

    public KeptAlignment {
        Objects.requireNonNull(stamp, "stamp");
        articles = List.copyOf(articles);
    }

    /**
     * The articles as one line each: the id, the spans ({@code start,end,start,end...}), the decisions and
     * the groups' fingerprint, separated by tabs (an article id holds no tab or line break).
     */
    public String encode() {
        StringBuilder out = new StringBuilder();
        for (Article article : articles) {
            out.append(article.id()).append('\t');
            for (int i = 0; i < article.sentences().size(); i++) {
                TextSpan span = article.sentences().get(i);
                out.append(i == 0 ? "" : ",").append(span.start()).append(',').append(span.end());
            }
            out.append('\t');
            for (int i = 0; i < article.decisions().size(); i++) {
                out.append(i == 0 ? "" : ",").append(article.decisions().get(i));
            }
            out.append('\t').append(article.groups()).append('\n');
        }
        return out.toString();
    }

    /** The alignment {@link #encode()} wrote, under {@code stamp}. */
    public static KeptAlignment decode(String stamp, String encoded) {
        List<Article> articles = new ArrayList<>();
        int from = 0;
        while (from < encoded.length()) {
            int end = encoded.indexOf('\n', from);
            String[] fields = encoded.substring(from, end).split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException("not a kept alignment line: " + encoded.substring(from, end));
            }
            int[] spans = numbers(fields[1]);
            List<TextSpan> sentences = new ArrayList<>(spans.length / 2);
            for (int i = 0; i + 1 < spans.length; i += 2) {
                sentences.add(new TextSpan(spans[i], spans[i + 1]));
            }
            List<Integer> decisions = new ArrayList<>();
            for (int decision : numbers(fields[2])) {
                decisions.add(decision);
            }
            articles.add(new Article(fields[0], sentences, decisions, fields[3]));
            from = end + 1;
        }
        return new KeptAlignment(stamp, articles);
    }

    /**
     * Spans held as their offsets, a {@code TextSpan} made when one is read: a comparison from scratch holds
     * every event's alignment until it keeps them (12 million sentences at a million articles, 28 bytes a
     * sentence as objects, 8 as offsets). Immutable; equal to any list of the same spans.
     */
    private static final class Spans extends java.util.AbstractList<TextSpan> implements java.util.RandomAccess {
        private final int[] offsets;

        private Spans(int[] offsets) {
            this.offsets = offsets;
        }

        static List<TextSpan> of(List<TextSpan> spans) {
            if (spans instanceof Spans) {
                return spans;
            }
            int[] offsets = new int[2 * spans.size()];
            for (int i = 0; i < spans.size(); i++) {
                TextSpan span = Objects.requireNonNull(spans.get(i), "span");
                offsets[2 * i] = span.start();
                offsets[2 * i + 1] = span.end();
            }
            return new Spans(offsets);
        }

        @Override
        public TextSpan get(int index) {
            Objects.checkIndex(index, size());
            return new TextSpan(offsets[2 * index], offsets[2 * index + 1]);
        }

        @Override
        public int size() {
            return offsets.length / 2;
        }
    }

    /** Numbers held as an {@code int[]}, not boxed. Immutable; equal to any list of the same numbers. */
    private static final class Numbers extends java.util.AbstractList<Integer> implements java.util.RandomAccess {
        private final int[] values;

        private Numbers(int[] values) {
            this.values = values;
        }

        static List<Integer> of(List<Integer> numbers) {
            if (numbers instanceof Numbers) {
                return numbers;
            }
            int[] values = new int[numbers.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = numbers.get(i);
            }
            return new Numbers(values);
        }

        @Override
        public Integer get(int index) {
            Objects.checkIndex(index, values.length);
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    private static int[] numbers(String field) {
        if (field.isEmpty()) {
            return new int[0];
        }
        String[] parts = field.split(",");
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }
}

package dev.corroborate.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an article read again differs from the one kept under its id: a page crawled again after a
 * correction, a feed item updated in place. For a fact-checker a quiet edit ("Monday" where it said
 * "Tuesday") is news in itself, so ingest tells it apart from a plain repeat. Words are compared
 * folded: white space, line breaks, punctuation and case are not changes.
 *
 * <p>The changed words are found by {@link WordAlignment} between what the two texts do not share at
 * their start and end; where even that stretch is too long to align (two unrelated long texts under one
 * URL), the count is the words one text has more often than the other, and no example is given.
 *
 * @param titleChanged whether the title's words differ
 * @param changedWords words of the text that differ: for each changed stretch, the longer of its two sides
 * @param estimated    whether {@code changedWords} is the count of words one text has more often than the
 *                     other, the stretch being too long to align (then no example of the text is given)
 * @param words        words in the longer of the two texts (a changed stretch counts its longer side)
 * @param examples     the first few changes as {@code "stored words" → "new words"} (a side empty for
 *                     words added or dropped), each side cut to a few words; the title's first
 */
public record TextRevision(boolean titleChanged, int changedWords, boolean estimated, int words, List<String> examples) {

    /** Changes quoted in {@link #describe()}. */
    static final int MAX_EXAMPLES = 3;
    /** Words quoted of each side of a change. */
    static final int EXAMPLE_WORDS = 6;
    /**
     * The largest stretch aligned word by word, in cells of its table (stretches' words multiplied): about
     * 16 MB of ints, a thirtieth of a second, for a rewrite of a 2,000-word text.
     */
    static final long MAX_ALIGNED_CELLS = 4_000_000L;

    public TextRevision {
        examples = List.copyOf(Objects.requireNonNull(examples, "examples"));
    }

    /**
     * How the article read ({@code readTitle}, {@code readText}) differs from the one kept, or empty when
     * their titles and texts have the same words.
     */
    public static Optional<TextRevision> between(String keptTitle, String keptText, String readTitle, String readText) {
        if (Objects.equals(keptTitle, readTitle) && Objects.equals(keptText, readText)) {
            return Optional.empty();
        }
        String keptHeadline = keptTitle == null ? "" : keptTitle;
        String readHeadline = readTitle == null ? "" : readTitle;
        List<Token> keptTitleWords = Tokenizer.WORDS.tokens(keptHeadline);
        List<Token> readTitleWords = Tokenizer.WORDS.tokens(readHeadline);
        List<Token> keptWords = Tokenizer.WORDS.tokens(keptText);
        List<Token> readWords = Tokenizer.WORDS.tokens(readText);
        boolean titleChanged = !WordAlignment.sameWords(keptTitleWords, readTitleWords);
        List<String> examples = new ArrayList<>();
        if (titleChanged) {
            examples.add("title " + side(keptHeadline, keptTitleWords, 0, keptTitleWords.size())
                    + " → " + side(readHeadline, readTitleWords, 0, readTitleWords.size()));
        }
        Count changed = changedWords(keptText, keptWords, readText, readWords, examples);
        if (!titleChanged && changed.words() == 0) {
            return Optional.empty();
        }
        // Of the longer text's words: a changed stretch counts its longer side, so the stored text may hold more.
        return Optional.of(new TextRevision(titleChanged, changed.words(), changed.estimated(),
                Math.max(keptWords.size(), readWords.size()), examples));
    }

    /** How many times the kept text's words a fuller text has at least. */
    static final double FULLER_LENGTH = 1.5;
    /** The share of the kept text's distinct words a fuller text holds at least. */
    static final double FULLER_SHARE = 0.6;

    /**
     * Whether {@code readText} is a fuller telling of {@code keptText}: at least {@link #FULLER_LENGTH} times its
     * words, holding most of its distinct words ({@link #FULLER_SHARE}), as a page is of the summary its feed gave.
     */
    public static boolean fuller(String keptText, String readText) {
        List<Token> kept = Tokenizer.WORDS.tokens(keptText);
        List<Token> read = Tokenizer.WORDS.tokens(readText);
        if (kept.isEmpty() || read.size() < FULLER_LENGTH * kept.size()) {
            return false;
        }
        java.util.Set<String> readWords = new java.util.HashSet<>();
        read.forEach(word -> readWords.add(word.folded()));
        java.util.Set<String> keptWords = new java.util.HashSet<>();
        kept.forEach(word -> keptWords.add(word.folded()));
        long held = keptWords.stream().filter(readWords::contains).count();
        return held >= FULLER_SHARE * keptWords.size();
    }

    /** "the title and 2 of 31 words differ: title "A" → "B"; "Monday" → "Tuesday"". */
    public String describe() {
        StringBuilder line = new StringBuilder();
        if (titleChanged && changedWords == 0) {
            line.append("the title differs");
        } else {
            line.append(titleChanged ? "the title and " : "").append(estimated ? "about " : "").append(changedWords)
                    .append(" of ").append(words).append(words == 1 ? " word" : " words")
                    .append(changedWords == 1 && !titleChanged ? " differs" : " differ");
        }
        if (!examples.isEmpty()) {
            line.append(": ").append(String.join("; ", examples));
        }
        return line.toString();
    }

    private record Count(int words, boolean estimated) {
    }

    private static Count changedWords(String keptText, List<Token> kept, String readText, List<Token> read, List<String> examples) {
        int start = 0;
        while (start < kept.size() && start < read.size() && kept.get(start).folded().equals(read.get(start).folded())) {
            start++;
        }
        int keptEnd = kept.size();
        int readEnd = read.size();
        while (keptEnd > start && readEnd > start && kept.get(keptEnd - 1).folded().equals(read.get(readEnd - 1).folded())) {
            keptEnd--;
            readEnd--;
        }
        if (keptEnd == start && readEnd == start) {
            return new Count(0, false);
        }
        List<Token> keptMiddle = kept.subList(start, keptEnd);
        List<Token> readMiddle = read.subList(start, readEnd);
        if ((long) keptMiddle.size() * readMiddle.size() > MAX_ALIGNED_CELLS) {
            return new Count(unmatched(keptMiddle, readMiddle), true);
        }
        int changed = 0;
        for (WordAlignment.Change change : WordAlignment.between(keptMiddle, readMiddle)) {
            changed += Math.max(change.toA() - change.fromA(), change.toB() - change.fromB());
            if (examples.size() < MAX_EXAMPLES) {
                examples.add(side(keptText, kept, start + change.fromA(), start + change.toA())
                        + " → " + side(readText, read, start + change.fromB(), start + change.toB()));
            }
        }
        return new Count(changed, false);
    }

    /** The words one side has more often than the other, the larger of the two counts. */
    private static int unmatched(List<Token> a, List<Token> b) {
        Map<String, Integer> balance = new HashMap<>();
        a.forEach(token -> balance.merge(token.folded(), 1, Integer::sum));
        b.forEach(token -> balance.merge(token.folded(), -1, Integer::sum));
        int onlyA = 0;
        int onlyB = 0;
        for (int surplus : balance.values()) {
            if (surplus > 0) {
                onlyA += surplus;
            } else {
                onlyB -= surplus;
            }
        }
        return Math.max(onlyA, onlyB);
    }

    /** Words {@code [from, to)} as written, quoted, cut after {@link #EXAMPLE_WORDS}; "(nothing)" for none. */
    private static String side(String text, List<Token> words, int from, int to) {
        if (from >= to) {
            return "(nothing)";
        }
        int shownTo = Math.min(to, from + EXAMPLE_WORDS);
        String shown = text.substring(words.get(from).start(), words.get(shownTo - 1).end()).replaceAll("\\s+", " ");
        return "\"" + shown + (shownTo < to ? " …" : "") + "\"";
    }
}

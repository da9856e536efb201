package dev.corroborate.reuse;

import dev.corroborate.model.Passage;
import java.util.List;
import java.util.Locale;

/**
 * What each of two related texts has that the other does not, sorted by what it tells about which
 * was made from the other. A republisher keeps the story and adds its site's furniture (short lines
 * that are not sentences of the story: "Related coverage", "Share on WhatsApp"); a copy made to fit
 * a page or a teaser keeps the beginning and stops early, at times in mid-sentence; an excerpt or a
 * copy leaves sentences of its source out, but adds none of the story. So: sentences of the story
 * only one text has (whole sentences, ending as sentences end, outside furniture paragraphs), lines
 * only one text has that are not such sentences, and where the shared text starts and stops.
 * Measured only for pairs already linked ({@link PairClassifier}), for {@link Direction}.
 *
 * @param storyA       sentences of the first text's story the second does not say, verbatim or reworded
 * @param storyB       the same the other way
 * @param furnitureA   paragraphs of the first text with nothing of the second that are not story
 *                     sentences (site furniture: prompts, labels, footers)
 * @param furnitureB   the same the other way
 * @param tailA        story sentences of the first text after the last sentence the second also says
 * @param tailB        the same the other way
 * @param startsSharedA whether the first text's first or second story sentence is one the second also says
 * @param startsSharedB the same the other way
 * @param endsSharedA  whether the first text's last story sentence is one the second also says
 * @param endsSharedB  the same the other way
 * @param cutA         whether the first text's story stops in mid-sentence (no closing punctuation,
 *                     or an ellipsis), inside text the second has whole
 * @param cutB         the same the other way
 */
record CopyTraces(int storyA, int storyB, int furnitureA, int furnitureB, int tailA, int tailB, boolean startsSharedA,
        boolean startsSharedB, boolean endsSharedA, boolean endsSharedB, boolean cutA, boolean cutB) {

    /**
     * A sentence of the story has at least this many words: shorter lines ("Latest news", "Copyright
     * 2025. All rights reserved.") are labels and furniture, whatever their punctuation.
     */
    static final int STORY_SENTENCE_WORDS = 8;

    /** Measures the traces of {@code a} and {@code b}, whose shared text {@code overlap} holds. */
    static CopyTraces measure(ReuseText a, ReuseText b, Overlap overlap, ClassifierSettings settings, boolean rewrite) {
        List<Sentences.Sentence> sentencesA = a.sentences();
        List<Sentences.Sentence> sentencesB = b.sentences();
        double bar = settings.rewordedSimilarity();
        // The classifier's table of sentence similarities, read both ways (it is symmetric to the bit).
        double[] similarity = overlap.similarity();
        int sizeA = sentencesA.size();
        int sizeB = sentencesB.size();
        int[] aToB = Sentences.counterparts(similarity, sizeA, sizeB, false, bar);
        int[] bToA = Sentences.counterparts(similarity, sizeA, sizeB, true, bar);
        boolean[] saidA = said(sentencesA, aToB, bToA, overlap.verbatim(), true);
        boolean[] saidB = said(sentencesB, bToA, aToB, overlap.verbatim(), false);
        if (rewrite) {
            // A rewrite says its source again loosely, as the classifier found it: two sentences
            // that are each other's closest at the paraphrase bar say the same (closest both ways,
            // so that one well-matched sentence does not also vouch for a dropped one).
            int[] looseAToB = Sentences.counterparts(similarity, sizeA, sizeB, false, settings.paraphraseSimilarity());
            int[] looseBToA = Sentences.counterparts(similarity, sizeA, sizeB, true, settings.paraphraseSimilarity());
            for (int i = 0; i < looseAToB.length; i++) {
                if (looseAToB[i] >= 0 && looseBToA[looseAToB[i]] == i) {
                    saidA[i] = true;
                    saidB[looseAToB[i]] = true;
                }
            }
        }
        // What the other's headline says is not story it lacks: extraction takes a lead that
        // repeats the headline out of one text and not, reworded or moved, out of the other.
        inHeadline(sentencesA, b.titleSentences(), bar, saidA);
        inHeadline(sentencesB, a.titleSentences(), bar, saidB);
        Side sideA = side(a, saidA, b.collapsed());
        Side sideB = side(b, saidB, a.collapsed());
        return new CopyTraces(sideA.story, sideB.story, sideA.furniture, sideB.furniture, sideA.tail, sideB.tail,
                sideA.startsShared, sideB.startsShared, sideA.endsShared, sideB.endsShared, sideA.cut && sideB.story > 0,
                sideB.cut && sideA.story > 0);
    }

    /** One text's side of the measure. */
    private record Side(int story, int furniture, int tail, boolean startsShared, boolean endsShared, boolean cut) {
    }

    /**
     * Which sentences of a text the other also says: half of it inside shared wording, or a
     * counterpart either way (a sentence two of the other's were joined into is said by them).
     */
    private static boolean[] said(List<Sentences.Sentence> sentences, int[] mine, int[] theirs, List<Passage> verbatim,
            boolean first) {
        boolean[] said = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence sentence = sentences.get(i);
            said[i] = mine[i] >= 0 || coveredShare(sentence.start(), sentence.end(), verbatim, first) >= 0.5;
        }
        for (int counterpart : theirs) {
            if (counterpart >= 0) {
                said[counterpart] = true;
            }
        }
        return said;
    }

    /** Marks the sentences the other text's headline ({@code title}: its sentences, none without one) says. */
    private static void inHeadline(List<Sentences.Sentence> sentences, List<Sentences.Sentence> title, double bar,
            boolean[] said) {
        if (title.isEmpty()) {
            return;
        }
        int[] counterpart = Sentences.counterparts(sentences, title, bar);
        for (int i = 0; i < counterpart.length; i++) {
            said[i] |= counterpart[i] >= 0;
        }
    }

    /** One text's side; {@code otherText} is the other text {@link #collapsed}. */
    private static Side side(ReuseText text, boolean[] said, String otherText) {
        List<Sentences.Sentence> sentences = text.sentences();
        List<int[]> furnitureSpans = text.furniture();
        String content = text.text();
        int story = 0;
        int tail = 0;
        int firstStory = -1;
        int lastStory = -1;
        int lastSaid = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence sentence = sentences.get(i);
            if (!isStorySentence(content, sentence, furnitureSpans)) {
                continue;
            }
            if (firstStory < 0) {
                firstStory = i;
            }
            lastStory = i;
            if (said[i]) {
                lastSaid = i;
            } else {
                story++;
            }
        }
        for (int i = lastSaid + 1; i < sentences.size() && lastSaid >= 0; i++) {
            if (!said[i] && isStorySentence(content, sentences.get(i), furnitureSpans)) {
                tail++;
            }
        }
        // Paragraphs with nothing of the other that are not story sentences: what a site adds.
        int furniture = 0;
        String lastStoryParagraph = null;
        for (Paragraph paragraph : text.paragraphs()) {
            boolean hasStory = false;
            boolean hasSaid = false;
            for (int i : paragraph.sentences) {
                if (isStorySentence(content, sentences.get(i), furnitureSpans)) {
                    hasSaid |= said[i];
                    hasStory = true;
                }
            }
            if (hasSaid || hasStory) {
                lastStoryParagraph = paragraph.stripped;
            } else if (!otherText.contains(paragraph.collapsed())) {
                // A line with no sentence of the story is the other's only when the other has it
                // as it stands (shared wording runs over a site's line between paragraphs it copied).
                furniture++;
            }
        }
        boolean cut = lastStoryParagraph != null && lastSaid >= 0 && lastSaid == lastStory
                && !endsAsSentence(lastStoryParagraph);
        return new Side(story, furniture, tail, firstStory >= 0 && (said[firstStory]
                || firstStory + 1 < said.length && said[firstStory + 1]),
                lastStory >= 0 && said[lastStory], cut);
    }

    /**
     * A paragraph of a text (what lies between blank lines, not blank itself): its span, its text
     * stripped, and the sentences inside its span. The same for every pair the text is in, so made
     * once per text ({@link ReuseText#paragraphs}).
     */
    static final class Paragraph {
        final int start;
        final int end;
        final String stripped;
        /** The indexes of the text's sentences that lie within the span, ascending. */
        final int[] sentences;
        /** The stripped text {@link #collapsed(String)}; made when a pair first asks. */
        private volatile String collapsed;

        private Paragraph(int start, int end, String stripped, int[] sentences) {
            this.start = start;
            this.end = end;
            this.stripped = stripped;
            this.sentences = sentences;
        }

        String collapsed() {
            String made = collapsed;
            if (made == null) {
                made = CopyTraces.collapsed(stripped);
                collapsed = made;
            }
            return made;
        }
    }

    /** The paragraphs of {@code text} that are not blank, in order, with the {@code sentences} inside each. */
    static List<Paragraph> paragraphs(String text, List<Sentences.Sentence> sentences) {
        List<Paragraph> paragraphs = new java.util.ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            String paragraph = text.substring(start, end).strip();
            if (!paragraph.isEmpty()) {
                int[] inside = new int[sentences.size()];
                int count = 0;
                for (int i = 0; i < sentences.size(); i++) {
                    Sentences.Sentence sentence = sentences.get(i);
                    if (sentence.start() >= start && sentence.end() <= end) {
                        inside[count++] = i;
                    }
                }
                paragraphs.add(new Paragraph(start, end, paragraph, java.util.Arrays.copyOf(inside, count)));
            }
            start = end + 2;
        }
        return List.copyOf(paragraphs);
    }

    /** A whole sentence of the story: long enough, ending as sentences end, outside furniture paragraphs. */
    private static boolean isStorySentence(String text, Sentences.Sentence sentence, List<int[]> furnitureSpans) {
        if (sentence.size() < STORY_SENTENCE_WORDS) {
            return false;
        }
        for (int[] span : furnitureSpans) {
            if (sentence.start() >= span[0] && sentence.end() <= span[1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text with runs of whitespace made one space, in lower case: how a line is looked for in
     * the other text. Whitespace is what {@code \\s} matches in a pattern (ASCII), collapsed by hand:
     * the pattern's replacement was a tenth of classifying a linked pair ({@code CopyTracesTest}
     * compares the two on random texts).
     */
    static String collapsed(String text) {
        StringBuilder collapsed = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isPatternSpace(c)) {
                if (collapsed != null) {
                    collapsed.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isPatternSpace(text.charAt(end))) {
                end++;
            }
            if (collapsed == null) {
                if (c == ' ' && end == i + 1) {
                    continue; // one space stays as it is: nothing to copy yet
                }
                collapsed = new StringBuilder(n).append(text, 0, i);
            }
            collapsed.append(' ');
            i = end - 1;
        }
        return (collapsed == null ? text : collapsed.toString()).toLowerCase(Locale.ROOT);
    }

    /** What {@code \\s} matches in a pattern without Unicode classes. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether a paragraph ends as a sentence does: a full stop, question or exclamation mark, maybe
     * inside a closing quotation mark or bracket; an ellipsis is where a teaser was cut.
     */
    static boolean endsAsSentence(String paragraph) {
        String text = paragraph.strip();
        if (text.endsWith("...") || text.endsWith("…")) {
            return false;
        }
        int at = text.length() - 1;
        while (at >= 0 && "\"'”’»)]`".indexOf(text.charAt(at)) >= 0 || at >= 0 && Character.isWhitespace(text.charAt(at))) {
            at--;
        }
        return at >= 0 && ".!?".indexOf(text.charAt(at)) >= 0;
    }

    /** The share of [start, end) of one text inside the passages ({@code first}: offsets a, else b). */
    private static double coveredShare(int start, int end, List<Passage> passages, boolean first) {
        int covered = 0;
        for (Passage passage : passages) {
            int from = Math.max(start, first ? passage.aStart() : passage.bStart());
            int to = Math.min(end, first ? passage.aEnd() : passage.bEnd());
            covered += Math.max(0, to - from);
        }
        return end == start ? 0 : (double) covered / (end - start);
    }
}

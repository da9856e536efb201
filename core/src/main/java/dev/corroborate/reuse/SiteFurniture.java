package dev.corroborate.reuse;

import dev.corroborate.model.Passage;
import dev.corroborate.text.BoilerplateLines;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What two articles may share without sharing reporting: lines every site carries (share prompts,
 * newsletter boxes: {@link BoilerplateLines}), republication credits ("This
 * story was first published by X"), and long names ("Church of Jesus Christ of Latter Day Saints").
 * A credit still counts as evidence of direction, elsewhere. Immutable and thread-safe.
 */
final class SiteFurniture {

    /** A paragraph that credits where the article first appeared. */
    private static final Pattern REPUBLICATION_CREDIT = Pattern.compile("(?i).{0,60}\\b((first|originally) "
            + "(published|appeared|reported)|republished|reprinted|appeared first|syndicated)\\b.{0,80}");

    /** Words that join the parts of a name ("Church of Jesus Christ of Latter Day Saints"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "for", "de", "la", "del", "van", "von", "y");

    private final ClassifierSettings settings;

    SiteFurniture(ClassifierSettings settings) {
        this.settings = settings;
    }

    /**
     * The passages with the words they hold in furniture paragraphs (of either text) taken out of
     * their matched count; a passage left with fewer than the minimum, or that is a long name, is dropped.
     */
    List<Passage> withoutFurniture(List<Passage> passages, ReuseText a, ReuseText b) {
        String textA = a.text();
        WordSpans wordsA = a.words();
        WordSpans wordsB = b.words();
        List<Passage> kept = new ArrayList<>();
        if (passages.isEmpty()) {
            return kept; // a pair with no shared wording need not find either text's furniture
        }
        List<int[]> furnitureA = a.furniture();
        List<int[]> furnitureB = b.furniture();
        for (Passage passage : passages) {
            int inFurniture = Math.max(wordsWithin(wordsA, passage.aStart(), passage.aEnd(), furnitureA),
                    wordsWithin(wordsB, passage.bStart(), passage.bEnd(), furnitureB));
            int matched = passage.matchedWords() - inFurniture;
            if (matched >= settings.minPassageWords() && !isName(textA, passage.aStart(), passage.aEnd())) {
                kept.add(new Passage(passage.aStart(), passage.aEnd(), passage.bStart(), passage.bEnd(), matched,
                        passage.reworded()));
            }
        }
        return kept;
    }

    /** The spans of a text's paragraphs that are site furniture. */
    List<int[]> paragraphs(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            String paragraph = text.substring(start, end);
            if (!paragraph.isBlank() && (BoilerplateLines.isBoilerplate(paragraph)
                    || (paragraph.length() < settings.furnitureCreditChars()
                    && REPUBLICATION_CREDIT.matcher(paragraph.strip()).matches()))) {
                spans.add(new int[] {start, end});
            }
            start = end + 2;
        }
        return spans;
    }

    /**
     * Whether a passage is a long name rather than shared reporting: fewer than the minimum passage
     * of its words are neither capitalised, numbers nor joiners. Two reports naming the same church
     * or ministry in full share nothing but the name.
     */
    private boolean isName(String text, int start, int end) {
        int other = 0;
        for (Token word : Tokenizer.WORDS.tokens(text, start, end)) {
            if (!word.isCapitalised() && !word.isNumber() && !NAME_JOINERS.contains(word.folded())) {
                other++;
            }
        }
        return other < settings.minPassageWords();
    }

    /** How many of the words between {@code start} and {@code end} lie in one of the spans. */
    private static int wordsWithin(WordSpans words, int start, int end, List<int[]> spans) {
        if (spans.isEmpty()) {
            return 0; // most texts have no furniture: no need to walk their words for every passage
        }
        int count = 0;
        for (int w = 0; w < words.size(); w++) {
            int wordStart = words.start(w);
            int wordEnd = words.end(w);
            if (wordStart < start || wordEnd > end) {
                continue;
            }
            for (int[] span : spans) {
                if (wordStart >= span[0] && wordEnd <= span[1]) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}

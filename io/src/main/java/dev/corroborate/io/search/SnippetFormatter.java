package dev.corroborate.io.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into lists of {@link SearchHit.Piece}s: plain text cut at each
 * match, so the screens escape every piece and mark the matched ones themselves (no markup is ever
 * built from article text here). Overlapping matches are marked once. Stateless.
 */
final class SnippetFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        List<List<SearchHit.Piece>> snippets = new ArrayList<>(passages.length);
        for (Passage passage : passages) {
            List<SearchHit.Piece> pieces = new ArrayList<>();
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int end = Math.min(passage.getEndOffset(), passage.getMatchEnds()[i]);
                if (end <= start) {
                    continue;
                }
                if (start > at) {
                    pieces.add(new SearchHit.Piece(content.substring(at, start), false));
                }
                pieces.add(new SearchHit.Piece(content.substring(start, end), true));
                at = end;
            }
            if (passage.getEndOffset() > at) {
                pieces.add(new SearchHit.Piece(content.substring(at, passage.getEndOffset()), false));
            }
            snippets.add(pieces);
        }
        return snippets;
    }
}

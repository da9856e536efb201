package dev.corroborate.extract;

import dev.corroborate.extract.HtmlExtractor.ScoredChunk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Describes every text chunk of a page by the features {@link ChunkModel} judges: prunes what is
 * never text ({@link NeverTextPruner}), cuts the rest into chunks ({@link TextChunks}), finds the
 * content root ({@link ContentRoot}) and the chrome inside it ({@link PageChrome}), and places each
 * chunk relative to them ({@link ChunkFeatures}). Changes the document it is given (the pruning);
 * stateless otherwise.
 */
final class ChunkScorer {

    private ChunkScorer() {
    }

    /** The chunks of {@code doc} with their features, in document order. */
    static List<ScoredChunk> score(Document doc) {
        Element body = doc.body();
        NeverTextPruner.prune(body);
        List<TextChunk> chunks = TextChunks.of(body);
        Element root = ContentRoot.find(body, chunks);
        PageChrome chrome = PageChrome.within(root, chunks);
        Map<String, Integer> copies = new HashMap<>();
        int rootChars = 0;
        int firstInRoot = -1;
        int lastInRoot = -1;
        boolean[] inRoot = new boolean[chunks.size()];
        List<Integer> rootLengths = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            TextChunk chunk = chunks.get(i);
            copies.merge(chunk.text(), 1, Integer::sum);
            inRoot[i] = ContentRoot.isWithin(chunk.owner(), root);
            if (inRoot[i]) {
                rootChars += chunk.text().length();
                rootLengths.add(chunk.text().length());
                if (firstInRoot < 0) {
                    firstInRoot = i;
                }
                lastInRoot = i;
            }
        }
        Collections.sort(rootLengths);
        double median = rootLengths.isEmpty() ? 0 : rootLengths.get(rootLengths.size() / 2);
        Titles.Repeats title = new Titles.Repeats(doc.title());
        List<ScoredChunk> scored = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            TextChunk chunk = chunks.get(i);
            ChunkFeatures.Context context = new ChunkFeatures.Context(
                    inRoot[i], inRoot[i] && chrome.covers(chunk.owner()), copies.get(chunk.text()),
                    (double) i / Math.max(1, chunks.size() - 1), rootChars,
                    i > 0 && inRoot[i - 1], i + 1 < chunks.size() && inRoot[i + 1],
                    chrome.nameFlags(chunk.owner()), title,
                    firstInRoot >= 0 && i < firstInRoot, lastInRoot >= 0 && i > lastInRoot,
                    inRoot[i] ? ContentRoot.depthBelow(chunk.owner(), root) : 0, i == firstInRoot, i == lastInRoot,
                    median);
            scored.add(new ScoredChunk(chunk.text(),
                    ChunkFeatures.of(chunk.text(), chunk.linkChars(), chunk.tag(), context)));
        }
        return scored;
    }
}

package dev.corroborate.pipeline;

import dev.corroborate.model.Article;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.reuse.LinkFinder;
import dev.corroborate.reuse.ReuseArchive;
import dev.corroborate.reuse.ReuseDetector;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the reuse links among all articles of the corpus and keeps them, replacing the previous
 * ones. Two passes over the articles in feed order: the first registers outlet and agency names,
 * the second compares each article with the ones the detector proposes, asked of the corpus by
 * id, each pair once; texts are never all held in memory. When the sink keeps a {@link ReuseIndex}
 * the run is incremental ({@link LinkFinder}): only the new articles are read and sketched and only
 * their pairs compared, with the same links as a run from scratch. Not thread-safe.
 */
public final class ReuseStage {

    /**
     * What a run found: links by relation, in the relations' order.
     *
     * @param replayedBecause why a batch into a store ran over every stored article again instead of
     *                        looking its new ones up in the kept index; {@code null} when it did not
     * @param refiled         how many stored articles a batch from the kept index filed again: those
     *                        after its first new article in the feed (a late arrival), and when some are,
     *                        or new names came, those of that article's chunk before it
     * @param searchedFor     the new outlet and agency names (folded) a batch searched every stored text for
     */
    public record Summary(int articles, Map<Relation, Integer> links, String replayedBecause, int refiled,
                          List<String> searchedFor) {

        public Summary {
            Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
            byRelation.putAll(links);
            links = java.util.Collections.unmodifiableMap(byRelation);
            searchedFor = List.copyOf(searchedFor);
        }

        public int total() {
            return links.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Finds the links from scratch, or incrementally when the sink keeps a {@link ReuseIndex}. */
    public Summary run(Corpus corpus, ReuseSink sink) {
        return run(corpus, sink, false);
    }

    /**
     * Finds the links; incrementally (only new articles sketched, only pairs with a new article
     * compared: the same links as from scratch) when the sink keeps a {@link ReuseIndex} and not
     * {@code fromScratch}.
     */
    public Summary run(Corpus corpus, ReuseSink sink, boolean fromScratch) {
        ReuseDetector.Corpus texts = new ReuseDetector.Corpus() {
            @Override
            public void forEach(Consumer<Article> action) {
                corpus.forEach(action);
            }

            @Override
            public Article require(String id) {
                return corpus.require(id);
            }

            @Override
            public Map<String, Article> requireAll(java.util.Collection<String> ids) {
                Map<String, Article> found = new java.util.HashMap<>();
                corpus.requireInOrder(ids).forEach(article -> found.put(article.id(), article));
                return found;
            }
        };
        java.util.Optional<ReuseIndex> index = sink.reuseIndex();
        // Sketches and links kept under other settings are made again, from scratch.
        boolean current = index.isPresent() && index.get().keptStamp().filter(LinkFinder.SETTINGS_STAMP::equals).isPresent();
        ReuseArchive archive = !current || fromScratch ? null : new ReuseArchive() {
            @Override
            public void forEach(Consumer<Entry> action) {
                index.get().forEach(action);
            }

            @Override
            public void forEachHeader(Consumer<Entry> action) {
                index.get().forEachHeader(action);
            }

            @Override
            public void forEachHeader(java.util.Set<String> unsketched, Consumer<Entry> action) {
                index.get().forEachHeader(unsketched, action);
            }

            @Override
            public java.util.Optional<java.util.Collection<String>> unsketched() {
                return index.get().unsketched();
            }

            @Override
            public Map<String, dev.corroborate.reuse.KeptSketch> keptSketches(java.util.Collection<String> ids) {
                return index.get().keptSketches(ids);
            }

            @Override
            public java.util.Set<String> checkedNames() {
                return index.get().checkedNames();
            }

            @Override
            public java.util.Set<List<String>> nameOnlyLinks() {
                return index.get().nameOnlyLinks();
            }

            @Override
            public void forEachKeptLink(Consumer<ReuseLink> action) {
                index.get().forEachKeptLink(action);
            }

            @Override
            public java.util.Optional<dev.corroborate.reuse.KeptIndex> keptIndex() {
                return index.get().keptIndex();
            }
        };
        LinkFinder.Found found = LinkFinder.findLinks(texts, archive,
                index.flatMap(ReuseIndex::sketchSpill).orElse(null),
                index.flatMap(ReuseIndex::tableSpace).orElse(dev.corroborate.reuse.TableSpace.HEAP));
        List<ReuseLink> links = found.links();
        if (index.isPresent()) {
            index.get().keepReuseRun(found, archive == null);
            index.get().keepStamp(LinkFinder.SETTINGS_STAMP);
        } else {
            sink.replaceReuseLinks(links);
        }
        Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
        if (found.replacesAll()) {
            for (ReuseLink link : links) {
                counts.merge(link.relation(), 1, Integer::sum);
            }
        } else {
            counts.putAll(index.get().reuseLinkCounts());
        }
        // The feed holds every article (a batch from the kept index walks no kept one).
        return new Summary(found.feed().size(), counts, found.replayedBecause(), found.refiled(), found.searchedFor());
    }
}

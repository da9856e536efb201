package dev.corroborate.pipeline;

import dev.corroborate.compare.Provenance;
import dev.corroborate.model.Article;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.text.Fingerprint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The provenance graphs of a corpus, one per group of articles connected by shared text: a text
 * and what was made from it, each article in the group of its main source ({@link Provenance#groups};
 * a citation does not join groups). Reads the kept links once and the texts of one group at a time
 * (with the texts outside it its articles also took from).
 * Not thread-safe.
 */
public final class ProvenanceGroups {

    /**
     * A group's graph with its articles, in publication order (unknown times last).
     *
     * @param articles  the articles of the group
     * @param links     the links among them
     * @param citations the {@code cites} links from or to an article of the group, wherever the other end is
     * @param graph     the provenance graph
     */
    public record Group(List<Article> articles, List<ReuseLink> links, List<ReuseLink> citations,
            Provenance.Graph graph) {
    }

    private final Corpus corpus;
    private final List<ReuseLink> links = new ArrayList<>();
    private final List<List<String>> groups;
    /** The positions in {@link #links} of each article's links: a group's links without a scan of all. */
    private final Map<String, List<Integer>> linksOf = new java.util.HashMap<>();

    public ProvenanceGroups(Corpus corpus, ReuseSink reuse) {
        this.corpus = corpus;
        reuse.forEachReuseLink(links::add);
        for (int i = 0; i < links.size(); i++) {
            linksOf.computeIfAbsent(links.get(i).sourceId(), k -> new ArrayList<>()).add(i);
            linksOf.computeIfAbsent(links.get(i).derivedId(), k -> new ArrayList<>()).add(i);
        }
        Set<String> linked = new LinkedHashSet<>();
        for (ReuseLink link : links) {
            linked.add(link.sourceId());
            linked.add(link.derivedId());
        }
        groups = Provenance.groups(new ArrayList<>(new java.util.TreeSet<>(linked)), links).stream()
                .filter(group -> group.size() > 1).toList();
    }

    /** For every article in a group of two or more, the group's key: its first article id. */
    public Map<String, String> groupKeys() {
        Map<String, String> keys = new java.util.HashMap<>();
        for (List<String> group : groups) {
            String key = group.stream().min(String::compareTo).orElseThrow();
            for (String id : group) {
                keys.put(id, key);
            }
        }
        return keys;
    }

    /** How many groups of two or more articles there are. */
    public int size() {
        return groups.size();
    }

    /** The group of an article; a group of one when it has no links. */
    public Group groupOf(String articleId) {
        for (List<String> group : groups) {
            if (group.contains(articleId)) {
                return load(group);
            }
        }
        return load(List.of(articleId));
    }

    /** Every group of two or more articles, largest first (ties: by first id). */
    public void forEach(java.util.function.Consumer<Group> consumer) {
        List<List<String>> ordered = new ArrayList<>(groups);
        ordered.sort(java.util.Comparator.<List<String>>comparingInt(g -> -g.size()).thenComparing(g -> g.get(0)));
        for (List<String> group : ordered) {
            consumer.accept(load(group));
        }
    }

    /** How many independent sources stand behind each group, counted: independent sources → groups. */
    public Map<Integer, Integer> independentSourceCounts() {
        return independentSourceCounts(Map.of(), new java.util.HashMap<>());
    }

    /**
     * A group's independent-source count and the articles of it that are not independent sources
     * (sorted), with the fingerprint of what they were counted on (the group's article ids and the
     * links among them: texts never change under an id).
     */
    public record Figure(String fingerprint, int independentSources, List<String> dependent) {
        public Figure {
            dependent = List.copyOf(dependent);
        }
    }

    /**
     * As {@link #independentSourceCounts()}, reading the texts of only the groups whose fingerprint
     * differs from the figure {@code kept} for their key ({@link #groupKeys()}); every group's figure,
     * counted or kept, is put in {@code figures} for the next run. The counts are those of counting
     * every group.
     */
    public Map<Integer, Integer> independentSourceCounts(Map<String, Figure> kept, Map<String, Figure> figures) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (List<String> group : groups) {
            String key = group.stream().min(String::compareTo).orElseThrow();
            String fingerprint = fingerprint(group);
            Figure figure = kept.get(key);
            if (figure == null || !figure.fingerprint().equals(fingerprint)) {
                Provenance.Graph graph = load(group).graph();
                figure = new Figure(fingerprint, graph.independentSources(), graph.nodes().stream()
                        .filter(node -> !node.independent()).map(Provenance.Node::articleId).sorted().toList());
            }
            figures.put(key, figure);
            counts.merge(figure.independentSources(), 1, Integer::sum);
        }
        return counts;
    }

    private String fingerprint(List<String> ids) {
        Fingerprint fingerprint = new Fingerprint();
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        Set<String> members = new java.util.HashSet<>(ids);
        java.util.SortedSet<Integer> touching = new java.util.TreeSet<>();
        for (String id : sorted) {
            fingerprint.add(id);
            touching.addAll(linksOf.getOrDefault(id, List.of()));
        }
        for (int index : touching) {
            ReuseLink link = links.get(index);
            if (members.contains(link.sourceId()) && members.contains(link.derivedId())) {
                fingerprint.add(link);
            }
        }
        return fingerprint.hex();
    }

    private Group load(List<String> ids) {
        List<Article> articles = new ArrayList<>();
        for (String id : ids) {
            articles.add(corpus.require(id));
        }
        articles.sort(java.util.Comparator.comparing((Article a) -> a.published() == null ? "~" : a.published().instant().toString())
                .thenComparing(Article::id));
        Set<String> members = new java.util.HashSet<>(ids);
        // The links touching a member, in the order of all links.
        java.util.SortedSet<Integer> touching = new java.util.TreeSet<>();
        for (String id : ids) {
            touching.addAll(linksOf.getOrDefault(id, List.of()));
        }
        List<ReuseLink> near = touching.stream().map(links::get).toList();
        List<ReuseLink> own = near.stream()
                .filter(l -> members.contains(l.sourceId()) && members.contains(l.derivedId())).toList();
        List<ReuseLink> citations = near.stream().filter(l -> l.relation() == dev.corroborate.model.Relation.CITES)
                .filter(l -> members.contains(l.sourceId()) || members.contains(l.derivedId())).toList();
        // Sources outside the group an article also took text from (its main source is inside):
        // what it took from them is not its own reporting either.
        List<ReuseLink> fromElsewhere = near.stream().filter(l -> l.relation() != dev.corroborate.model.Relation.CITES)
                .filter(l -> members.contains(l.derivedId()) && !members.contains(l.sourceId())).toList();
        List<Article> elsewhere = fromElsewhere.stream().map(ReuseLink::sourceId).distinct().map(corpus::require).toList();
        List<ReuseLink> graphLinks = new ArrayList<>(own);
        graphLinks.addAll(fromElsewhere);
        return new Group(articles, own, citations, Provenance.of(articles, graphLinks, elsewhere));
    }
}

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
 * (with the texts outside it its articles also took from); counting independent sources makes the
 * graphs of a chunk of groups on all cores. Not thread-safe.
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
        List<List<String>> recount = new ArrayList<>();
        List<String> recountKeys = new ArrayList<>();
        List<String> recountPrints = new ArrayList<>();
        for (List<String> group : groups) {
            String key = group.stream().min(String::compareTo).orElseThrow();
            String fingerprint = fingerprint(group);
            Figure figure = kept.get(key);
            if (figure == null || !figure.fingerprint().equals(fingerprint)) {
                recount.add(group);
                recountKeys.add(key);
                recountPrints.add(fingerprint);
            } else {
                figures.put(key, figure);
                counts.merge(figure.independentSources(), 1, Integer::sum);
            }
        }
        // The texts read a chunk of groups at a time, here (the corpus may be a store: one reader); the
        // graphs of a chunk made on all cores (a graph is a function of its group's articles and links).
        for (int from = 0; from < recount.size(); ) {
            int to = from;
            int articles = 0;
            while (to < recount.size() && (to == from || articles + recount.get(to).size() <= GRAPH_CHUNK_ARTICLES)) {
                articles += recount.get(to++).size();
            }
            List<Loaded> loaded = readAll(recount.subList(from, to));
            List<Provenance.Graph> graphs = loaded.parallelStream().map(Loaded::graph).toList();
            for (int i = 0; i < graphs.size(); i++) {
                Provenance.Graph graph = graphs.get(i);
                Figure figure = new Figure(recountPrints.get(from + i), graph.independentSources(), graph.nodes().stream()
                        .filter(node -> !node.independent()).map(Provenance.Node::articleId).sorted().toList());
                figures.put(recountKeys.get(from + i), figure);
                counts.merge(figure.independentSources(), 1, Integer::sum);
            }
            from = to;
        }
        return counts;
    }

    /** At most this many articles' texts held at once while graphs are made on all cores (a larger group alone). */
    private static final int GRAPH_CHUNK_ARTICLES = 2_000;

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

    /** A group's articles and links as read from the corpus, before its graph is made. */
    private record Loaded(List<Article> articles, List<ReuseLink> own, List<ReuseLink> citations, List<ReuseLink> graphLinks,
                          List<Article> elsewhere) {
        Provenance.Graph graph() {
            return Provenance.of(articles, graphLinks, elsewhere);
        }
    }

    private Group load(List<String> ids) {
        Loaded loaded = read(ids);
        return new Group(loaded.articles(), loaded.own(), loaded.citations(), loaded.graph());
    }

    private Loaded read(List<String> ids) {
        return read(ids, corpus::require);
    }

    /**
     * The groups' articles read from the corpus together (one request for the chunk, not one an article),
     * each group with its links.
     */
    private List<Loaded> readAll(List<List<String>> groupsToRead) {
        Set<String> wanted = new java.util.TreeSet<>();
        List<List<ReuseLink>> nearOf = new ArrayList<>();
        for (List<String> ids : groupsToRead) {
            wanted.addAll(ids);
            List<ReuseLink> near = near(ids);
            nearOf.add(near);
            Set<String> members = new java.util.HashSet<>(ids);
            fromElsewhere(near, members).forEach(link -> wanted.add(link.sourceId()));
        }
        Map<String, Article> byId = new java.util.HashMap<>();
        corpus.requireInOrder(wanted).forEach(article -> byId.put(article.id(), article));
        List<Loaded> loaded = new ArrayList<>();
        for (List<String> ids : groupsToRead) {
            loaded.add(read(ids, id -> {
                Article article = byId.get(id);
                if (article == null) {
                    throw new IllegalStateException("no article " + id + " in this corpus");
                }
                return article;
            }));
        }
        return loaded;
    }

    /** The links touching a member of {@code ids}, in the order of all links. */
    private List<ReuseLink> near(List<String> ids) {
        java.util.SortedSet<Integer> touching = new java.util.TreeSet<>();
        for (String id : ids) {
            touching.addAll(linksOf.getOrDefault(id, List.of()));
        }
        return touching.stream().map(links::get).toList();
    }

    /**
     * Sources outside the group an article also took text from (its main source is inside): what it
     * took from them is not its own reporting either.
     */
    private static List<ReuseLink> fromElsewhere(List<ReuseLink> near, Set<String> members) {
        return near.stream().filter(l -> l.relation() != dev.corroborate.model.Relation.CITES)
                .filter(l -> members.contains(l.derivedId()) && !members.contains(l.sourceId())).toList();
    }

    private Loaded read(List<String> ids, java.util.function.Function<String, Article> articleOf) {
        List<Article> articles = new ArrayList<>();
        for (String id : ids) {
            articles.add(articleOf.apply(id));
        }
        articles.sort(java.util.Comparator.comparing((Article a) -> a.published() == null ? "~" : a.published().instant().toString())
                .thenComparing(Article::id));
        Set<String> members = new java.util.HashSet<>(ids);
        List<ReuseLink> near = near(ids);
        List<ReuseLink> own = near.stream()
                .filter(l -> members.contains(l.sourceId()) && members.contains(l.derivedId())).toList();
        List<ReuseLink> citations = near.stream().filter(l -> l.relation() == dev.corroborate.model.Relation.CITES)
                .filter(l -> members.contains(l.sourceId()) || members.contains(l.derivedId())).toList();
        List<ReuseLink> fromElsewhere = fromElsewhere(near, members);
        List<Article> elsewhere = fromElsewhere.stream().map(ReuseLink::sourceId).distinct().map(articleOf).toList();
        List<ReuseLink> graphLinks = new ArrayList<>(own);
        graphLinks.addAll(fromElsewhere);
        return new Loaded(articles, own, citations, graphLinks, elsewhere);
    }
}

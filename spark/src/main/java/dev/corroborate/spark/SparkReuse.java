package dev.corroborate.spark;

import dev.corroborate.model.Article;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.reuse.DetectorSettings;
import dev.corroborate.reuse.FingerprintIndex;
import dev.corroborate.reuse.LshIndex;
import dev.corroborate.reuse.PairClassifier;
import dev.corroborate.reuse.LinearLinks;
import dev.corroborate.reuse.ClosestCitations;
import dev.corroborate.reuse.ReuseDetector;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Reuse detection as Spark shuffles, giving the links {@link ReuseDetector#findLinks} gives: each
 * article is sketched in its partition ({@link ReuseDetector#sketch}) and filed under its shingle
 * band keys, its content-word band keys and its winnowed fingerprints; a group by key makes each
 * bucket, in which every article is paired with the earlier ones the detector's index would give
 * (at most {@link LshIndex#RECENT_IN_BUCKET} of a band key, none from a key shared by more than
 * {@link LshIndex#STOCK_BUCKET}; fingerprints as {@link FingerprintIndex} bounds them); content-word
 * pairs are kept by {@link ReuseDetector#keepsWordCandidate}; articles naming an outlet or agency
 * are paired with that outlet's articles by {@link NameCandidates}. Each pair is then classified
 * once by the core {@link PairClassifier}, in the order the detector would compare it, and the
 * citations are thinned per citing article by {@link ClosestCitations#of}. Buckets are
 * bounded by those limits; a bucket is held in memory by the task that builds its pairs.
 */
final class SparkReuse {

    private static final DetectorSettings SETTINGS = DetectorSettings.DEFAULTS;
    private static final int SHINGLES = 0;
    private static final int WORDS = 1;
    private static final int EXCERPTS = 2;

    /** An article filed under a key: its feed rank and id, and for content words its time and compact signature. */
    record Posting(long rank, String id, Long seconds, short[] words) implements Serializable {
    }

    /**
     * A pair to compare: {@code earlier} before {@code later} in feed order; {@code proposedByEarlier}
     * when the earlier one proposed it (a name candidate), so the detector compared it from that side.
     */
    record Candidate(long earlier, long later, boolean proposedByEarlier) implements Serializable {
    }

    private SparkReuse() {
    }

    /** The reuse links among the ranked articles (feed rank → article). */
    static List<ReuseLink> findLinks(JavaPairRDD<Long, Article> ranked) {
        JavaPairRDD<Tuple2<Integer, Long>, Posting> filed = ranked.flatMapToPair(SparkReuse::file);
        JavaRDD<Candidate> byKey = filed.groupByKey().flatMap(bucket -> pairs(bucket._1()._1(), bucket._2()));
        JavaRDD<Candidate> byName = NameCandidates.find(ranked);
        JavaPairRDD<Tuple2<Long, Long>, Boolean> candidates = byKey.union(byName)
                .mapToPair(c -> new Tuple2<>(new Tuple2<>(c.earlier(), c.later()), c.proposedByEarlier()))
                .reduceByKey((a, b) -> a || b);
        JavaPairRDD<Long, Tuple2<Long, Boolean>> byEarlier = candidates
                .mapToPair(c -> new Tuple2<>(c._1()._1(), new Tuple2<>(c._1()._2(), c._2())));
        JavaPairRDD<Long, Tuple2<Article, Boolean>> withEarlier = byEarlier.join(ranked)
                .mapToPair(j -> new Tuple2<>(j._2()._1()._1(), new Tuple2<>(j._2()._2(), j._2()._1()._2())));
        JavaRDD<Tuple2<ReuseLink, String>> links = withEarlier.join(ranked)
                .mapPartitions(SparkReuse::classify);
        // The links another link explains are dropped over all links at once, as the local run does
        // (LinearLinks); the links are few beside the articles, so on the driver.
        return LinearLinks.reduce(links.groupBy(link -> link._1().derivedId())
                .flatMap(citing -> closestCitations(citing._2()).iterator())
                .collect());
    }

    /** Every key an article is filed under. */
    private static Iterator<Tuple2<Tuple2<Integer, Long>, Posting>> file(Tuple2<Long, Article> ranked) {
        Article article = ranked._2();
        ReuseDetector.Sketch sketch = ReuseDetector.sketch(article);
        Posting plain = new Posting(ranked._1(), article.id(), null, null);
        Posting withWords = new Posting(ranked._1(), article.id(), seconds(article), ReuseDetector.compactWords(sketch));
        List<Tuple2<Tuple2<Integer, Long>, Posting>> keys = new ArrayList<>();
        for (long key : ReuseDetector.shingleBandKeys(sketch)) {
            keys.add(new Tuple2<>(new Tuple2<>(SHINGLES, key), plain));
        }
        for (long key : ReuseDetector.wordBandKeys(sketch)) {
            keys.add(new Tuple2<>(new Tuple2<>(WORDS, key), withWords));
        }
        for (long key : sketch.fingerprints()) {
            keys.add(new Tuple2<>(new Tuple2<>(EXCERPTS, key), plain));
        }
        return keys.iterator();
    }

    /**
     * The pairs one bucket gives: each member with the earlier members a lookup would return when it
     * is added (the index looks up before it adds), within the index's bounds.
     */
    private static Iterator<Candidate> pairs(int kind, Iterable<Posting> bucket) {
        List<Posting> members = new ArrayList<>();
        bucket.forEach(members::add);
        members.sort(Comparator.comparingLong(Posting::rank));
        int maxPostings = kind == EXCERPTS ? SETTINGS.excerptMaxPostings() : LshIndex.STOCK_BUCKET;
        int maxCollected = kind == EXCERPTS ? SETTINGS.excerptMaxPostings() : LshIndex.RECENT_IN_BUCKET;
        List<Candidate> pairs = new ArrayList<>();
        for (int k = 1; k < members.size() && k <= maxPostings; k++) {
            Posting later = members.get(k);
            for (int j = Math.max(0, k - maxCollected); j < k; j++) {
                Posting earlier = members.get(j);
                if (earlier.rank() == later.rank()) {
                    continue;
                }
                if (kind == WORDS && !ReuseDetector.keepsWordCandidate(later.words(), later.seconds(), earlier.words(),
                        earlier.seconds())) {
                    continue;
                }
                pairs.add(new Candidate(earlier.rank(), later.rank(), false));
            }
        }
        return pairs.iterator();
    }

    /**
     * Classifies each pair as the detector does: {@code classify(earlier, later)}, or
     * {@code classify(later, earlier)} when the earlier one proposed it. Gives each link with its
     * source's outlet, lower case, for the choice among citations.
     */
    private static Iterator<Tuple2<ReuseLink, String>> classify(
            Iterator<Tuple2<Long, Tuple2<Tuple2<Article, Boolean>, Article>>> pairs) {
        PairClassifier classifier = new PairClassifier();
        List<Tuple2<ReuseLink, String>> found = new ArrayList<>();
        while (pairs.hasNext()) {
            Tuple2<Tuple2<Article, Boolean>, Article> pair = pairs.next()._2();
            Article earlier = pair._1()._1();
            Article later = pair._2();
            boolean proposedByEarlier = pair._1()._2();
            Article first = proposedByEarlier ? later : earlier;
            Article second = proposedByEarlier ? earlier : later;
            Optional<ReuseLink> link = classifier.classify(first, second);
            if (link.isPresent()) {
                Article source = link.get().sourceId().equals(first.id()) ? first : second;
                found.add(new Tuple2<>(link.get(), String.valueOf(source.outlet()).toLowerCase(Locale.ROOT)));
            }
        }
        return found.iterator();
    }

    private static List<ReuseLink> closestCitations(Iterable<Tuple2<ReuseLink, String>> linksOfOneArticle) {
        List<ReuseLink> links = new ArrayList<>();
        Map<ReuseLink, String> outlets = new IdentityHashMap<>();
        for (Tuple2<ReuseLink, String> link : linksOfOneArticle) {
            links.add(link._1());
            outlets.put(link._1(), link._2());
        }
        return ClosestCitations.of(links, outlets);
    }

    static Long seconds(Article article) {
        return article.published() == null ? null : article.published().instant().getEpochSecond();
    }
}

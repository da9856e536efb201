package dev.corroborate.spark;

import dev.corroborate.model.Article;
import dev.corroborate.reuse.DetectorSettings;
import dev.corroborate.reuse.ReuseDetector;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The {@code cites} candidates of {@link ReuseDetector}, as a shuffle: an article whose text names
 * an outlet or agency (at least three letters, lower case) is paired with that name's articles:
 * all of them when there are at most {@link DetectorSettings#nameCandidates()}, otherwise, of the
 * latest {@link DetectorSettings#nameScan()} published within {@link DetectorSettings#nameWindowDays()}
 * days of it, those closest in content words (an article the detector had not yet added when it
 * looked counts as the farthest). The names are broadcast; each name's articles are grouped in one
 * task (an outlet's whole archive: the bound of this step).
 */
final class NameCandidates {

    private static final DetectorSettings SETTINGS = DetectorSettings.DEFAULTS;

    /** An article of a name, or an article naming it: feed rank, id, time, compact content words. */
    record Member(long rank, String id, Long seconds, short[] words) implements Serializable {
    }

    private NameCandidates() {
    }

    static JavaRDD<SparkReuse.Candidate> find(JavaPairRDD<Long, Article> ranked) {
        JavaPairRDD<String, Member> members = ranked.flatMapToPair(NameCandidates::namesOf);
        List<String> names = members.keys().distinct().collect();
        if (names.isEmpty()) {
            return JavaSparkContext.fromSparkContext(ranked.context()).emptyRDD();
        }
        Broadcast<List<String>> known = JavaSparkContext.fromSparkContext(ranked.context()).broadcast(names);
        JavaPairRDD<String, Member> naming = ranked.flatMapToPair(article -> mentions(article, known.value()));
        return naming.cogroup(members).flatMap(name -> candidates(name._2()._1(), name._2()._2()));
    }

    /** The names an article is filed under: its outlet and agency (once when they are equal). */
    private static Iterator<Tuple2<String, Member>> namesOf(Tuple2<Long, Article> ranked) {
        Article article = ranked._2();
        Set<String> names = new LinkedHashSet<>();
        for (String name : new String[] {article.outlet(), article.agency()}) {
            if (name != null && name.strip().length() >= 3) {
                names.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        Member member = member(ranked);
        List<Tuple2<String, Member>> filed = new ArrayList<>();
        names.forEach(name -> filed.add(new Tuple2<>(name, member)));
        return filed.iterator();
    }

    /** The names an article's text holds. */
    private static Iterator<Tuple2<String, Member>> mentions(Tuple2<Long, Article> ranked, List<String> names) {
        String folded = ranked._2().text().toLowerCase(Locale.ROOT);
        List<Tuple2<String, Member>> found = new ArrayList<>();
        Member member = null;
        for (String name : names) {
            if (folded.contains(name)) {
                member = member == null ? member(ranked) : member;
                found.add(new Tuple2<>(name, member));
            }
        }
        return found.iterator();
    }

    private static Member member(Tuple2<Long, Article> ranked) {
        return new Member(ranked._1(), ranked._2().id(), SparkReuse.seconds(ranked._2()),
                ReuseDetector.compactWords(ReuseDetector.sketch(ranked._2())));
    }

    private static Iterator<SparkReuse.Candidate> candidates(Iterable<Member> naming, Iterable<Member> named) {
        List<Member> members = new ArrayList<>();
        named.forEach(members::add);
        members.sort(Comparator.comparingLong(Member::rank));
        List<SparkReuse.Candidate> pairs = new ArrayList<>();
        for (Member article : naming) {
            for (Member other : closestInTopic(members, article)) {
                if (other.rank() < article.rank()) {
                    pairs.add(new SparkReuse.Candidate(other.rank(), article.rank(), false));
                } else if (other.rank() > article.rank()) {
                    pairs.add(new SparkReuse.Candidate(article.rank(), other.rank(), true));
                }
            }
        }
        return pairs.iterator();
    }

    /** As the detector chooses among a name's articles for one naming article. */
    private static List<Member> closestInTopic(List<Member> members, Member article) {
        if (members.size() <= SETTINGS.nameCandidates()) {
            return members;
        }
        long window = SETTINGS.nameWindowDays() * 24L * 3600L;
        List<Member> near = new ArrayList<>();
        for (int m = members.size() - 1; m >= 0 && near.size() < SETTINGS.nameScan(); m--) {
            Member member = members.get(m);
            if (article.seconds() == null || member.seconds() == null
                    || Math.abs(member.seconds() - article.seconds()) <= window) {
                near.add(member);
            }
        }
        // The detector adds articles in chunks and compares after adding the whole chunk: an article
        // of a later chunk is not yet known to it.
        long added = (article.rank() / SETTINGS.chunk() + 1) * SETTINGS.chunk();
        near.sort(Comparator.comparingInt((Member m) -> m.rank() < added
                ? -ReuseDetector.agreement(article.words(), m.words()) : 1).thenComparing(Member::id));
        return near.size() <= SETTINGS.nameCandidates() ? near : near.subList(0, SETTINGS.nameCandidates());
    }
}

// The sources step's graphs for the groups around one run's articles, as a batch counts them, writing
// nothing (docs/BENCHMARKS.md, "Sixth session: compare, sources, reading"); run by ../compare_ab/AB.java.
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.pipeline.ProvenanceGroups;
import dev.corroborate.pipeline.ReuseSink;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.*;

/** One count of the groups around the store's last run's articles (every group with -Dall=true); returns what it counted. */
public class Once {
    static ArticleStore store;
    static List<String> lastRun;
    public static String run(String dir) throws Exception {
        if (store == null) {
            Class.forName("org.sqlite.JDBC", true, Once.class.getClassLoader());
            store = ArticleStore.openForReading(Path.of(dir));
            lastRun = new ArrayList<>();
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir + "/corroborate.db");
                 var rs = c.createStatement().executeQuery(
                         "SELECT id FROM articles WHERE run_id = (SELECT run_id FROM articles ORDER BY rowid DESC LIMIT 1) ORDER BY id")) {
                while (rs.next()) lastRun.add(rs.getString(1));
            }
        }
        ReuseSink links = store;
        if (!Boolean.getBoolean("all")) { // -Dall=true: every group of the store, as a run from scratch counts them
            Class<?> near = Class.forName("dev.corroborate.io.query.NearbyLinks", true, Once.class.getClassLoader());
            var around = near.getDeclaredMethod("around", ArticleStore.class, Collection.class);
            around.setAccessible(true);
            links = (ReuseSink) around.invoke(null, store, lastRun);
        }
        ProvenanceGroups groups = new ProvenanceGroups(store, links);
        Map<String, ProvenanceGroups.Figure> figures = new HashMap<>();
        Map<Integer, Integer> counts = groups.independentSourceCounts(Map.of(), figures);
        long dependent = figures.values().stream().mapToLong(f -> f.dependent().size()).sum();
        return lastRun.size() + " articles, " + figures.size() + " groups, " + counts + ", dependent " + dependent
                + ", figures " + Integer.toHexString(new TreeMap<>(figures).toString().hashCode());
    }
}

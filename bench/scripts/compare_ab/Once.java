// Compare step only, one build at a time, as the bench of docs/BENCHMARKS.md ("Compare: ... compare6") runs it.
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.pipeline.AnalysisResults;
import dev.corroborate.pipeline.CompareStage;
import dev.corroborate.pipeline.Corpus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Set;

/** One compare step on a store opened for reading, writing nothing; returns the CPU nanoseconds of this thread and its helpers (process CPU). */
public class Once {
    static ArticleStore store;
    static final Set<String> WRITES = Set.of("updateDiscrepancies", "keepAlignments", "replaceDiscrepancies", "forgetComparisonChanges");
    public static String run(String dir) {
        if (store == null) { try { Class.forName("org.sqlite.JDBC", true, Once.class.getClassLoader()); } catch (ClassNotFoundException e) { throw new IllegalStateException(e); } }
        if (store == null) store = ArticleStore.openForReading(Path.of(dir));
        AnalysisResults results = (AnalysisResults) Proxy.newProxyInstance(Once.class.getClassLoader(),
                new Class<?>[]{AnalysisResults.class}, (p, m, a) -> {
                    if (WRITES.contains(m.getName())) return null;
                    try { return m.invoke(store, a); } catch (InvocationTargetException e) { throw e.getCause(); }
                });
        CompareStage.Summary s = new CompareStage().run((Corpus) store, results, false);
        return s.compared() + " compared, " + s.total();
    }
}

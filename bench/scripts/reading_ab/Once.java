// Reading a JSONL file as analyze's reading step does (SourceReader with the ArticleAssembler), storing
// nothing, for ../compare_ab/AB.java to alternate builds (docs/BENCHMARKS.md, "Sixth session").
import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.io.source.FetchSettings;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import java.util.List;

/** One read of the file named by the argument; returns how many articles and a digest of them. */
public class Once {
    public static String run(String file) {
        SourceReader reader = new SourceReader(new ArticleAssembler(), new SourceLimits(256L << 20, 256L << 20), FetchSettings.DEFAULTS);
        long[] counts = new long[2];
        int[] digest = {0};
        reader.read(List.of(file), (origin, extraction) -> {
            counts[0]++;
            if (extraction instanceof Extraction.Accepted accepted) {
                counts[1]++;
                digest[0] = 31 * digest[0] + accepted.article().text().hashCode() + accepted.article().title().hashCode()
                        + accepted.removed().hashCode() + accepted.warnings().hashCode();
            }
        }, bytes -> { });
        return counts[0] + " read, " + counts[1] + " accepted, digest " + Integer.toHexString(digest[0]);
    }
}

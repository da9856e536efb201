package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages and texts written for this test, one per metadata source and one with every kind of
 * boilerplate, each compared with its reviewed {@code .golden.json}. After an intended change, run
 * with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenPagesTest {

    private static final Path FOLDER = Path.of("src/test/resources/golden-pages");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".golden.json"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void theFolderHoldsAPagePerSourceAndEveryOneHasAGoldenFile() throws IOException {
        List<String> pages = pages().toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(6);
        for (String page : pages) {
            if (!Boolean.getBoolean("golden.update")) {
                assertThat(FOLDER.resolve(page + ".golden.json")).exists();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractionMatchesTheReviewedGoldenFile(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(FOLDER.resolve(name));
        SourceDocument.Content content = name.endsWith(".txt")
                ? new SourceDocument.PlainText(new String(bytes, StandardCharsets.UTF_8))
                : new SourceDocument.HtmlBytes(bytes);
        Extraction extraction = new ArticleAssembler().assemble(
                new SourceDocument(Origin.of(name), SourceDocument.Metadata.NONE, content));
        assertThat(extraction).isInstanceOf(Extraction.Accepted.class);
        String actual = JSON.writeValueAsString(view(((Extraction.Accepted) extraction).article())) + "\n";

        Path golden = FOLDER.resolve(name + ".golden.json");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static Map<String, Object> view(Article article) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", article.title());
        view.put("outlet", article.outlet());
        view.put("url", article.url());
        view.put("published", article.published() == null ? null : article.published().iso());
        view.put("modified", article.modified() == null ? null : article.modified().iso());
        view.put("lead", article.lead());
        view.put("authors", article.authors());
        view.put("language", article.language());
        view.put("dateline", article.dateline());
        view.put("agency", article.agency());
        view.put("paragraphs", article.paragraphs());
        return view;
    }
}

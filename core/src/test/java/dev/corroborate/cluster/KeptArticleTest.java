package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptArticleTest {

    private static Article article(String id, String title, String text) {
        return new Article(id, null, "Fen Gazette", title, List.of(), PublishedTime.parse("2026-04-02T09:00Z").orElseThrow(),
                null, "en", null, Article.paragraphsOf(text), null, null, Origin.of("kept.jsonl"));
    }

    @Test
    void whatIsKeptOfAnArticleReadsBackAsItWas() {
        StoryClusterer clusterer = new StoryClusterer();
        Article article = article("lock-1", "McKEOWN lock gates fail after the storm of 2025",
                "Engineers at the McKeown lock said on Wednesday that 2 gates failed after last week's storm, "
                        + "following the inspection that was still to come. The canal trust NAVRO and Navro "
                        + "volunteers closed 14 miles of the Fenmere canal. The repairs are expected to take weeks.");
        KeptArticle kept = clusterer.describe(article);
        KeptArticle again = KeptArticle.decode(article, kept.encode());

        assertThat(again.counts).isEqualTo(kept.counts);
        assertThat(List.copyOf(again.counts.keySet())).isEqualTo(List.copyOf(kept.counts.keySet()));
        assertThat(again.identity).isEqualTo(kept.identity);
        assertThat(again.lead).isEqualTo(kept.lead);
        assertThat(again.nameForms).isEqualTo(kept.nameForms);
        assertThat(kept.nameForms).containsKeys("N:mckeown", "N:navro");
        assertThat(kept.nameForms.get("N:navro")).containsExactly("NAVRO", "");
        assertThat(again.encode()).isEqualTo(kept.encode());
    }

    @Test
    void countsThatAreNotWholeReadBackExactly() {
        KeptArticle kept = KeptArticle.decode(article("half-1", "", ""), "weir\t1.5\tN:tarrow\t12\t#3\t0.1\n\n\n\n\n");
        assertThat(kept.counts).containsOnly(java.util.Map.entry("weir", 1.5), java.util.Map.entry("N:tarrow", 12.0),
                java.util.Map.entry("#3", 0.1));
        assertThat(KeptArticle.decode(article("half-1", "", ""), kept.encode()).counts).isEqualTo(kept.counts);
    }

    @Test
    void anArticleWithNoWordsIsKeptToo() {
        Article empty = article("blank-1", "", "");
        KeptArticle kept = new StoryClusterer().describe(empty);
        assertThat(KeptArticle.decode(empty, kept.encode()).counts).isEmpty();
    }

    @Test
    void aTextThatIsNotKeptFeaturesIsRefusedNamingTheArticle() {
        assertThatThrownBy(() -> KeptArticle.decode(article("odd-1", "", ""), "only one line"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odd-1");
    }
}

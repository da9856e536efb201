package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.extract.SourceDocument.Metadata;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {

    private final ArticleAssembler assembler = new ArticleAssembler();

    private Article assemble(String text) {
        Extraction extraction = assembler.assemble(
                new SourceDocument(Origin.of("a.txt"), Metadata.NONE, new SourceDocument.PlainText(text)));
        return ((Extraction.Accepted) extraction).article();
    }

    @Test
    void aTextFilesHeadlineLeavesTheBodyAndTheFurnitureAboveItGoes() {
        Article article = assemble("Friday, March 6, 2026\n\nCouncil approves new harbour wall\n\n"
                + "LUNMOUTH (Meridian Press) – The vote was 9 to 2.\n\n- Advertisement -\n\nWork starts in May.");
        assertThat(article.title()).isEqualTo("Council approves new harbour wall");
        assertThat(article.paragraphs()).containsExactly("The vote was 9 to 2.", "Work starts in May.");
        assertThat(article.text()).isEqualTo("The vote was 9 to 2.\n\nWork starts in May.");
        assertThat(article.dateline()).isEqualTo("LUNMOUTH");
        assertThat(article.agency()).isEqualTo("Meridian Press");
    }

    @Test
    void theSameInputAlwaysGivesTheSameArticle() {
        String text = "Ferry service resumes after storm\n\nBoats sailed again on Monday.";
        assertThat(assemble(text)).isEqualTo(assemble(text));
    }

    @Test
    void aFileWithOnlyAHeadlineHasNoText() {
        Extraction extraction = assembler.assemble(new SourceDocument(Origin.of("a.txt"), Metadata.NONE,
                new SourceDocument.PlainText("Just a headline here\n")));
        assertThat(extraction).isInstanceOf(Extraction.Refused.class);
    }

    @Test
    void theOutletDefaultsToTheUrlsHost() {
        assertThat(ArticleAssembler.hostOf("https://www.harbourdaily.example/news/1")).isEqualTo("harbourdaily.example");
        assertThat(ArticleAssembler.hostOf("not a url")).isNull();
    }
}

package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.io.query.Page;
import dev.corroborate.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The speakers page said "13 people quoted" with "the letter" first, and a role twice when only its case differed. */
class SpeakersPageTest {

    @Test
    void aWrittenSourceIsMarkedAndARoleIsShownOnce() {
        Speaker letter = new Speaker("sp-1", "the letter", List.of("the letter"), List.of(), 8, List.of());
        Speaker spokesman = new Speaker("sp-2", "Ilse Marten", List.of("Ilse Marten", "Marten"),
                List.of("Harbour spokeswoman", "harbour spokeswoman"), 3, List.of());

        String page = SpeakersPage.render(new Page<>(2, 0, 20, List.of(letter, spokesman)));

        assertThat(page).contains("2 speakers quoted: people, and written sources marked as such")
                .contains("the letter <span class=\"note\">(a written source, not a person)</span>")
                .contains("<td>Harbour spokeswoman</td>").doesNotContain("harbour spokeswoman")
                .doesNotContain("people quoted");
        assertThat(JsonViews.speaker(letter)).containsEntry("writtenSource", true);
        assertThat(JsonViews.speaker(spokesman)).containsEntry("writtenSource", false)
                .containsEntry("roles", List.of("Harbour spokeswoman"));
    }
}

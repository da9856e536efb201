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

        String page = SpeakersPage.render(new Page<>(2, 0, 20, List.of(letter, spokesman)), java.util.Map.of());

        assertThat(page).contains("2 speakers quoted: people, and written sources marked as such")
                .contains("the letter <span class=\"note\">(a written source, not a person)</span>")
                .contains("<td>Harbour spokeswoman</td>").doesNotContain("harbour spokeswoman")
                .doesNotContain("people quoted");
        assertThat(JsonViews.speaker(letter, null)).containsEntry("writtenSource", true);
        assertThat(JsonViews.speaker(spokesman, null)).containsEntry("writtenSource", false)
                .containsEntry("roles", List.of("Harbour spokeswoman")).doesNotContainKey("quotedIn");
    }

    /** "A commission official" was listed twice, as two speakers with nothing to tell them apart. */
    @Test
    void aSpeakerKnownOnlyByADescriptionIsShownWithTheOutletsQuotingIt() {
        Speaker one = new Speaker("sp-3", "A harbour official", List.of("A harbour official"), List.of(), 1, List.of());
        Speaker other = new Speaker("sp-4", "A harbour official", List.of("A harbour official"), List.of(), 1, List.of());

        String page = SpeakersPage.render(new Page<>(2, 0, 20, List.of(one, other)),
                java.util.Map.of("sp-3", List.of("Quillby Post"), "sp-4", List.of("Lusk Herald", "an outlet unknown")));

        assertThat(page).contains("A harbour official <span class=\"note\">(quoted in Quillby Post)</span>")
                .contains("A harbour official <span class=\"note\">(quoted in Lusk Herald, an outlet unknown)</span>");
        assertThat(JsonViews.speaker(one, List.of("Quillby Post"))).containsEntry("quotedIn", List.of("Quillby Post"));
        // "The Associated Press" reads as a description too: quoted by many outlets, the line names five.
        String many = SpeakersPage.render(new Page<>(1, 0, 20, List.of(one)), java.util.Map.of("sp-3",
                List.of("Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E", "Outlet F", "Outlet G")));
        assertThat(many).contains("(quoted in Outlet A, Outlet B, Outlet C, Outlet D, Outlet E and 2 more)");
    }
}

package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void aListOfNamesIsSeveralAuthors() {
        assertThat(Bylines.clean(List.of("Mira Castell, Tomas Berg, Anna Holm")))
                .containsExactly("Mira Castell", "Tomas Berg", "Anna Holm");
    }

    @Test
    void surnameCommaGivenNameIsOneAuthorReordered() {
        assertThat(Bylines.clean(List.of("Castell, Mira"))).containsExactly("Mira Castell");
    }

    @Test
    void aNameFollowedByShortCreditsListsEach() {
        assertThat(Bylines.clean(List.of("Ines Varga, dpa"))).containsExactly("Ines Varga", "dpa");
        assertThat(Bylines.clean(List.of("Per Lund, Lunmouth"))).containsExactly("Per Lund", "Lunmouth");
    }

    @Test
    void initialsAndAddressesAreDropped() {
        assertThat(Bylines.clean(List.of("Elin Strand (els)", "desk@example.org"))).containsExactly("Elin Strand");
    }

    @Test
    void aSentenceWithCommasIsNotSplit() {
        assertThat(Bylines.clean(List.of("Reporting by the harbour desk, with help from readers in 2026")))
                .containsExactly("Reporting by the harbour desk, with help from readers in 2026");
    }

    @Test
    void aBylineLosesItsOpeningWordAndSplitsAtConjunctions() {
        assertThat(Bylines.split("By Mira Castell and Tomas Berg")).containsExactly("Mira Castell", "Tomas Berg");
        assertThat(Bylines.split("Von Elin Strand und Per Lund")).containsExactly("Elin Strand", "Per Lund");
        assertThat(Bylines.split("Anna Holm; Ines Varga")).containsExactly("Anna Holm", "Ines Varga");
    }

    @Test
    void aNameWithParticlesStaysOneNameInAList() {
        assertThat(Bylines.clean(List.of("Mira van der Berg, Tomas de la Holm")))
                .containsExactly("Mira van der Berg", "Tomas de la Holm");
    }
}

package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFeaturesTest {

    private final EventFeatures features = new EventFeatures(StoryClusterer.Settings.DEFAULTS);

    private static Article article(String title, String text) {
        return StoryClustererTest.article("a-1", "Harbour Daily", "2026-03-02T08:00Z", title, text);
    }

    @Test
    void stopWordsAreNeverFeaturesAndDaysAreWordsButNotNames() {
        Map<String, Double> counted = features.of(article("",
                "On Tuesday the council of Ostrava said that the bridge would close in March 2027, after 14 inspections."));

        assertThat(counted).doesNotContainKeys("the", "of", "said", "that", "would", "after", "on", "in");
        assertThat(counted).containsKeys("tuesday", "march", "council", "bridge", "N:ostrava", "ostrava");
        assertThat(counted).doesNotContainKeys("N:tuesday", "N:march");
        assertThat(counted).containsKeys("Y2027", "#14");
    }

    @Test
    void theLeadWeighsMoreAndNamesNumbersAndYearsMoreStill() {
        Map<String, Double> counted = features.of(article("Flood closes Ostrava bridge", "Water rose in 2026."));

        // All of it lies in the lead: a word counts 3, a name 3 x 2 besides its word, a year 3 x 3.
        assertThat(counted.get("flood")).isEqualTo(3.0);
        assertThat(counted.get("N:ostrava")).isEqualTo(6.0);
        assertThat(counted.get("ostrava")).isEqualTo(3.0);
        assertThat(counted.get("Y2026")).isEqualTo(9.0);
    }

    @Test
    void theLeadIdentityHoldsItsNamesNumbersAndYearsOnly() {
        assertThat(features.leadIdentity(article("Ferry Aurora grounded off Vessa",
                "All 42 passengers were rescued on Monday, the first grounding since 2019.")))
                .containsExactly("#42", "N:aurora", "N:vessa", "Y2019");
    }

    @Test
    void aNameWrittenOtherwiseThanCapitalisedKeepsItsForm() {
        Map<String, String> forms = new HashMap<>();
        features.of(article("", "The talks with McAllister and with Brenna ended late."), forms);

        assertThat(forms).containsExactly(Map.entry("N:mcallister", "McAllister"));
    }
}

package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    @Test
    void candidatesComeBestFirstByTheWeightTheyShare() {
        CandidateIndex index = new CandidateIndex(StoryClusterer.Settings.DEFAULTS, new HashMap<>());
        index.post("N:vessa", 0);
        index.post("ferry", 0);
        index.post("ferry", 1);
        index.post("N:aurora", 1);
        index.post("N:aurora", 2);

        assertThat(index.shortlist(Map.of("N:aurora", 0.8, "ferry", 0.5, "N:korvik", 0.3))).containsExactly(1, 2, 0);
    }

    @Test
    void aFeatureListedForTooManyEventsProposesNone() {
        CandidateIndex index = new CandidateIndex(SettingsTest.defaultsWith("maxPostings", 2), new HashMap<>());
        for (int event = 0; event < 3; event++) {
            index.post("ferry", event);
        }
        index.post("N:vessa", 1);

        assertThat(index.shortlist(Map.of("ferry", 0.9, "N:vessa", 0.1))).containsExactly(1);
    }
}

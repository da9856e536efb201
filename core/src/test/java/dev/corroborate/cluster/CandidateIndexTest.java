package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    @Test
    void candidatesComeBestFirstByTheWeightTheyShare() {
        CandidateIndex index = new CandidateIndex(StoryClusterer.Settings.DEFAULTS, new FeatureTable());
        index.post("N:vessa", 0);
        index.post("ferry", 0);
        index.post("ferry", 1);
        index.post("N:aurora", 1);
        index.post("N:aurora", 2);

        assertThat(index.shortlist(Map.of("N:aurora", 0.8, "ferry", 0.5, "N:korvik", 0.3))).containsExactly(1, 2, 0);
    }

    @Test
    void aFeatureListedForTooManyEventsProposesNone() {
        CandidateIndex index = new CandidateIndex(SettingsTest.defaultsWith("maxPostings", 2), new FeatureTable());
        for (int event = 0; event < 3; event++) {
            index.post("ferry", event);
        }
        index.post("N:vessa", 1);

        assertThat(index.shortlist(Map.of("ferry", 0.9, "N:vessa", 0.1))).containsExactly(1);
    }

    @Test
    void theShortlistIsTheBestOfEveryTouchedEventByWeightThenNumber() {
        // Many events touched, with ties (equal weights from the same features), as a large archive gives.
        CandidateIndex index = new CandidateIndex(StoryClusterer.Settings.DEFAULTS, new FeatureTable());
        java.util.Random random = new java.util.Random(17);
        for (int event = 0; event < 3_000; event++) {
            for (int f = 0; f < 6; f++) {
                index.post("term" + random.nextInt(40), event);
            }
        }
        for (int probe = 0; probe < 50; probe++) {
            Map<String, Double> vector = new HashMap<>();
            for (int f = 0; f < 8; f++) {
                vector.put("term" + random.nextInt(40), (double) (1 + random.nextInt(4)) / 4);
            }
            java.util.List<int[]> touched = new java.util.ArrayList<>();
            java.util.List<Float> shared = new java.util.ArrayList<>();
            index.gather(index.strongest(vector), (number, weight) -> {
                touched.add(new int[] {number});
                shared.add(weight);
            });
            java.util.List<Integer> order = new java.util.ArrayList<>();
            for (int i = 0; i < touched.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> {
                int byWeight = Double.compare(shared.get(b), shared.get(a));
                return byWeight != 0 ? byWeight : Integer.compare(touched.get(a)[0], touched.get(b)[0]);
            });
            java.util.List<Integer> expected = order.stream().limit(StoryClusterer.Settings.DEFAULTS.candidates())
                    .map(i -> touched.get(i)[0]).toList();

            assertThat(touched.size()).isGreaterThan(StoryClusterer.Settings.DEFAULTS.candidates());
            assertThat(index.shortlist(vector)).isEqualTo(expected);
        }
    }

    @Test
    void listingsByFeatureNumberGatherAsListsByFeatureWould() {
        // Features over several pages of the index's arrays (numbers past 16,384), most listed once, some
        // many times, some too often: each gather against lists kept by feature, newest first, cut as the
        // index cuts them.
        StoryClusterer.Settings settings = SettingsTest.defaultsWith("maxPostings", 12);
        FeatureTable features = new FeatureTable();
        CandidateIndex index = new CandidateIndex(settings, features);
        Map<String, java.util.List<Integer>> lists = new HashMap<>();
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 40_000; i++) {
            features.number("filler" + i); // numbered, never listed
        }
        long clockBefore = index.clock();
        for (int event = 0; event < 4_000; event++) {
            for (int f = 0; f < 5; f++) {
                String term = random.nextInt(4) == 0 ? "common" + random.nextInt(30) : "name" + random.nextInt(30_000);
                index.post(term, event);
                lists.computeIfAbsent(term, key -> new java.util.ArrayList<>()).add(event);
            }
        }
        assertThat(index.clock()).isEqualTo(clockBefore + 20_000);
        for (int probe = 0; probe < 300; probe++) {
            Map<String, Double> vector = new HashMap<>();
            for (int f = 0; f < 6; f++) {
                String term = random.nextInt(3) == 0 ? "common" + random.nextInt(30) : "name" + random.nextInt(30_000);
                vector.put(term, (double) (1 + random.nextInt(4)) / 4);
            }
            var strongest = SparseVectors.strongest(vector, settings.indexedTermsPerEvent());
            Map<Integer, Float> expected = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Double> feature : strongest) {
                java.util.List<Integer> list = lists.getOrDefault(feature.getKey(), java.util.List.of());
                if (list.isEmpty() || list.size() > settings.maxPostings()) {
                    continue;
                }
                for (int k = list.size() - 1; k >= 0 && k >= list.size() - settings.maxCollected(); k--) {
                    expected.merge(list.get(k), feature.getValue().floatValue(), Float::sum);
                }
            }
            Map<Integer, Float> gathered = new java.util.LinkedHashMap<>();
            index.gather(index.strongest(vector), gathered::put);
            assertThat(gathered).containsExactlyEntriesOf(expected);
            assertThat(index.postedSince(index.strongest(vector), clockBefore)).isEqualTo(
                    strongest.stream().anyMatch(feature -> lists.containsKey(feature.getKey())));
        }
        // A listing after a clock reading is seen for its feature only.
        long before = index.clock();
        index.post("name29999", 4_000);
        assertThat(index.postedSince(index.strongest(Map.of("name29999", 1.0)), before)).isTrue();
        assertThat(index.postedSince(index.strongest(Map.of("common0", 1.0)), before)).isFalse();
        assertThat(index.postedSince(index.strongest(Map.of("filler7", 1.0)), before)).isFalse();
    }

    @Test
    void anArticleWeighedAheadGetsTheShortlistOfItsVector() {
        // The strongest features chosen and numbered where the article is weighed, and weights of
        // every size with ties (the heap's order by name decides among equals), as placement reads them.
        FeatureTable dictionary = new FeatureTable();
        CandidateIndex index = new CandidateIndex(StoryClusterer.Settings.DEFAULTS, dictionary);
        java.util.Random random = new java.util.Random(23);
        for (int event = 0; event < 2_000; event++) {
            for (int f = 0; f < 8; f++) {
                index.post("term" + random.nextInt(120), event);
            }
        }
        int limit = StoryClusterer.Settings.DEFAULTS.indexedTermsPerEvent();
        for (int probe = 0; probe < 100; probe++) {
            Map<String, Double> vector = new java.util.LinkedHashMap<>();
            for (int f = 0; f < 10 + random.nextInt(60); f++) {
                vector.put("term" + random.nextInt(150), random.nextBoolean() ? 0.25 : random.nextDouble());
            }
            Weighed weighed = Weighed.of(vector, dictionary, limit);

            assertThat(weighed.strongest.features()).hasSize(Math.min(limit, vector.size()));
            assertThat(index.shortlist(weighed)).isEqualTo(index.shortlist(vector)).isNotEmpty();
            // A placed vector that kept its features' numbers (as read back from a shelf) is not looked up again.
            assertThat(weighed.vector.numbersIn(dictionary)).isNotNull();
            CandidateIndex.Strongest byNumbers = index.strongest(weighed.vector);
            CandidateIndex.Strongest byLookup = index.strongest(vector);
            assertThat(byNumbers.features()).containsExactly(byLookup.features());
            assertThat(byNumbers.weights()).containsExactly(byLookup.weights());
            assertThat(index.shortlist(byNumbers)).isEqualTo(index.shortlist(vector));
        }
    }
}

package dev.corroborate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PerturbationCorpusTest {

    // Fictional reports, written for this test.
    static final String FERRY = String.join("\n\n",
            "A ferry ran aground off the island of Tarnholm on Tuesday, stranding 140 passengers for most of the night.",
            "Orla Brennick, a spokeswoman for the harbour authority, said the vessel had lost power near the northern reef. "
                    + "\"The crew acted quickly and nobody was hurt,\" she said.",
            "The ferry left Port Elder on August 31 with 9 crew members aboard. Rescue boats will tow it back at high tide.",
            "Investigators have not found the cause of the failure, Brennick said. The operator confirmed that the "
                    + "ferry had passed an inspection in 2024.",
            "\"We are still checking every engine on the fleet,\" said Tomas Velder, the operator's chief engineer. "
                    + "He said the checks would take about 12 days.");
    static final String MARKET = String.join("\n\n",
            "The covered market of Lunmouth reopened on Friday after a renovation that cost 4 million crowns and took 18 months.",
            "Mayor Ilse Drummond said the roof had been rebuilt with timber from the old station. \"It is the heart of the "
                    + "town again,\" she said at the ceremony.",
            "About 60 stallholders returned on the first day, and 25 new ones will open in the spring. The council "
                    + "approved a second phase on March 3 that would add a covered square.",
            "Critics said the works ran late. Drummond said the delay was caused by the discovery of a medieval well "
                    + "under the floor, which archaeologists have now recorded.");

    static List<DerivationCorpus.PoolArticle> pool() {
        return List.of(new DerivationCorpus.PoolArticle("p1", "e1", "Ferry aground off Tarnholm", FERRY),
                new DerivationCorpus.PoolArticle("p2", "e2", "Lunmouth market reopens", MARKET));
    }

    @Test
    void findsTheSitesOfEachEditWhereTheTextHasThem() {
        PerturbationSites sites = new PerturbationSites(DerivationCorpus.singleWordSynonyms());
        Map<PerturbationCorpus.Form, List<String>> found = sites.find(FERRY, new Random(1)).stream().collect(
                Collectors.groupingBy(PerturbationSites.Site::form, Collectors.mapping(
                        s -> s.replacements().get(0).at().of(FERRY) + "->" + s.replacements().get(0).with(), Collectors.toList())));

        // Not a year, not a day of a month, not a bound ("about 12": 12 and 18 need not conflict).
        assertThat(found.get(PerturbationCorpus.Form.NUMBER_CHANGED)).containsExactlyInAnyOrder("140->210", "9->14");
        assertThat(found.get(PerturbationCorpus.Form.NUMBER_AS_WORDS)).containsExactlyInAnyOrder("9->nine", "12->twelve");
        assertThat(found.get(PerturbationCorpus.Form.NUMBER_HEDGED)).hasSize(1)
                .allMatch(s -> s.matches("->(nearly|about|approximately|roughly|around) ")); // before 140; "about 12" is hedged already
        assertThat(found.get(PerturbationCorpus.Form.WEEKDAY_CHANGED)).singleElement().asString().startsWith("Tuesday->");
        assertThat(found.get(PerturbationCorpus.Form.DATE_REWRITTEN)).singleElement().asString()
                .matches("August 31->(31 August|Aug\\. 31)");
        assertThat(found.get(PerturbationCorpus.Form.DAY_CHANGED)).singleElement().asString().matches("31->(28|29|30)");
        assertThat(found.get(PerturbationCorpus.Form.NAME_RESPELLED)).isNotEmpty()
                .allMatch(s -> s.startsWith("Brennick->") || s.startsWith("Velder->"));
        assertThat(found.get(PerturbationCorpus.Form.PRONOUN_SWAPPED)).contains("she->he", "He->She");
        assertThat(found.get(PerturbationCorpus.Form.NEGATION_INSERTED)).contains("will->will not", "would->would not");
        assertThat(found.get(PerturbationCorpus.Form.NEGATION_REMOVED)).containsExactly("have not->have");
        assertThat(found.get(PerturbationCorpus.Form.VERB_REVERSED)).containsExactly("confirmed->denied");
        assertThat(found.get(PerturbationCorpus.Form.SPEECH_VERB_CHANGED)).isNotEmpty()
                .allMatch(s -> s.matches("said->(claimed|insisted|admitted|alleged)"));
        // Only a word between the quotation marks, never the attribution inside a quote.
        assertThat(found.get(PerturbationCorpus.Form.QUOTE_WORD_SWAPPED)).isNotEmpty()
                .allMatch(s -> s.startsWith("still->") || s.startsWith("quickly->") || s.startsWith("hurt->")
                        || s.startsWith("acted->"));
    }

    @Test
    void noFigureOfADateATimeOrASpacedDecimalIsTakenForACount() {
        String text = "MARCH 3, 2021 | 08: 06AM\n\nA quake of 6. 6 magnitude struck Osken on Jul 20, 2009 at 11. 45 p. m. "
                + "(M6. 6, shortly after 2 a. m.) and damaged 40 homes.";
        List<String> numbers = new PerturbationSites(Map.of()).find(text, new Random(1)).stream()
                .filter(s -> s.form() == PerturbationCorpus.Form.NUMBER_CHANGED)
                .map(s -> s.replacements().get(0).at().of(text)).toList();

        assertThat(numbers).containsExactly("40");
    }

    @Test
    void editsLandWhereTheyAreRecordedAndChangeNothingElse() {
        PerturbationCorpus.Corpus corpus = new PerturbationCorpus(7).generate(pool());
        Map<String, String> texts = corpus.articles().stream()
                .collect(Collectors.toMap(DerivationCorpus.Generated::id, DerivationCorpus.Generated::text));

        assertThat(corpus.families()).hasSize(2);
        assertThat(corpus.edits()).hasSizeGreaterThanOrEqualTo(4);
        for (PerturbationCorpus.Family family : corpus.families()) {
            assertThat(texts.get(family.copyId())).isEqualTo(texts.get(family.sourceId()));
            assertThat(family.editedIds()).hasSizeBetween(1, PerturbationCorpus.EDITED_COPIES);
        }
        for (PerturbationCorpus.Edit edit : corpus.edits()) {
            String source = texts.get(edit.sourceId());
            String edited = texts.get(edit.editedId());
            assertThat(edit.sourceSpans().get(0).of(source)).isEqualTo(edit.before());
            assertThat(edit.editedSpans().get(0).of(edited)).isEqualTo(edit.after());
            assertThat(edited).isNotEqualTo(source);
            // Outside the spans, the edited copy is the source.
            assertThat(outside(edited, edit.editedSpans())).isEqualTo(outside(source, edit.sourceSpans()));
        }
    }

    @Test
    void theEditsOfOneFamilyAreOfDifferentKindsInDifferentSentences() {
        PerturbationCorpus.Corpus corpus = new PerturbationCorpus(3).generate(pool());
        for (PerturbationCorpus.Family family : corpus.families()) {
            List<PerturbationCorpus.Edit> edits = corpus.edits().stream()
                    .filter(e -> e.sourceId().equals(family.sourceId())).toList();
            assertThat(edits.stream().map(e -> e.form().unit()).distinct()).hasSameSizeAs(edits);
            Set<Integer> starts = edits.stream().map(e -> e.sourceSpans().get(0).start()).collect(Collectors.toSet());
            assertThat(starts).hasSameSizeAs(edits);
        }
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        assertThat(new PerturbationCorpus(11).generate(pool())).isEqualTo(new PerturbationCorpus(11).generate(pool()));
        List<PerturbationCorpus.Corpus> others = new ArrayList<>();
        for (long seed = 12; seed < 16; seed++) {
            others.add(new PerturbationCorpus(seed).generate(pool()));
        }
        assertThat(others).anyMatch(other -> !other.edits().equals(new PerturbationCorpus(11).generate(pool()).edits()));
    }

    @Test
    void replacementsAreMadeInOrderAndTheirSpansRecorded() {
        PerturbationCorpus.Applied applied = PerturbationCorpus.apply("Kessary has 9 bridges and 40 ferries.", List.of(
                new PerturbationSites.Replacement(new TextSpan(12, 13), "nine"),
                new PerturbationSites.Replacement(new TextSpan(26, 26), "nearly ")));

        assertThat(applied.text()).isEqualTo("Kessary has nine bridges and nearly 40 ferries.");
        assertThat(applied.spans().get(0).of(applied.text())).isEqualTo("nine");
        assertThat(applied.spans().get(1).of(applied.text())).isEqualTo("nearly ");
    }

    @Test
    void aSurnameIsRespelledByOneLetterOrATransliteration() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(PerturbationSites.respelled("Brennick", new Random(seed)))
                    .isIn("Brenick", "Brennik", "Brennikk", "Brennich"); // ll/nn, ck, c, or nothing else applies
        }
        assertThat(PerturbationSites.respelled("Delaru", new Random(1))).isEqualTo("Delarru"); // no rule: a letter doubled
    }

    private static String outside(String text, List<TextSpan> spans) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (TextSpan span : spans) {
            out.append(text, from, span.start()).append('|');
            from = span.end();
        }
        return out.append(text.substring(from)).toString();
    }
}

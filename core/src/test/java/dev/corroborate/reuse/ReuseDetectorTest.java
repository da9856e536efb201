package dev.corroborate.reuse;

import static dev.corroborate.reuse.PairClassifierTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseDetectorTest {

    @Test
    void aSketchHoldsExactlyTheNamesItsFoldedTextContains() {
        java.util.Random random = new java.util.Random(5);
        String[] pieces = {"meridian", "press", "Valley", "ÉCHO", "Écho du Nord", "the", "İstanbul", "Σοφία", "ΣΟΦΙΑΣ", "courier",
            "daily", "post", "a", "—", "news", "Ağ", "\uD83D\uDCF0", " ", "  "};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder("Said");
            for (int p = 0; p < 1 + random.nextInt(40); p++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            Article article = article("a" + round, "Outlet", "2026-02-03T09:12Z", null, text.toString());
            String folded = article.text().toLowerCase(java.util.Locale.ROOT);
            java.util.function.Predicate<String> names = ReuseDetector.sketch(article).names();
            for (int n = 0; n < 20; n++) {
                // names cut from the text itself (held) and made up from the pieces (mostly not)
                String name;
                if (n % 2 == 0 && folded.length() > 3) {
                    int from = random.nextInt(folded.length() - 3);
                    name = folded.substring(from, from + 3 + random.nextInt(Math.min(12, folded.length() - from - 2)));
                } else {
                    name = (pieces[random.nextInt(pieces.length)] + " " + pieces[random.nextInt(pieces.length)])
                            .toLowerCase(java.util.Locale.ROOT);
                }
                assertThat(names.test(name)).as("%s in %s", name, folded).isEqualTo(folded.contains(name));
            }
        }
    }

    @Test
    void copiesRewritesAndCitationsAreProposedAndUnrelatedTextIsNot() {
        Article wire = article("wire", "Meridian Press", "2026-02-03T09:12Z", "Meridian Press", ReuseFixtures.WIRE);
        Article tram = article("tram", "Evening Post", "2026-02-03T10:00Z", null, ReuseFixtures.UNRELATED);
        Article copy = article("copy", "Harbour Daily", "2026-02-03T11:40Z", "Meridian Press", ReuseFixtures.WIRE);
        Article rewrite = article("rewrite", "Northern Ledger", "2026-02-04", null,
                "On Monday the transport regulator fined the island ferry operator 40,000 crowns for sailing late again and again last winter.",
                "According to the regulator, crew shortages on the northern route made a third of January sailings leave over twenty minutes behind schedule.",
                "An appeal is planned, the operator said, adding that twelve more deckhands had been hired for the spring timetable.",
                "Passenger groups said the fine should pay for a second vessel instead of going into the state budget.");
        Article citing = article("citing", "Valley Courier", "2026-02-05", null,
                "Island ferries were criticised in parliament on Wednesday, a week after the operator was fined, Meridian Press reported.");
        ReuseDetector detector = new ReuseDetector();
        List<Article> all = List.of(wire, tram, copy, rewrite, citing);
        all.forEach(detector::registerNames);
        assertThat(detector.add(wire)).isEmpty();
        assertThat(detector.add(tram)).isEmpty();
        assertThat(detector.add(copy)).contains("wire").doesNotContain("tram");
        assertThat(detector.add(rewrite)).contains("wire").doesNotContain("tram");
        assertThat(detector.add(citing)).contains("wire").doesNotContain("tram");
        assertThat(detector.size()).isEqualTo(5);
    }
}

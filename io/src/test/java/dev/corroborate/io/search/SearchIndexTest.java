package dev.corroborate.io.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path dataDir;

    static Article article(String id, String title, String... paragraphs) {
        return new Article(id, "https://ledger.example/" + id, "Ledger", title, List.of(),
                PublishedTime.parse("2026-02-03T09:00Z").orElseThrow(), null, "en", null,
                List.of(paragraphs), null, null, Origin.atLine("feed.jsonl", 1, 0));
    }

    private void store(Article... articles) {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.insert(List.of(articles), store.startRun("test", List.of(), Map.of()));
        }
    }

    private int update() {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            return SearchIndex.update(store);
        }
    }

    @Test
    void updateAddsOnlyWhatTheIndexLacksAndANewSearchSeesIt() {
        store(article("a1", "Harbour wall approved", "The council of Quillby approved the harbour wall on Monday."));
        assertThat(update()).isEqualTo(1);
        try (SearchIndex index = SearchIndex.openForReading(dataDir)) {
            assertThat(index.search("harbour", 0, 10).total()).isEqualTo(1);
            store(article("a2", "Ferry fares rise", "Ferry fares to the harbour rise by a tenth in May."));
            assertThat(update()).isEqualTo(1);
            assertThat(update()).isZero();
            assertThat(index.search("harbour", 0, 10).hits()).extracting(SearchHit::articleId).containsExactlyInAnyOrder("a1", "a2");
        }
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(SearchIndex.rebuild(store)).isEqualTo(2);
        }
    }

    @Test
    void snippetsArePlainTextPiecesWithTheMatchesMarkedAndAccentsFolded() {
        String text = "Residents of Zürich said the <i>harbour wall</i> was too low.";
        store(article("a1", "Wall", text));
        update();
        try (SearchIndex index = SearchIndex.openForReading(dataDir)) {
            SearchHit hit = index.search("zurich \"harbour wall\"", 0, 10).hits().get(0);
            SearchHit.Snippet snippet = hit.snippets().stream().filter(s -> s.field().equals("text")).findFirst().orElseThrow();
            assertThat(snippet.text()).isEqualTo(text);
            assertThat(snippet.pieces()).filteredOn(SearchHit.Piece::matched).extracting(SearchHit.Piece::text)
                    .contains("Zürich").anyMatch(t -> t.contains("harbour"));
        }
    }

    /** The index options of the index's text field, as its segments hold them. */
    private org.apache.lucene.index.IndexOptions textOptions() throws java.io.IOException {
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(dataDir.resolve(SearchIndex.FOLDER));
             org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            return org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader).fieldInfo(SearchIndex.TEXT).getIndexOptions();
        }
    }

    /** The text field's matched pieces of the first hit of {@code query}. */
    private List<String> matchedInText(String query) {
        try (SearchIndex index = SearchIndex.openForReading(dataDir)) {
            return index.search(query, 0, 10).hits().get(0).snippets().stream().filter(s -> s.field().equals("text"))
                    .flatMap(s -> s.pieces().stream()).filter(SearchHit.Piece::matched).map(SearchHit.Piece::text).toList();
        }
    }

    @Test
    void aNewIndexKeepsPositionsWithoutOffsetsAndHighlightsFromTheStoredText() throws java.io.IOException {
        store(article("a1", "Wall", "The old harbour wall of Quillby was raised by a metre after the harbour flooded."));
        update();
        assertThat(textOptions()).isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        assertThat(matchedInText("\"harbour wall\"")).containsExactly("harbour wall");
        assertThat(matchedInText("harb*")).containsExactly("harbour", "harbour");
    }

    @Test
    void anIndexWrittenWithOffsetsIsAddedToWithThemAndHighlightsAsANewOne() throws java.io.IOException {
        Article old = article("a1", "Wall", "The old harbour wall of Quillby was raised by a metre after the harbour flooded.");
        store(old);
        // As analyze wrote indexes before the twenty-third session: offsets in the postings.
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(dataDir.resolve(SearchIndex.FOLDER));
             org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig(new SearchAnalyzer()))) {
            writer.addDocument(SearchIndex.document(old, "", SearchIndex.searched(true)));
            writer.commit();
        }
        store(article("b2", "Quay", "The harbour wall by the quay is older than the harbour itself."));
        assertThat(update()).isEqualTo(1); // a field's options cannot change: the new document is written as the old
        assertThat(textOptions()).isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        assertThat(matchedInText("quay \"harbour wall\"")).containsExactly("harbour wall", "quay");
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(SearchIndex.rebuild(store)).isEqualTo(2);
        }
        assertThat(textOptions()).isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        assertThat(matchedInText("quay \"harbour wall\"")).containsExactly("harbour wall", "quay");
    }

    /** Every document's id in the index, in document order. */
    private List<String> indexedIds() throws java.io.IOException {
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(dataDir.resolve(SearchIndex.FOLDER));
             org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            List<String> ids = new java.util.ArrayList<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                ids.add(reader.storedFields().document(doc).get(SearchIndex.ID));
            }
            return ids;
        }
    }

    /** Sets the index's commit data as an index written before it had any, or by a writer that got it wrong. */
    private void commitData(Map<String, String> data) throws java.io.IOException {
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(dataDir.resolve(SearchIndex.FOLDER));
             org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig(new SearchAnalyzer()))) {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }

    private Map<String, String> commitData() throws java.io.IOException {
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(dataDir.resolve(SearchIndex.FOLDER))) {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData();
        }
    }

    @Test
    void eachUpdateAddsTheArticlesStoredSinceItsLastCommitWhateverTheCommitDataSays() throws java.io.IOException {
        store(article("b2", "Quay", "The quay reopens."), article("a1", "Wall", "The harbour wall."));
        assertThat(update()).isEqualTo(2);
        // Stored after the commit: found by the sequence the commit recorded, added in id order.
        store(article("d4", "Tide", "A high tide."), article("c3", "Ferry", "The ferry runs late."));
        assertThat(update()).isEqualTo(2);
        assertThat(indexedIds()).containsExactly("a1", "b2", "c3", "d4");
        // An index without the commit data (written before it existed): a run with nothing new records it.
        commitData(Map.of());
        assertThat(update()).isZero();
        assertThat(commitData()).containsKey(SearchIndex.INDEXED_THROUGH);
        commitData(Map.of());
        // A run with new articles: every id compared, as before.
        store(article("e5", "Gale", "A gale warning."));
        assertThat(update()).isEqualTo(1);
        assertThat(update()).isZero();
        // Commit data that does not agree with the counts (a sequence past the store's): every id compared.
        commitData(Map.of(SearchIndex.INDEXED_THROUGH, "1000"));
        store(article("f6", "Pier", "The pier is closed."));
        assertThat(update()).isEqualTo(1);
        // And one behind (it would name an indexed article again): the counts disagree, every id compared.
        commitData(Map.of(SearchIndex.INDEXED_THROUGH, "1"));
        store(article("g7", "Buoy", "A new buoy."));
        assertThat(update()).isEqualTo(1);
        assertThat(indexedIds()).containsExactly("a1", "b2", "c3", "d4", "e5", "f6", "g7");
        try (SearchIndex index = SearchIndex.openForReading(dataDir)) {
            assertThat(index.search("buoy OR pier OR gale", 0, 10).total()).isEqualTo(3);
        }
    }

    @Test
    void badQueriesGiveAMessageNotAnException() {
        store(article("a1", "Wall", "The harbour wall."));
        update();
        try (SearchIndex index = SearchIndex.openForReading(dataDir)) {
            for (String bad : List.of("\"harbour wall", "*", "?arbour", "harbour AND", "(harbour", "title:", "", "x".repeat(501))) {
                assertThatThrownBy(() -> index.search(bad, 0, 10)).as(bad).isInstanceOf(BadQueryException.class)
                        .hasMessageNotContaining("Exception").hasMessageNotContaining("Lexical");
            }
            assertThatThrownBy(() -> index.search("harbour", SearchIndex.MAX_DEPTH, 10)).isInstanceOf(BadQueryException.class);
        }
    }

    /**
     * A new user's queries: "zebra-letter" found every article with "letter" (a hyphenated word's parts were
     * any of them), "Tarn/Basin" and "water!" were refused as syntax, "outlet:Harbour" found nothing without
     * a word, and "NOT letter" found nothing at all.
     */
    @Test
    void hyphensSlashesAndExclusionsAreSearchedAsAUserMeansThem() {
        store(article("a1", "Letter to the council", "A long-awaited letter reached the Tarn Basin council."),
                article("a2", "Ferry fares", "The ferry letter was long delayed; water prices rose!"),
                article("a3", "Harbour wall", "The harbour wall of Quillby is finished."));
        update();
        try (SearchIndex index = SearchIndex.openForReading(dataDir)) {
            assertThat(index.search("zebra-letter", 0, 10).total()).isZero();
            assertThat(index.search("long-awaited", 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("a1");
            assertThat(index.search("Tarn/Basin", 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("a1");
            assertThat(index.search("water!", 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("a2");
            assertThat(index.search("https://ledger.example/a3 harbour", 0, 10).total()).isZero();
            assertThat(index.search("NOT letter", 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("a3");
            assertThat(index.search("-letter -wall", 0, 10).total()).isZero();
            assertThat(index.search("title:letter", 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("a1");
            assertThatThrownBy(() -> index.search("outlet:Ledger", 0, 10)).isInstanceOf(BadQueryException.class)
                    .hasMessage("\"outlet:\" is no field to search: title:, text: and quotes: are (or search for the words alone)");
            assertThat(index.search("\"outlet:Ledger\" OR wall", 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("a3");
            // the parser's own syntax still works: a phrase's proximity, a word's likeness, a field in any case
            assertThat(index.search("\"letter council\"~5", 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("a1");
            assertThat(index.search("\"letter council\"", 0, 10).total()).isZero();
            assertThat(index.search("leter~", 0, 10).hits()).extracting(SearchHit::articleId).containsExactlyInAnyOrder("a1", "a2");
            assertThat(index.search("Title:letter", 0, 10).hits()).extracting(SearchHit::articleId).containsExactly("a1");
            // a colon before a short ending is text, as Swedish and Finnish write "USA:s", "EU:n"
            assertThat(index.search("USA:s", 0, 10).total()).isZero();
        }
    }

    @Test
    void aDataDirectoryWithoutAnIndexSaysSoAndIsNotWritten() {
        store(article("a1", "Wall", "The harbour wall."));
        try (SearchIndex index = SearchIndex.openForReading(dataDir)) {
            assertThat(index.exists()).isFalse();
        }
        assertThat(dataDir.resolve(SearchIndex.FOLDER)).doesNotExist();
    }

    @Test
    void aQuotePassageIsTheWholeQuoteWithItsSpeaker() {
        store(article("a1", "Wall", "The council met on Monday.",
                "\"The wall is too low. It will not hold the winter storms,\" said Mara Quist, the harbour master."));
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            dev.corroborate.pipeline.Analysis.incremental().run(store, store);
            SearchIndex.update(store);
        }
        try (SearchIndex index = SearchIndex.openForReading(dataDir)) {
            SearchHit.Snippet quote = index.search("storms", 0, 10).hits().get(0).snippets().stream()
                    .filter(s -> s.field().equals("quotes")).findFirst().orElseThrow();
            assertThat(quote.text()).startsWith("\"The wall is too low.").endsWith("— Mara Quist");
        }
    }

    /**
     * The quotes the search index is given before the quote step (the stage's {@code storedQuotes} of
     * each text) make the field that the quotes the step stores make: several quotes an article, in the
     * store's order, speakers named or not, and an article without any.
     */
    @Test
    void theQuotesGivenBeforeTheQuoteStepMakeTheFieldItsStoredQuotesMake() {
        store(article("a1", "Wall", "\"The wall is too low,\" said Mara Quist, the harbour master. \"It will not hold.\"",
                        "Officials said the repairs would start in May. \"We have asked for the money twice,\" Quist added.",
                        "The mayor, Ivo Renn, said the council \"never saw the survey\" and would meet again."),
                article("a2", "Ferry", "The ferry ran late on Tuesday.", "\"Nobody told us,\" one passenger said."),
                article("a3", "Tide", "The tide tables for the week were posted at the pier."));
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            dev.corroborate.pipeline.Analysis.incremental().run(store, store);
            dev.corroborate.pipeline.QuoteStage stage = new dev.corroborate.pipeline.QuoteStage();
            int quoted = 0;
            for (String id : List.of("a1", "a2", "a3")) {
                List<dev.corroborate.model.Quote> stored = store.quotesOf(List.of(id)).stream()
                        .map(dev.corroborate.model.FoundQuote::quote).toList();
                Article article = store.requireInOrder(List.of(id)).get(0);
                assertThat(SearchIndex.quotesField(stage.storedQuotes(article))).as(id)
                        .isEqualTo(SearchIndex.quotesField(stored));
                quoted += stored.size();
            }
            assertThat(quoted).isGreaterThanOrEqualTo(4);
        }
    }
}

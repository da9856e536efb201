package dev.corroborate.io.search;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoreException;
import dev.corroborate.model.Article;
import dev.corroborate.model.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The search index of one data directory ({@code index/}): one Lucene document per article with its
 * id, title, text and quotes (each quote's words and its speaker's name), stored, with positions
 * indexed (phrases); a hit's matches are highlighted by analyzing its stored fields again (an index
 * made before offsets were left out keeps them, and is highlighted from its postings).
 *
 * <p>Writing ({@link #update}, {@link #rebuild}) is for the holder of the store's writer lock; a
 * killed write leaves the last commit whole, and the next update adds what is missing. Reading
 * ({@link #openForReading}) never writes, sees each new commit on the next search, and works while
 * there is no index yet ({@link #exists()}). Thread-safe: searches run in parallel, each on the
 * newest commit's searcher ({@link SearcherManager}, refreshed when a search finds a newer commit).
 */
public final class SearchIndex implements AutoCloseable {

    /** The index folder's name inside the data directory. */
    public static final String FOLDER = "index";
    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY_CHARS = 500;
    /** How far down the ranking a page may start: deeper pages are refused. */
    public static final int MAX_DEPTH = 10_000;

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String QUOTES = "quotes";
    private static final String[] FIELDS = {TITLE, TEXT, QUOTES};
    private static final int[] PASSAGES = {1, 2, 2};
    /**
     * The searched fields as indexes are written now: with positions (phrases) but no offsets; the
     * highlighter finds a hit's matches by analyzing its stored text again (a page's few hits).
     * Offsets in the postings cost a rebuild a sixth of its CPU (100,000 articles: 33.2 to 38.3 s of
     * process CPU without them, 39.0 to 47.9 s with; docs/BENCHMARKS.md, twenty-third session; beside
     * analyze's steps the difference was within the runs' spread) and a fifth of the index's disk.
     */
    private static final FieldType SEARCHED = searched(false);
    /**
     * As indexes were written before (offsets in the postings): a field's options are fixed once it is
     * written, so an index made so is added to so until it is made again ({@code recluster}).
     */
    private static final FieldType SEARCHED_WITH_OFFSETS = searched(true);
    /** The commit data naming the article sequence up to which a commit holds every stored article. */
    static final String INDEXED_THROUGH = "corroborate.articles.indexed.through";
    /**
     * The documents' buffer before a segment is written, in MB. Lucene's default (16) writes a
     * segment every 1,600 or so news articles, each with its own term dictionary, merged later:
     * with 64 a rebuild of 100,000 articles took 36.5 to 39.9 s of process CPU instead of 43.8 to 50.5
     * (docs/BENCHMARKS.md, twenty-third session), the saving in Lucene's merge threads, which run beside
     * the steps on the same two cores.
     */
    private static final double RAM_BUFFER_MB = 64;
    /** Articles read from the store together while the index is written. */
    private static final int READ_CHUNK = 500;

    private final Path folder;
    private final Analyzer analyzer = new SearchAnalyzer();
    private Directory directory;
    private SearcherManager searchers;

    private SearchIndex(Path folder) {
        this.folder = folder;
    }

    /** The index of {@code dataDir}, to search; nothing is opened or written until the first search. */
    public static SearchIndex openForReading(Path dataDir) {
        return new SearchIndex(dataDir.resolve(FOLDER));
    }

    /**
     * What a search found: how many articles match in all, and the page asked for, best first.
     *
     * @param total how many articles match
     * @param hits  the hits from the offset asked for
     */
    public record Result(int total, List<SearchHit> hits) {

        public Result {
            hits = List.copyOf(hits);
        }
    }

    /** Whether the data directory has an index yet ({@code analyze} or {@code recluster} builds it). */
    public boolean exists() {
        try {
            return searchers() != null;
        } catch (IOException e) {
            throw failure("reading", e);
        }
    }

    /**
     * The articles matching {@code query} (words, "a phrase", AND, OR, NOT, -word, word*, title:word),
     * from {@code offset}, at most {@code limit}, best first, with their highlighted passages.
     *
     * @throws BadQueryException when the query cannot be read or asks for too much, with a message to show
     * @throws IllegalStateException when there is no index ({@link #exists()})
     */
    public Result search(String query, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + ", " + limit);
        }
        if (offset + limit > MAX_DEPTH) {
            throw new BadQueryException("Only the first " + MAX_DEPTH + " results can be paged through: narrow the query");
        }
        Query parsed = parse(query);
        try {
            SearcherManager manager = searchers();
            if (manager == null) {
                throw new IllegalStateException("no search index in " + folder);
            }
            manager.maybeRefresh(); // a newer commit (analyze, recluster) is searched from now on
            IndexSearcher searcher = manager.acquire();
            try {
                int total = searcher.count(parsed);
                TopDocs top = searcher.search(parsed, offset + limit);
                ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
                return new Result(total, hits(searcher, parsed, page));
            } finally {
                manager.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("The query matches too many different words (a short word* prefix?): make it more precise");
        } catch (IOException e) {
            throw failure("searching", e);
        }
    }

    @SuppressWarnings("unchecked") // our SnippetFormatter's lists
    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        // Fields without offsets are analyzed again (the highlighter's own choice). With its defaults (passage
        // relevancy over speed, weight matches) it does so through an in-memory index with true term
        // frequencies, so the passages chosen are those the postings' offsets gave; turning either off would not.
        Map<String, Object[]> snippets = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(1_000_000).withMaxNoHighlightPassages(0).withFormatter(new SnippetFormatter()))
                .snippets(FIELDS, query, docIds, PASSAGES);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            List<SearchHit.Snippet> found = new ArrayList<>();
            for (String field : FIELDS) {
                Object value = snippets.get(field)[i];
                if (value instanceof List<?> list) {
                    for (Object pieces : list) {
                        found.add(new SearchHit.Snippet(field, (List<SearchHit.Piece>) pieces));
                    }
                }
            }
            String id = searcher.storedFields().document(page[i].doc, Set.of(ID)).get(ID);
            hits.add(new SearchHit(id, page[i].score, found));
        }
        return hits;
    }

    /** Exposes the unified highlighter's results as objects (our formatter's snippets), not strings. */
    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, passages);
        }

        /** A quote is one passage, whole (quotes are paragraphs of their field); other fields by sentence. */
        @Override
        protected java.text.BreakIterator getBreakIterator(String field) {
            return field.equals(QUOTES) ? new SplittingBreakIterator(new WholeBreakIterator(), '\u2029') : super.getBreakIterator(field);
        }
    }

    private Query parse(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new BadQueryException("Type a word or a \"phrase\" to search for");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new BadQueryException("The query is longer than " + MAX_QUERY_CHARS + " characters: shorten it");
        }
        if (q.chars().filter(c -> c == '"').count() % 2 == 1) {
            throw new BadQueryException("The query has a quotation mark without its closing one: close the phrase or remove the mark");
        }
        java.util.regex.Matcher field = FIELD_COLON.matcher(outsidePhrases(q));
        while (field.find()) {
            // A word after the colon: "outlet:Harbour" names a field; "USA:s", "EU:n" (Swedish, Finnish), "14:30"
            // and a URL's "https://" do not.
            String after = field.group(2);
            if (!isField(field.group(1)) && after.length() >= 3 && !after.startsWith("/")) {
                throw new BadQueryException("\"" + field.group(1) + ":\" is no field to search: title:, text: and quotes: are"
                        + " (or search for the words alone)");
            }
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, Map.of(TITLE, 2f, TEXT, 1f, QUOTES, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        // A hyphenated or joined word ("long-awaited", "zebra-letter") is its words in a row, not any of them:
        // "all words must match" holds for the parts too.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return everythingBut(parser.parse(literally(q)));
        } catch (ParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("not allowed as first character")) {
                throw new BadQueryException("A word cannot start with * or ?: put some letters before it (harb*)");
            }
            throw new BadQueryException("The query could not be read: use words, \"a phrase\", AND, OR, NOT, -word or word*"
                    + " (brackets and colons must be balanced and followed by a word)");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("The query has too many words: shorten it");
        }
    }

    /**
     * A word, a colon and what follows it up to a space: "title:letter" names a field; a word that names
     * none ("outlet:") is refused, or is text when no word follows ("USA:s"); "title:" with nothing after is
     * left to the parser, which refuses it.
     */
    private static final java.util.regex.Pattern FIELD_COLON = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])(\\p{L}[\\p{L}\\p{N}_]*):(\\S*)");

    /** Whether a name (in any case) is a field of the index. */
    private static boolean isField(String name) {
        return Arrays.asList(FIELDS).contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The query with its "phrases" blanked out, same length: where a field may be named. */
    private static String outsidePhrases(String q) {
        StringBuilder b = new StringBuilder(q);
        boolean inPhrase = false;
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '"') {
                inPhrase = !inPhrase;
            } else if (inPhrase) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    /**
     * The query with what people type as text escaped from the parser's syntax, which the help does not
     * offer: a slash (a regular expression), "!", square and curly brackets, a backslash, and a colon after
     * anything but a field's name ("14:30", "Re: the vote"). So "Tarn/Basin", "water!" or a URL are searched
     * as their words. "~" and "^" are left to the parser: a phrase's proximity ("tarn basin"~3) and a
     * word's likeness (leter~) worked, and work. A field's name is written as the index has it ("Title:" as
     * "title:"): the parser's are case-sensitive, and "Title:letter" found nothing.
     */
    static String literally(String q) {
        StringBuilder b = new StringBuilder(q.length() + 8);
        java.util.regex.Matcher field = FIELD_COLON.matcher(outsidePhrases(q));
        java.util.Set<Integer> fieldColons = new java.util.HashSet<>();
        java.util.Set<Integer> fieldStarts = new java.util.HashSet<>();
        while (field.find()) {
            if (isField(field.group(1))) {
                fieldColons.add(field.end(1));
                fieldStarts.add(field.start(1));
            }
        }
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (fieldStarts.contains(i)) {
                int colon = q.indexOf(':', i);
                b.append(q.substring(i, colon).toLowerCase(java.util.Locale.ROOT));
                i = colon - 1;
                continue;
            }
            if ("\\/![]{}".indexOf(c) >= 0 || (c == ':' && !fieldColons.contains(i))) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * A query of exclusions alone ("NOT letter", "-water") as the articles without them: Lucene's query of
     * only excluded words matches nothing at all.
     */
    private static Query everythingBut(Query parsed) {
        if (parsed instanceof org.apache.lucene.search.BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(clause -> clause.getOccur() == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT)) {
            var all = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new org.apache.lucene.search.MatchAllDocsQuery(), org.apache.lucene.search.BooleanClause.Occur.FILTER);
            bool.clauses().forEach(all::add);
            return all.build();
        }
        return parsed;
    }

    /** The searchers of the index, opened at the first search that finds one; {@code null} while there is none. */
    private synchronized SearcherManager searchers() throws IOException {
        if (searchers != null) {
            return searchers;
        }
        // never create the folder: a reader may serve a read-only data directory
        if (!Files.isDirectory(folder)) {
            return null;
        }
        if (directory == null) {
            directory = FSDirectory.open(folder);
        }
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        searchers = new SearcherManager(directory, null);
        return searchers;
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            throw failure("closing", e);
        } finally {
            searchers = null;
            directory = null;
        }
    }

    /**
     * Adds to the index of the store's data directory every stored article it lacks, and commits;
     * returns how many were added. For the holder of the store's writer lock ({@code analyze}).
     */
    public static int update(ArticleStore store) {
        return write(store, false, null);
    }

    /**
     * The quotes an article's document holds, as the store will list them once the quote step has
     * run: what {@link #update(ArticleStore, ArticleQuotes)} is told instead of reading them.
     */
    @FunctionalInterface
    public interface ArticleQuotes {
        List<Quote> of(Article article);
    }

    /**
     * As {@link #update(ArticleStore)}, each new article's quotes given by {@code quotes} instead of read
     * from the store: so the index can be made before the quote step has stored them (beside the
     * steps, as soon as the articles are stored). The documents are those {@link #update(ArticleStore)}
     * makes after the quote step when {@code quotes} gives what the step stores.
     */
    public static int update(ArticleStore store, ArticleQuotes quotes) {
        return write(store, false, java.util.Objects.requireNonNull(quotes, "quotes"));
    }

    /** Builds the index of the store's data directory anew from every stored article; returns how many. */
    public static int rebuild(ArticleStore store) {
        return write(store, true, null);
    }

    /** {@code givenQuotes}: each article's quotes, or {@code null} to read the stored ones. */
    private static int write(ArticleStore store, boolean fromScratch, ArticleQuotes givenQuotes) {
        Path folder = store.dataDir().resolve(FOLDER);
        if (!fromScratch && holdsEveryArticle(store, folder)) {
            return 0;
        }
        IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer())
                .setOpenMode(fromScratch ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        try (Directory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
            // Taken before the ids are listed: this commit holds every article up to it.
            long sequence = store.articleSequence();
            List<String> missing = fromScratch ? null : storedSinceLastCommit(writer, store);
            if (missing == null) {
                Set<String> indexed = fromScratch ? Set.of() : indexedIds(writer);
                missing = new ArrayList<>();
                for (String id : store.idsStartingWith("", Integer.MAX_VALUE)) {
                    if (!indexed.contains(id)) {
                        missing.add(id);
                    }
                }
            }
            // The index's own field options asked only when there is something to add (a reader over its segments).
            FieldType searched = !fromScratch && !missing.isEmpty() && holdsOffsets(writer) ? SEARCHED_WITH_OFFSETS : SEARCHED;
            // Read a chunk at a time (the articles and their quotes in one query each, not two an article),
            // added in id order as ever. Hits of equal score rank by document number, which merges of
            // segments that are not neighbours can reorder: the same hits and scores, not always the same
            // order among exact ties (as between an index updated run after run and one made again).
            for (int from = 0; from < missing.size(); from += READ_CHUNK) {
                List<String> chunk = missing.subList(from, Math.min(missing.size(), from + READ_CHUNK));
                Map<String, Article> articles = new HashMap<>();
                store.requireInOrder(chunk).forEach(article -> articles.put(article.id(), article));
                Map<String, List<Quote>> quotes = new HashMap<>();
                if (givenQuotes == null) {
                    store.quotesOf(chunk).forEach(found -> quotes.computeIfAbsent(found.articleId(),
                            id -> new ArrayList<>()).add(found.quote()));
                } else {
                    articles.forEach((id, article) -> quotes.put(id, givenQuotes.of(article)));
                }
                for (String id : chunk) {
                    writer.addDocument(document(articles.get(id), quotesField(quotes.getOrDefault(id, List.of())), searched));
                }
            }
            writer.setLiveCommitData(Map.of(INDEXED_THROUGH, Long.toString(sequence)).entrySet());
            writer.commit();
            return missing.size();
        } catch (IOException e) {
            throw new StoreException("cannot write the search index " + folder + ": " + e.getMessage()
                    + " (the store is intact; run recluster to rebuild the index)", e);
        }
    }

    /**
     * Whether the index in {@code folder} already holds a document for every stored article: it holds
     * one for each article it was given and never one twice, and articles are never taken out of a
     * store, so as many documents as articles are every article. A run with nothing new then opens no
     * writer, reads no id and commits nothing (once the last commit records the article sequence).
     */
    private static boolean holdsEveryArticle(ArticleStore store, Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            // Counted from the last commit's segment list, no segment opened. A commit without the article
            // sequence (an index from before it) is not enough: the writer then records it, once.
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            long documents = 0;
            for (SegmentCommitInfo segment : commit) {
                documents += segment.info.maxDoc() - segment.getDelCount() - segment.getSoftDelCount();
            }
            return documents == store.count() && commit.getUserData().containsKey(INDEXED_THROUGH);
        } catch (IOException e) {
            return false; // the writer below reads it again, and says what is wrong
        }
    }

    /**
     * The articles stored since the index's last commit, when its commit data says up to which article
     * sequence ({@link ArticleStore#articleSequence}) it holds every article and the counts agree (its
     * documents and those articles make the store's): read without the index's or the store's every id.
     * {@code null} otherwise (an index from before the commit data, or counts that disagree): then every
     * id is compared.
     */
    private static List<String> storedSinceLastCommit(IndexWriter writer, ArticleStore store) {
        String through = null;
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        for (Map.Entry<String, String> entry : data == null ? List.<Map.Entry<String, String>>of() : data) {
            if (entry.getKey().equals(INDEXED_THROUGH)) {
                through = entry.getValue();
            }
        }
        if (through == null) {
            return null;
        }
        List<String> since = store.idsStoredAfter(Long.parseLong(through));
        // The index holds distinct stored articles, each stored up to the sequence when it was committed: so
        // these counts agreeing means it holds exactly the articles up to it.
        return writer.getDocStats().numDocs + since.size() == store.count() ? since : null;
    }

    private static Set<String> indexedIds(IndexWriter writer) throws IOException {
        Set<String> ids = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Terms terms = MultiTerms.getTerms(reader, ID);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    ids.add(term.utf8ToString());
                }
            }
        }
        return ids;
    }

    /** An article's quotes field: each quote a paragraph of its own, in the order given. */
    static String quotesField(List<Quote> quotes) {
        StringBuilder field = new StringBuilder();
        quotes.forEach(quote -> appendQuote(field, quote));
        return field.toString();
    }

    /** Each quote of an article as a paragraph of its own, followed by its speaker's name when there is one. */
    private static void appendQuote(StringBuilder b, Quote quote) {
        if (!b.isEmpty()) {
            b.append('\u2029'); // a paragraph separator: passages never run from one quote into the next
        }
        b.append(quote.text());
        String speaker = speakerName(quote);
        if (speaker != null) {
            b.append(" — ").append(speaker);
        }
    }

    private static String speakerName(Quote quote) {
        var mention = quote.speaker();
        return mention == null || mention.name() == null || mention.name().isBlank() ? null : mention.name();
    }

    /** An article's document, its searched fields of {@code type} ({@link #SEARCHED} or {@link #SEARCHED_WITH_OFFSETS}). */
    static Document document(Article article, String quotes, FieldType type) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new Field(TITLE, article.title(), type));
        doc.add(new Field(TEXT, article.text(), type));
        doc.add(new Field(QUOTES, quotes, type));
        return doc;
    }

    static FieldType searched(boolean offsets) {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(offsets ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
                : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }

    /**
     * Whether the index's text field was written with offsets in its postings (an index from before
     * the twenty-third session): read from the index itself, one reader over its segments, none when
     * it holds no document yet. The text field stands for all three: every document has all of them,
     * written with one type.
     */
    private static boolean holdsOffsets(IndexWriter writer) throws IOException {
        if (writer.getDocStats().maxDoc == 0) {
            return false;
        }
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            FieldInfo text = FieldInfos.getMergedFieldInfos(reader).fieldInfo(TEXT);
            return text != null && text.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
        }
    }

    private StoreException failure(String doing, IOException e) {
        return new StoreException("error " + doing + " the search index " + folder + ": " + e.getMessage(), e);
    }
}

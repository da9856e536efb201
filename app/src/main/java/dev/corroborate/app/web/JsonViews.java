package dev.corroborate.app.web;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.query.CompareQuery;
import dev.corroborate.io.query.DiscrepancyQuery;
import dev.corroborate.io.query.Page;
import dev.corroborate.io.query.ProvenanceQuery;
import dev.corroborate.io.query.QuoteQuery;
import dev.corroborate.io.query.SearchQuery;
import dev.corroborate.io.search.SearchHit;
import dev.corroborate.io.query.SpeakerLabel;
import dev.corroborate.io.query.StoryOverviewQuery;
import dev.corroborate.io.query.StoryQuery;
import dev.corroborate.io.store.StoredEvent;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Passage;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The API's JSON shapes: each read model of {@code io.query} as ordered maps, the field names those
 * of {@code /api/openapi.json}. No logic beyond naming fields. Stateless.
 */
final class JsonViews {

    private JsonViews() {
    }

    static <T> Map<String, Object> page(Page<T> page, Function<T, Object> item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", page.total());
        m.put("offset", page.offset());
        m.put("limit", page.limit());
        m.put("items", page.items().stream().map(item).toList());
        return m;
    }

    static Map<String, Object> error(int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("error", message);
        return m;
    }

    static Map<String, Object> overview(StoryOverviewQuery.Overview overview) {
        Map<String, Object> m = new LinkedHashMap<>();
        var story = overview.summary().story();
        m.put("id", story.id());
        m.put("label", story.label());
        m.put("firstPublished", story.firstPublished());
        m.put("lastPublished", story.lastPublished());
        m.put("articles", overview.summary().articleCount());
        m.put("outlets", List.copyOf(new java.util.TreeSet<>(overview.summary().outlets())));
        m.put("independentSources", overview.independentSources());
        List<Object> events = new ArrayList<>();
        for (StoryOverviewQuery.EventCount count : overview.events()) {
            Map<String, Object> e = event(count.event());
            e.put("independentSources", count.independentSources());
            events.add(e);
        }
        m.put("events", events);
        return m;
    }

    static Map<String, Object> event(StoredEvent event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", event.id());
        m.put("label", event.label());
        m.put("keyNames", event.keyNames());
        m.put("outlets", event.outlets());
        m.put("firstPublished", event.firstPublished());
        m.put("lastPublished", event.lastPublished());
        m.put("articles", event.articleIds().size());
        return m;
    }

    /** {@code discrepancyCount} gives an event's stored discrepancies. */
    static Map<String, Object> timeline(StoryQuery.Timeline timeline, StoryOverviewQuery counts,
            java.util.function.ToIntFunction<String> discrepancyCount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", timeline.story().id());
        m.put("label", timeline.story().label());
        m.put("whole", timeline.whole());
        m.put("independentSources", counts.independentSources(timeline.story()));
        List<Object> events = new ArrayList<>();
        for (StoryQuery.EventTimeline e : timeline.events()) {
            Map<String, Object> em = event(e.event());
            em.put("independentSources", counts.independentSources(e.event()));
            em.put("discrepancies", discrepancyCount.applyAsInt(e.event().id()));
            List<Object> articles = new ArrayList<>();
            for (StoryQuery.Placed placed : e.articles()) {
                Map<String, Object> am = articleSummary(placed.article());
                am.put("placement", placement(placed.placement()));
                articles.add(am);
            }
            em.put("articles", articles);
            events.add(em);
        }
        m.put("events", events);
        return m;
    }

    static Map<String, Object> placement(Assignment a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startedEvent", a.startedEvent());
        m.put("score", a.score());
        m.put("reasons", a.reasons());
        m.put("runnerUpEventId", a.runnerUpEventId());
        m.put("runnerUpScore", a.runnerUpScore());
        return m;
    }

    static Map<String, Object> articleSummary(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("outlet", a.outlet());
        m.put("agency", a.agency());
        m.put("published", a.published() == null ? null : a.published().iso());
        return m;
    }

    static Map<String, Object> article(Article a, List<ReuseLink> links, QuoteQuery.ArticleQuotes quotes) {
        Map<String, Object> m = articleSummary(a);
        m.put("url", a.url());
        m.put("authors", a.authors());
        m.put("modified", a.modified() == null ? null : a.modified().iso());
        m.put("language", a.language());
        m.put("lead", a.lead());
        m.put("dateline", a.dateline());
        m.put("origin", a.origin().describeShared());
        m.put("text", a.text());
        m.put("links", links.stream().map(JsonViews::link).toList());
        List<Object> qs = new ArrayList<>();
        for (QuoteQuery.QuoteView view : quotes.quotes()) {
            Map<String, Object> q = quote(view.quote(), view.speaker());
            q.put("alsoQuotedIn", view.alsoQuotedIn());
            qs.add(q);
        }
        m.put("quotes", qs);
        return m;
    }

    static Map<String, Object> quote(FoundQuote fq, SpeakerLabel speaker) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", fq.id());
        m.put("articleId", fq.articleId());
        m.put("kind", fq.quote().kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("start", fq.quote().start());
        m.put("end", fq.quote().end());
        m.put("text", fq.quote().text());
        m.put("speaker", speaker.describe());
        m.put("speakerId", fq.speakerId());
        m.put("groupId", fq.groupId());
        m.put("diff", fq.diff());
        return m;
    }

    static Map<String, Object> link(ReuseLink link) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceId", link.sourceId());
        m.put("derivedId", link.derivedId());
        m.put("relation", link.relation().label());
        m.put("score", link.score());
        m.put("directionConfidence", link.directionConfidence());
        List<Object> passages = new ArrayList<>();
        for (Passage p : link.passages()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("sourceStart", p.aStart());
            pm.put("sourceEnd", p.aEnd());
            pm.put("derivedStart", p.bStart());
            pm.put("derivedEnd", p.bEnd());
            pm.put("words", p.matchedWords());
            pm.put("reworded", p.reworded());
            passages.add(pm);
        }
        m.put("passages", passages);
        m.put("evidence", link.evidence());
        return m;
    }

    static Map<String, Object> provenance(ProvenanceQuery.ProvenanceTree tree) {
        Provenance.Graph graph = tree.group().graph();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("independentSources", graph.independentSources());
        m.put("origins", graph.origins());
        List<Object> nodes = new ArrayList<>();
        for (Provenance.Node node : graph.nodes()) {
            Map<String, Object> nm = articleSummary(tree.articles().get(node.articleId()));
            nm.put("origin", node.origin());
            nm.put("independent", node.independent());
            nm.put("words", node.words());
            nm.put("ownWords", node.ownWords());
            nm.put("sources", node.sources().stream().map(JsonViews::link).toList());
            nodes.add(nm);
        }
        m.put("nodes", nodes);
        List<Object> citations = new ArrayList<>();
        for (ProvenanceQuery.Citation c : tree.citations()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("citingId", c.link().derivedId());
            cm.put("citedId", c.link().sourceId());
            cm.put("insideGroup", c.insideGroup());
            cm.put("evidence", c.link().evidence());
            citations.add(cm);
        }
        m.put("citations", citations);
        return m;
    }

    static Map<String, Object> quoteGroup(QuoteQuery.GroupView group) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", group.group().id());
        m.put("size", group.group().size());
        m.put("drift", group.group().drift());
        m.put("referenceId", group.reference().id());
        List<Object> members = new ArrayList<>();
        for (QuoteQuery.Member member : group.members()) {
            Map<String, Object> q = quote(member.quote(), member.speaker());
            q.put("article", articleSummary(member.article()));
            members.add(q);
        }
        m.put("members", members);
        return m;
    }

    /** A speaker; {@code quotedIn}: the outlets quoting one known only by a description, else null (left out). */
    static Map<String, Object> speaker(Speaker quoted, List<String> quotedIn) {
        Speaker s = dev.corroborate.io.query.SpeakerListing.shown(quoted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("variants", s.variants());
        m.put("roles", s.roles());
        m.put("quotes", s.quotes());
        m.put("writtenSource", dev.corroborate.io.query.SpeakerListing.isWrittenSource(s.name()));
        if (quotedIn != null) {
            m.put("quotedIn", quotedIn);
        }
        return m;
    }

    static Map<String, Object> comparison(CompareQuery.Comparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("left", articleSummary(c.left()));
        m.put("right", articleSummary(c.right()));
        m.put("links", c.links().stream().map(JsonViews::link).toList());
        m.put("leftSpans", c.leftSpans());
        m.put("rightSpans", c.rightSpans());
        return m;
    }

    /** A page of an event's discrepancies, with each article's own material (not paged: one entry per article). */
    static Map<String, Object> discrepancies(DiscrepancyQuery.EventComparison c, Page<DiscrepancyQuery.Shown> page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", c.eventId());
        m.put("storyId", c.storyId());
        m.put("label", c.label());
        m.putAll(page(page, JsonViews::discrepancy));
        List<Object> own = new ArrayList<>();
        for (DiscrepancyQuery.Own item : c.own()) {
            Map<String, Object> om = articleSummary(item.article());
            om.put("spans", item.spans().stream().map(s -> span(s.start(), s.end())).toList());
            om.put("words", item.spans().stream().mapToInt(Provenance.Span::words).sum());
            own.add(om);
        }
        m.put("own", own);
        return m;
    }

    static Map<String, Object> discrepancy(DiscrepancyQuery.Shown shown) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", shown.discrepancy().kind().label());
        m.put("class", shown.discrepancy().verdict().label());
        m.put("explanation", shown.discrepancy().explanation());
        List<Object> sides = new ArrayList<>();
        for (DiscrepancyQuery.Side side : shown.sides()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("article", articleSummary(side.article()));
            sm.put("text", side.value().text());
            sm.put("start", side.value().start());
            sm.put("end", side.value().end());
            sm.put("normalized", side.value().normalized());
            sm.put("sentence", span(side.sentence().start(), side.sentence().end()));
            sm.put("marks", side.marks().stream().map(s -> span(s.start(), s.end())).toList());
            sides.add(sm);
        }
        m.put("values", sides);
        return m;
    }

    private static Map<String, Object> span(int start, int end) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", start);
        m.put("end", end);
        return m;
    }

    /** A piece of a snippet, its keys in a fixed order (Map.of's order changes from one run to the next). */
    private static Map<String, Object> piece(SearchHit.Piece piece) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", piece.text());
        out.put("matched", piece.matched());
        return out;
    }

    static Map<String, Object> search(SearchQuery.Results r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", r.query());
        m.put("total", r.total());
        m.put("offset", r.offset());
        m.put("limit", r.limit());
        List<Object> groups = new ArrayList<>();
        for (SearchQuery.StoryHits group : r.groups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            if (group.storyId() == null) {
                g.put("story", null);
            } else {
                Map<String, Object> story = new LinkedHashMap<>();
                story.put("id", group.storyId());
                story.put("label", group.storyLabel());
                g.put("story", story);
            }
            List<Object> hits = new ArrayList<>();
            for (SearchQuery.Hit hit : group.hits()) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("article", articleSummary(hit.article()));
                h.put("eventId", hit.eventId());
                h.put("score", hit.hit().score());
                List<Object> snippets = new ArrayList<>();
                for (SearchHit.Snippet snippet : hit.hit().snippets()) {
                    Map<String, Object> sm = new LinkedHashMap<>();
                    sm.put("field", snippet.field());
                    sm.put("pieces", snippet.pieces().stream().map(JsonViews::piece).toList());
                    snippets.add(sm);
                }
                h.put("snippets", snippets);
                hits.add(h);
            }
            g.put("hits", hits);
            groups.add(g);
        }
        m.put("groups", groups);
        return m;
    }
}

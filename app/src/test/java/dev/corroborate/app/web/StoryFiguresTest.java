package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.app.cli.Main;
import dev.corroborate.io.query.Page;
import dev.corroborate.io.query.StoryOverviewQuery;
import dev.corroborate.io.query.StoryQuery;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoredEvent;
import dev.corroborate.io.store.StoredStory;
import dev.corroborate.io.store.StoryFigures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story look-ups and the figures stored with the stories (schema 9) give what reading every
 * storyline and building every graph gives, on the example corpus: after analyze, after recluster,
 * and when the links were rewritten and the figures are not counted yet.
 */
class StoryFiguresTest {

    @TempDir
    Path dir;

    @Test
    void lookUpsAndStoredFiguresAgreeWithTheFullReadAndTheGraphs() {
        Path data = dir.resolve("data");
        assertThat(Main.run("analyze", "--data", data.toString(), Path.of("..", "examples", "tarn-basin").toString())).isZero();
        try (ArticleStore store = ArticleStore.openForReading(data)) {
            assertAgree(store, true);
        }
        assertThat(Main.run("recluster", "--data", data.toString())).isZero();
        try (ArticleStore store = ArticleStore.openForReading(data)) {
            assertAgree(store, true); // recluster writes the stories, not the links: the standing of each article stays
        }
        try (ArticleStore store = ArticleStore.open(data)) {
            List<dev.corroborate.model.ReuseLink> links = new java.util.ArrayList<>();
            store.forEachReuseLink(links::add);
            store.replaceReuseLinks(links); // new links: the standing is unknown until counted again
            assertAgree(store, false);
        }
    }

    @Test
    void aBoundedTimelineShowsWholeEventsFromTheOneAskedAndTheirPagesMakeTheWholeTimeline() {
        Path data = dir.resolve("data");
        assertThat(Main.run("analyze", "--data", data.toString(), Path.of("..", "examples", "tarn-basin").toString())).isZero();
        try (ArticleStore store = ArticleStore.openForReading(data)) {
            StoryQuery stories = new StoryQuery(store);
            for (StoredStory story : store.stories()) {
                StoryQuery.Timeline whole = stories.timeline(story.id()).orElseThrow();
                List<StoryQuery.EventTimeline> paged = new java.util.ArrayList<>();
                for (int from = 0; from < story.events().size(); ) {
                    StoryQuery.Timeline page = stories.timeline(story.id(), from, 1).orElseThrow();
                    assertThat(page.events()).hasSize(1); // one article at most: one event, however large
                    paged.addAll(page.events());
                    from += page.events().size();
                }
                assertThat(paged).isEqualTo(whole.events());
                // past the last event: the last event's page
                assertThat(stories.timeline(story.id(), 999, 1).orElseThrow().events())
                        .isEqualTo(List.of(whole.events().get(whole.events().size() - 1)));
            }
        }
    }

    private static void assertAgree(ArticleStore store, boolean counted) {
        List<StoredStory> all = store.stories();
        assertThat(all).isNotEmpty();
        for (StoredStory story : all) {
            assertThat(store.story(story.id())).contains(story);
            for (StoredEvent event : story.events()) {
                assertThat(store.story(event.id())).contains(story);
            }
        }
        assertThat(store.story("st-none")).isEmpty();
        List<StoryQuery.StorySummary> listed = new StoryQuery(store).list(1);
        assertThat(store.storyCount()).isEqualTo(listed.size());
        for (int offset = 0; offset <= listed.size() + 1; offset++) {
            for (int limit : new int[] {1, 2, 50}) {
                assertThat(store.stories(offset, limit)).isEqualTo(Page.of(listed, offset, limit).items().stream()
                        .map(StoryQuery.StorySummary::story).toList());
            }
        }
        StoryOverviewQuery live = new StoryOverviewQuery(store);
        for (StoredStory story : all) {
            StoryFigures figures = store.storyFigures(story.id()).orElseThrow();
            assertThat(figures.counts().articles()).isEqualTo(story.articleIds().size());
            assertThat(figures.counts().events()).isEqualTo(story.events().size());
            assertThat(figures.counts().outlets()).isEqualTo(StoryQuery.summaryOf(story).outlets().size());
            if (counted) {
                assertThat(figures.counts().independentSources()).isEqualTo(live.independentSources(story.articleIds()));
                for (StoredEvent event : story.events()) {
                    assertThat(figures.eventIndependentSources().get(event.id()))
                            .isEqualTo(live.independentSources(event.articleIds()));
                }
            } else {
                assertThat(figures.counts().independentSources()).isNull();
            }
        }
        for (StoredStory story : all) {
            StoryOverviewQuery fresh = new StoryOverviewQuery(store);
            assertThat(fresh.independentSources(story)).isEqualTo(live.independentSources(story.articleIds()));
            for (StoredEvent event : story.events()) {
                assertThat(fresh.independentSources(event)).isEqualTo(live.independentSources(event.articleIds()));
            }
        }
        // the list reads the stored figures, or counts from the graphs when there are none: the same either way
        Page<StoryOverviewQuery.Overview> page = live.list(StoryOverviewQuery.Filter.NONE, 0, 500);
        assertThat(page.total()).isEqualTo(listed.size());
        for (StoryOverviewQuery.Overview overview : page.items()) {
            assertThat(overview.independentSources()).isEqualTo(live.independentSources(overview.summary().story().articleIds()));
        }
    }
}

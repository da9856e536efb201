package dev.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginTest {

    @Test
    void describesWhereTheArticleIsInItsInput() {
        assertThat(Origin.atLine("/home/ana/news/feed.jsonl", 12, 400).describe()).isEqualTo("/home/ana/news/feed.jsonl:12");
        assertThat(new Origin("/srv/crawl/a.warc.gz", 0, 5120).describe()).isEqualTo("/srv/crawl/a.warc.gz@5120");
        assertThat(Origin.of("/home/ana/page.html").describe()).isEqualTo("/home/ana/page.html");
    }

    @Test
    void aSharedDescriptionLeavesOutTheFoldersOfWhoeverRanAnalyze() {
        assertThat(Origin.atLine("/home/ana/news/feed.jsonl", 12, 400).describeShared()).isEqualTo("feed.jsonl:12");
        assertThat(new Origin("/srv/crawl/a.warc.gz", 0, 5120).describeShared()).isEqualTo("a.warc.gz@5120");
        assertThat(Origin.of("C:\\Users\\ana\\page.html").describeShared()).isEqualTo("page.html");
    }

    @Test
    void aUrlIsSharedWithoutCredentialsAndStandardInputAsItIs() {
        assertThat(Origin.of("https://news.example/world/2026/story.html").describeShared())
                .isEqualTo("https://news.example/world/2026/story.html");
        assertThat(Origin.atLine("-", 3, 90).describeShared()).isEqualTo("-:3");
        // Not a user part, a query or a fragment, where a token may stand.
        assertThat(Origin.of("https://reader:secret@feeds.example/world.xml?key=abc#top").describeShared())
                .isEqualTo("https://feeds.example/world.xml");
        assertThat(Origin.atLine("https://feeds.example?token=1", 2, 5).describeShared()).isEqualTo("https://feeds.example:2");
        assertThat(Origin.of("feed.jsonl").describeShared()).isEqualTo("feed.jsonl");
    }
}

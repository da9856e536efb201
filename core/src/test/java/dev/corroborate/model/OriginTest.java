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
    void aUrlOrStandardInputIsSharedAsItIs() {
        assertThat(Origin.of("https://news.example/world/2026/story.html").describeShared())
                .isEqualTo("https://news.example/world/2026/story.html");
        assertThat(Origin.atLine("-", 3, 90).describeShared()).isEqualTo("-:3");
        assertThat(Origin.of("feed.jsonl").describeShared()).isEqualTo("feed.jsonl");
    }
}

package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void theSameArticleWithOtherWhiteSpaceAndCaseGetsTheSameId() {
        String a = ArticleIds.derive(null, "Harbour Daily", "Bridge Reopens", "The bridge reopened.\n\nTraffic flowed.");
        String b = ArticleIds.derive(null, "harbour daily", "Bridge  reopens", "The bridge reopened. \n\n Traffic flowed.");
        assertThat(a).isEqualTo(b).hasSize(ArticleIds.LENGTH).matches("[0-9a-f]+");
    }

    @Test
    void theSameTextUnderTwoOutletsIsTwoArticles() {
        String text = "Wire text reprinted word for word.";
        assertThat(ArticleIds.derive(null, "Harbour Daily", "T", text))
                .isNotEqualTo(ArticleIds.derive(null, "Valley Courier", "T", text));
    }

    @Test
    void aKnownUrlIdentifiesTheArticleWhateverItsText() {
        String url = "https://example.org/news/1";
        assertThat(ArticleIds.derive(url, "A", "T", "version one"))
                .isEqualTo(ArticleIds.derive(url, "A", "T", "version two, with a corrected name"));
    }

    @Test
    void theAddressesOfOnePageAreOneArticle() {
        String id = ArticleIds.derive("https://harbour-daily.example/news/bridge-reopens", "A", "T", "text");
        for (String address : new String[] {
                "http://www.harbour-daily.example/news/bridge-reopens/",
                "https://Harbour-Daily.example:443/news/bridge-reopens?utm_source=rss&utm_medium=feed",
                "  https://harbour-daily.example/news/bridge-reopens#comments "}) {
            assertThat(ArticleIds.derive(address, "A", "T", "text")).as(address).isEqualTo(id);
        }
        assertThat(ArticleIds.derive("https://harbour-daily.example/news/bridge-closes", "A", "T", "text")).isNotEqualTo(id);
        assertThat(ArticleIds.derive("https://harbour-daily.example/news/bridge-reopens?page=2", "A", "T", "text"))
                .isNotEqualTo(id);
    }

    @Test
    void theIdAnEarlierCorroborateDerivedIsTheAddressAsGiven() {
        String address = "https://www.harbour-daily.example/news/bridge-reopens";
        assertThat(ArticleIds.derivedFromAddressAsGiven(" " + address))
                .isEqualTo(ArticleIds.derivedFromAddressAsGiven(address))
                .isNotEqualTo(ArticleIds.derive(address, "A", "T", "text"));
        // An address already in its canonical form keeps the id it had.
        String canonical = "https://harbour-daily.example/news/bridge-reopens";
        assertThat(ArticleIds.derivedFromAddressAsGiven(canonical)).isEqualTo(ArticleIds.derive(canonical, "A", "T", "text"));
    }

    @Test
    void givenIdsAreCheckedForUsability() {
        assertThat(ArticleIds.problemWithGivenId("story-17")).isNull();
        assertThat(ArticleIds.problemWithGivenId(" ")).contains("blank");
        assertThat(ArticleIds.problemWithGivenId("a\u0000b")).contains("control character at position 1");
        assertThat(ArticleIds.problemWithGivenId("x".repeat(300))).contains("300 characters");
    }
}

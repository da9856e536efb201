package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageAddressTest {

    @Test
    void aWebAddressIsHttpsWithItsHostInLowerCaseWithoutWww() {
        assertThat(PageAddress.canonical("HTTP://WWW.Valley-Courier.example/Politics/Vote"))
                .isEqualTo("https://valley-courier.example/Politics/Vote");
        assertThat(PageAddress.canonical("https://valley-courier.example.:443/a")).isEqualTo("https://valley-courier.example/a");
        assertThat(PageAddress.canonical("http://valley-courier.example:80/a")).isEqualTo("https://valley-courier.example/a");
        // Another port names another server.
        assertThat(PageAddress.canonical("http://valley-courier.example:8080/a")).isEqualTo("https://valley-courier.example:8080/a");
        // "www" alone is a host's whole name, not a prefix of it.
        assertThat(PageAddress.canonical("https://www.example/a")).isEqualTo("https://www.example/a");
        // Each scheme's own default port only; an empty port; a dot before the port; a user part as written.
        assertThat(PageAddress.canonical("https://news.example:80/a")).isEqualTo("https://news.example:80/a");
        assertThat(PageAddress.canonical("http://news.example:443/a")).isEqualTo("https://news.example:443/a");
        assertThat(PageAddress.canonical("http://news.example:/a")).isEqualTo("https://news.example/a");
        assertThat(PageAddress.canonical("https://www.news.example.:443/a")).isEqualTo("https://news.example/a");
        assertThat(PageAddress.canonical("https://Reader@WWW.News.example/a")).isEqualTo("https://Reader@news.example/a");
        assertThat(PageAddress.canonical("http://[2001:DB8::1]:80/a")).isEqualTo("https://[2001:db8::1]/a");
    }

    @Test
    void thePathLosesItsTrailingSlashesAndTheFragmentGoes() {
        assertThat(PageAddress.canonical("https://news.example/world/story-1/")).isEqualTo("https://news.example/world/story-1");
        assertThat(PageAddress.canonical("https://news.example")).isEqualTo("https://news.example/");
        assertThat(PageAddress.canonical("https://news.example/#top")).isEqualTo("https://news.example/");
        assertThat(PageAddress.canonical("https://news.example/a#section-2?x=1")).isEqualTo("https://news.example/a");
        // A fragment that routes a page of its own names it.
        assertThat(PageAddress.canonical("https://news.example/#!/story/17")).isEqualTo("https://news.example/#!/story/17");
        assertThat(PageAddress.canonical("https://news.example/app/#/story/18?utm_source=x"))
                .isEqualTo("https://news.example/app#/story/18?utm_source=x");
    }

    @Test
    void trackingParametersGoAndTheOthersStayInTheirOrder() {
        assertThat(PageAddress.canonical("https://news.example/a?utm_source=rss&id=17&UTM_Campaign=x&fbclid=abc&page=2"))
                .isEqualTo("https://news.example/a?id=17&page=2");
        assertThat(PageAddress.canonical("https://news.example/a?utm_source=rss&gclid=1")).isEqualTo("https://news.example/a");
        assertThat(PageAddress.canonical("https://news.example/a?&b=2&&")).isEqualTo("https://news.example/a?b=2");
        assertThat(PageAddress.canonical("https://news.example/a?utm=1")).isEqualTo("https://news.example/a?utm=1");
    }

    @Test
    void anythingButAWebAddressIsKeptTrimmed() {
        assertThat(PageAddress.canonical("  urn:uuid:5f0c/ ")).isEqualTo("urn:uuid:5f0c/");
        assertThat(PageAddress.canonical("ftp://files.example/a/")).isEqualTo("ftp://files.example/a/");
        assertThat(PageAddress.canonical("news.example/a/")).isEqualTo("news.example/a/");
    }
}

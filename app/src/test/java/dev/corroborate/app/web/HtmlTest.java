package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void textIsEscapedAndMarkupIsNot() {
        String html = new Html().raw("<p title=\"").text("\"><img src=x onerror=alert(1)>").raw("\">")
                .text("<script>alert('1')</script> & more").raw("</p>").toString();
        assertThat(html).isEqualTo("<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">"
                + "&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt; &amp; more</p>");
    }

    @Test
    void pathSegmentsAreEncoded() {
        assertThat(Html.path("articles", "a b/../\"x\"")).isEqualTo("/articles/a%20b%2F..%2F%22x%22");
        assertThat(new Html().link("<b>", "articles", "id").toString()).isEqualTo("<a href=\"/articles/id\">&lt;b&gt;</a>");
    }

    @Test
    void marksWrapTheirSpansEscapedAndOverlapsAreLeftUnmarked() {
        Html html = new Html();
        new TextMarks().add(new TextMarks.Mark(0, 3, "quote", null, null, "<who>"))
                .add(new TextMarks.Mark(2, 5, "quote", null, null, null))
                .add(new TextMarks.Mark(6, 99, "quote", null, null, null))
                .render(html, "a<b c&d");
        assertThat(html.toString()).isEqualTo("<mark class=\"quote\" title=\"&lt;who&gt;\">a&lt;b</mark> c&amp;d");
    }
}

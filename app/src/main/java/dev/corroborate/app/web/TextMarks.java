package dev.corroborate.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article's clean text as HTML with some spans marked ({@code <mark>}), every character escaped.
 * Spans are UTF-16 offsets into the text; a span overlapping an earlier one, or outside the text, is
 * left unmarked. Not thread-safe.
 */
final class TextMarks {

    /**
     * A span to mark.
     *
     * @param cls   the CSS class (written in code)
     * @param id    the element id (written in code), or {@code null}
     * @param data  a {@code data-pair} value (written in code), or {@code null}
     * @param title a tooltip (untrusted, escaped), or {@code null}
     */
    record Mark(int start, int end, String cls, String id, String data, String title) {
    }

    private final List<Mark> marks = new ArrayList<>();

    TextMarks add(Mark mark) {
        marks.add(mark);
        return this;
    }

    /** Appends {@code text} to {@code html} with the marks. */
    void render(Html html, String text) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(m -> -m.end()));
        int at = 0;
        for (Mark mark : sorted) {
            if (mark.start() < at || mark.end() > text.length() || mark.start() >= mark.end()) {
                continue;
            }
            html.text(text.substring(at, mark.start()));
            html.raw("<mark class=\"").raw(mark.cls()).raw("\"");
            if (mark.id() != null) {
                html.raw(" id=\"").raw(mark.id()).raw("\"");
            }
            if (mark.data() != null) {
                html.raw(" data-pair=\"").raw(mark.data()).raw("\"");
            }
            if (mark.title() != null) {
                html.raw(" title=\"").text(mark.title()).raw("\"");
            }
            html.raw(">").text(text.substring(mark.start(), mark.end())).raw("</mark>");
            at = mark.end();
        }
        html.text(text.substring(at));
    }
}

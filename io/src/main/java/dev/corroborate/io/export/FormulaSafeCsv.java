package dev.corroborate.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How every CSV export is written: RFC 4180 with a header row and {@code \n} line ends, and every
 * text cell that a spreadsheet would run as a formula neutralised as OWASP's "CSV Injection" page
 * recommends: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading {@code '}, so a spreadsheet shows it as text. Titles, authors,
 * outlets, quotes and labels come from the articles, and so from whoever wrote them. Numbers pass
 * as they are: they are ours, not the articles'. Not thread-safe, like the writer it wraps.
 */
final class FormulaSafeCsv {

    private final CSVPrinter printer;

    private FormulaSafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a CSV table on {@code out} with the {@code header} row. */
    static FormulaSafeCsv open(Writer out, List<String> header) throws IOException {
        return new FormulaSafeCsv(CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get()
                .print(out));
    }

    /** Writes one row; {@code null} is an empty cell. */
    void printRecord(Object... values) throws IOException {
        printRecord(Arrays.asList(values));
    }

    /** Writes one row; {@code null} is an empty cell. */
    void printRecord(Iterable<?> values) throws IOException {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value instanceof CharSequence text ? neutralise(text.toString()) : value);
        }
        printer.printRecord(cells);
    }

    void flush() throws IOException {
        printer.flush();
    }

    /**
     * {@code text}, with a leading {@code '} when a spreadsheet would read it as a formula, and every
     * hidden character ({@link SafeJson#isHidden}: controls, bidirectional controls) shown as a
     * visible one of the same length (a C0 control as its Unicode control picture, the others as
     * U+FFFD), so offsets into the text stay right.
     */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder visible = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SafeJson.isHidden(c)) {
                if (visible == null) {
                    visible = new StringBuilder(text);
                }
                visible.setCharAt(i, c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD');
            }
        }
        if (visible != null) {
            text = visible.toString();
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}

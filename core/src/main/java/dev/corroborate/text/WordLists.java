package dev.corroborate.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists (stop words, lexicons of speech verbs, titles, boilerplate phrases) kept as resource
 * files beside the class that uses them, as Lucene's {@code WordlistLoader} does, instead of Java
 * literals. A list file is UTF-8, one entry a line; text from {@code #} to the end of a line is a
 * comment, blank lines are skipped, entries are trimmed and kept as written (callers that compare
 * folded text write folded entries). Loaded once by the caller, typically into a static field.
 * Thread-safe: the returned collections are unmodifiable.
 */
public final class WordLists {

    private WordLists() {
    }

    /**
     * The entries of the list {@code name} (say {@code "speech-verbs.txt"}), resolved beside
     * {@code owner}'s package, in file order without repeats.
     *
     * @throws IllegalStateException when the resource is missing: a packaging error, never input
     */
    public static Set<String> set(Class<?> owner, String name) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(list(owner, name)));
    }

    /** The entries of the list {@code name} beside {@code owner}, in file order, repeats kept. */
    public static List<String> list(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("word list " + name + " is missing beside " + owner.getName()
                    + " (a packaging error: it belongs in src/main/resources/"
                    + owner.getPackageName().replace('.', '/') + "/)");
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name + " beside " + owner.getName(), e);
        }
        return Collections.unmodifiableList(entries);
    }

    /**
     * The entries as regular-expression alternatives, each quoted so that it matches as the literal
     * text it is: {@code \Qshare\E|\Qsocial\E}. Group it where it is used.
     */
    public static String alternatives(List<String> entries) {
        StringBuilder alternatives = new StringBuilder();
        for (String entry : entries) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(entry));
        }
        return alternatives.toString();
    }
}

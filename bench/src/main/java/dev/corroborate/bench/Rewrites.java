package dev.corroborate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** How the generated corpora rewrite a text: sentences dropped, words replaced, quotation marks kept. */
final class Rewrites {

    private Rewrites() {
    }

    /**
     * The paragraphs with one sentence in five dropped and one inner word in {@code replaceOneIn}
     * replaced by a word of {@code substitutes} (never a word holding a quotation mark); paragraphs
     * left empty are dropped. Draws from {@code random} in text order.
     */
    static List<String> rewrite(String[] paragraphs, Random random, String[] substitutes, int replaceOneIn) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder kept = new StringBuilder();
            for (String sentence : paragraph.split("(?<=\\.) ")) {
                if (random.nextInt(5) == 0) {
                    continue;
                }
                String[] words = sentence.split(" ");
                for (int w = 1; w < words.length - 1; w++) {
                    if (random.nextInt(replaceOneIn) == 0 && words[w].indexOf('\u201C') < 0 && words[w].indexOf('\u201D') < 0) {
                        words[w] = substitutes[random.nextInt(substitutes.length)];
                    }
                }
                kept.append(kept.length() == 0 ? "" : " ").append(String.join(" ", words));
            }
            if (kept.length() > 0) {
                out.add(kept.toString());
            }
        }
        return out;
    }
}

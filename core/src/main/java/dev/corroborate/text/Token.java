package dev.corroborate.text;

import java.util.Objects;

/**
 * One token of a text, as a {@link Tokenizer} finds it: where it stands (UTF-16 offsets into the
 * text it was cut from, so {@code text.substring(start, end)} is its {@code surface}), its folded
 * form for comparing, and whether it opens a sentence. A token is a word (it starts with a letter
 * or a digit) or, with a tokenizer that keeps them, one punctuation mark. Immutable; never null.
 *
 * @param start         offset of its first character
 * @param end           offset after its last character
 * @param surface       the characters as written
 * @param folded        lower case ({@link java.util.Locale#ROOT}), the typographic apostrophe as
 *                      {@code '}: "China’s" and "CHINA'S" both fold to "china's"
 * @param opensSentence whether it is the first token of the text (or of the stretch tokenized),
 *                      or the last character before it that is not white space is {@code .},
 *                      {@code !}, {@code ?}, an opening quotation mark ({@code "} or {@code “}),
 *                      or a line break
 */
public record Token(int start, int end, String surface, String folded, boolean opensSentence) {

    public Token {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(folded, "folded");
        if (start < 0 || end <= start || end - start != surface.length()) {
            throw new IllegalArgumentException("not a token: \"" + surface + "\" at " + start + ".." + end);
        }
    }

    /** Whether it is a word (it starts with a letter or a digit) rather than a punctuation mark. */
    public boolean isWord() {
        return Character.isLetterOrDigit(surface.charAt(0));
    }

    /** Whether it starts with a digit: "26", "2011", "3.5", "2nd". */
    public boolean isNumber() {
        return Character.isDigit(surface.charAt(0));
    }

    /** Whether it starts with a capital letter: "Harwick", "UN", "McDonald". */
    public boolean isCapitalised() {
        return Character.isUpperCase(surface.charAt(0));
    }

    /** Whether it is {@code word}, whatever the case. */
    public boolean is(String word) {
        return surface.equalsIgnoreCase(word);
    }
}

package dev.corroborate.extract;

import org.jsoup.nodes.Element;

/**
 * A run of a page's text between block boundaries ({@link TextChunks}), normalized to one line.
 *
 * @param owner     the block element that holds it
 * @param text      the text, never empty
 * @param linkChars how many of its characters are link text
 * @param tag       the owner's tag name
 */
record TextChunk(Element owner, String text, int linkChars, String tag) {

    /** The share of link text, from 0 to 1. */
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
}

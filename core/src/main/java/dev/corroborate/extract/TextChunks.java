package dev.corroborate.extract;

import dev.corroborate.text.TextNormalizer;
import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a page's text into {@link TextChunk}s in document order: a chunk ends at every block
 * boundary and line break; inline elements (links, emphasis) flow within it, and link text is
 * counted. Chunks holding only white space are dropped. Stateless and thread-safe.
 */
final class TextChunks {

    /** Tags that start a new line of text; everything else flows inline. */
    private static final Set<String> BLOCK_TAGS = WordLists.set(TextChunks.class, "block-tags.txt");

    private TextChunks() {
    }

    /** The chunks of the text under {@code body}. */
    static List<TextChunk> of(Element body) {
        List<TextChunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        Element[] owner = {body};
        NodeTraversor.traverse(new NodeVisitor() {
            int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String value = textNode.getWholeText();
                    text.append(value);
                    if (linkDepth > 0) {
                        linkChars[0] += value.strip().length();
                    }
                } else if (node instanceof Element element) {
                    if (BLOCK_TAGS.contains(element.normalName())) {
                        flush();
                        owner[0] = element;
                    } else if (element.normalName().equals("a")) {
                        linkDepth++;
                    } else if (element.normalName().equals("img") || element.normalName().equals("wbr")) {
                        text.append(element.normalName().equals("img") ? " " : "");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (BLOCK_TAGS.contains(element.normalName())) {
                        flush();
                        Element parent = element.parent();
                        owner[0] = parent == null ? body : nearestBlock(parent, body);
                    } else if (element.normalName().equals("a")) {
                        linkDepth--;
                    }
                }
            }

            private void flush() {
                if (isBlank(text)) {
                    text.setLength(0); // most block boundaries hold only the markup's white space
                    linkChars[0] = 0;
                    return;
                }
                String normalized = TextNormalizer.line(text.toString());
                if (!normalized.isEmpty()) {
                    chunks.add(new TextChunk(owner[0], normalized, Math.min(linkChars[0], normalized.length()),
                            owner[0].normalName()));
                }
                text.setLength(0);
                linkChars[0] = 0;
            }
        }, body);
        return chunks;
    }

    private static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Element nearestBlock(Element element, Element body) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == body || BLOCK_TAGS.contains(e.normalName())) {
                return e;
            }
        }
        return body;
    }
}

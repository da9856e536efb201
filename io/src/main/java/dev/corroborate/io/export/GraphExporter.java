package dev.corroborate.io.export;

import dev.corroborate.compare.Provenance;
import dev.corroborate.pipeline.ProvenanceGroups;
import dev.corroborate.model.Article;
import dev.corroborate.model.ReuseLink;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the provenance graphs as one graph file for Gephi, yEd or NetworkX: GraphML or GEXF 1.3.
 * Nodes are articles (title, outlet, publication time, group, whether origin and independent, own
 * words); edges are reuse links from source to derived article (relation, score, direction
 * confidence, and whether the provenance tree keeps it as the article's source). Written with the
 * JDK's StAX writer, so every text is escaped.
 */
public final class GraphExporter {

    /** The graph formats. */
    public enum Format {
        GRAPHML,
        GEXF
    }

    private record NodeRow(Article article, int group, Provenance.Node node) {
    }

    private record EdgeRow(ReuseLink link, boolean kept) {
    }

    private static final String[][] NODE_ATTRIBUTES = {
        {"label", "string"}, {"outlet", "string"}, {"published", "string"}, {"group", "int"},
        {"origin", "boolean"}, {"independent", "boolean"}, {"words", "int"}, {"own_words", "int"}};
    private static final String[][] EDGE_ATTRIBUTES = {
        {"relation", "string"}, {"score", "double"}, {"direction_confidence", "double"}, {"in_tree", "boolean"}};

    /** Writes every group of two or more articles; returns how many articles were written. */
    public long write(ProvenanceGroups groups, Format format, Writer out) {
        List<NodeRow> nodes = new ArrayList<>();
        List<EdgeRow> edges = new ArrayList<>();
        int[] number = {0};
        groups.forEach(group -> {
            number[0]++;
            Set<ReuseLink> kept = new HashSet<>();
            for (Provenance.Node node : group.graph().nodes()) {
                kept.addAll(node.sources());
            }
            for (Article article : group.articles()) {
                nodes.add(new NodeRow(article, number[0], group.graph().node(article.id())));
            }
            for (ReuseLink link : group.links()) {
                edges.add(new EdgeRow(link, kept.contains(link)));
            }
        });
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            if (format == Format.GRAPHML) {
                graphml(xml, nodes, edges);
            } else {
                gexf(xml, nodes, edges);
            }
            xml.flush();
        } catch (XMLStreamException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException("writing the graph failed", e));
        }
        return nodes.size();
    }

    private static Map<String, String> values(NodeRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("label", xmlSafe(row.article().title().isEmpty() ? row.article().id() : row.article().title()));
        values.put("outlet", row.article().outlet() == null ? "" : xmlSafe(row.article().outlet()));
        values.put("published", row.article().published() == null ? "" : row.article().published().iso());
        values.put("group", Integer.toString(row.group()));
        values.put("origin", Boolean.toString(row.node().origin()));
        values.put("independent", Boolean.toString(row.node().independent()));
        values.put("words", Integer.toString(row.node().words()));
        values.put("own_words", Integer.toString(row.node().ownWords()));
        return values;
    }

    /** Text without the control characters XML 1.0 cannot hold (a scraped title may carry them). */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            safe.appendCodePoint(allowed ? c : ' ');
        });
        return safe.toString();
    }

    private static Map<String, String> values(EdgeRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("relation", row.link().relation().label());
        values.put("score", String.format(Locale.ROOT, "%.3f", row.link().score()));
        values.put("direction_confidence", String.format(Locale.ROOT, "%.3f", row.link().directionConfidence()));
        values.put("in_tree", Boolean.toString(row.kept()));
        return values;
    }

    private static void graphml(XMLStreamWriter xml, List<NodeRow> nodes, List<EdgeRow> edges) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        xml.writeCharacters("\n");
        for (String[] attribute : NODE_ATTRIBUTES) {
            key(xml, "node", attribute);
        }
        for (String[] attribute : EDGE_ATTRIBUTES) {
            key(xml, "edge", attribute);
        }
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "provenance");
        xml.writeAttribute("edgedefault", "directed");
        xml.writeCharacters("\n");
        for (NodeRow row : nodes) {
            openNode(xml, row);
            data(xml, "n_", values(row));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        int id = 0;
        for (EdgeRow row : edges) {
            openEdge(xml, id++, row);
            data(xml, "e_", values(row));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    /** A node element, opened with its id: both formats name nodes by article id. */
    private static void openNode(XMLStreamWriter xml, NodeRow row) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", row.article().id());
    }

    /** An edge element, opened with its id, source and target: the same in both formats. */
    private static void openEdge(XMLStreamWriter xml, int id, EdgeRow row) throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + id);
        xml.writeAttribute("source", row.link().sourceId());
        xml.writeAttribute("target", row.link().derivedId());
    }

    private static void key(XMLStreamWriter xml, String kind, String[] attribute) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", kind.charAt(0) + "_" + attribute[0]);
        xml.writeAttribute("for", kind);
        xml.writeAttribute("attr.name", attribute[0]);
        xml.writeAttribute("attr.type", attribute[1]);
        xml.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter xml, String prefix, Map<String, String> values) throws XMLStreamException {
        for (Map.Entry<String, String> value : values.entrySet()) {
            xml.writeStartElement("data");
            xml.writeAttribute("key", prefix + value.getKey());
            xml.writeCharacters(value.getValue());
            xml.writeEndElement();
        }
    }

    private static void gexf(XMLStreamWriter xml, List<NodeRow> nodes, List<EdgeRow> edges) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("gexf");
        xml.writeDefaultNamespace("http://gexf.net/1.3");
        xml.writeAttribute("version", "1.3");
        xml.writeCharacters("\n");
        xml.writeStartElement("graph");
        xml.writeAttribute("defaultedgetype", "directed");
        xml.writeAttribute("mode", "static");
        xml.writeCharacters("\n");
        attributes(xml, "node", NODE_ATTRIBUTES, 1);
        attributes(xml, "edge", EDGE_ATTRIBUTES, 0);
        xml.writeStartElement("nodes");
        xml.writeCharacters("\n");
        for (NodeRow row : nodes) {
            Map<String, String> values = values(row);
            openNode(xml, row);
            xml.writeAttribute("label", values.remove("label"));
            attvalues(xml, values);
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeStartElement("edges");
        xml.writeCharacters("\n");
        int id = 0;
        for (EdgeRow row : edges) {
            openEdge(xml, id++, row);
            xml.writeAttribute("label", row.link().relation().label());
            xml.writeAttribute("weight", String.format(Locale.ROOT, "%.3f", row.link().score()));
            attvalues(xml, values(row));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    /** GEXF attribute declarations; the node label is GEXF's own {@code label}, not an attribute. */
    private static void attributes(XMLStreamWriter xml, String kind, String[][] declared, int skip) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", kind);
        for (int i = skip; i < declared.length; i++) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", declared[i][0]);
            xml.writeAttribute("title", declared[i][0]);
            xml.writeAttribute("type", declared[i][1].equals("int") ? "integer" : declared[i][1]);
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void attvalues(XMLStreamWriter xml, Map<String, String> values) throws XMLStreamException {
        xml.writeStartElement("attvalues");
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (value.getValue().isEmpty()) {
                continue;
            }
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", value.getKey());
            xml.writeAttribute("value", value.getValue());
        }
        xml.writeEndElement();
    }
}

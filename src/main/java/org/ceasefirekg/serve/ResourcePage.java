package org.ceasefirekg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.ceasefirekg.lexicon.Vocab;

/** The HTML page of a resource: label, types, properties as links, the claims about it, and what links to it. */
final class ResourcePage {

    private static final PrefixMapping SHOWN = new IriSpace(Vocab.BASE).prefixes();

    private final Description d;
    private final IriSpace iris;

    private ResourcePage(Description d, IriSpace iris) {
        this.d = d;
        this.iris = iris;
    }

    /** Returns the page; docUrl is the document's address without extension, for the links to other formats. */
    static String render(Description d, IriSpace iris, String docUrl) {
        return new ResourcePage(d, iris).render(docUrl);
    }

    private String render(String docUrl) {
        String iri = d.subject().getURI();
        String title = d.labelOf(d.subject()) != null ? d.labelOf(d.subject()) : localName(iri);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        body.append("<p class=\"iri\">").append(Html.escape(iris.publish(iri)));
        if (!iris.isCanonical()) {
            body.append("<br>canonical: ").append(Html.escape(iri));
        }
        body.append("</p>\n<p class=\"types\">");
        d.graph().find(d.subject(), RDF.type.asNode(), Node.ANY).forEachRemaining(t ->
                body.append(node(t.getObject())).append(' '));
        body.append("</p>\n<p class=\"formats\">Also as ");
        for (Variant v : List.of(Variant.TURTLE, Variant.JSONLD, Variant.NTRIPLES)) {
            body.append(Html.link(docUrl + "." + v.extension, v.mediaType)).append(' ');
        }
        body.append("</p>\n");
        claims(body);
        properties(body);
        inbound(body);
        if (d.graphSize() > 0) {
            String gsp = "/ceasefire/data?graph=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
            body.append("<h2>Named graph</h2>\n<p>This IRI names a graph of ").append(d.graphSize())
                    .append(" triples: ").append(Html.link(gsp, "its triples (Graph Store Protocol)")).append("</p>\n");
        }
        String head = "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + Html.escape(docUrl + ".ttl") + "\">";
        return Html.page(title, head, body.toString());
    }

    private void properties(StringBuilder body) {
        Map<String, StringBuilder> rows = new TreeMap<>();
        d.graph().find(d.subject(), Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getPredicate().equals(RDF.type.asNode())) {
                return;
            }
            StringBuilder cell = rows.computeIfAbsent(t.getPredicate().getURI(), p -> new StringBuilder());
            cell.append(cell.isEmpty() ? "" : "<br>").append(value(t.getObject(), 0));
        });
        if (rows.isEmpty()) {
            return;
        }
        body.append("<h2>Properties</h2>\n<table class=\"properties\">\n");
        rows.forEach((p, values) -> body.append("<tr><td class=\"p\">").append(predicate(p)).append("</td><td>")
                .append(values).append("</td></tr>\n"));
        body.append("</table>\n");
    }

    private void claims(StringBuilder body) {
        if (d.claims().isEmpty()) {
            return;
        }
        body.append("<h2>Claims about it</h2>\n<table class=\"claims\">\n<tr><th>claim</th><th>as</th>"
                + "<th>claimant</th><th>numbers</th><th>source sentence</th><th>article</th></tr>\n");
        for (Description.ClaimRow c : d.claims()) {
            body.append("<tr><td>").append(Html.link(iris.publish(c.claim().getURI()), shortClaim(c)))
                    .append("</td><td>").append(Html.escape(localName(c.role().getURI())))
                    .append("</td><td>").append(c.claimant() == null ? "<small class=\"muted\">the article</small>"
                            : node(c.claimant()))
                    .append("</td><td>").append(Html.escape(c.counts()))
                    .append("</td><td>").append(c.sentence() == null ? ""
                            : "<blockquote>" + Html.escape(c.sentence()) + "</blockquote>")
                    .append("</td><td>").append(c.article() == null ? "" : node(c.article()))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
    }

    private String shortClaim(Description.ClaimRow c) {
        return (c.type() == null ? "claim" : localName(c.type().getURI())) + " " + localName(c.claim().getURI());
    }

    private void inbound(StringBuilder body) {
        if (d.inbound().isEmpty()) {
            return;
        }
        body.append("<h2>What links here</h2>\n<table class=\"inbound\">\n<tr><th>resource</th><th>by</th></tr>\n");
        List<Triple> sorted = d.inbound().stream().sorted(Comparator
                .comparing((Triple t) -> t.getPredicate().getURI())
                .thenComparing(t -> String.valueOf(d.labelOf(t.getSubject())))
                .thenComparing(t -> t.getSubject().toString())).toList();
        for (Triple t : sorted) {
            body.append("<tr><td>").append(node(t.getSubject())).append("</td><td>")
                    .append(predicate(t.getPredicate().getURI())).append("</td></tr>\n");
        }
        body.append("</table>\n");
        if (d.moreInbound()) {
            body.append("<p><small class=\"muted\">Only the first ").append(Description.INBOUND_LIMIT)
                    .append(" are listed; ask the SPARQL endpoint for all.</small></p>\n");
        }
    }

    /** An object value: a link for an IRI, escaped text for a literal, a nested list for a blank node. */
    private String value(Node o, int depth) {
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String type = o.getLiteralDatatypeURI();
            String note = !lang.isEmpty() ? "@" + lang
                    : type.endsWith("#string") || type.endsWith("#langString") ? "" : SHOWN.shortForm(type);
            return "<span class=\"lit\">" + Html.escape(o.getLiteralLexicalForm())
                    + (note.isEmpty() ? "" : " <small>" + Html.escape(note) + "</small>") + "</span>";
        }
        if (o.isBlank() && depth < 4) {
            String inner = d.graph().find(o, Node.ANY, Node.ANY).toList().stream()
                    .map(t -> "<li>" + predicate(t.getPredicate().getURI()) + " " + value(t.getObject(), depth + 1)
                            + "</li>")
                    .collect(Collectors.joining());
            return "<ul>" + inner + "</ul>";
        }
        return node(o);
    }

    /** A link to a resource, shown by its label, or by its local name. */
    private String node(Node n) {
        if (!n.isURI()) {
            return Html.escape(n.toString());
        }
        String label = d.labelOf(n);
        return Html.link(iris.publish(n.getURI()), label != null ? label : SHOWN.shortForm(n.getURI()));
    }

    private String predicate(String iri) {
        return Html.link(iris.publish(iri), SHOWN.shortForm(iri));
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}

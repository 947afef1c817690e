package org.ceasefirekg.serve;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ceasefirekg.lexicon.Vocab;

/** The ontology's documentation page, generated from its Turtle: one entry per term, anchored by local name. */
final class OntologyPage {

    private static final PrefixMapping SHOWN = IriSpace.PREFIXES;
    private static final String ONTOLOGY = Vocab.BASE + "ontology";

    private final Model model;
    private final IriSpace iris;

    private OntologyPage(Graph ontology, IriSpace iris) {
        this.model = ModelFactory.createModelForGraph(ontology);
        this.iris = iris;
    }

    /** Returns the page for an ontology graph with canonical IRIs. */
    static String render(Graph ontology, IriSpace iris) {
        return new OntologyPage(ontology, iris).render();
    }

    private String render() {
        Resource header = model.getResource(ONTOLOGY);
        String title = text(header, DCTerms.title, "ceasefire-kg ontology");
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        body.append("<p class=\"iri\">namespace ").append(Html.escape(Vocab.CF))
                .append(" · preferred prefix cf: · version ")
                .append(Html.escape(text(header, OWL.versionInfo, "unversioned"))).append("</p>\n");
        body.append("<p>").append(Html.escape(text(header, DCTerms.description, ""))).append("</p>\n");
        Resource license = header.getPropertyResourceValue(DCTerms.license);
        if (license != null && license.isURIResource()) {
            body.append("<p>License: ").append(Html.link(license.getURI(), license.getURI())).append("</p>\n");
        }
        // Which version this is and what came before, so a reader of an old document can find the current one.
        for (Property p : List.of(OWL.versionIRI, OWL.priorVersion)) {
            Resource version = header.getPropertyResourceValue(p);
            if (version != null && version.isURIResource()) {
                body.append("<p>").append(p.equals(OWL.priorVersion) ? "Prior version: " : "This version: ")
                        .append(Html.link(iris.locate(version.getURI()), version.getURI())).append("</p>\n");
            }
        }
        String changes = text(header, SKOS.changeNote, "");
        if (!changes.isEmpty()) {
            body.append("<p class=\"changes\">Changes: ").append(Html.escape(changes)).append("</p>\n");
        }
        body.append("<p class=\"formats\">Also as ");
        for (Variant v : Variant.rdf().toList()) {
            body.append(Html.link("/ontology." + v.extension, v.mediaType)).append(' ');
        }
        body.append("</p>\n");
        section(body, "Classes", r -> r.hasProperty(RDF.type, OWL.Class));
        section(body, "Properties", r -> r.hasProperty(RDF.type, OWL.ObjectProperty)
                || r.hasProperty(RDF.type, OWL.DatatypeProperty) || r.hasProperty(RDF.type, OWL.AnnotationProperty));
        section(body, "Concepts and concept schemes", r -> r.hasProperty(RDF.type, SKOS.Concept)
                || r.hasProperty(RDF.type, SKOS.ConceptScheme));
        return Html.page(title, "", body.toString());
    }

    private void section(StringBuilder body, String heading, Predicate<Resource> member) {
        List<Resource> terms = model.listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(Vocab.CF) && member.test(r))
                .sorted(Comparator.comparing(Resource::getLocalName))
                .toList();
        body.append("<h2>").append(Html.escape(heading)).append("</h2>\n<p>")
                .append(terms.stream().map(r -> Html.link("#" + local(r), "cf:" + local(r)))
                        .collect(Collectors.joining(" · ")))
                .append("</p>\n");
        for (Resource term : terms) {
            body.append("<dl class=\"term\" id=\"").append(Html.escape(local(term))).append("\">\n<dt>cf:")
                    .append(Html.escape(local(term))).append(" — ").append(Html.escape(text(term, RDFS.label, "")))
                    .append("</dt>\n<dd>").append(Html.escape(text(term, RDFS.comment, ""))).append("</dd>\n");
            body.append("<dd class=\"iri\">").append(Html.escape(term.getURI())).append("</dd>\n");
            links(body, term, "type", RDF.type);
            links(body, term, "subclass of", RDFS.subClassOf);
            links(body, term, "subproperty of", RDFS.subPropertyOf);
            links(body, term, "domain", RDFS.domain);
            links(body, term, "range", RDFS.range);
            links(body, term, "in scheme", SKOS.inScheme);
            body.append("</dl>\n");
        }
    }

    private void links(StringBuilder body, Resource term, String what, Property p) {
        List<String> targets = term.listProperties(p).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isURIResource)
                .map(o -> link(o.asResource().getURI()))
                .toList();
        if (!targets.isEmpty()) {
            body.append("<dd>").append(Html.escape(what)).append(": ").append(String.join(", ", targets))
                    .append("</dd>\n");
        }
    }

    /** Terms of this ontology link to their entry on the page; others to their own IRI. */
    private String link(String iri) {
        if (iri.startsWith(Vocab.CF)) {
            return Html.link("#" + iri.substring(Vocab.CF.length()), "cf:" + iri.substring(Vocab.CF.length()));
        }
        return Html.link(iris.locate(iri), SHOWN.shortForm(iri));
    }

    private static String local(Resource r) {
        return r.getURI().substring(Vocab.CF.length());
    }

    private static String text(Resource r, Property p, String otherwise) {
        return r.listProperties(p).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .map(o -> (Literal) o)
                .sorted(Comparator.comparing(l -> l.getLanguage().isEmpty() || l.getLanguage().startsWith("en") ? 0 : 1))
                .map(Literal::getLexicalForm)
                .findFirst()
                .orElse(otherwise);
    }
}

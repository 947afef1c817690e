package org.ceasefirekg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/** The published ontology and the knowledge files curators edit. */
class OntologyTest {
    static final Path ONTOLOGY = Path.of("ontology");

    static Model ceasefire() {
        return RDFDataMgr.loadModel(ONTOLOGY.resolve("ceasefire.ttl").toString());
    }

    @Test
    void everyTermHasALabelAndAComment() {
        Model m = ceasefire();
        List<String> missing = new ArrayList<>();
        for (Resource term : declaredTerms(m)) {
            if (!m.contains(term, RDFS.label) || !m.contains(term, RDFS.comment)) {
                missing.add(term.getURI());
            }
        }
        assertTrue(missing.isEmpty(), "terms without label or comment: " + missing);
        Resource ontology = m.createResource("https://w3id.org/ceasefire-kg/ontology");
        assertTrue(m.contains(ontology, OWL.versionIRI));
        assertTrue(m.contains(ontology, OWL.versionInfo));
        assertTrue(m.contains(ontology, m.createProperty("http://purl.org/dc/terms/license")));
    }

    @Test
    void everyClassOfTheHierarchyIsDeclaredAnOwlClass() {
        // queries/incidents.rq finds the incident classes through this declaration (in store order), not through
        // the subclass path: a class missing it would drop its incidents from the answer
        Model m = ceasefire();
        List<String> undeclared = new ArrayList<>();
        m.listStatements(null, RDFS.subClassOf, (RDFNode) null).forEachRemaining(st -> {
            for (RDFNode c : List.of(st.getSubject(), st.getObject())) {
                if (c.isURIResource() && c.asResource().getURI().startsWith(Vocab.CF)
                        && !m.contains(c.asResource(), RDF.type, OWL.Class)) {
                    undeclared.add(c.asResource().getURI());
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "cf: classes not declared owl:Class: " + undeclared);
    }

    @Test
    void thePriorVersionIsArchivedAsReleasedAndTheCurrentOneKeepsEveryTermOfIt() {
        Model m = ceasefire();
        Resource ontology = m.createResource("https://w3id.org/ceasefire-kg/ontology");
        String version = m.getRequiredProperty(ontology, OWL.versionInfo).getString();
        assertEquals(Vocab.BASE + "ontology/" + version, m.getRequiredProperty(ontology, OWL.versionIRI)
                .getResource().getURI());
        String prior = m.getRequiredProperty(ontology, OWL.priorVersion).getResource().getURI();
        assertTrue(m.contains(ontology, OWL.backwardCompatibleWith, m.createResource(prior)));
        Path archived = ONTOLOGY.resolve("versions").resolve(prior.substring(prior.lastIndexOf('/') + 1) + ".ttl");
        assertTrue(Files.isRegularFile(archived), "the prior version is archived as " + archived);
        Model old = RDFDataMgr.loadModel(archived.toString());
        assertEquals(prior, old.getRequiredProperty(ontology, OWL.versionIRI).getResource().getURI());
        Set<String> now = new TreeSet<>();
        declaredTerms(m).forEach(r -> now.add(r.getURI()));
        List<String> dropped = declaredTerms(old).stream().map(Resource::getURI).filter(t -> !now.contains(t)).toList();
        assertTrue(dropped.isEmpty(), "backward compatible, yet these terms are gone: " + dropped);
    }

    @Test
    void everyOntologyTermUsedByTheKnowledgeFilesOrTheGoldenGraphsIsDeclared() throws IOException {
        Set<String> declared = new TreeSet<>();
        declaredTerms(ceasefire()).forEach(r -> declared.add(r.getURI()));
        Set<String> used = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(ONTOLOGY)) {
            s.filter(f -> f.toString().endsWith(".ttl")).forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/fixtures"))) {
            s.filter(f -> f.toString().endsWith(".expected.ttl")).forEach(files::add);
        }
        for (Path f : files) {
            Model m = RDFDataMgr.loadModel(f.toString());
            for (Statement st : m.listStatements().toList()) {
                collect(used, st.getSubject());
                collect(used, st.getPredicate());
                collect(used, st.getObject());
            }
        }
        used.removeAll(declared);
        assertTrue(used.isEmpty(), "cf: terms used but not declared in ceasefire.ttl: " + used);
    }

    @Test
    void ontologyWithGazetteerAndCameoIsConsistentUnderJenasOwlReasoner() throws IOException {
        // Scope: Jena's OWL Micro rule reasoner (RDFS plus owl:equivalentClass/Property, inverses, sameAs, and
        // datatype-range and disjointness checks); not a complete OWL DL tableau like HermiT. The full OWL rule
        // reasoner takes minutes on the gazetteer for no extra coverage of what the ontology states.
        Model all = Lexicon.readOntology(ONTOLOGY);
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), all);
        ValidityReport report = inf.validate();
        List<String> problems = new ArrayList<>();
        report.getReports().forEachRemaining(r -> problems.add(r.toString()));
        assertTrue(report.isValid(), "inconsistent: " + problems);
    }

    @Test
    void aContradictionIsCaughtByTheSameReasoner() throws IOException {
        Model all = Lexicon.readOntology(ONTOLOGY);
        Resource count = all.createResource(Vocab.ID + "test/count");
        // A count whose value is text, where the ontology's range says xsd:integer.
        all.add(count, RDF.type, all.createResource(Vocab.cf("Count")));
        all.add(count, all.createProperty(Vocab.cf("value")), all.createTypedLiteral("many",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring));
        assertFalse(ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), all).validate().isValid());
    }

    @Test
    void theShapesParseAndABrokenClaimDoesNotConform() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(ONTOLOGY.resolve("shapes.ttl").toString()));
        Model data = ceasefire();
        Resource claim = data.createResource(Vocab.ID + "claim/broken");
        claim.addProperty(RDF.type, data.createResource(Vocab.cf("CasualtyClaim")));
        claim.addProperty(data.createProperty(Vocab.cf("statedIn")), "not an article");
        assertFalse(ShaclValidator.get().validate(shapes, data.getGraph()).conforms());
    }

    private static Set<Resource> declaredTerms(Model m) {
        Set<Resource> terms = new java.util.HashSet<>();
        m.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Vocab.CF)) {
                terms.add(s);
            }
        });
        return terms;
    }

    private static void collect(Set<String> used, RDFNode node) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(Vocab.CF)) {
            used.add(node.asResource().getURI());
        }
    }
}

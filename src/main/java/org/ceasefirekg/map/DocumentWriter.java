package org.ceasefirekg.map;

import static org.ceasefirekg.map.Normalized.dateOrDateTime;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.EntityMention;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.NameIndex;

/** Writes the article itself: its metadata, its sentences, and the mentions of known actors and places. */
final class DocumentWriter {
    private final AnnotatedArticle a;
    private final TripleWriter out;
    private final Entities entities;
    private final String id;
    private final String articleIri;
    private final ArticleScope scope;

    DocumentWriter(ArticleScope scope) {
        this.a = scope.a();
        this.out = scope.out();
        this.entities = scope.entities();
        this.id = scope.id();
        this.articleIri = scope.articleIri();
        this.scope = scope;
    }

    /** Writes the article's own metadata: file, title, publisher, hash, address, date. */
    void article() {
        Article art = a.article();
        out.iri(articleIri, TripleWriter.RDF_TYPE, CF.Article);
        out.literal(articleIri, CF.fileName, art.fileName());
        out.literal(articleIri, TripleWriter.RDFS_LABEL, art.title() != null ? art.title() : art.fileName());
        out.literal(articleIri, CF.title, art.title());
        out.literal(articleIri, CF.publisher, art.publisher());
        out.literal(articleIri, CF.contentHash, art.contentHash());
        if (art.url() != null) {
            out.typed(articleIri, CF.url, art.url(), XSDDatatype.XSDanyURI);
        }
        String published = art.published() != null ? art.published() : a.referenceDate();
        if (published != null) {
            dateOrDateTime(out, articleIri, CF.published, published);
            out.typed(articleIri, CF.publishedInferred, Boolean.toString(art.published() == null),
                    XSDDatatype.XSDboolean);
        }
    }

    /** Writes each sentence: its text, its place in the article and its offsets. */
    void sentences() {
        for (Sentence s : a.sentences()) {
            String iri = Iris.sentence(id, s.index());
            out.iri(iri, TripleWriter.RDF_TYPE, CF.Sentence);
            out.iri(iri, CF.inArticle, articleIri);
            out.literal(iri, CF.text, s.span().text());
            offsets(iri, s.span());
            out.node(iri, CF.sentenceIndex, TripleWriter.integer(s.index()));
        }
    }

    /** Writes a mention for each entity and each gazetteer name the article holds. */
    void mentions() {
        Map<Integer, Span> taken = new HashMap<>();
        for (EntityMention e : a.entities()) {
            Optional<String> iri = entities.denoted(e);
            if (iri.isPresent()) {
                mention(e.sentence(), e.span(), iri.get());
                taken.put(e.span().begin(), e.span());
                if (e.type().equals("PERSON")) {
                    personDetails(e, iri.get());
                }
            }
        }
        for (Sentence s : a.sentences()) {
            if (s.navigation()) {
                continue;
            }
            for (NameIndex.Match m : scope.namesIn(s)) {
                int begin = s.span().begin() + m.begin();
                int end = s.span().begin() + m.end();
                boolean overlaps = taken.values().stream().anyMatch(t -> t.begin() < end && begin < t.end());
                if (!overlaps && m.how() != NameIndex.Kind.DEMONYM) {
                    String iri = entities.iriOf(m.entry());
                    mention(s.index(), new Span(begin, end, s.span().text().substring(m.begin(), m.end())), iri);
                }
            }
        }
    }

    /** Writes the role and the affiliation written next to a person's name. */
    private void personDetails(EntityMention e, String personIri) {
        if (e.role() != null) {
            out.literal(personIri, CF.role, e.role());
        }
        entities.affiliation(e).ifPresent(org -> out.iri(personIri, CF.affiliation, org));
    }

    void mention(int sentence, Span span, String denoted) {
        String iri = Iris.mention(id, span.begin());
        out.iri(iri, TripleWriter.RDF_TYPE, CF.Mention);
        out.iri(iri, CF.denotes, denoted);
        out.iri(iri, CF.inSentence, Iris.sentence(id, sentence));
        out.iri(iri, CF.inArticle, articleIri);
        out.literal(iri, CF.text, span.text());
        offsets(iri, span);
    }

    void offsets(String iri, Span span) {
        out.node(iri, CF.beginIndex, TripleWriter.integer(span.begin()));
        out.node(iri, CF.endIndex, TripleWriter.integer(span.end()));
    }
}

package org.ceasefirekg.map;

import java.util.Optional;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Quote;
import org.ceasefirekg.lexicon.CF;

/** Numbers the article's claims, attributes them to who says them, and writes quotations as statements. */
final class ClaimWriter {
    private final AnnotatedArticle a;
    private final TripleWriter out;
    private final Entities entities;
    private final String id;
    private final String articleIri;
    private int claims;

    ClaimWriter(ArticleScope scope) {
        this.a = scope.a();
        this.out = scope.out();
        this.entities = scope.entities();
        this.id = scope.id();
        this.articleIri = scope.articleIri();
    }

    /** Writes a quotation as a statement of its speaker, unless it is a quoted name or a copy. */
    void quote(Quote q) {
        Optional<String> speaker = q.speaker() == null ? Optional.empty() : entities.speaker(q.speaker());
        if (speaker.isEmpty() && q.span().text().strip().matches("\\p{Lu}\\S*(\\s+\\p{Lu}\\S*)?")) {
            return; // "the "White Helmets" volunteers": a name in quotation marks, said by no one
        }
        boolean saidElsewhere = a.quotes().stream().anyMatch(o -> o != q && o.speaker() != null
                && o.span().text().equals(q.span().text()) && entities.speaker(o.speaker()).isPresent());
        if (speaker.isEmpty() && saidElsewhere) {
            return; // the summary's copy of words the article quotes again with their speaker
        }
        String claim = claim(CF.Statement, q.sentence());
        out.literal(claim, CF.quotation, q.span().text());
        speaker.ifPresent(s -> out.iri(claim, CF.claimant, s));
    }

    /** Mints the next claim of the article, of a type, with the sentence it is told in. */
    String claim(String type, int sentence) {
        String iri = Iris.claim(id, ++claims);
        out.iri(iri, TripleWriter.RDF_TYPE, type);
        out.iri(iri, CF.statedIn, articleIri);
        out.iri(iri, CF.evidence, Iris.sentence(id, sentence));
        return iri;
    }

    /** Names who makes a claim (the frame's source) and who relays it. */
    void attribute(String claim, Frame f) {
        f.first(Frame.SOURCE).flatMap(s -> entities.speaker(s.span()))
                .ifPresent(s -> out.iri(claim, CF.claimant, s));
        f.first(Frame.RELAY).flatMap(s -> entities.actor(s.span()))
                .ifPresent(s -> out.iri(claim, CF.relayedBy, s));
    }
}

package org.ceasefirekg.map;

import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Quote;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Turns one article's records into triples of the ceasefire ontology. What a source says becomes a claim attributed
 * to that source; events get IRIs from their type, date and place, so articles reporting the same event share it.
 * A resolve step ({@link FrameRewrites}, {@link IncidentResolver}) comes first; then one writer per kind of claim.
 */
public final class ArticleMapper {
    private final Lexicon lexicon;
    private final NameIndex names;

    /** Creates a mapper that resolves names with the lexicon's gazetteer. */
    public ArticleMapper(Lexicon lexicon) {
        this(lexicon, new NameIndex(lexicon));
    }

    /** Creates a mapper that shares a name index built once for the lexicon (it is read-only). */
    public ArticleMapper(Lexicon lexicon, NameIndex names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Writes the article's triples to the sink and returns how many distinct triples were written. */
    public int map(AnnotatedArticle article, StreamRDF sink) {
        ArticleScope scope = ArticleScope.of(lexicon, names, article, new TripleWriter(sink));
        DocumentWriter document = new DocumentWriter(scope);
        document.article();
        document.sentences();
        document.mentions();
        ClaimWriter claims = new ClaimWriter(scope);
        for (Quote q : article.quotes()) {
            claims.quote(q);
        }
        // The resolve step: frames rewritten and incidents grouped into events before any claim is written.
        List<Frame> frames = new FrameRewrites(scope).rewritten();
        ResolvedIncidents incidents = new IncidentResolver(scope).resolve(frames);
        IncidentWriter incidentWriter = new IncidentWriter(scope, claims, incidents);
        incidentWriter.events();
        CeasefireWriter ceasefire = new CeasefireWriter(scope);
        ceasefire.brokersAmong(frames);
        CasualtyWriter casualties = new CasualtyWriter(scope, claims, incidents, ceasefire);
        AccusationWriter accusations = new AccusationWriter(scope, claims);
        for (Frame f : frames) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("mapping interrupted"); // the build stopped this article
            }
            String c = f.concept();
            if (scope.isIncident(f)) {
                incidentWriter.incident(f);
            } else if (c.equals(Vocab.KILLED) || c.equals(Vocab.WOUNDED)) {
                casualties.casualty(f);
            } else if (c.equals(Vocab.VIOLATION_COUNT)) {
                casualties.violation(f);
            } else if (c.startsWith(Vocab.CAMEO + "11") || c.equals(Vocab.DENY) || c.equals(Vocab.VIOLATE)) {
                accusations.accusation(f);
            } else if (c.equals(Vocab.SIGN) || c.equals(Vocab.MEDIATE)) {
                ceasefire.agreement(f);
            } else if (c.equals(Vocab.NEGOTIATE)) {
                ceasefire.negotiation(f);
            } else if (c.equals(Vocab.CEASEFIRE_START) || c.equals(Vocab.CEASEFIRE_END)) {
                ceasefire.phase(f);
            } else if (CF.AidDelivery.equals(lexicon.eventClasses().get(c))) {
                incidentWriter.aid(f);
            }
        }
        ceasefire.headlineSides();
        // Actors and places are described once resolution is over, whichever writer resolved them.
        new DescriptionWriter(scope.out()).write(scope.entities().descriptions());
        return scope.out().count();
    }
}

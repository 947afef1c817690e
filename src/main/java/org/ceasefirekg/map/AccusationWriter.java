package org.ceasefirekg.map;

import java.util.Optional;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Vocab;

/** Writes accusations and denials, and statements that a truce was violated, as claims. */
final class AccusationWriter {
    private final TripleWriter out;
    private final Entities entities;
    private final ClaimWriter claims;

    AccusationWriter(ArticleScope scope, ClaimWriter claims) {
        this.out = scope.out();
        this.entities = scope.entities();
        this.claims = claims;
    }

    /**
     * Writes an accusation or denial: who accuses whom of what, and who relays it. Two accusers ("Kenya, along
     * with Uganda, accuses ...", "Kenya and Uganda accused ...") make one claim each: each of them says it.
     */
    void accusation(Frame f) {
        java.util.Set<String> accusers = new java.util.LinkedHashSet<>();
        f.all(Frame.AGENT).forEach(x -> entities.actor(x.span()).ifPresent(accusers::add));
        if (accusers.size() < 2) {
            accusation(f, accusers.stream().findFirst());
        } else {
            accusers.forEach(a -> accusation(f, Optional.of(a)));
        }
    }

    private void accusation(Frame f, Optional<String> accuser) {
        String claim = claims.claim(f.concept().equals(Vocab.DENY) ? CF.Denial : CF.Accusation, f.sentence());
        out.iri(claim, CF.eventType, f.concept());
        if (accuser.isPresent()) {
            out.iri(claim, CF.claimant, accuser.get());
            f.first(Frame.SOURCE).flatMap(s -> entities.actor(s.span()))
                    .filter(s -> !s.equals(accuser.get()))
                    .ifPresent(s -> out.iri(claim, CF.relayedBy, s));
        } else {
            claims.attribute(claim, f);
        }
        for (Argument arg : f.all(Frame.PATIENT)) {
            entities.actorsIn(arg.span()).forEach(x -> out.iri(claim, CF.accused, x));
        }
        f.first(Frame.ALLEGATION).ifPresent(x -> out.literal(claim, CF.allegation, x.span().text()));
    }
}

package org.ceasefirekg.map;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Quote;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Vocab;

/** Writes accusations and denials, and statements that a truce was violated, as claims. */
final class AccusationWriter {
    private final TripleWriter out;
    private final Entities entities;
    private final ClaimWriter claims;
    private final List<Quote> quotes;
    private final TwoSides twoSides;

    AccusationWriter(ArticleScope scope, ClaimWriter claims) {
        this.out = scope.out();
        this.entities = scope.entities();
        this.claims = claims;
        this.quotes = scope.a().quotes();
        this.twoSides = new TwoSides(scope.a(), scope.entities());
    }

    /**
     * Writes an accusation or denial: who accuses whom of what, and who relays it. Two accusers ("Kenya, along
     * with Uganda, accuses ...", "Kenya and Uganda accused ...") make one claim each: each of them says it. Sides
     * that accuse "each other" accuse each the others; without two named sides no one is accused.
     */
    void accusation(Frame f) {
        Set<String> accusers = new LinkedHashSet<>();
        f.all(Frame.AGENT).forEach(x -> entities.actor(x.span()).ifPresent(accusers::add));
        boolean reciprocal = f.all(Frame.PATIENT).stream().anyMatch(x -> RECIPROCAL.matcher(x.span().text()).matches()
                || Frame.MUTUAL.equals(x.normalized()));
        if (reciprocal) {
            kindAccuser(f, accusers);
            if (accusers.size() >= 2) {
                accusers.forEach(a -> accusation(f, Optional.of(a),
                        accusers.stream().filter(o -> !o.equals(a)).toList()));
            }
        } else if (accusers.size() < 2) {
            accusation(f, accusers.stream().findFirst(), null);
        } else {
            accusers.forEach(a -> accusation(f, Optional.of(a), null));
        }
    }

    /**
     * "Government forces and the Front accused each other": two agents, one a named side and one a kind noun, accuse
     * each other as the pair of sides named before in the article (see {@link TwoSides#kindBeside}); "both sides
     * accused each other" as that pair too.
     */
    private void kindAccuser(Frame f, Set<String> accusers) {
        List<Argument> agents = f.all(Frame.AGENT);
        if (agents.size() == 1) {
            List<String> both = twoSides.meant(agents.get(0).span());
            if (!both.isEmpty()) {
                accusers.clear();
                accusers.addAll(both);
            }
            return;
        }
        if (agents.size() != 2) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            Span own = agents.get(i).span();
            Optional<String> named = entities.actor(agents.get(1 - i).span());
            Optional<String> kind = named.flatMap(n -> twoSides.kindBeside(own, n));
            if (kind.isPresent()) {
                accusers.clear();
                accusers.add(kind.get());
                accusers.add(named.get());
                return;
            }
        }
    }

    private static final Pattern RECIPROCAL =
            Pattern.compile("(?i)(?:each other|one another)(?:['\u2019]s?)?");

    /**
     * "MR. X: ... we hold Moscow responsible", "'The militia bears the blame,' he said": an accusation with no accuser
     * or source of its own, told inside quoted words, is their speaker's.
     */
    private Optional<String> quoteSpeaker(Frame f) {
        if (f.first(Frame.SOURCE).isPresent()) {
            return Optional.empty();
        }
        return quotes.stream().filter(q -> q.speaker() != null && q.span().begin() <= f.trigger().begin()
                        && q.span().end() >= f.trigger().end())
                .findFirst().flatMap(q -> entities.speaker(q.speaker()));
    }

    /** Writes one claim; the accused are the given ones, or else those the frame's patients name. */
    private void accusation(Frame f, Optional<String> accuser, List<String> accused) {
        String claim = claims.claim(f.concept().equals(Vocab.DENY) ? CF.Denial : CF.Accusation, f.sentence());
        out.iri(claim, CF.eventType, f.concept());
        if (accuser.isPresent()) {
            out.iri(claim, CF.claimant, accuser.get());
            f.first(Frame.SOURCE).flatMap(s -> entities.actor(s.span()))
                    .filter(s -> !s.equals(accuser.get()))
                    .ifPresent(s -> out.iri(claim, CF.relayedBy, s));
        } else {
            claims.attribute(claim, f);
            quoteSpeaker(f).ifPresent(s -> out.iri(claim, CF.claimant, s));
        }
        if (accused != null) {
            accused.forEach(x -> out.iri(claim, CF.accused, x));
        } else {
            // "X said its forces violated the truce", its read as X: a side that owns to an act accuses no one
            Optional<String> says = accuser.or(() -> f.first(Frame.SOURCE).flatMap(s -> entities.actor(s.span())))
                    .or(() -> quoteSpeaker(f));
            for (Argument arg : f.all(Frame.PATIENT)) {
                entities.actorsIn(arg.span()).stream().filter(x -> !says.equals(Optional.of(x)))
                        .forEach(x -> out.iri(claim, CF.accused, x));
            }
        }
        f.first(Frame.ALLEGATION).ifPresent(x -> out.literal(claim, CF.allegation, x.span().text()));
    }
}

package org.ceasefirekg.map;

import static org.ceasefirekg.map.Normalized.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.lexicon.Vocab;

/**
 * The resolve step's first pass (no RDF): drops a headline's count the article tells again and accusations asked or
 * told twice, gives casualties placed apart an attack of their own, and splits an incident told in several places
 * into one per place.
 */
final class FrameRewrites {
    private static final String ATTACK = Vocab.CAMEO + "190";

    private final AnnotatedArticle a;
    private final Entities entities;
    private final ArticleScope scope;

    FrameRewrites(ArticleScope scope) {
        this.a = scope.a();
        this.entities = scope.entities();
        this.scope = scope;
    }

    /** Returns the frames to map, incidents first within a sentence so casualties and claims can point at them. */
    List<Frame> rewritten() {
        List<Frame> frames = new ArrayList<>(a.frames());
        frames.removeIf(this::headlineRepeat);
        frames.removeIf(f -> isAccusation(f) && asked(f));
        List<Frame> all = List.copyOf(frames);
        frames.removeIf(f -> accusedAgain(f, all));
        frames.addAll(placedApart(frames));
        frames = onePlaceEach(frames);
        // Incidents first within a sentence, so casualties and claims can point at them.
        frames.sort(Comparator.comparingInt(Frame::sentence).thenComparing(f -> scope.isIncident(f) ? 0 : 1)
                .thenComparingInt(f -> f.trigger().begin()));
        return frames;
    }

    /**
     * "12 people were killed in Hama province and another 8 by shelling in Daraa province": casualties placed
     * apart from every incident of their sentence, or told with their killer and no incident at all, are of an
     * attack of their own, told by the same frame.
     */
    List<Frame> placedApart(List<Frame> frames) {
        List<Frame> own = new ArrayList<>();
        for (Frame f : frames) {
            boolean casualty = f.concept().equals(Vocab.KILLED) || f.concept().equals(Vocab.WOUNDED);
            if (!casualty || f.first(Frame.EVENT).isPresent() || f.first(Frame.PERIOD).isPresent()) {
                continue;
            }
            Optional<String> place = f.first(Frame.PLACE).flatMap(p -> entities.place(p.span()));
            List<String> others = frames.stream().filter(g -> g.sentence() == f.sentence() && scope.isIncident(g))
                    .map(g -> g.first(Frame.PLACE).flatMap(p -> entities.place(p.span())).orElse(null)).toList();
            boolean placedElsewhere = place.isPresent() && !others.isEmpty() && !others.contains(null)
                    && !others.contains(place.get());
            // "Rebel gunmen killed one of their commanders": whoever killed them attacked, in an event of its own
            boolean killer = others.isEmpty() && f.all(Frame.AGENT).stream()
                    .anyMatch(x -> entities.actor(x.span()).isPresent());
            if ((placedElsewhere || killer) && own.stream().noneMatch(o -> o.sentence() == f.sentence()
                    && o.trigger().begin() == f.trigger().begin())) {
                own.add(new Frame(ATTACK, f.sentence(), f.trigger(), f.args().stream()
                        .filter(a -> Set.of(Frame.PLACE, Frame.TIME, Frame.AGENT).contains(a.role())).toList()));
            }
        }
        return own;
    }

    /**
     * "clashes in the provinces of Latakia and Tartus": an incident told in several places is one event per place. The
     * first keeps the trigger, so casualties still find it; each other is keyed by its place's words.
     */
    List<Frame> onePlaceEach(List<Frame> frames) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            List<Argument> places = f.all(Frame.PLACE);
            // casualties told of such an event are a toll of all its places, which no one place may carry
            boolean toll = frames.stream().anyMatch(g -> g.sentence() == f.sentence()
                    && (g.concept().equals(Vocab.KILLED) || g.concept().equals(Vocab.WOUNDED)));
            if (!scope.isIncident(f) || places.size() < 2 || toll) {
                out.add(f); // a toll's event keeps its places, loosely (see mention)
                continue;
            }
            List<Argument> rest = f.args().stream().filter(x -> !x.role().equals(Frame.PLACE)).toList();
            for (int i = 0; i < places.size(); i++) {
                List<Argument> args = new ArrayList<>(rest);
                args.add(places.get(i));
                out.add(new Frame(f.concept(), f.sentence(), i == 0 ? f.trigger() : places.get(i).span(), args));
            }
        }
        return out;
    }

    private static boolean isAccusation(Frame f) {
        return f.concept().startsWith(Vocab.CAMEO + "11") || f.concept().equals(Vocab.VIOLATE);
    }

    /** "Q: Do you blame the army for the strike?": a question accuses no one. */
    private boolean asked(Frame f) {
        return a.sentences().stream().filter(s -> s.index() == f.sentence())
                .anyMatch(s -> s.span().text().strip().endsWith("?"));
    }

    /**
     * "Kenya condemns the rebels' violations of the truce": the condemning and the violations are two frames of one
     * accusation; the one with no accuser of its own (whose accuser would be a guess from the attribution) is dropped
     * when another accusation of the sentence names an accuser and the same accused.
     */
    private static boolean accusedAgain(Frame f, List<Frame> all) {
        if (!isAccusation(f) || f.first(Frame.AGENT).isPresent()) {
            return false;
        }
        return all.stream().anyMatch(g -> g != f && isAccusation(g) && g.sentence() == f.sentence()
                && g.first(Frame.AGENT).isPresent()
                && f.all(Frame.PATIENT).stream().anyMatch(x -> g.all(Frame.PATIENT).stream()
                        .anyMatch(y -> x.span().begin() == y.span().begin() && x.span().end() == y.span().end())));
    }

    /** "24 killed in raids on Idlib": an unsourced headline count the article tells again is the same claim. */
    boolean headlineRepeat(Frame f) {
        if (f.sentence() != 0 || f.first(Frame.SOURCE).isPresent()
                || !(f.concept().equals(Vocab.KILLED) || f.concept().equals(Vocab.WOUNDED))) {
            return false;
        }
        Optional<Long> value = f.first(Frame.COUNT).flatMap(c -> number(c.normalized()));
        return value.isPresent() && a.frames().stream().anyMatch(g -> g.sentence() > 0
                && g.concept().equals(f.concept()) && g.first(Frame.COUNT).flatMap(c -> number(c.normalized())).equals(value));
    }
}

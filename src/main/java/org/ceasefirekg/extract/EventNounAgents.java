package org.ceasefirekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;

/**
 * "Regime helicopters dropped barrel bombs": a word right in front of an incident's event noun that names an actor
 * only together with that noun (a gazetteer name such as "regime helicopters") is the agent written with its noun,
 * so the agent's span becomes the whole name; any other agent stays as the rules found it.
 */
final class EventNounAgents {
    private final Lexicon lexicon;
    private final NameIndex names;

    EventNounAgents(Lexicon lexicon, NameIndex names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Returns the frames with the agents of incidents widened over their event noun where that makes a name. */
    List<Frame> apply(List<Frame> frames, String text) {
        List<Frame> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            if (!isIncident(f) || f.first(Frame.AGENT).isEmpty()) {
                out.add(f);
                continue;
            }
            List<Argument> args = f.args().stream().map(a -> a.role().equals(Frame.AGENT)
                    ? new Argument(a.role(), withEventNoun(a.span(), f.trigger(), text), a.type(), a.normalized())
                    : a).toList();
            out.add(new Frame(f.concept(), f.sentence(), f.trigger(), args));
        }
        return out;
    }

    /** Ceasefires and aid deliveries have parties, not attackers. */
    private boolean isIncident(Frame f) {
        String kind = lexicon.eventClasses().get(f.concept());
        return kind != null && !kind.equals(CF.Ceasefire) && !kind.equals(CF.AidDelivery);
    }

    private Span withEventNoun(Span agent, Span trigger, String text) {
        int gap = trigger.begin() - agent.end();
        if (gap < 0 || gap > 1 || names.resolve(agent.text()).filter(m -> m.entry().isActor()).isPresent()) {
            return agent;
        }
        String joined = text.substring(agent.begin(), trigger.end());
        Optional<NameIndex.Match> m = names.resolve(joined);
        boolean whole = m.isPresent() && m.get().entry().isActor() && m.get().how() == NameIndex.Kind.NAME
                && m.get().end() - m.get().begin() >= NameIndex.clean(joined).length();
        return whole ? new Span(agent.begin(), trigger.end(), joined) : agent;
    }
}

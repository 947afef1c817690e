package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;

/**
 * A title told again with "the" for a person named before it: "Jane Roe, the foreign minister, ... the Minister
 * said" (the one person holding that title), and "Jane Roe said ... The envoy added" (the title told only by the
 * description is the person speaking right before it).
 */
final class TitleAnaphora {
    /** "the Minister", "The deputy envoy": a definite description of up to three words and no name. */
    private static final Pattern DEFINITE = Pattern.compile("(?i)the(?:\\s+[\\p{L}-]+){1,3}");

    private final Lexicon lexicon;

    TitleAnaphora(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Returns the person a speaker phrase such as "the Minister" stands for: the one person named before it whose
     * title ends in the same word; the phrase itself when there is none or more than one.
     */
    static Span holder(Span speaker, List<EntityMention> entities) {
        String said = speaker.text().strip();
        if (!DEFINITE.matcher(said).matches() || entities.stream().anyMatch(e -> e.type().equals("PERSON")
                && speaker.begin() <= e.span().begin() && e.span().end() <= speaker.end())) {
            return speaker;
        }
        String head = lastWord(said);
        EntityMention nearest = null;
        Set<String> holders = new HashSet<>();
        for (EntityMention e : entities) {
            if (e.type().equals("PERSON") && e.role() != null && e.span().end() <= speaker.begin()
                    && headWord(e.role()).equals(head)) {
                holders.add(lastWord(e.span().text()));
                nearest = nearest == null || e.span().begin() > nearest.span().begin() ? e : nearest;
            }
        }
        return nearest != null && holders.size() == 1 ? nearest.span() : speaker;
    }

    /**
     * Returns the entities with the title of a definite description that speaks ("The envoy added", "the
     * spokesman said") given to the one person named in the two sentences before it, when no one named before
     * holds that title: the description tells again who was speaking.
     */
    List<EntityMention> titled(List<EntityMention> entities, List<ParsedSentence> parsed) {
        List<EntityMention> out = new ArrayList<>(entities);
        for (ParsedSentence p : parsed) {
            if (p.graph == null) {
                continue;
            }
            for (IndexedWord verb : p.graph.vertexSet()) {
                if (verb.lemma() == null || !lexicon.conceptsOf(verb.lemma().toLowerCase(Locale.ROOT))
                        .contains(Vocab.SPEECH)) {
                    continue;
                }
                for (IndexedWord subject : p.children(verb, "nsubj")) {
                    String role = definiteTitle(subject, p);
                    if (role != null) {
                        giveTitle(out, role, p.index, p.token(subject.index()).beginPosition());
                    }
                }
            }
        }
        return out;
    }

    /** "the envoy", "the UN envoy", "the deputy minister": the title words of a definite description, or null. */
    private String definiteTitle(IndexedWord subject, ParsedSentence p) {
        CoreLabel head = p.token(subject.index());
        if (!"O".equals(head.ner()) && !"TITLE".equals(head.ner()) || head.lemma() == null
                || !lexicon.conceptsOf(head.lemma().toLowerCase(Locale.ROOT)).contains(Vocab.POSITION)
                || !String.valueOf(head.tag()).startsWith("NN") || head.tag().endsWith("S")) {
            return null;
        }
        int from = subject.index();
        while (from > 1) {
            IndexedWord w = p.node(from - 1);
            if (w == null || !subject.equals(p.parent(w))
                    || !Set.of("compound", "amod").contains(p.relationToParent(w))
                    || "PERSON".equals(p.token(from - 1).ner())) {
                break;
            }
            from--;
        }
        boolean definite = from > 1 && p.token(from - 1).word().equalsIgnoreCase("the")
                && p.children(subject, "nmod:of", "nmod:poss", "appos").isEmpty();
        return definite ? p.textBetween(p.token(from).beginPosition(), head.endPosition()) : null;
    }

    /** Gives the title to the one person of the two sentences before, when no one before holds it. */
    private static void giveTitle(List<EntityMention> out, String role, int sentence, int at) {
        String head = lastWord(role);
        boolean held = out.stream().anyMatch(e -> e.type().equals("PERSON") && e.role() != null
                && e.span().end() <= at && headWord(e.role()).equals(head));
        if (held) {
            return;
        }
        for (int back = 1; back <= 2; back++) {
            // the sentence right before first ("X said. The spokesman added"), then one more
            Set<String> people = new HashSet<>();
            int last = -1;
            for (int i = 0; i < out.size(); i++) {
                EntityMention e = out.get(i);
                boolean near = e.sentence() < sentence && e.sentence() >= sentence - back
                        || e.sentence() == sentence && e.span().end() <= at;
                if (e.type().equals("PERSON") && near && Character.isUpperCase(e.span().text().codePointAt(0))) {
                    people.add(lastWord(e.span().text()));
                    last = i;
                }
            }
            if (people.size() == 1) {
                giveTo(out, last, role);
                return;
            }
            if (people.size() > 1) {
                return;
            }
        }
    }

    private static void giveTo(List<EntityMention> out, int last, String role) {
        if (out.get(last).role() == null) {
            EntityMention e = out.get(last);
            out.set(last, new EntityMention(e.sentence(), e.span(), e.type(), role, e.affiliation()));
        }
    }

    /** "Minister of Foreign Affairs" -> "minister": the title's noun, before the phrase that says of what. */
    private static String headWord(String role) {
        return lastWord(role.split("(?i)\\s(?:of|for|to|on|in|at)\\s")[0]);
    }

    private static String lastWord(String words) {
        String[] w = words.strip().toLowerCase(Locale.ROOT).split("[\\s-]+");
        return w[w.length - 1];
    }
}

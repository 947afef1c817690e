package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;

/** Builds frame arguments from parse nodes, replacing pronouns and vague references by what they refer to. */
final class Resolver {
    /** How far back a bare "the statement" looks for the statement it repeats. */
    private static final int EARLIER_SENTENCES = 5;
    /** "the government": a description with no name in it, which coreference may return for another like it. */
    private static final Pattern BARE_DESCRIPTION = Pattern.compile("[Tt](?:he|his|hat)\\s+[^\\p{Lu}]+");
    private static final Pattern POSSESSIVE_MESSAGE = Pattern.compile("^(?:the |The )?(.+?)\\s?['’]s?\\s+(\\w+)$");

    private final ParsedSentence sentence;
    private final List<ParsedSentence> all;
    private final Coreference coref;
    /** Knows the message nouns (cf:MessageNoun) that stand for their author: "the statement" means its issuer. */
    private final Lexicon lexicon;

    Resolver(ParsedSentence sentence, List<ParsedSentence> all, Coreference coref, Lexicon lexicon) {
        this.sentence = sentence;
        this.all = all;
        this.coref = coref;
        this.lexicon = lexicon;
    }

    ParsedSentence sentence() {
        return sentence;
    }

    /** Returns an argument for the phrase headed by w. */
    Argument arg(String role, IndexedWord w) {
        Span span = withNounAfter(sentence.withWholeName(sentence.phrase(w), w), w);
        Optional<Span> bound = boundOwner(w).or(() -> selfReport(role, w));
        Optional<Span> rep = bound.isPresent() ? bound
                : refersBack(w) ? coref.representative(sentence.index, w.index()) : ownersForces(w);
        if (rep.isPresent() && conjoinedWithItself(w, rep.get())) {
            return new Argument(role, span, w.ner() == null || "O".equals(w.ner()) ? null : w.ner(),
                    sentence.normalized(w));
        }
        if (rep.isPresent() && !BARE_DESCRIPTION.matcher(rep.get().text()).matches()) {
            span = rep.get();
        } else {
            // coreference gave no name: a described body ("the support group") may still repeat an earlier one
            Span named = DescribedBodies.antecedent(sentence, w, all, lexicon);
            span = named != null ? named : rep.orElse(span);
        }
        String owner = withoutPossessiveEnd(span.text()); // "the militia's shelling": the owner is the militia
        span = new Span(span.begin(), span.begin() + owner.length(), owner);
        return new Argument(role, span, w.ner() == null || "O".equals(w.ner()) ? null : w.ner(), sentence.normalized(w));
    }

    /**
     * "The army and the Free Army blamed each other": a noun joined by "and" to a phrase naming its antecedent is
     * another side, not that one again.
     */
    private boolean conjoinedWithItself(IndexedWord w, Span rep) {
        String[] words = rep.text().strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return sentence.children(w, "conj").stream().anyMatch(c -> sentence.phrase(c).text().toLowerCase(Locale.ROOT)
                .matches("(?s).*\\b" + java.util.regex.Pattern.quote(last) + "\\b.*"));
    }

    /**
     * "The movement said its forces shelled ...": forces (cf:ForcesNoun) owned by a pronoun act for the body the
     * pronoun stands for, which a bare "its forces" would lose.
     */
    private Optional<Span> ownersForces(IndexedWord w) {
        if (!lexicon.isCue(CF.ForcesNoun, w.word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<IndexedWord> pronoun = sentence.children(w, "nmod:poss").stream()
                .filter(o -> Set.of("its", "their").contains(o.word().toLowerCase(Locale.ROOT))).findFirst();
        Optional<Span> owner = pronoun.flatMap(o -> coref.representative(sentence.index, o.index()));
        IndexedWord verb = sentence.parent(w);
        if (owner.isEmpty() && pronoun.isPresent() && verb != null && sentence.relationToParent(w).equals("nsubj")
                && sentence.relationToParent(verb).equals("ccomp")) {
            // "the coalition said its warplanes struck": with no coreference chain, the pronoun of a reported
            // clause's subject is the body that reports it
            owner = sentence.children(sentence.parent(verb), "nsubj").stream().filter(s -> !"PRP".equals(s.tag()))
                    .findFirst().map(s -> sentence.withWholeName(sentence.phrase(s), s));
        }
        IndexedWord subject = verb == null || !sentence.relationToParent(w).startsWith("obj") ? null
                : sentence.children(verb, "nsubj").stream().findFirst().orElse(null);
        if (owner.isEmpty() || subject == null || !sentence.phrase(subject).text().contains(owner.get().text())
                && !owner.get().text().contains(sentence.phrase(subject).text())) {
            return owner;
        }
        // "the ministry said the militia shelled its soldiers": a side does not attack its own forces, so the
        // owner is who says so
        IndexedWord said = sentence.relationToParent(verb).equals("ccomp") ? sentence.parent(verb) : null;
        IndexedWord speaker = said == null ? null : sentence.children(said, "nsubj").stream().findFirst().orElse(null);
        return speaker == null ? Optional.empty()
                : Optional.of(sentence.withWholeName(sentence.phrase(speaker), speaker));
    }

    /**
     * "Kestria said it carried out raids", "the rebels said they shelled the port": the doer "it" or "they" of a
     * clause its speaker reports is the speaker, when the two agree in number; coreference often picks another side
     * named nearby.
     */
    private Optional<Span> selfReport(String role, IndexedWord w) {
        String word = w.word().toLowerCase(Locale.ROOT);
        IndexedWord verb = sentence.parent(w);
        if (!role.equals(Frame.AGENT) || !"PRP".equals(w.tag()) || !Set.of("it", "they").contains(word)
                || verb == null || !sentence.relationToParent(w).equals("nsubj")
                || !sentence.relationToParent(verb).startsWith("ccomp")) {
            return Optional.empty();
        }
        IndexedWord said = sentence.parent(verb);
        if (said == null || !lexicon.conceptsOf(ParsedSentence.lemma(said)).contains(Vocab.SPEECH)) {
            return Optional.empty();
        }
        boolean singular = word.equals("it");
        return sentence.children(said, "nsubj").stream()
                .filter(s -> s.tag() != null && s.tag().startsWith("NN") && sentence.relationToParentOf(s, said).equals("nsubj")
                        && singular == !(s.tag().endsWith("S") || !sentence.children(s, "conj").isEmpty()))
                .findFirst().map(s -> sentence.withWholeName(sentence.phrase(s), s));
    }

    /**
     * "The army reaffirmed its commitment to the truce", "the front said its truce with the army had collapsed": an
     * owning "its" or "their" refers to the subject of the clause its noun belongs to, or, when that noun is itself
     * the subject of a reported clause, to who reports it; coreference often picks another body named nearby. A noun
     * under a gerund ("accused the army of shelling its positions") is left to coreference: either side may own it.
     */
    private Optional<Span> boundOwner(IndexedWord pronoun) {
        if (!"PRP$".equals(pronoun.tag()) || !Set.of("its", "their").contains(pronoun.word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        IndexedWord x = sentence.parent(pronoun);
        for (int depth = 0; x != null && depth < 6; depth++) {
            IndexedWord up = sentence.parent(x);
            if (up == null || "VBG".equals(up.tag())) {
                return Optional.empty();
            }
            String relation = sentence.relationToParent(x);
            if (ParsedSentence.isVerb(up) && relation.startsWith("nsubj") && !sentence.relationToParent(up).equals("ccomp")) {
                return Optional.empty();
            }
            if (ParsedSentence.isVerb(up) && !relation.startsWith("nsubj")) {
                IndexedWord owned = x;
                boolean singular = pronoun.word().equalsIgnoreCase("its"); // "the rebels condemned its attack": another
                return sentence.children(up, "nsubj").stream()
                        .filter(s -> s != owned && s.tag() != null && s.tag().startsWith("NN")
                                && sentence.relationToParentOf(s, up).equals("nsubj") // a controlled subject may be misplaced
                                && !(singular && (s.tag().endsWith("S") || !sentence.children(s, "conj").isEmpty())))
                        .findFirst()
                        .map(sentence::conjunct); // "A and B reaffirmed their commitment": A, not the two as one name
            }
            x = up;
        }
        return Optional.empty();
    }

    /**
     * "Syrian government violations": the parse may hang both modifiers on the head noun, but a nationality adjective
     * right before a noun modifier of the same head names with it "Syrian government", not "Syrian" alone.
     */
    private Span withNounAfter(Span span, IndexedWord w) {
        IndexedWord head = sentence.parent(w);
        if (head == null || !"NATIONALITY".equals(w.ner()) || !sentence.relationToParent(w).equals("amod")
                || span.end() != sentence.token(w.index()).endPosition() || w.index() >= sentence.tokens.size()) {
            return span;
        }
        IndexedWord after = sentence.node(w.index() + 1);
        if (after == null || after.tag() == null || !after.tag().startsWith("NN") || !head.equals(sentence.parent(after))
                || !sentence.relationToParent(after).equals("compound")) {
            return span;
        }
        int end = sentence.token(after.index()).endPosition();
        return new Span(span.begin(), end, sentence.textBetween(span.begin(), end));
    }

    private static final Pattern POSSESSIVE_END = Pattern.compile("\\s*(?:['\u2019]s?)$");

    /** "the rebels'" is "the rebels": a phrase without the possessive ending it may end in. */
    static String withoutPossessiveEnd(String phrase) {
        Matcher m = POSSESSIVE_END.matcher(phrase);
        return m.find() && m.start() > 0 ? phrase.substring(0, m.start()) : phrase;
    }

    /** Returns an argument that names who is speaking: a message noun stands for its issuer. */
    Argument speaker(String role, IndexedWord w) {
        if (lexicon.isCue(CF.MessageNoun, ParsedSentence.lemma(w))) {
            List<IndexedWord> owner = sentence.children(w, "nmod:poss", "nmod:by", "nmod:of");
            if (!owner.isEmpty()) {
                return arg(role, owner.get(0));
            }
            Optional<Span> rep = coref.representative(sentence.index, w.index());
            if (rep.isPresent()) {
                Matcher m = POSSESSIVE_MESSAGE.matcher(rep.get().text());
                if (m.matches() && lexicon.isCue(CF.MessageNoun, m.group(2).toLowerCase(Locale.ROOT))) {
                    int begin = rep.get().begin() + rep.get().text().indexOf(m.group(1));
                    return new Argument(role, new Span(begin, begin + m.group(1).length(), m.group(1)), null, null);
                }
            }
            return earlierIssuer(role, ParsedSentence.lemma(w));
        }
        return arg(role, w);
    }

    /**
     * "The unit's statement blames ..." or "The unit said in a statement ...", then "the statement reads": a message
     * noun with no owner of its own is the last one of its kind that had one, a few sentences back at most.
     */
    private Argument earlierIssuer(String role, String noun) {
        for (int i = sentence.index - 1; i >= Math.max(0, sentence.index - EARLIER_SENTENCES); i--) {
            ParsedSentence earlier = all.get(i);
            for (int t = earlier.tokens.size(); t >= 1; t--) {
                IndexedWord m = earlier.node(t);
                if (m == null || !ParsedSentence.lemma(m).equals(noun)) {
                    continue;
                }
                Resolver there = new Resolver(earlier, all, coref, lexicon);
                List<IndexedWord> owner = earlier.children(m, "nmod:poss");
                if (!owner.isEmpty()) {
                    return there.arg(role, owner.get(0));
                }
                IndexedWord verb = earlier.parent(m);
                if (verb != null && earlier.relationToParent(m).equals("obl:in") && ParsedSentence.isVerb(verb)) {
                    List<IndexedWord> subject = earlier.children(verb, "nsubj");
                    if (!subject.isEmpty()) {
                        return there.arg(role, subject.get(0));
                    }
                }
            }
        }
        return null;
    }

    /** Pronouns, and definite common nouns such as "the group", are resolved through coreference. */
    private boolean refersBack(IndexedWord w) {
        if (ParsedSentence.isPronoun(w)) {
            return true;
        }
        boolean common = w.tag() != null && w.tag().startsWith("NN") && !w.tag().startsWith("NNP");
        if (!common) {
            return false;
        }
        boolean definite = sentence.children(w, "det").stream()
                .anyMatch(d -> ParsedSentence.lemma(d).equals("the"));
        boolean modified = !sentence.children(w, "amod", "compound", "nmod:poss").isEmpty()
                || sentence.children(w, "nmod:of").stream().anyMatch(o -> String.valueOf(o.tag()).startsWith("NNP")
                        && ("COUNTRY".equals(o.ner()) || "NATIONALITY".equals(o.ner()))); // "the government of Chad"
        return definite && !modified;
    }

    /** Returns a resolver for another sentence of the same article. */
    Resolver in(ParsedSentence other) {
        return new Resolver(other, all, coref, lexicon);
    }

    /** Returns the sentences of the article, for rules that look beyond one sentence. */
    List<ParsedSentence> article() {
        return all;
    }
}

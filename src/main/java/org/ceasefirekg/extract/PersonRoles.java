package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/** A person's title and affiliation read from the words around the name: "French Defence Minister Jean Dupont". */
final class PersonRoles {
    private static final Set<String> ROLE_CONTEXT = Set.of("TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION",
            "STATE_OR_PROVINCE");

    private static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("of", "for", "at", "from", "with");

    private final Lexicon lexicon;
    private final NameIndex names;
    private final PluralTitles plurals;

    PersonRoles(Lexicon lexicon, NameIndex names) {
        this.lexicon = lexicon;
        this.names = names;
        this.plurals = new PluralTitles(lexicon, names);
    }

    /**
     * Reads a person's title and affiliation from the words written before the name ("French Defence Minister
     * Jean Dupont") or, failing that, after it ("Jean Dupont, head of the Red Cross delegation").
     */
    EntityMention entity(int sentence, CoreEntityMention m, List<CoreEntityMention> all, ParsedSentence p) {
        Pair<Integer, Integer> offsets = m.charOffsets();
        Span span = new Span(offsets.first(), offsets.second(), m.text());
        if (!"PERSON".equals(m.entityType())) {
            return new EntityMention(sentence, span, m.entityType(), null, null);
        }
        int first = m.tokens().get(0).index();
        if (m.tokens().size() > 1 && isAcronymTitle(m.tokens().get(0))) {
            // "SRSG Jane Doe": NER takes an acronym title into the name; it is the title before the name
            first++;
            int begin = p.token(first).beginPosition();
            span = new Span(begin, offsets.second(), p.textBetween(begin, offsets.second()));
        }
        List<CoreLabel> title = new ArrayList<>();
        List<CoreLabel> affiliation = new ArrayList<>();
        for (int i = first - 1; i >= 1; i--) {
            CoreLabel t = p.token(i);
            boolean joiner = t.word().equals("of") || t.tag().equals("HYPH");
            boolean titleWord = isTitleWord(t);
            // "Assistant Director General for Refugee Affairs": capitalised words and "for" inside a long title
            boolean inner = t.word().equals("for") || "O".equals(t.ner()) && Character.isUpperCase(t.word().charAt(0))
                    && Set.of("NNP", "NNPS", "IN").contains(t.tag());
            // "military spokesman", "aid worker": an adjective or a common noun right before a title is part of it
            // (written with a capital only where it opens the sentence: "Local journalist X")
            boolean modifier = Set.of("JJ", "NN").contains(t.tag()) && "O".equals(t.ner()) && !title.isEmpty()
                    && title.get(0).index() == i + 1 && (Character.isLowerCase(t.word().charAt(0)) || i == 1);
            // "Kyiv military spokesman": a capital standing for its state (a gazetteer metonym) says whose
            boolean capital = Set.of("CITY", "O").contains(t.ner()) && Character.isUpperCase(t.word().charAt(0))
                    && names.resolve(t.word()).filter(x -> x.how() == NameIndex.Kind.METONYM && x.entry().isActor())
                    .isPresent();
            // "French activist X": NER may tag a demonym before an occupation TITLE; it says whose, not what
            boolean demonym = Character.isUpperCase(t.word().charAt(0)) && names.resolve(t.word())
                    .filter(x -> x.how() == NameIndex.Kind.DEMONYM && x.entry().isActor()).isPresent();
            capital = capital || demonym;
            titleWord = titleWord && !demonym;
            inner = inner && !capital;
            // "Deputy Prime Minister and Foreign Minister X": two titles of one person joined by "and"
            boolean bothTitles = t.word().equals("and") && !title.isEmpty() && title.get(0).index() == i + 1
                    && affiliation.isEmpty() && i > 1 && isTitleWord(p.token(i - 1));
            // "the Special Representative (SRSG) X": an acronym in brackets spelling out the title before it
            if ("-RRB-".equals(t.tag()) && title.isEmpty() && affiliation.isEmpty() && i > 3
                    && "-LRB-".equals(p.token(i - 2).tag()) && p.token(i - 1).word().matches("[A-Z]{2,8}")) {
                i -= 2;
                continue;
            }
            if (bothTitles) {
                title.add(0, t);
                continue;
            }
            // "US envoy to Ukraine X", "UN envoy for Yemen X": the place a title is posted to is not whose it is
            int place = i;
            while (ROLE_CONTEXT.contains(t.ner()) && place > 1 && (ROLE_CONTEXT.contains(p.token(place - 1).ner())
                    || "DT".equals(p.token(place - 1).tag()))) {
                place--;
            }
            if (ROLE_CONTEXT.contains(t.ner()) && title.isEmpty() && affiliation.isEmpty() && place > 2
                    && Set.of("to", "for", "in").contains(p.token(place - 1).word())
                    && isTitleWord(p.token(place - 2))) {
                i = place - 1;
                continue;
            }
            // "Sudan's President X": a state or body owning the title is the holder's
            if ("POS".equals(t.tag()) && !title.isEmpty() && affiliation.isEmpty() && i > 1
                    && ROLE_CONTEXT.contains(p.token(i - 1).ner())) {
                continue;
            }
            // "Deputy Envoy of the High Commissioner X": an article inside a long title
            if ("DT".equals(t.tag()) && !title.isEmpty() && title.get(0).index() == i + 1 && i > 2
                    && p.token(i - 1).word().equals("of") && isTitleWord(p.token(i - 2))) {
                title.add(0, t);
                continue;
            }
            if (!ROLE_CONTEXT.contains(t.ner()) && !joiner && !titleWord && !inner && !modifier && !capital) {
                break;
            }
            if (joiner && (i == 1 || !ROLE_CONTEXT.contains(p.token(i - 1).ner()) && !isTitleWord(p.token(i - 1))
                    && !Character.isUpperCase(p.token(i - 1).word().charAt(0)))) {
                break;
            }
            if (titleWord || joiner || inner || modifier) {
                title.add(0, t);
            } else {
                affiliation.add(0, t);
            }
        }
        if (title.stream().noneMatch(this::isTitleWord)) {
            title.clear(); // capitalised words with no title among them are no title ("Tags Syria ... John Kerry")
        }
        while (!title.isEmpty() && !isTitleWord(title.get(0)) && !Character.isUpperCase(title.get(0).word().charAt(0))
                && !Set.of("JJ", "NN").contains(title.get(0).tag())) {
            title.remove(0);
        }
        while (!title.isEmpty() && title.get(0).lemma() != null
                && lexicon.conceptsOf(title.get(0).lemma().toLowerCase()).contains(CF.Honorific)) {
            title.remove(0); // "His Excellency President X": a form of address is no part of the title
        }
        while (!title.isEmpty() && Set.of("of", "for").contains(title.get(title.size() - 1).word())) {
            title.remove(title.size() - 1); // "members of Jund al-Aqsa": the name is no title's holder
        }
        PluralTitles.Shared shared = title.isEmpty() ? plurals.shared(first, p, all) : null;
        String role = title.isEmpty() ? shared == null ? null : shared.role()
                : p.textBetween(title.get(0).beginPosition(), title.get(title.size() - 1).endPosition());
        // "Russian and Turkish Defence Ministers X and Y": whose a shared title is, the demonyms say name by name
        Span aff = shared != null ? shared.affiliation() : affiliation.isEmpty() ? null
                : new Span(affiliation.get(0).beginPosition(), affiliation.get(affiliation.size() - 1).endPosition(),
                p.textBetween(affiliation.get(0).beginPosition(), affiliation.get(affiliation.size() - 1).endPosition()));
        if (aff == null && !title.isEmpty()) {
            aff = bodyInTitle(role, title.get(0).beginPosition(), p);
        }
        if (role == null && aff == null) {
            EntityMention titled = appositionToTitle(sentence, span, m, p);
            return titled != null ? titled
                    : appositive(sentence, span, m.tokens().get(m.tokens().size() - 1).index(), all, p);
        }
        if (aff == null) {
            // "the commander of the Northern Army, Major General X": a rank before the name, the post it stands in
            // apposition to before it, with the body that post is of (without a body, the title next to the name)
            EntityMention post = appositionToTitle(sentence, span, m, p);
            if (post != null && post.affiliation() != null) {
                return post;
            }
            // "Colonel X, spokesman for the Y Brigade": a rank before the name, the post and its body after it
            EntityMention after = appositive(sentence, span, m.tokens().get(m.tokens().size() - 1).index(), all, p);
            if (after.affiliation() != null) {
                return new EntityMention(sentence, span, "PERSON", after.role() != null ? after.role() : role,
                        after.affiliation());
            }
        }
        return new EntityMention(sentence, span, "PERSON", role, aff);
    }

    /**
     * Reads the title and organization written right after a name: "X, head of the Y", "X spokesman for Y said",
     * "X the Y's director", "X of Y", "X from Y". News copy stripped of commas leaves no appositive in the parse, so
     * this reads the words: the title words that follow, then the last organization named before the next verb.
     */
    private EntityMention appositive(int sentence, Span span, int last, List<CoreEntityMention> all, ParsedSentence p) {
        int n = p.tokens.size();
        int i = last + 1;
        if (i <= n && p.token(i).word().equals(",")) {
            i++;
        }
        // "Omar Barakat who headed the SARC's sub-branch": a verb that is a position's name gives the title
        String verbRole = null;
        if (i + 1 <= n && "WP".equals(p.token(i).tag()) && String.valueOf(p.token(i + 1).tag()).startsWith("VB")
                && p.token(i + 1).lemma() != null
                && lexicon.conceptsOf(p.token(i + 1).lemma().toLowerCase()).contains(Vocab.POSITION)) {
            verbRole = p.token(i + 1).lemma().toLowerCase();
            i += 2;
        }
        // "X represents the Y Front", "X, who serves with the Y Brigade": a verb of acting for someone
        int verb = i <= n && "WP".equals(p.token(i).tag()) ? i + 1 : i;
        boolean member = verbRole == null && verb <= n && String.valueOf(p.token(verb).tag()).startsWith("VB")
                && p.token(verb).lemma() != null
                && lexicon.conceptsOf(p.token(verb).lemma().toLowerCase()).contains(Vocab.MEMBERSHIP);
        if (member) {
            i = verb + 1;
        }
        boolean linked = verbRole != null || member || i <= n && Set.of("of", "from").contains(p.token(i).word());
        int roleFirst = -1;
        int roleLast = -1;
        int end = i;
        if (i > n) {
            return new EntityMention(sentence, span, "PERSON", verbRole, null);
        }
        // "head of the media office of the Homs-based rebel group Ajnad": a group the gazetteer knows
        // by a name NER took for a person's
        int windowStart = p.token(i).beginPosition();
        List<NameIndex.Match> groups = names.find(p.textBetween(windowStart,
                        p.token(Math.min(n, i + 13)).endPosition())).stream()
                .filter(m -> m.entry().isActor() && !m.entry().isPerson() && !m.entry().isPlace()
                        && m.how() == NameIndex.Kind.NAME).toList();
        java.util.function.IntPredicate inGroup = at -> groups.stream()
                .anyMatch(m -> windowStart + m.begin() <= at && at < windowStart + m.end());
        for (int j = i; j <= n && j < i + 14; j++) {
            CoreLabel t = p.token(j);
            String tag = t.tag() == null ? "" : t.tag();
            if (t.word().equals("based") && j > i && "HYPH".equals(p.token(j - 1).tag())) {
                continue; // "the Aleppo-based group": a place, not a verb
            }
            boolean person = "PERSON".equals(t.ner()) && !inGroup.test(t.beginPosition());
            // "Doctors Without Borders": a preposition written with a capital inside a name is part of the name
            boolean otherPreposition = tag.equals("IN") && !AFFILIATION_PREPOSITIONS.contains(t.word().toLowerCase())
                    && !(j > i && Character.isUpperCase(t.word().charAt(0)));
            boolean clauseOrList = tag.equals("CC") || tag.startsWith("W"); // "X and Y", "X, whose deputy ..."
            if (tag.startsWith("VB") || tag.equals("MD") || tag.equals(".") || tag.equals(":") || tag.equals("-LRB-")
                    || tag.equals(",") || otherPreposition || clauseOrList || person) {
                break; // "X from Hudson Institute on strikes in Syria": the affiliation ends where another phrase starts
            }
            end = j;
            boolean nearName = j <= i + 3;
            if (isTitleWord(t) && (roleFirst < 0 && nearName || roleLast == j - 1)) {
                roleFirst = roleFirst < 0 ? j : roleFirst;
                roleLast = j;
            } else if (roleFirst < 0 && !linked && !nearName) {
                break; // the title, if any, comes within a few words of the name
            }
        }
        if (roleFirst < 0 && !linked) {
            return new EntityMention(sentence, span, "PERSON", null, null);
        }
        int windowBegin = p.token(i).beginPosition();
        int windowEnd = p.token(end).endPosition();
        Span aff = null;
        for (CoreEntityMention o : all) {
            Pair<Integer, Integer> at = o.charOffsets();
            boolean inside = at.first() >= windowBegin && at.second() <= windowEnd;
            // "X, Moscow's ambassador to Y": a capital standing for its state says whose the title is
            boolean capital = "CITY".equals(o.entityType()) && names.resolve(o.text())
                    .filter(x -> x.how() == NameIndex.Kind.METONYM && x.entry().isActor()).isPresent();
            boolean state = roleFirst >= 0 && (capital || Set.of("COUNTRY", "NATIONALITY").contains(o.entityType()));
            // "the Front's Northern Division": the body a unit belongs to is the affiliation
            boolean unitOfAff = aff != null && at.first() >= aff.end()
                    && p.textBetween(aff.end(), at.first()).matches("\\s*['’]s?\\s*");
            if (inside && ("ORGANIZATION".equals(o.entityType()) || state) && !unitOfAff) {
                aff = new Span(at.first(), at.second(), o.text());
            }
        }
        for (NameIndex.Match m : groups) {
            int begin = windowStart + m.begin();
            int stop = windowStart + m.end();
            if (begin >= windowBegin && stop <= windowEnd && (aff == null || begin > aff.begin())) {
                aff = new Span(begin, stop, p.textBetween(begin, stop));
            }
        }
        int possessive = aff == null ? -1 : aff.text().replace('’', '\'').indexOf("'s ");
        if (possessive > 0) {
            // "the Liberation Front's Eastern Division" tagged as one name: the unit belongs to the body
            aff = new Span(aff.begin(), aff.begin() + possessive, aff.text().substring(0, possessive));
        }
        if (aff == null) {
            aff = DescribedBodies.namedBody(i, end, p, lexicon);
        }
        String role = roleFirst < 0 ? verbRole
                : p.textBetween(p.token(roleFirst).beginPosition(), p.token(roleLast).endPosition());
        return new EntityMention(sentence, span, "PERSON", role, aff);
    }

    /**
     * "The leader of the opposition delegation, Anna Berg, said", "the agency's envoy, Anna Berg": a name in
     * apposition to a title written before it holds that title, for whom the title's owner or "of" phrase names.
     */
    private EntityMention appositionToTitle(int sentence, Span span, CoreEntityMention m, ParsedSentence p) {
        if (p.graph == null) {
            return null;
        }
        int first = m.tokens().get(0).index();
        int last = m.tokens().get(m.tokens().size() - 1).index();
        IndexedWord title = null;
        for (int i = first; i <= last; i++) {
            IndexedWord w = p.node(i);
            IndexedWord parent = w == null ? null : p.parent(w);
            if (parent != null && (parent.index() < first || parent.index() > last)) {
                boolean apposition = p.relationToParent(w).equals("appos") && parent.index() < first;
                // "the spokesman for the Free Syrian Army, X": the parser hangs the name on the nearer noun
                IndexedWord above = apposition && !isTitleWord(p.token(parent.index())) ? p.parent(parent) : null;
                if (above != null && Set.of("nmod:for", "nmod:of").contains(p.relationToParent(parent))
                        && isTitleWord(p.token(above.index()))) {
                    parent = above;
                }
                title = apposition && isTitleWord(p.token(parent.index())) ? parent : null;
                break;
            }
        }
        if (title == null) {
            return null;
        }
        Span owner = null;
        for (IndexedWord o : p.children(title, "nmod:poss", "nmod:of", "nmod:for")) {
            Span phrase = p.phrase(o);
            owner = names.find(phrase.text()).stream()
                    .filter(x -> x.entry().isActor() && !x.entry().isPerson() && x.how() == NameIndex.Kind.NAME
                            && capitalised(phrase.text().substring(x.begin(), x.end()))) // "the rebel team": no name
                    .findFirst()
                    .map(x -> new Span(phrase.begin() + x.begin(), phrase.begin() + x.end(),
                            phrase.text().substring(x.begin(), x.end())))
                    .orElse(Set.of("ORGANIZATION", "COUNTRY").contains(o.ner()) ? p.withWholeName(
                            p.tokenSpan(o.index(), o.index()), o) : null);
            if (owner != null) {
                break;
            }
        }
        if (owner == null && !p.children(title, "nmod:of", "nmod:for").isEmpty()) {
            // "the spokesman of the Eastern Forces (EF), X": a body the tagger missed, named between title and name
            owner = capitalisedName(new Span(p.token(title.index()).endPosition(), span.begin(), ""), p);
        }
        int from = title.index(); // "the rebels' chief negotiator, X": the title with the words that qualify it
        while (from > 1 && p.node(from - 1) != null && title.equals(p.parent(p.node(from - 1)))
                && Set.of("compound", "amod").contains(p.relationToParent(p.node(from - 1)))) {
            from--;
        }
        if (owner == null && from < title.index()) {
            // "the Syrian ambassador, X": a state or body qualifying the title owns it
            CoreLabel qualifier = p.token(from);
            if (names.resolve(qualifier.word()).filter(x -> x.entry().isActor() && !x.entry().isPerson())
                    .isPresent()) {
                owner = new Span(qualifier.beginPosition(), qualifier.endPosition(), qualifier.word());
                from++;
            }
        }
        for (int i = title.index() - 1; owner == null && i >= from; i--) {
            // "a Northern Front spokesman, X": a name of several words qualifying the title owns it
            IndexedWord q = p.node(i);
            if (q != null && title.equals(p.parent(q)) && "compound".equals(p.relationToParent(q))
                    && q.tag() != null && q.tag().startsWith("NNP") && !"PERSON".equals(q.ner())) {
                owner = p.phrase(q);
                from = i + 1;
            }
        }
        String role = p.textBetween(p.token(from).beginPosition(), p.token(title.index()).endPosition());
        return new EntityMention(sentence, span, "PERSON", role, owner);
    }

    /** "the Eastern Forces (EF)": the first run of two or more capitalised proper nouns in a phrase, or null. */
    private static Span capitalisedName(Span phrase, ParsedSentence p) {
        int first = -1;
        for (int i = 1; i <= p.tokens.size(); i++) {
            CoreLabel t = p.token(i);
            boolean inside = t.beginPosition() >= phrase.begin() && t.endPosition() <= phrase.end();
            boolean name = inside && Set.of("NNP", "NNPS").contains(t.tag())
                    && Character.isUpperCase(t.word().charAt(0)) && !"TITLE".equals(t.ner());
            if (name && first < 0) {
                first = i;
            } else if (!name && first > 0) {
                return i - first >= 2 ? p.tokenSpan(first, i - 1) : null;
            }
        }
        return first > 0 && p.tokens.size() - first >= 1 ? p.tokenSpan(first, p.tokens.size()) : null;
    }

    private static boolean capitalised(String name) {
        String words = name.replaceFirst("^(?i)the\\s+", "");
        return !words.isEmpty() && Character.isUpperCase(words.charAt(0));
    }

    /** "SRSG", "DG": an all-capital acronym the lexicon lists as a position. */
    private boolean isAcronymTitle(CoreLabel t) {
        return t.word().matches("[A-Z]{2,6}") && lexicon.conceptsOf(t.word().toLowerCase()).contains(Vocab.POSITION);
    }

    /** "AU High Representative": a body or state the gazetteer knows, named inside a title, is the holder's. */
    private Span bodyInTitle(String role, int begin, ParsedSentence p) {
        return names.find(role).stream()
                .filter(m -> m.entry().isActor() && !m.entry().isPerson() && m.how() == NameIndex.Kind.NAME)
                .findFirst()
                .map(m -> new Span(begin + m.begin(), begin + m.end(), p.textBetween(begin + m.begin(), begin + m.end())))
                .orElse(null);
    }

    /** A title CoreNLP's NER tagged, or a position noun of the lexicon ("head", "official"). */
    private boolean isTitleWord(CoreLabel t) {
        if ("TITLE".equals(t.ner())) {
            return true;
        }
        // "SARC chief Abdulrahman Attar": the tagger often reads a position noun before a name as an adjective
        // "U.N. Special Adviser X": or a proper noun, as the tagger reads a capitalised title before a name
        boolean commonWord = t.tag() != null && (t.tag().equals("NN") || t.tag().equals("JJ")
                || t.tag().equals("NNP")); // "members": no title
        return commonWord && t.lemma() != null && lexicon.conceptsOf(t.lemma().toLowerCase()).contains(Vocab.POSITION);
    }
}

package org.ceasefirekg.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.ArticleWording;
import org.ceasefirekg.extract.EntityMention;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.GazetteerEntry;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Resolves the words of one article to actor and place IRIs (gazetteer first, then CoreNLP's entity types, then
 * generic groups), and keeps a {@link Description} of each for the writers: resolving writes no RDF.
 */
final class Entities {
    private static final Set<String> PLACE_TYPES = Set.of("CITY", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> ORG_TYPES = Set.of("ORGANIZATION");
    private static final Pattern GENERIC_GROUP = Pattern.compile("(?:[a-z][a-z-]* ){0,3}[a-z-]+s");

    private final Lexicon lexicon;
    private final NameIndex names;
    private final AnnotatedArticle article;
    private final ArticleNames own;
    /** Each IRI resolved so far, with what its first resolution says of it (a later one adds nothing). */
    private final java.util.Map<String, Description> descriptions = new java.util.LinkedHashMap<>();

    Entities(Lexicon lexicon, NameIndex names, AnnotatedArticle article) {
        this.lexicon = lexicon;
        this.names = names;
        this.article = article;
        this.own = new ArticleNames(lexicon, names, article);
    }

    /** Returns what to write about each actor and place resolved so far, in the order they were resolved. */
    java.util.Collection<Description> descriptions() {
        return descriptions.values();
    }

    /**
     * Returns who a speaker phrase names: an actor as {@link #actor}, or else a name NER missed that a verb of saying
     * gives ("... reported Zouhir al-Shimale"), as an actor of unknown kind.
     */
    Optional<String> speaker(Span span) {
        return actor(span).or(() -> {
            String name = NameIndex.clean(span.text());
            boolean named = names.resolve(name).isPresent() || entityIn(span).isPresent(); // a place, or no actor
            String text = article.article().text() + " "; // a title label ("THE PRESIDENT:") is a speaker known by it
            boolean title = span.text().startsWith("The ") && ":.".indexOf(text.charAt(span.end())) >= 0
                    && (span.begin() == 0 || text.charAt(span.begin() - 1) == '\n');
            return !named && (name.contains(" ") || title) && PROPER_NAME.matcher(name).matches()
                    ? Optional.of(minted(title ? span.text() : name, CF.Actor)) : Optional.empty();
        });
    }

    /** "the FF" or "the Free Front (FF)": the actor the article spelled the acronym out as. */
    private Optional<String> acronym(Span span) {
        return own.acronym(span).map(full -> names.resolve(full.text())
                .filter(m -> m.entry().isActor() && m.begin() == 0 && m.end() == NameIndex.clean(full.text()).length())
                .map(m -> iriOf(m.entry())).orElseGet(() -> minted(full.text(), CF.Organization)));
    }

    private String sideIri(ArticleNames.Side s) {
        return s.entry() != null ? iriOf(s.entry()) : minted(s.name(), CF.Organization);
    }

    /** "forces loyal to", "troops loyal": armed men of whoever is named right after. */
    private static final Pattern LOYAL = Pattern.compile("(?i)(?:the )?(?:[a-z-]+ )?(?:forces|troops|fighters|"
            + "militias|militiamen|units|soldiers|gunmen) loyal(?: to)?");
    private static final Pattern TO_TITLE = Pattern.compile("\\s*(?:to\\s+)?(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}");

    /** "Forces loyal to General Marko Vell shelled ...": the side is the one the forces are loyal to. */
    private Optional<String> loyalTo(Span span) {
        if (!LOYAL.matcher(NameIndex.clean(span.text())).matches()) {
            return Optional.empty();
        }
        String text = article.article().text();
        for (EntityMention e : article.entities()) {
            int b = e.span().begin();
            if (b >= span.end() && b - span.end() < 60 && TO_TITLE.matcher(text.substring(span.end(), b)).matches()
                    && (e.type().equals("PERSON") || ORG_TYPES.contains(e.type()))) {
                return actor(e.span());
            }
        }
        return Optional.empty();
    }

    /** The actor written before "-led" ("the United States" in "a U.S.-led drone raid"), when it leads one. */
    Optional<String> leader(Span span) {
        return own.ledBy(span).flatMap(led -> names.resolve(span.text())).filter(m -> m.entry().isActor())
                .map(m -> iriOf(m.entry()));
    }

    /**
     * "regime bombardment", "government shelling": a bare lower-case word that names no actor, read with a forces noun
     * (cf:ForcesNoun) as the armed forces the gazetteer names so ("regime forces").
     */
    Optional<String> forcesOf(Span span) {
        String word = NameIndex.clean(span.text());
        if (!word.matches("\\p{Ll}+")) {
            return Optional.empty();
        }
        return lexicon.cueWords(CF.ForcesNoun).stream().sorted().map(n -> word + " " + n)
                .flatMap(name -> names.resolve(name).filter(m -> m.entry().isActor() && m.begin() == 0
                        && m.end() == name.length()).stream())
                .map(m -> iriOf(m.entry())).findFirst();
    }

    /** Returns the actor a phrase names, or empty when it names none we can identify. */
    Optional<String> actor(Span span) {
        Optional<GazetteerEntry> aliased = own.localAlias(span);
        if (aliased.isPresent()) {
            return Optional.of(iriOf(aliased.get()));
        }
        Optional<String> spelled = acronym(span);
        if (spelled.isPresent()) {
            return spelled;
        }
        Optional<GazetteerEntry> inArticle = own.namedInArticle(span);
        if (inArticle.isPresent()) {
            return Optional.of(iriOf(inArticle.get()));
        }
        Optional<EntityMention> headPerson = headPerson(span);
        if (headPerson.isPresent() && !isExactName(span)) {
            // "Major General Ivan Petrov of the Russian army's Southern Command" is Petrov
            return Optional.of(person(headPerson.get()));
        }
        Optional<String> described = DescribedActors.before(span, article, names, lexicon).map(this::iriOf); // "the coalition"
        Optional<NameIndex.Match> known = names.resolve(span.text());
        Optional<Span> organization = StatesInNames.organizationAround(span, article.entities(), names, lexicon);
        if (known.isPresent() && organization.isPresent()) {
            return Optional.of(minted(organization.get().text(), CF.Organization));
        }
        if (known.isPresent() && known.get().entry().isActor()) {
            return described.or(() -> Optional.of(iriOf(known.get().entry())));
        }
        Optional<EntityMention> entity = entityIn(span);
        if (entity.isPresent() && entity.get().type().equals("PERSON")) {
            return Optional.of(person(entity.get()));
        }
        if (entity.isPresent() && ORG_TYPES.contains(entity.get().type())) {
            return Optional.of(minted(entity.get().span().text(), CF.Organization));
        }
        described = described.or(() -> stateBody(span)).or(() -> loyalTo(span))
                .or(() -> own.sideNamedIn(span).or(() -> own.describedSide(span)).map(this::sideIri));
        if (described.isPresent()) {
            return described;
        }
        String cleaned = NameIndex.clean(span.text());
        // "these crimes", "those responsible": a phrase pointing back names no group of its own
        boolean pointsBack = cleaned.matches("(?i)(these|those|this|that|such) .*");
        if (namesASite(cleaned) && GENERIC_GROUP.matcher(cleaned).matches()) {
            // "army posts", "government positions": the side that holds them, when the words before name one (not
            // "one of its outposts": a part of the sites, whose owner "its" names no one)
            int lastSpace = span.text().stripTrailing().lastIndexOf(' ');
            String before = lastSpace > 0 ? span.text().substring(0, lastSpace) : "";
            boolean owner = !before.isBlank() && !before.matches("(?i).*\\bof\\b.*")
                    && !GENERIC_GROUP.matcher(NameIndex.clean(before)).matches();
            return owner ? actor(new Span(span.begin(), span.begin() + lastSpace, before)) : Optional.empty();
        }
        if (GENERIC_GROUP.matcher(cleaned).matches() && cleaned.length() > 3 && !namesAnEvent(cleaned) && !pointsBack) {
            return Optional.of(minted(cleaned, CF.Group));
        }
        return Optional.empty();
    }

    /** "army posts", "villages", "rebel positions": places and sites held or hit (cf:Ground) are no group of people. */
    private boolean namesASite(String phrase) {
        String head = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return lexicon.isCue(CF.Ground, head) || lexicon.isCue(CF.Ground, head.replaceAll("(?<!s)s$", ""));
    }

    /** "violations", "air strikes": words of the trigger lexicon name what happened, not who did it. */
    boolean namesAnEvent(String phrase) {
        String[] words = phrase.split(" ");
        String head = words[words.length - 1];
        String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                : head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return namesEvent(singular) || namesEvent(head);
    }

    /** Position and place nouns ("officials", "villages") are triggers too, but name no event. */
    private boolean namesEvent(String word) {
        return lexicon.conceptsOf(word).stream().anyMatch(c -> !c.equals(Vocab.POSITION) && !c.equals(Vocab.PLACE_NOUN));
    }

    /** "the government", "the army": the one body of that name of the one state the article is about, if any. */
    Optional<String> stateBody(Span span) {
        return new StateBodies(lexicon, article.wording().states()).of(span.text()).map(this::iriOf);
    }

    /** Like {@link #actor} but only for actors with a name (gazetteer or CoreNLP entity), never a generic group. */
    Optional<String> namedActor(Span span) {
        Optional<String> spelled = acronym(span);
        if (spelled.isPresent()) {
            return spelled;
        }
        Optional<GazetteerEntry> inArticle = own.namedInArticle(span);
        if (inArticle.isPresent()) {
            return Optional.of(iriOf(inArticle.get()));
        }
        Optional<NameIndex.Match> known = names.resolve(span.text());
        if (known.isPresent() && known.get().entry().isActor()) {
            return Optional.of(iriOf(known.get().entry()));
        }
        return entityIn(span).filter(e -> e.type().equals("PERSON") || ORG_TYPES.contains(e.type()))
                .flatMap(e -> actor(span));
    }

    /** Returns every actor named inside a phrase ("Russia-US", "Australian, British and Danish warplanes"). */
    List<String> actorsIn(Span span) {
        Optional<String> spelled = acronym(span);
        if (spelled.isPresent()) {
            return List.of(spelled.get());
        }
        Set<String> found = new LinkedHashSet<>();
        Optional<Span> organization = StatesInNames.organizationAround(span, article.entities(), names, lexicon);
        organization.ifPresent(o -> found.add(minted(o.text(), CF.Organization)));
        for (NameIndex.Match m : names.find(span.text())) {
            int at = span.begin() + m.begin();
            if (organization.filter(o -> o.begin() <= at && at < o.end()).isPresent()) {
                continue; // "the Episcopal Conference of X": the state inside the longer name is not the actor
            }
            if (m.entry().isActor()) {
                found.add(iriOf(m.entry()));
            }
        }
        if (found.isEmpty()) {
            actor(span).ifPresent(found::add);
        }
        return new ArrayList<>(found);
    }

    /**
     * Returns the place a phrase is, when it is nothing but a place's full name ("Syria", "Deir ez-Zor"); short forms
     * such as "US" or "U.S." name the state acting, not the ground.
     */
    Optional<String> placeNamedExactly(Span span) {
        String cleaned = NameIndex.clean(span.text());
        if (cleaned.length() <= 4 || cleaned.equals(cleaned.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<NameIndex.Match> m = names.resolve(cleaned);
        if (m.isPresent() && m.get().how() == NameIndex.Kind.NAME && m.get().entry().isPlace()
                && m.get().begin() == 0 && m.get().end() == cleaned.length()) {
            return Optional.of(iriOf(m.get().entry()));
        }
        return Optional.empty();
    }

    /** Returns the place a phrase names. */
    Optional<String> place(Span span) {
        for (NameIndex.Match m : names.find(span.text())) {
            if (m.entry().isPlace()) {
                return Optional.of(iriOf(m.entry()));
            }
            Optional<org.ceasefirekg.lexicon.GazetteerEntry> named =
                    names.placeNamed(span.text().substring(m.begin(), m.end()));
            if (named.isPresent()) {
                return Optional.of(iriOf(named.get()));
            }
        }
        Optional<EntityMention> entity = entityIn(span).filter(e -> PLACE_TYPES.contains(e.type()));
        return entity.map(e -> minted(e.span().text(), CF.Place));
    }

    /**
     * Returns the place a rule found where an event happened: a known or CoreNLP-tagged place, or else the proper
     * name itself ("in the town of Abu Hamra", which NER may read as a person's name).
     */
    Optional<String> eventPlace(Span span) {
        Optional<String> known = place(span);
        if (known.isPresent()) {
            return known;
        }
        String name = NameIndex.clean(span.text()).replaceFirst("^(?i)the ", "");
        // a capitalised common word ("Airstrike", "Area") opening a headline is no place name
        boolean commonWord = !name.contains(" ") && !lexicon.conceptsOf(name.toLowerCase(Locale.ROOT)).isEmpty();
        return PROPER_NAME.matcher(name).matches() && !commonWord && !names.resolve(name).isPresent()
                ? Optional.of(minted(name, CF.Place)) : Optional.empty();
    }

    private static final Pattern PROPER_NAME =
            Pattern.compile("(?:(?:al|el|an|ar|as|ad)-)?\\p{Lu}[\\p{L}'-]*(?: (?:(?:al|el|an|ar|as|ad)-)?\\p{Lu}[\\p{L}'-]*){0,3}");

    /** Returns the IRI a CoreNLP entity mention denotes, for mention counting; empty for dates and the like. */
    Optional<String> denoted(EntityMention e) {
        Optional<String> spelled = acronym(e.span());
        if (spelled.isPresent()) {
            return spelled;
        }
        Optional<NameIndex.Match> known = names.resolve(e.span().text());
        if (known.isPresent()) {
            return Optional.of(iriOf(known.get().entry()));
        }
        if (!isName(e.span().text())) {
            return Optional.empty();
        }
        return switch (e.type()) {
            case "PERSON" -> Optional.of(person(e));
            case "ORGANIZATION" -> Optional.of(minted(e.span().text(), CF.Organization));
            case "CITY", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE" -> Optional.of(minted(e.span().text(), CF.Place));
            default -> Optional.empty();
        };
    }

    /** Returns a gazetteer entry's IRI, keeping the entry's description for the writers. */
    String iriOf(GazetteerEntry e) {
        descriptions.putIfAbsent(e.iri(), Description.of(e));
        return e.iri();
    }

    String minted(String name, String type) {
        String cleaned = NameIndex.clean(name);
        if (type.equals(CF.Place)) {
            // "Al-Mayadin" opening a sentence, a dateline's "GENEVA": one label for the place in every article
            cleaned = cleaned.replaceFirst("^(A|E)l-", cleaned.startsWith("A") ? "al-" : "el-");
            cleaned = cleaned.length() > 4 ? NameIndex.asWritten(cleaned) : cleaned;
        }
        String iri = type.equals(CF.Place) ? Iris.place(cleaned) : Iris.actor(cleaned);
        descriptions.putIfAbsent(iri, Description.named(iri, type, cleaned));
        return iri;
    }

    /** A person, under the fullest form of the name the article uses ("Kerry" -> "John Kerry"). */
    private String person(EntityMention e) {
        String name = NameIndex.asWritten(fullName(e.span().text()));
        Optional<NameIndex.Match> known = names.resolve(name);
        if (known.isPresent() && known.get().entry().isPerson()) {
            return iriOf(known.get().entry());
        }
        String iri = Iris.actor(name);
        descriptions.putIfAbsent(iri, Description.named(iri, CF.Person, name));
        return iri;
    }

    private String fullName(String name) {
        String last = lastWord(name);
        String best = name;
        for (EntityMention other : article.entities()) {
            String text = other.span().text();
            if (other.type().equals("PERSON") && text.length() > best.length() && lastWord(text).equals(last)) {
                best = text;
            }
        }
        if (best.equals(name) && !name.strip().contains(" ")) {
            // "Zouhir told The New Arab": a first name alone is the one person of the article it begins
            Set<String> fuller = new HashSet<>();
            for (EntityMention other : article.entities()) {
                String text = other.span().text().strip();
                if (other.type().equals("PERSON") && text.startsWith(name.strip() + " ")) {
                    fuller.add(text);
                }
            }
            if (fuller.size() == 1) {
                best = fuller.iterator().next();
            }
        }
        return best;
    }

    /** The family name, without an Arabic article: "Mohammad al-Halabi" and "Halabi" share "halabi". */
    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return ARABIC_ARTICLE.matcher(words[words.length - 1].toLowerCase(Locale.ROOT)).replaceFirst("");
    }

    private static final Pattern ARABIC_ARTICLE =
            Pattern.compile("^(?:al|el|a[dnrstz]|ash|adh)[-\u2010']");

    /** A person named at the end of the phrase, or right before its "of ..." or ", ..." tail. */
    private Optional<EntityMention> headPerson(Span span) {
        return article.entities().stream()
                .filter(e -> e.type().equals("PERSON") && isName(e.span().text()))
                .filter(e -> e.span().begin() >= span.begin() && e.span().end() <= span.end())
                .filter(e -> {
                    String tail = span.text().substring(e.span().end() - span.begin());
                    // "Jens Laerke spokesman for OCHA": a title written after the name keeps the person the head
                    String afterName = tail.strip().replaceFirst("^(?:the|a|an) ", "");
                    boolean titleAfter = e.role() != null && afterName.startsWith(e.role())
                            && (afterName.length() == e.role().length()
                            || !Character.isLetter(afterName.charAt(e.role().length())));
                    return tail.isBlank() || tail.matches("(?s)\\s*(,|of\\b|\\().*") || titleAfter;
                })
                .findFirst();
    }

    private boolean isExactName(Span span) {
        Optional<NameIndex.Match> m = names.resolve(span.text());
        return m.isPresent() && m.get().begin() == 0 && m.get().end() == span.text().length()
                && m.get().entry().isActor() && !m.get().entry().isPerson();
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "him", "his", "she", "her", "hers",
            "they", "them", "their", "it", "its", "we", "us", "our", "i", "me", "my", "you", "your", "who", "whom");

    /** Words that open a sentence with a capital and stand for no one by name: "This was confirmed", "Some said". */
    private static final java.util.Set<String> NO_NAMES = java.util.Set.of("this", "that", "these", "those", "one",
            "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "none", "all", "both",
            "each", "many", "some", "others", "several");

    /**
     * A name, not a pronoun CoreNLP tagged as a person through coreference, nor a group counted or named by its
     * post ("Thousands", "Officials" opening a sentence).
     */
    private boolean isName(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && !PRONOUNS.contains(lower)
                && !NO_NAMES.contains(lower) && !isGroupWord(lower);
    }

    /** "thousands", "dozens", "officials": one plural word that counts people or names them by a post. */
    private boolean isGroupWord(String word) {
        if (word.contains(" ") || word.length() < 4 || !word.endsWith("s")) {
            return false;
        }
        String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.substring(0, word.length() - 1);
        return lexicon.isCue(CF.QuantityNoun, singular) || lexicon.isCue(CF.Partitive, singular)
                || lexicon.conceptsOf(singular).contains(Vocab.POSITION);
    }

    private Optional<EntityMention> entityIn(Span span) {
        return article.entities().stream()
                .filter(e -> e.span().begin() >= span.begin() && e.span().end() <= span.end())
                .filter(e -> !e.type().equals("NATIONALITY") && isName(e.span().text()))
                .reduce((a, b) -> b);
    }

    /** An office of a state or body, named after it or with "of": "U.S. Mission to the OSCE", "Embassy of X". */
    private static final Pattern OFFICE = Pattern.compile(
            "(?i)\\b(?:mission|embassy|ministry|department|office|delegation|consulate)\\b");

    /** Returns the actor of the affiliation written next to a person's name, if it names one. */
    Optional<String> affiliation(EntityMention e) {
        if (e.affiliation() == null) {
            return Optional.empty();
        }
        String written = e.affiliation().text();
        Optional<Span> organization = StatesInNames.organizationAround(e.affiliation(), article.entities(), names, lexicon);
        if (organization.isPresent()) {
            return Optional.of(minted(organization.get().text(), CF.Organization)); // "Episcopal Conference of X"
        }
        Optional<NameIndex.Match> match = names.resolve(written).filter(m -> m.entry().isActor());
        Optional<String> known = match.map(m -> iriOf(m.entry()));
        boolean whole = match.filter(m -> m.begin() == 0 && m.end() >= written.strip().length()).isPresent();
        if (!whole && e.affiliation().begin() == e.affiliation().end() && OFFICE.matcher(written).find()) {
            // a publisher the gazetteer lacks, named outside the text: the state or body its name starts from
            // ("U.S. Mission to the OSCE"), else the publisher itself
            return Optional.of(names.find(written).stream()
                    .filter(m -> m.entry().isActor() && !m.entry().isPerson() && m.how() == NameIndex.Kind.NAME)
                    .min(java.util.Comparator.comparingInt(NameIndex.Match::begin)).map(m -> iriOf(m.entry()))
                    .orElseGet(() -> minted(written, CF.Organization)));
        }
        // An organization the gazetteer lacks ("Quayside Policy Institute") is still the person's affiliation.
        if (known.isPresent()) {
            return known;
        }
        Optional<String> spelled = acronym(e.affiliation()); // "the Eastern Forces (EF)": a body the article names
        if (spelled.isPresent()) {
            return spelled;
        }
        Optional<String> tagged = entityIn(e.affiliation()).filter(m -> ORG_TYPES.contains(m.type()))
                .map(m -> minted(m.span().text(), CF.Organization));
        // "the Harbour Guard Brigades": a body the tagger missed, named by capitalised words ending in a body noun
        String last = written.strip().replaceFirst("(?s).*\\s", "").toLowerCase(Locale.ROOT);
        boolean body = lexicon.isCue(CF.BodyNoun, last) || last.endsWith("s")
                && lexicon.isCue(CF.BodyNoun, last.substring(0, last.length() - 1));
        return tagged.isPresent() || !body || !written.matches("(?:\\p{Lu}[\\p{L}.'\\-]*\\s+(?:of\\s+)?)+\\p{Lu}\\S*")
                ? tagged : Optional.of(minted(written.strip(), CF.Organization));
    }

    /** Returns the readable label of an IRI described in this article (for event labels). */
    String labelOf(String iri) {
        return lexicon.entries().containsKey(iri) ? lexicon.entries().get(iri).label()
                : iri.substring(iri.lastIndexOf('/') + 1).replace('-', ' ');
    }
}

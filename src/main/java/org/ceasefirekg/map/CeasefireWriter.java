package org.ceasefirekg.map;

import static org.ceasefirekg.map.Normalized.dateOrDateTime;
import static org.ceasefirekg.map.Normalized.day;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.ArticleWording;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Writes the ceasefire the article is about: its IRI and country, who signed or brokered it, where it was agreed,
 * when it started or was declared over.
 */
final class CeasefireWriter {
    private final Lexicon lexicon;
    private final NameIndex names;
    private final AnnotatedArticle a;
    private final TripleWriter out;
    private final Entities entities;
    private final String id;
    /** "the two sides signed": the pair of sides named just before. */
    private final TwoSides twoSides;
    /** The actors the article says brokered the ceasefire (see {@link #brokersAmong}). */
    private final java.util.Set<String> brokers = new java.util.HashSet<>();
    /** The ceasefire's IRI, written the first time a claim needs it. */
    private String ceasefire;
    /** Whether the text named a party or signatory of the ceasefire (else a headline's pair may). */
    private boolean sidesTold;

    CeasefireWriter(ArticleScope scope) {
        this.lexicon = scope.lexicon();
        this.names = scope.names();
        this.a = scope.a();
        this.out = scope.out();
        this.entities = scope.entities();
        this.id = scope.id();
        this.twoSides = new TwoSides(scope.a(), scope.entities());
    }

    /** Writes who signed or brokered the ceasefire, and where and when it was agreed. */
    void agreement(Frame f) {
        String cease = ceasefire();
        for (Argument arg : f.all(Frame.PARTICIPANT)) { // "between the government of A and the B front": each
            signatories(arg.span()).stream().filter(x -> !brokers.contains(x)).forEach(x -> side(CF.party, x));
        }
        for (Argument arg : f.all(Frame.AGENT)) {
            if (f.concept().equals(Vocab.SIGN)) {
                // who brokered the truce stands outside it: "announced by the mediator" makes no signatory of it
                signatories(arg.span()).stream().filter(x -> !brokers.contains(x)).forEach(x -> side(CF.signatory, x));
            } else {
                brokers(arg).forEach(x -> out.iri(cease, CF.brokeredBy, x));
            }
        }
        if (f.concept().equals(Vocab.SIGN)) {
            f.first(Frame.PLACE).flatMap(p -> agreedAt(p.span()))
                    .ifPresent(p -> out.iri(cease, CF.agreedAt, p));
            f.first(Frame.TIME).map(t -> day(t.normalized()))
                    .ifPresent(d -> out.typed(cease, CF.agreedOn, d, XSDDatatype.XSDdate));
        }
    }

    /** Notes the article's brokers first, so that none of them is written as a signatory too. */
    void brokersAmong(List<Frame> frames) {
        frames.stream().filter(f -> f.concept().equals(Vocab.MEDIATE)).flatMap(f -> f.all(Frame.AGENT).stream())
                .forEach(arg -> brokers.addAll(brokers(arg)));
    }

    private List<String> brokers(Argument arg) {
        // "former Kenyan President K": a person brokers, not the state an adjective of the title names
        return "PERSON".equals(arg.type()) ? entities.actor(arg.span()).stream().toList()
                : entities.actorsIn(arg.span());
    }

    /**
     * "The envoys of A, B and C agreed": a list of two names or more signs as each of them (names, not adjectives:
     * "the Ukrainian and Russian presidents" is left to the name of the whole); anything else as one actor.
     */
    private List<String> signatories(Span agent) {
        List<String> listed = new ArrayList<>(twoSides.meant(agent));
        if (!listed.isEmpty()) {
            return listed;
        }
        if (agent.text().contains(",") || agent.text().contains(" and ")) {
            for (NameIndex.Match m : names.find(agent.text())) {
                if (m.how() == NameIndex.Kind.NAME && m.entry().isActor()) {
                    entities.namedActor(new Span(agent.begin() + m.begin(), agent.begin() + m.end(),
                            agent.text().substring(m.begin(), m.end()))).ifPresent(listed::add);
                }
            }
        }
        // "the government agreed", in an article about one state: that state's (a side named by a common noun)
        return listed.stream().distinct().count() > 1 ? listed.stream().distinct().toList()
                : entities.namedActor(agent).or(() -> entities.stateBody(agent)).stream().toList();
    }

    /**
     * Where an agreement was made: "signed in Moscow" names the city, though "Moscow" alone in a clause of acts
     * stands for the state's government (a metonym, which {@link Entities#place} reads as that state).
     */
    private Optional<String> agreedAt(Span span) {
        List<NameIndex.Match> found = names.find(span.text());
        if (!found.isEmpty() && found.get(0).how() == NameIndex.Kind.METONYM && found.get(0).begin() <= 4) {
            String form = span.text().substring(found.get(0).begin(), found.get(0).end());
            return Optional.of(names.placeNamed(form).map(entities::iriOf)
                    .orElseGet(() -> entities.minted(form, CF.Place)));
        }
        return entities.place(span);
    }

    /** "After marathon talks in Geneva ...": where the ceasefire was negotiated, and who held the talks. */
    void negotiation(Frame f) {
        f.first(Frame.PLACE).flatMap(p -> agreedAt(p.span()))
                .ifPresent(p -> out.iri(ceasefire(), CF.agreedAt, p));
        // "A and B held talks in Doha. A truce was agreed": who held the talks the truce came of are its parties
        for (Argument arg : f.all(Frame.PARTICIPANT)) {
            entities.namedActor(arg.span()).filter(x -> !brokers.contains(x)).ifPresent(x -> side(CF.party, x));
        }
    }

    private void side(String property, String actor) {
        out.iri(ceasefire(), property, actor);
        sidesTold = true;
    }

    /**
     * "Statement on the Ceasefire between A and B" over a text that welcomes "the ceasefire" and names no side: the
     * headline's pair are its parties. Written only for a ceasefire the text speaks of.
     */
    void headlineSides() {
        if (sidesTold || ceasefire == null && a.wording().ceasefireWords().isEmpty()) {
            return;
        }
        List<String> sides = HeadlineSides.of(a.article().title(), names, entities);
        sides.stream().filter(x -> !brokers.contains(x)).forEach(x -> out.iri(ceasefire(), CF.party, x));
    }

    /** Writes when the ceasefire started, or who declared it over and when. */
    void phase(Frame f) {
        String cease = ceasefire();
        if (f.concept().equals(Vocab.CEASEFIRE_START)) {
            f.first(Frame.TIME).filter(t -> !morePreciseBeside(f, t))
                    .ifPresent(t -> dateOrDateTime(out, cease, CF.startTime, instantOrDay(inToldZone(t))));
            return;
        }
        // Who ended it: the subject if it names an actor ("the army declared an end"), else who says so, unless
        // the subject is what ended it ("repeated breaches have ended the accord, the ministry added")
        Optional<String> agent = f.all(Frame.AGENT).stream().map(w -> entities.namedActor(w.span()))
                .flatMap(Optional::stream).findFirst();
        boolean endedByEvents = f.all(Frame.AGENT).stream()
                .anyMatch(w -> entities.namesAnEvent(w.span().text().toLowerCase(Locale.ROOT)));
        Optional<String> actor = agent.isPresent() || endedByEvents ? agent
                : f.all(Frame.SOURCE).stream().map(w -> entities.namedActor(w.span())).flatMap(Optional::stream)
                .findFirst();
        if (actor.isEmpty()) {
            return;
        }
        out.iri(cease, CF.declaredOverBy, actor.get());
        // A declaration reported without its own date was news on the day the article was written.
        String when = f.first(Frame.TIME).map(t -> day(t.normalized())).orElse(day(a.referenceDate()));
        if (when != null) {
            out.typed(cease, CF.declaredOverOn, when, XSDDatatype.XSDdate);
        }
    }

    /**
     * "It takes effect at midnight", with no zone told or known: a clock time that is no instant is written as its
     * day, so every start time in the graph compares in UTC.
     */
    private static String instantOrDay(String iso) {
        return iso != null && CLOCK_TIME.matcher(iso).matches() ? iso.substring(0, 10) : iso;
    }

    private static final Pattern CLOCK_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?");
    /** The words after a clock time that name its zone: "local time", "Syria time", "(Gaza time)". */
    private static final Pattern TOLD_ZONE =
            Pattern.compile("(?s).*?\\(?(local|\\p{Lu}[\\p{L}.' -]{1,30}?)\\s+time$");

    /**
     * "The truce starts at midnight local time", "at noon Syria time": a clock time told in a zone the extractor
     * left unnamed is written with that zone's offset on that day (cf:timeZone of the ceasefire's state, or of the
     * state or place named). A time told with no zone ("takes effect at midnight") is the local time where the truce
     * holds, as wires and agreements write it; it stays as told only when that state is unknown.
     */
    private String inToldZone(Argument time) {
        String iso = time.normalized();
        Matcher told = TOLD_ZONE.matcher(time.span().text().strip());
        if (iso == null || !CLOCK_TIME.matcher(iso).matches()) {
            return iso;
        }
        Optional<String> state = !told.matches() || told.group(1).equals("local") ? localState(iso)
                : names.resolve(told.group(1)).map(m -> m.entry().timeZone() != null ? m.entry().iri()
                        : m.entry().scope());
        return state.map(s -> lexicon.entries().get(s)).map(e -> e.timeZone())
                .map(zone -> LocalDateTime.parse(iso).atZone(ZoneId.of(zone)).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .orElse(iso);
    }

    /**
     * "It takes effect at midnight on Friday", "went into force on Sunday at 7 p.m. local time": one rule reads the
     * day, another the clock time, and only the clock's words tell its zone. A start that another start of the same
     * sentence tells more precisely (a clock time before a day, a time with its zone before one without) gives way.
     */
    private boolean morePreciseBeside(Frame f, Argument time) {
        int own = precision(time);
        return a.frames().stream()
                .filter(o -> o.concept().equals(Vocab.CEASEFIRE_START) && o.sentence() == f.sentence())
                .flatMap(o -> o.first(Frame.TIME).stream()).anyMatch(t -> precision(t) > own);
    }

    /** 0 for a day (or nothing), 1 for a clock time, 2 for a clock time with its offset or told zone. */
    private static int precision(Argument time) {
        String v = time.normalized();
        if (v == null || !CLOCK_TIME.matcher(v).lookingAt()) {
            return 0;
        }
        boolean zone = v.length() > 16 && v.substring(16).matches("(:\\d{2})?(Z|[+-]\\d{2}:?\\d{2})")
                || TOLD_ZONE.matcher(time.span().text().strip()).matches();
        return zone ? 2 : 1;
    }

    /**
     * The state whose clock "local time" means: the one the ceasefire's parties keep (when they keep one offset),
     * else the ceasefire's country unless it only brokered the truce, else the state of the dateline's city.
     */
    private Optional<String> localState(String iso) {
        LocalDateTime at = LocalDateTime.parse(iso);
        List<String> parties = a.frames().stream().flatMap(f -> Stream.concat(
                        f.all(Frame.PARTICIPANT).stream(),
                        f.concept().equals(Vocab.SIGN) ? f.all(Frame.AGENT).stream() : Stream.empty()))
                .map(arg -> entities.namedActor(arg.span())).flatMap(Optional::stream)
                .filter(x -> !brokers.contains(x)).map(this::zoned).flatMap(Optional::stream).distinct().toList();
        if (!parties.isEmpty() && parties.stream().map(s -> ZoneId.of(lexicon.entries().get(s).timeZone())
                .getRules().getOffset(at)).distinct().count() == 1) {
            return Optional.of(parties.get(0));
        }
        Optional<String> country = ceasefireCountry().filter(c -> !brokers.contains(c)).flatMap(this::zoned);
        Matcher dateline = DATELINE.matcher(a.article().text());
        return country.or(() -> dateline.lookingAt()
                ? names.resolve(dateline.group(1)).or(() -> names.resolve(titleCase(dateline.group(1))))
                .flatMap(m -> zoned(m.entry().iri())) : Optional.empty()).or(this::mostNamedZone);
    }

    /**
     * The state whose clock the text keeps when it names neither the truce's sides nor its country: the one its
     * places, bodies and people belong to most often (a statement on a truce in Ruritania names Ruritanian towns and
     * forces), when no other state is named as often; brokers do not count.
     */
    private Optional<String> mostNamedZone() {
        Map<String, Integer> counts = new HashMap<>();
        for (NameIndex.Match m : names.find(a.article().text())) {
            zoned(m.entry().iri()).filter(z -> !brokers.contains(z) && !brokers.contains(m.entry().iri()))
                    .ifPresent(z -> counts.merge(z, 1, Integer::sum));
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        return top.size() == 1 ? Optional.of(top.get(0)) : Optional.empty();
    }

    /**
     * The entry itself when it keeps a time zone, else the state it belongs to when that one does: a place's state, a
     * body's or a leader's ("Putin and Erdogan agreed": Russia and Turkey).
     */
    private Optional<String> zoned(String iri) {
        Set<String> seen = new HashSet<>();
        for (String x = iri; x != null && seen.add(x) && lexicon.entries().get(x) != null; ) {
            org.ceasefirekg.lexicon.GazetteerEntry e = lexicon.entries().get(x);
            if (e.timeZone() != null) {
                return Optional.of(x);
            }
            x = e.scope() != null && !e.scope().equals(x) ? e.scope() : e.affiliation();
        }
        return Optional.empty();
    }

    private static String titleCase(String words) {
        return Arrays.stream(words.toLowerCase(Locale.ROOT).split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** "KHARTOUM, March 8 (Wire) -", "Gaza City (AFP) -": the city a wire story was filed from. */
    private static final Pattern DATELINE =
            Pattern.compile("\\s*(\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){0,2})\\s*[,(]");

    /** The ceasefire the article is about; articles that agree on its start date share its IRI. */
    String ceasefire() {
        if (ceasefire != null) {
            return ceasefire;
        }
        Optional<String> start = a.frames().stream().filter(f -> f.concept().equals(Vocab.CEASEFIRE_START))
                .flatMap(f -> f.first(Frame.TIME).stream()).map(t -> day(t.normalized()))
                .filter(java.util.Objects::nonNull).findFirst(); // a time CoreNLP could not normalize gives no key
        String country = ceasefireCountry().orElse(null);
        String key = start.isPresent() && country != null
                ? country.substring(country.lastIndexOf('/') + 1) + "-" + start.get() : Iris.slug(id);
        ceasefire = Iris.event("ceasefire", key);
        out.iri(ceasefire, TripleWriter.RDF_TYPE, CF.Ceasefire);
        out.iri(ceasefire, CF.eventType, Vocab.CEASEFIRE_EVENT);
        out.literal(ceasefire, TripleWriter.RDFS_LABEL, (country == null ? "" : entities.labelOf(country) + " ")
                + "ceasefire" + start.map(s -> " of " + s).orElse(""));
        if (country != null) {
            out.iri(ceasefire, CF.place, country);
        }
        return ceasefire;
    }

    /**
     * The country named next to the ceasefire's own name ("Ruritania ceasefire", "truce in Ruritania"), from the
     * text the extractor read around each ceasefire word.
     */
    Optional<String> ceasefireCountry() {
        Map<String, Integer> counts = new HashMap<>();
        for (Frame f : a.frames()) {
            f.first(Frame.SUBJECT).ifPresent(s -> countCountries(s.span().text(), counts, 3));
        }
        for (ArticleWording.CeasefireWord w : a.wording().ceasefireWords()) {
            if (w.object() != null) {
                names.find(w.object().text()).stream().filter(m -> m.begin() == 0).findFirst()
                        .ifPresent(m -> countCountries(m.entry(), counts, 5));
            }
            String before = w.before().text();
            String word = a.article().text().substring(w.before().end(), w.after().begin());
            // a name right before the word, hyphen or space apart, names the ceasefire's country; a capital in the
            // truce's title ("the Lusaka Ceasefire Accord") names where it was made
            names.find(before).stream().filter(m -> before.substring(m.end()).matches("[\\s-]*"))
                    .filter(m -> !inTitle(m, before + word))
                    .forEach(m -> countCountries(m.entry(), counts, 5));
            countCountries(before + " " + w.after().text(), counts, 1);
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
    }

    void countCountries(String text, Map<String, Integer> counts, int weight) {
        for (NameIndex.Match m : names.find(text)) {
            if (m.how() != NameIndex.Kind.DEMONYM && !inTitle(m, text)) {
                countCountries(m.entry(), counts, weight);
            }
        }
    }

    /**
     * "the Vienna Agreement", "the Lusaka Ceasefire Accord": a city that stands for its state (a metonym) followed by
     * a capitalised word is part of a title, and names where the agreement was made, not whose it is.
     */
    private static boolean inTitle(NameIndex.Match m, String text) {
        return m.how() == NameIndex.Kind.METONYM && text.substring(m.end()).matches("(?s)[ -]+\\p{Lu}.*");
    }

    void countCountries(org.ceasefirekg.lexicon.GazetteerEntry e, Map<String, Integer> counts, int weight) {
        if (e.isPlace() && e.isActor()) {
            counts.merge(e.iri(), weight, Integer::sum);
        }
    }
}

package org.ceasefirekg.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.system.StreamRDF;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.EntityMention;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Quote;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Turns one article's records into triples of the ceasefire ontology. What a source says becomes a claim attributed
 * to that source; events get IRIs from their type, date and place, so articles reporting the same event share it.
 */
public final class ArticleMapper {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?)?(Z|[+-]\\d{2}:?\\d{2})?.*");
    private static final Pattern NUMBER = Pattern.compile("[<>=~]*\\s*(\\d+(?:\\.\\d+)?)");

    private static final String ATTACK = Vocab.CAMEO + "190";
    private static final Set<String> WHERE = Set.of("in", "at", "near", "outside", "around", "across", "inside", "on");
    private static final Set<String> OTHER_PREPOSITIONS = Set.of("to", "from", "of", "by", "for", "with", "into",
            "toward", "towards", "against", "over", "via", "than");
    private final Lexicon lexicon;
    private final NameIndex names;
    /** The lexicon's aid words ("convoy", "aid truck"), compiled once: an attacked convoy is an aid delivery. */
    private final Pattern aidWords;

    /** Creates a mapper that resolves names with the lexicon's gazetteer. */
    public ArticleMapper(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.names = new NameIndex(lexicon);
        String aid = lexicon.triggers().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> cf("AidDelivery").equals(lexicon.eventClasses().get(c))))
                .map(e -> Pattern.quote(e.getKey())).sorted().collect(java.util.stream.Collectors.joining("|"));
        this.aidWords = Pattern.compile(aid.isEmpty() ? "(?!)" : "\\b(?:" + aid + ")\\b");
    }

    /** Writes the article's triples to the sink and returns how many distinct triples were written. */
    public int map(AnnotatedArticle article, StreamRDF sink) {
        Run run = new Run(article, new TripleWriter(sink));
        run.emit();
        return run.out.count();
    }

    private static String cf(String local) {
        return Vocab.cf(local);
    }

    /** The state of mapping one article. */
    private final class Run {
        final AnnotatedArticle a;
        final TripleWriter out;
        final Entities entities;
        final String id;
        final String articleIri;
        final Map<String, String> incidentsByTrigger = new HashMap<>();
        final Map<Integer, String> aidBySubject = new HashMap<>();
        final Map<String, List<String>> casualtyClaims = new LinkedHashMap<>();
        final Map<String, Set<String>> countedKinds = new HashMap<>();
        final Map<Frame, IncidentClusters.Mention> incidentMentions = new java.util.IdentityHashMap<>();
        final Map<Integer, List<NameIndex.Match>> sentenceNames = new HashMap<>();
        /** The gazetteer as this article reads: "rebels" names Syria's rebels only in an article about Syria. */
        final NameIndex names;
        String ceasefire;
        int claims;

        Run(AnnotatedArticle a, TripleWriter out) {
            this.a = a;
            this.out = out;
            this.names = ArticleMapper.this.names.about(a.article().text());
            this.entities = new Entities(lexicon, names, a, out);
            this.id = a.article().id();
            this.articleIri = Iris.article(id);
        }

        void emit() {
            article();
            for (Sentence s : a.sentences()) {
                String iri = Iris.sentence(id, s.index());
                out.iri(iri, TripleWriter.RDF_TYPE, cf("Sentence"));
                out.iri(iri, cf("inArticle"), articleIri);
                out.literal(iri, cf("text"), s.span().text());
                offsets(iri, s.span());
                out.node(iri, cf("sentenceIndex"), Entities.integer(s.index()));
            }
            mentions();
            for (Quote q : a.quotes()) {
                quote(q);
            }
            List<Frame> frames = new ArrayList<>(a.frames());
            frames.removeIf(this::headlineRepeat);
            frames.addAll(placedApart(frames));
            frames = onePlaceEach(frames);
            // Incidents first within a sentence, so casualties and claims can point at them.
            frames.sort(Comparator.comparingInt(Frame::sentence).thenComparing(f -> isIncident(f) ? 0 : 1)
                    .thenComparingInt(f -> f.trigger().begin()));
            clusterIncidents(frames);
            for (Frame f : frames) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("mapping interrupted"); // the build stopped this article
                }
                frame(f);
            }
        }

        /**
         * "30 people were killed in Aleppo province and another 39 by airstrikes in Idlib province": casualties placed
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
                List<String> others = frames.stream().filter(g -> g.sentence() == f.sentence() && isIncident(g))
                        .map(g -> g.first(Frame.PLACE).flatMap(p -> entities.place(p.span())).orElse(null)).toList();
                boolean placedElsewhere = place.isPresent() && !others.isEmpty() && !others.contains(null)
                        && !others.contains(place.get());
                // "IS militants killed one of their activists": whoever killed them attacked, in an event of its own
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
         * "clashes in the provinces of Hama and Homs": an incident told in several places is one event per place. The
         * first keeps the trigger, so casualties still find it; each other is keyed by its place's words.
         */
        List<Frame> onePlaceEach(List<Frame> frames) {
            List<Frame> out = new ArrayList<>();
            for (Frame f : frames) {
                List<Argument> places = f.all(Frame.PLACE);
                // casualties told of such an event are a toll of all its places, which no one place may carry
                boolean toll = frames.stream().anyMatch(g -> g.sentence() == f.sentence()
                        && (g.concept().equals(Vocab.KILLED) || g.concept().equals(Vocab.WOUNDED)));
                if (!isIncident(f) || places.size() < 2 || toll) {
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

        void article() {
            Article art = a.article();
            out.iri(articleIri, TripleWriter.RDF_TYPE, cf("Article"));
            out.literal(articleIri, cf("fileName"), art.fileName());
            out.literal(articleIri, TripleWriter.RDFS_LABEL, art.title() != null ? art.title() : art.fileName());
            out.literal(articleIri, cf("title"), art.title());
            out.literal(articleIri, cf("publisher"), art.publisher());
            out.literal(articleIri, cf("contentHash"), art.contentHash());
            if (art.url() != null) {
                out.typed(articleIri, cf("url"), art.url(), XSDDatatype.XSDanyURI);
            }
            String published = art.published() != null ? art.published() : a.referenceDate();
            if (published != null) {
                dateOrDateTime(articleIri, cf("published"), published);
                out.typed(articleIri, cf("publishedInferred"), Boolean.toString(art.published() == null),
                        XSDDatatype.XSDboolean);
            }
        }

        void mentions() {
            Map<Integer, Span> taken = new HashMap<>();
            for (EntityMention e : a.entities()) {
                Optional<String> iri = entities.denoted(e);
                if (iri.isPresent()) {
                    mention(e.sentence(), e.span(), iri.get());
                    taken.put(e.span().begin(), e.span());
                    if (e.type().equals("PERSON")) {
                        entities.personDetails(e, iri.get());
                    }
                }
            }
            for (Sentence s : a.sentences()) {
                if (s.navigation()) {
                    continue;
                }
                for (NameIndex.Match m : namesIn(s)) {
                    int begin = s.span().begin() + m.begin();
                    int end = s.span().begin() + m.end();
                    boolean overlaps = taken.values().stream().anyMatch(t -> t.begin() < end && begin < t.end());
                    if (!overlaps && m.how() != NameIndex.Kind.DEMONYM) {
                        String iri = entities.describe(m.entry());
                        mention(s.index(), new Span(begin, end, s.span().text().substring(m.begin(), m.end())), iri);
                    }
                }
            }
        }

        /** The gazetteer names a sentence holds, looked up once per sentence. */
        List<NameIndex.Match> namesIn(Sentence s) {
            return sentenceNames.computeIfAbsent(s.index(), i -> names.find(s.span().text()));
        }

        void mention(int sentence, Span span, String denoted) {
            String iri = Iris.mention(id, span.begin());
            out.iri(iri, TripleWriter.RDF_TYPE, cf("Mention"));
            out.iri(iri, cf("denotes"), denoted);
            out.iri(iri, cf("inSentence"), Iris.sentence(id, sentence));
            out.iri(iri, cf("inArticle"), articleIri);
            out.literal(iri, cf("text"), span.text());
            offsets(iri, span);
        }

        void quote(Quote q) {
            Optional<String> speaker = q.speaker() == null ? Optional.empty() : entities.speaker(q.speaker());
            if (speaker.isEmpty() && q.span().text().strip().matches("\\p{Lu}\\S*(\\s+\\p{Lu}\\S*)?")) {
                return; // "the "White Helmets" volunteers": a name in quotation marks, said by no one
            }
            boolean saidElsewhere = a.quotes().stream().anyMatch(o -> o != q && o.speaker() != null
                    && o.span().text().equals(q.span().text()) && entities.speaker(o.speaker()).isPresent());
            if (speaker.isEmpty() && saidElsewhere) {
                return; // the summary's copy of words the article quotes again with their speaker
            }
            String claim = claim(cf("Statement"), q.sentence());
            out.literal(claim, cf("quotation"), q.span().text());
            speaker.ifPresent(s -> out.iri(claim, cf("claimant"), s));
        }

        String claim(String type, int sentence) {
            String iri = Iris.claim(id, ++claims);
            out.iri(iri, TripleWriter.RDF_TYPE, type);
            out.iri(iri, cf("statedIn"), articleIri);
            out.iri(iri, cf("evidence"), Iris.sentence(id, sentence));
            return iri;
        }

        void attribute(String claim, Frame f) {
            f.first(Frame.SOURCE).flatMap(s -> entities.speaker(s.span()))
                    .ifPresent(s -> out.iri(claim, cf("claimant"), s));
            f.first(Frame.RELAY).flatMap(s -> entities.actor(s.span()))
                    .ifPresent(s -> out.iri(claim, cf("relayedBy"), s));
        }

        boolean isIncident(Frame f) {
            String k = lexicon.eventClasses().get(f.concept());
            return k != null && !k.equals(cf("Ceasefire")) && !k.equals(cf("AidDelivery"));
        }

        void frame(Frame f) {
            String c = f.concept();
            if (isIncident(f)) {
                incident(f);
            } else if (c.equals(Vocab.KILLED) || c.equals(Vocab.WOUNDED)) {
                casualty(f);
            } else if (c.equals(Vocab.VIOLATION_COUNT)) {
                violation(f);
            } else if (c.startsWith(Vocab.CAMEO + "11") || c.equals(Vocab.DENY) || c.equals(Vocab.VIOLATE)) {
                accusation(f);
            } else if (c.equals(Vocab.SIGN) || c.equals(Vocab.MEDIATE)) {
                agreement(f);
            } else if (c.equals(Vocab.NEGOTIATE)) {
                f.first(Frame.PLACE).flatMap(p -> entities.place(p.span()))
                        .ifPresent(p -> out.iri(ceasefire(), cf("agreedAt"), p));
            } else if (c.equals(Vocab.CEASEFIRE_START) || c.equals(Vocab.CEASEFIRE_END)) {
                phase(f);
            } else if (cf("AidDelivery").equals(lexicon.eventClasses().get(c))) {
                aid(f);
            }
        }

        /** Resolves every incident mention of the article and groups them into events, before writing any. */
        void clusterIncidents(List<Frame> frames) {
            List<IncidentClusters.Mention> mentions = new ArrayList<>();
            // "60 soldiers were killed Saturday in air strikes": the casualties of a sentence are its incident's
            // (as in recentIncident), so their date dates an incident the sentence gives none
            // and their place ("killing 15 medics in the town of Khan Tuman") places it
            Map<Integer, String> casualtyDates = new HashMap<>();
            Map<Integer, Span> casualtyPlaces = new HashMap<>();
            for (Frame f : frames) {
                if (f.concept().equals(Vocab.KILLED) || f.concept().equals(Vocab.WOUNDED)) {
                    f.first(Frame.TIME).map(t -> day(t.normalized()))
                            .ifPresent(d -> casualtyDates.putIfAbsent(f.sentence(), d));
                    f.first(Frame.PLACE).ifPresent(p -> casualtyPlaces.putIfAbsent(f.sentence(), p.span()));
                }
            }
            Set<Integer> placedSentences = new java.util.HashSet<>();
            frames.stream().filter(f -> isIncident(f) && f.first(Frame.PLACE).isPresent())
                    .forEach(f -> placedSentences.add(f.sentence()));
            // A sentence of casualties that names no incident tells of the one its casualties will be linked to
            Map<Frame, String> lentDates = new java.util.IdentityHashMap<>();
            List<Frame> incidentFrames = frames.stream().filter(this::isIncident).toList();
            casualtyDates.forEach((sentence, date) -> {
                if (incidentFrames.stream().noneMatch(f -> f.sentence() == sentence)) {
                    recentIncidentFrame(incidentFrames, sentence).ifPresent(f -> lentDates.putIfAbsent(f, date));
                }
            });
            for (Frame f : frames) {
                if (isIncident(f)) {
                    IncidentClusters.Mention m = mention(f, casualtyDates.getOrDefault(f.sentence(), lentDates.get(f)),
                            casualtyPlaces.get(f.sentence()),
                            placedSentences.contains(f.sentence()) ? null : onlyPlaceIn(a.sentences().get(f.sentence())));
                    mentions.add(m);
                    incidentMentions.put(f, m);
                }
            }
            Set<Integer> casualtySentences = new java.util.HashSet<>();
            frames.stream().filter(f -> (f.concept().equals(Vocab.KILLED) || f.concept().equals(Vocab.WOUNDED))
                    && f.first(Frame.PERIOD).isEmpty()).forEach(f -> casualtySentences.add(f.sentence()));
            for (IncidentClusters.Cluster c : IncidentClusters.cluster(mentions, id, t -> Iris.slug(lexicon.label(t)))) {
                if (!anchored(c, casualtySentences)) {
                    continue;
                }
                out.iri(c.iri, TripleWriter.RDF_TYPE, c.type);
                out.iri(c.iri, cf("eventType"), c.concept);
                String where = c.place != null ? c.place : c.loosePlace;
                String label = lexicon.label(c.type) + (where == null ? "" : " in " + entities.labelOf(where))
                        + (c.date == null ? "" : " on " + c.date);
                out.literal(c.iri, TripleWriter.RDFS_LABEL, label);
                if (c.date != null) {
                    out.typed(c.iri, cf("date"), c.date, XSDDatatype.XSDdate);
                }
                if (where != null) {
                    out.iri(c.iri, cf("place"), where);
                }
                // "bombardment on Idlib and Aleppo" that killed 100: one toll, told of every place named
                c.members.stream().filter(m -> m.frame().all(Frame.PLACE).size() > 1)
                        .flatMap(m -> m.frame().all(Frame.PLACE).stream())
                        .forEach(x -> entities.place(x.span()).ifPresent(pl -> out.iri(c.iri, cf("place"), pl)));
                for (IncidentClusters.Mention m : c.members) {
                    incidentsByTrigger.put(m.frame().sentence() + ":" + m.frame().trigger().begin(), c.iri);
                }
            }
        }

        /**
         * "Attacks on civilians must stop", "the regime's airstrikes": a mention told with no day, no place below a
         * country, no casualties and not both who acted and whom it hit is talk about violence, not an event the
         * graph can tell apart from others.
         */
        boolean anchored(IncidentClusters.Cluster c, Set<Integer> casualtySentences) {
            boolean townOrRegion = c.loosePlace != null && !isCountry(c.loosePlace);
            return !IncidentClusters.VIOLENT.contains(c.type) || c.date != null || c.place != null || townOrRegion
                    || !c.perpetrators.isEmpty() && !c.targets.isEmpty()
                    || c.members.stream().anyMatch(m -> casualtySentences.contains(m.frame().sentence()));
        }

        /**
         * The one town or region a sentence names, where a parse lost what it hangs on ("strikes against forces
         * surrounded in the Deir Ezzor air base" the army said); a country is too wide to place an incident by.
         */
        Span onlyPlaceIn(Sentence s) {
            NameIndex.Match found = null;
            for (NameIndex.Match m : namesIn(s)) {
                if (m.entry().isPlace() && !m.entry().isActor() && m.how() == NameIndex.Kind.NAME
                        && saysWhere(s.span().text().substring(0, m.begin()))) {
                    if (found != null && !found.entry().equals(m.entry())) {
                        return null;
                    }
                    found = m;
                }
            }
            return found == null ? null : new Span(s.span().begin() + found.begin(), s.span().begin() + found.end(),
                    s.span().text().substring(found.begin(), found.end()));
        }

        /** True when a place is written as a landmark the event was near ("near Aleppo", "west of Aleppo"). */
        boolean onlyNear(Span place) {
            Sentence s = a.sentences().stream().filter(x -> x.span().begin() <= place.begin()
                    && place.begin() < x.span().end()).findFirst().orElse(null);
            if (s == null) {
                return false;
            }
            return Sentence.endsBeforeALandmark(s.span().text().substring(0, place.begin() - s.span().begin()));
        }

        /** True when the preposition governing a name written after this text says where ("in the ..."). */
        private static boolean saysWhere(String before) {
            String[] words = before.strip().toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
                if (WHERE.contains(words[i])) {
                    return true;
                }
                if (OTHER_PREPOSITIONS.contains(words[i])) {
                    return false;
                }
            }
            return false;
        }

        IncidentClusters.Mention mention(Frame f, String sentenceCasualtyDate, Span sentenceCasualtyPlace,
                                         Span sentencePlace) {
            String type = lexicon.eventClasses().get(f.concept());
            Optional<String> place = f.first(Frame.PLACE).flatMap(p -> entities.eventPlace(p.span()));
            List<Argument> agents = new ArrayList<>();
            for (Argument given : f.all(Frame.AGENT)) {
                Argument arg = new Argument(given.role(), entities.withEventNoun(given.span(), f.trigger()),
                        given.type(), given.normalized());
                // "the Deir ez-Zor air raid", "a Syria attack": a place written where an attacker could stand
                Optional<String> asPlace = entities.placeNamedExactly(arg.span());
                if (asPlace.isPresent() || entities.actorsIn(arg.span()).isEmpty()) {
                    if (place.isEmpty()) {
                        place = asPlace.isPresent() ? asPlace : entities.place(arg.span());
                    }
                } else {
                    agents.add(arg);
                }
            }
            if (place.isEmpty() && sentenceCasualtyPlace != null) {
                place = entities.eventPlace(sentenceCasualtyPlace);
            }
            List<Argument> others = f.args().stream().filter(a -> !a.role().equals(Frame.AGENT)).toList();
            Frame withAgents = new Frame(f.concept(), f.sentence(), f.trigger(),
                    java.util.stream.Stream.concat(others.stream(), agents.stream()).toList());
            Set<String> perpetrators = new java.util.HashSet<>();
            agents.forEach(arg -> perpetrators.addAll(perpetrators(arg.span())));
            Set<String> targets = new java.util.HashSet<>();
            f.all(Frame.PATIENT).forEach(arg -> entities.actor(arg.span()).ifPresent(targets::add));
            String date = f.first(Frame.TIME).map(t -> day(t.normalized())).orElse(sentenceCasualtyDate);
            // A whole country says too little to tell two events apart, and a place the parse did not tie to the
            // event may be wrong: both are written, not used to merge.
            boolean country = place.map(ArticleMapper.this::isCountry).orElse(false)
                    || place.isPresent() && f.first(Frame.PLACE).map(p -> onlyNear(p.span())).orElse(false)
                    || f.all(Frame.PLACE).size() > 1; // "bombardment on Idlib and Aleppo" is in neither alone
            String loose = country ? place.orElse(null) : null; // several places, none of them known: no place
            if ((place.isEmpty() || country) && sentencePlace != null) {
                loose = entities.place(sentencePlace).orElse(loose);
            }
            return new IncidentClusters.Mention(withAgents, type, date, country ? null : place.orElse(null),
                    loose, perpetrators, targets, isDefinite(f));
        }

        /** Writes what one mention says about its event: who did it, to whom, and who says so. */
        void incident(Frame original) {
            IncidentClusters.Mention m = incidentMentions.get(original);
            String iri = incidentsByTrigger.get(original.sentence() + ":" + original.trigger().begin());
            if (iri == null) {
                return; // not anchored: no event of its own
            }
            participants(iri, m.frame());
            if (original.first(Frame.SOURCE).isPresent()) {
                String claim = claim(cf("Statement"), original.sentence());
                out.iri(claim, cf("about"), iri);
                out.iri(claim, cf("eventType"), original.concept());
                attribute(claim, original);
            }
        }

        /**
         * The event told in this sentence or the one before, for casualties that do not name theirs: the last one
         * told. (Mentions are kept by identity, in no fixed order, so the choice must not depend on that order.)
         */
        String recentIncident(int sentence) {
            return recentIncidentFrame(incidentMentions.values().stream().map(IncidentClusters.Mention::frame).toList(),
                    sentence).map(f -> incidentsByTrigger.get(f.sentence() + ":" + f.trigger().begin())).orElse(null);
        }

        /** The incident a sentence's casualties are of: the last one told in it or the sentence before. */
        Optional<Frame> recentIncidentFrame(List<Frame> incidents, int sentence) {
            Frame best = null;
            for (Frame f : incidents) {
                int s = f.sentence();
                if (s <= sentence && sentence - s <= 2 && (best == null || s > best.sentence()
                        || s == best.sentence() && f.trigger().begin() > best.trigger().begin())) {
                    best = f;
                }
            }
            if (best == null) {
                // "Air strikes ... killed 24 people [the parse lost the strikes]. ... who carried out the raids":
                // the next sentence's "the raids" are the event the casualties were told of
                best = incidents.stream().filter(f -> f.sentence() == sentence + 1 && isDefinite(f))
                        .min(Comparator.comparingInt(f -> f.trigger().begin())).orElse(null);
            }
            return Optional.ofNullable(best);
        }

        /** "Russian and Syrian jets", "Russia-US": several names; otherwise the phrase's head names one actor. */
        List<String> perpetrators(Span span) {
            if (span.text().matches("(?s).*(\\band\\b|[A-Za-z.]-[A-Z]).*")) {
                return entities.actorsIn(span);
            }
            List<String> actors = new ArrayList<>(entities.actor(span).map(List::of).orElse(List.of()));
            entities.leader(span).filter(l -> !actors.contains(l)).ifPresent(actors::add); // "a U.S.-led air raid"
            return actors;
        }

        boolean isDefinite(Frame f) {
            return f.first(Frame.DEFINITE).isPresent();
        }

        void participants(String iri, Frame f) {
            for (Argument arg : f.all(Frame.AGENT)) {
                perpetrators(arg.span()).forEach(x -> out.iri(iri, cf("perpetrator"), x));
            }
            for (Argument arg : f.all(Frame.PATIENT)) {
                Optional<String> aid = aidIn(arg.span());
                if (aid.isPresent()) {
                    out.iri(iri, cf("target"), aid.get());
                } else {
                    entities.actor(arg.span()).ifPresent(x -> out.iri(iri, cf("target"), x));
                }
            }
            for (Argument arg : f.all(Frame.INTENDED)) {
                entities.actor(arg.span()).ifPresent(x -> out.iri(iri, cf("intendedTarget"), x));
            }
            for (Argument arg : f.all(Frame.PARTICIPANT)) {
                entities.actorsIn(arg.span()).forEach(x -> out.iri(iri, cf("participant"), x));
            }
        }

        /** An attacked aid convoy is the aid delivery itself, not an actor. */
        Optional<String> aidIn(Span span) {
            return aidWords.matcher(span.text().toLowerCase()).find() ? Optional.of(aidDelivery(span)) : Optional.empty();
        }

        String aidDelivery(Span span) {
            return aidBySubject.computeIfAbsent(span.begin(), b -> {
                String iri = Iris.event("aid", Iris.slug(id) + "-" + b);
                out.iri(iri, TripleWriter.RDF_TYPE, cf("AidDelivery"));
                out.iri(iri, cf("eventType"), Vocab.CAMEO + "073");
                out.literal(iri, TripleWriter.RDFS_LABEL, NameIndex.clean(span.text()));
                return iri;
            });
        }

        void aid(Frame f) {
            Optional<Argument> subject = f.first(Frame.SUBJECT);
            if (subject.isEmpty()) {
                return;
            }
            String iri = aidDelivery(subject.get().span());
            for (Argument arg : f.all(Frame.AGENT)) {
                entities.actor(arg.span()).ifPresent(x -> out.iri(iri, cf("operator"), x));
            }
        }

        void casualty(Frame f) {
            String incident = f.first(Frame.EVENT)
                    .map(e -> incidentsByTrigger.get(f.sentence() + ":" + e.span().begin()))
                    .orElse(incidentsByTrigger.get(f.sentence() + ":" + f.trigger().begin())); // placedApart's
            if (incident == null && f.first(Frame.PERIOD).isEmpty()) {
                incident = recentIncident(f.sentence());
            }
            String source = f.first(Frame.SOURCE).map(s -> s.span().text()).orElse("");
            // "killed and wounded" in one sentence is one claim; "30 killed in Aleppo and 39 in Idlib" is two
            String key = f.sentence() + "|" + incident + "|" + source;
            String claim = casualtyClaims.getOrDefault(key, List.of()).stream()
                    .filter(c -> !countedKinds.get(c).contains(f.concept())).findFirst().orElse(null);
            if (claim == null) {
                claim = claim(cf("CasualtyClaim"), f.sentence());
                casualtyClaims.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
                countedKinds.put(claim, new java.util.HashSet<>());
                attribute(claim, f);
                if (incident != null) {
                    out.iri(claim, cf("about"), incident);
                }
            }
            if (incident != null && f.first(Frame.EVENT).isPresent()) {
                // "ISIS killed 50 people in an attack": who killed is the attack's perpetrator
                for (Argument arg : f.all(Frame.AGENT)) {
                    String inc = incident;
                    entities.namedActor(arg.span()).ifPresent(x -> out.iri(inc, cf("perpetrator"), x));
                }
            }
            countedKinds.get(claim).add(f.concept());
            String quantity = f.concept().equals(Vocab.KILLED) ? "killed" : "wounded";
            count(claim, quantity, f.concept(), f);
        }

        void count(String claim, String suffix, String kind, Frame f) {
            Optional<Long> value = f.first(Frame.COUNT).flatMap(c -> number(c.normalized()));
            if (value.isEmpty()) {
                return;
            }
            String count = claim + "-" + suffix;
            out.iri(claim, cf("count"), count);
            out.iri(count, TripleWriter.RDF_TYPE, cf("Count"));
            out.iri(count, cf("quantity"), kind);
            out.node(count, cf("value"), Entities.integer(value.get()));
            f.first(Frame.QUALIFIER).ifPresent(q -> out.literal(count, cf("qualifier"), q.normalized()));
            f.first(Frame.VICTIMS).ifPresent(v -> out.literal(count, cf("victims"), v.span().text()));
        }

        void violation(Frame f) {
            String claim = claim(cf("ViolationClaim"), f.sentence());
            attribute(claim, f);
            out.iri(claim, cf("about"), ceasefire());
            for (Argument arg : f.all(Frame.AGENT)) {
                entities.actor(arg.span()).ifPresent(x -> out.iri(claim, cf("accused"), x));
            }
            count(claim, "violations", Vocab.VIOLATION_COUNT, f);
        }

        void accusation(Frame f) {
            String claim = claim(f.concept().equals(Vocab.DENY) ? cf("Denial") : cf("Accusation"), f.sentence());
            out.iri(claim, cf("eventType"), f.concept());
            Optional<String> accuser = f.first(Frame.AGENT).flatMap(x -> entities.actor(x.span()));
            if (accuser.isPresent()) {
                out.iri(claim, cf("claimant"), accuser.get());
                f.first(Frame.SOURCE).flatMap(s -> entities.actor(s.span()))
                        .filter(s -> !s.equals(accuser.get()))
                        .ifPresent(s -> out.iri(claim, cf("relayedBy"), s));
            } else {
                attribute(claim, f);
            }
            for (Argument arg : f.all(Frame.PATIENT)) {
                entities.actorsIn(arg.span()).forEach(x -> out.iri(claim, cf("accused"), x));
            }
            f.first(Frame.ALLEGATION).ifPresent(x -> out.literal(claim, cf("allegation"), x.span().text()));
        }

        void agreement(Frame f) {
            String cease = ceasefire();
            for (Argument arg : f.all(Frame.PARTICIPANT)) {
                entities.namedActor(arg.span()).ifPresent(x -> out.iri(cease, cf("party"), x));
            }
            for (Argument arg : f.all(Frame.AGENT)) {
                if (f.concept().equals(Vocab.SIGN)) {
                    entities.namedActor(arg.span()).ifPresent(x -> out.iri(cease, cf("signatory"), x));
                } else {
                    entities.actorsIn(arg.span()).forEach(x -> out.iri(cease, cf("brokeredBy"), x));
                }
            }
            if (f.concept().equals(Vocab.SIGN)) {
                f.first(Frame.PLACE).flatMap(p -> entities.place(p.span()))
                        .ifPresent(p -> out.iri(cease, cf("agreedAt"), p));
                f.first(Frame.TIME).ifPresent(t -> out.typed(cease, cf("agreedOn"), isoDate(t.normalized()),
                        XSDDatatype.XSDdate));
            }
        }

        void phase(Frame f) {
            String cease = ceasefire();
            if (f.concept().equals(Vocab.CEASEFIRE_START)) {
                f.first(Frame.TIME).ifPresent(t -> dateOrDateTime(cease, cf("startTime"), t.normalized()));
                return;
            }
            // Who ended it: the subject if it names an actor ("the army declared an end"), else who says so, unless
            // the subject is what ended it ("violations have effectively ended the truce, the Coalition added")
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
            out.iri(cease, cf("declaredOverBy"), actor.get());
            // A declaration reported without its own date was news on the day the article was written.
            String when = f.first(Frame.TIME).map(t -> isoDate(t.normalized())).orElse(a.referenceDate());
            if (when != null) {
                out.typed(cease, cf("declaredOverOn"), isoDate(when), XSDDatatype.XSDdate);
            }
        }

        /** The ceasefire the article is about; articles that agree on its start date share its IRI. */
        String ceasefire() {
            if (ceasefire != null) {
                return ceasefire;
            }
            Optional<String> start = a.frames().stream().filter(f -> f.concept().equals(Vocab.CEASEFIRE_START))
                    .flatMap(f -> f.first(Frame.TIME).stream()).map(t -> isoDate(t.normalized())).findFirst();
            String country = ceasefireCountry().orElse(null);
            String key = start.isPresent() && country != null
                    ? country.substring(country.lastIndexOf('/') + 1) + "-" + start.get() : Iris.slug(id);
            ceasefire = Iris.event("ceasefire", key);
            out.iri(ceasefire, TripleWriter.RDF_TYPE, cf("Ceasefire"));
            out.iri(ceasefire, cf("eventType"), Vocab.CEASEFIRE_EVENT);
            out.literal(ceasefire, TripleWriter.RDFS_LABEL, (country == null ? "" : entities.labelOf(country) + " ")
                    + "ceasefire" + start.map(s -> " of " + s).orElse(""));
            if (country != null) {
                out.iri(ceasefire, cf("place"), country);
            }
            return ceasefire;
        }

        /** The country named next to the ceasefire's own name ("Syria ceasefire", "truce in Syria"). */
        Optional<String> ceasefireCountry() {
            Map<String, Integer> counts = new HashMap<>();
            String text = a.article().text();
            String lower = text.toLowerCase();
            for (Frame f : a.frames()) {
                f.first(Frame.SUBJECT).ifPresent(s -> countCountries(s.span().text(), counts, 3));
            }
            for (String trigger : lexicon.triggers().keySet()) {
                if (!lexicon.triggers().get(trigger).contains(Vocab.CEASEFIRE_EVENT)) {
                    continue;
                }
                for (int at = lower.indexOf(trigger); at >= 0; at = lower.indexOf(trigger, at + 1)) {
                    int end = at + trigger.length();
                    String before = text.substring(Math.max(0, at - 25), at);
                    String after = text.substring(end, Math.min(text.length(), end + 30));
                    Matcher in = Pattern.compile("^\\s+(?:in|for|across|throughout)\\s+(?:the\\s+)?(.*)").matcher(after);
                    if (in.find()) {
                        names.find(in.group(1)).stream().filter(m -> m.begin() == 0).findFirst()
                                .ifPresent(m -> countCountries(m.entry(), counts, 5));
                    }
                    names.find(before).stream().filter(m -> before.substring(m.end()).matches("[\\s-]*"))
                            .forEach(m -> countCountries(m.entry(), counts, 5));
                    countCountries(before + " " + after, counts, 1);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
        }

        void countCountries(String text, Map<String, Integer> counts, int weight) {
            for (NameIndex.Match m : names.find(text)) {
                if (m.how() != NameIndex.Kind.DEMONYM) {
                    countCountries(m.entry(), counts, weight);
                }
            }
        }

        void countCountries(org.ceasefirekg.lexicon.GazetteerEntry e, Map<String, Integer> counts, int weight) {
            if (e.isPlace() && e.isActor()) {
                counts.merge(e.iri(), weight, Integer::sum);
            }
        }

        void offsets(String iri, Span span) {
            out.node(iri, cf("beginIndex"), Entities.integer(span.begin()));
            out.node(iri, cf("endIndex"), Entities.integer(span.end()));
        }

        void dateOrDateTime(String s, String p, String iso) {
            Matcher m = ISO.matcher(iso);
            if (!m.matches()) {
                return;
            }
            if (m.group(2) == null) {
                out.typed(s, p, m.group(1), XSDDatatype.XSDdate);
                return;
            }
            String zone = m.group(5) == null ? "" : m.group(5).equals("+0000") || m.group(5).equals("+00:00") ? "Z"
                    : m.group(5).length() == 5 ? m.group(5).substring(0, 3) + ":" + m.group(5).substring(3) : m.group(5);
            String seconds = m.group(4) == null ? "00" : m.group(4);
            out.typed(s, p, m.group(1) + "T" + m.group(2) + ":" + m.group(3) + ":" + seconds + zone,
                    XSDDatatype.XSDdateTime);
        }
    }

    /** The day a time names, or null: a month without a day ("in August") keeps events apart but dates none. */
    /** A gazetteer place that can also act: a country. */
    private boolean isCountry(String placeIri) {
        return lexicon.entries().containsKey(placeIri) && lexicon.entries().get(placeIri).isActor();
    }

    private static String day(String normalized) {
        String date = isoDate(normalized);
        return date == null || date.matches("\\d{4}-\\d{2}") ? null : date;
    }

    private static String isoDate(String normalized) {
        Matcher m = ISO.matcher(normalized == null ? "" : normalized);
        return m.matches() ? m.group(1) : normalized;
    }

    private static Optional<Long> number(String normalized) {
        if (normalized == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(normalized.trim());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(Math.round(Double.parseDouble(m.group(1))));
    }
}

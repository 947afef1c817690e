package org.ceasefirekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * People whose title only the article's headline gives ("Press Briefing by Deputy Spokesperson Jane Roe", "Remarks
 * With Foreign Minister John Doe"): a person of the text written there under the same family name takes that title,
 * a body named in it as affiliation, or the publisher when the headline says the text is by or from them. A
 * transcript label no name of the text matches ("FOREIGN MINISTER DOE:") is the headline's person.
 */
final class TitlePeople {
    /** Words that end a title read backwards from the name: what comes before is no part of it. */
    private static final Set<String> BEFORE_TITLE = Set.of("by", "with", "from", "and", "of", "on", "to", "for", "at");

    private final Lexicon lexicon;
    private final NameIndex names;

    TitlePeople(Lexicon lexicon, NameIndex names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** A person the headline names with a title: full name, title, body or publisher they serve (or null). */
    record Titled(String name, String role, String affiliation) {}

    /**
     * Returns the entities with the headline's title given to persons that have none, and a person added for each
     * transcript label that matches the headline's person but no name of the text.
     */
    List<EntityMention> apply(List<EntityMention> entities, String text, String title, String publisher,
                              List<Sentence> sentences, Set<String> questioners) {
        entities = firstNames(entities, text, sentences, questioners);
        if (title == null || title.isBlank()) {
            return entities;
        }
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention e : entities) {
            Titled t = e.type().equals("PERSON") && e.role() == null ? titled(title, lastWord(e.span().text()),
                    publisher) : null;
            if (t != null && !sameFirstInitial(e.span().text(), t.name())) {
                t = null; // "Remarks by President Joe Roe" says nothing of Hana Roe, the text's other Roe
            }
            Span aff = t == null || t.affiliation() == null || e.affiliation() != null ? e.affiliation()
                    : new Span(e.span().begin(), e.span().begin(), t.affiliation());
            out.add(t == null ? e : new EntityMention(e.sentence(), e.span(), e.type(), t.role(), aff));
        }
        List<TranscriptTurns.Turn> turns = TranscriptTurns.find(text, questioners);
        for (TranscriptTurns.Turn turn : turns) {
            String family = lastWord(turn.label().text());
            if (turn.named() && byFirstName(out, family, turns) != null) {
                continue; // done in firstNames
            }
            out.replaceAll(e -> inLabel(e, turn) ? labelled(e) : e);
            // a name the tagger found only inside the labels ("MINISTER VARGA:") is no name the text writes: the
            // headline's full name for it comes first
            boolean known = out.stream().anyMatch(e -> e.type().equals("PERSON")
                    && lastWord(e.span().text()).equalsIgnoreCase(family) && turns.stream().noneMatch(u -> inLabel(e, u)));
            Titled t = !turn.named() || known ? null : titled(title, family, publisher);
            if (t == null && turn.named() && !known && !isPosition(family) && turn.label().text().contains(" ")) {
                // "MR. ROWLAND:", "SECRETARY OKAFOR:" with the name written nowhere else: the family name is the
                // speaker, titled by the position words before it
                int begin = turn.label().end() - family.length();
                out.add(labelled(new EntityMention(sentenceOf(sentences, begin), new Span(begin, turn.label().end(),
                        family), "PERSON", null, null)));
                out.replaceAll(e -> e.span().begin() == begin ? withLabelTitle(e, turn) : e);
            } else if (t != null) {
                // the label's family name stands for the full name the headline writes
                int begin = turn.label().end() - family.length();
                out.removeIf(e -> inLabel(e, turn));
                Span aff = t.affiliation() == null ? null : new Span(begin, begin, t.affiliation());
                out.add(new EntityMention(sentenceOf(sentences, begin), new Span(begin, turn.label().end(), t.name()),
                        "PERSON", t.role(), aff));
            }
            Titled holder = turn.named() && !known && t == null ? headlineHolder(title, turn, out, turns, publisher)
                    : null;
            if (holder != null) {
                // "The President.", "THE SPOKESPERSON:" with no one of the text holding that title: the one person
                // the headline gives it ("Remarks by President Ilse Marten")
                // at the label's last word, as the headline's name for a family name is, so the written span is
                // never longer than the name
                int begin = turn.label().end() - family.length();
                Span aff = holder.affiliation() == null ? null : new Span(begin, begin, holder.affiliation());
                out.add(new EntityMention(sentenceOf(sentences, begin), new Span(begin, turn.label().end(),
                        holder.name()), "PERSON", holder.role(), aff));
            }
            if (turn.named() && turn.title() != null) {
                withTitleAfterName(out, turn, family, sentences);
            }
        }
        return out;
    }

    /** True when the headline names this person with a title ("Remarks by Foreign Minister Anna Varga"). */
    boolean titledInHeadline(String name, String title, String publisher) {
        Titled t = title == null || name.isBlank() ? null : titled(title, lastWord(name), publisher);
        return t != null && sameFirstInitial(name, t.name());
    }

    /**
     * The one person the headline names with the title a label is made of ("The President", "THE FOREIGN MINISTER"),
     * when no person of the text outside the labels holds that title; null otherwise.
     */
    private Titled headlineHolder(String title, TranscriptTurns.Turn turn, List<EntityMention> people,
                                  List<TranscriptTurns.Turn> turns, String publisher) {
        List<String> words = new ArrayList<>(List.of(turn.label().text().replace(".", " ").strip()
                .toLowerCase(Locale.ROOT).split("\\s+")));
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        if (words.isEmpty() || !words.stream().allMatch(this::isPosition)) {
            return null;
        }
        boolean heldInText = people.stream().anyMatch(e -> e.type().equals("PERSON") && e.role() != null
                && turns.stream().noneMatch(u -> inLabel(e, u)) && TranscriptTurns.endsWithTitle(e.role(), words));
        if (heldInText) {
            return null; // the text's own holder, found when the turns are read
        }
        java.util.Map<String, Titled> holders = new java.util.LinkedHashMap<>();
        for (String word : title.split("\\s+")) {
            Titled t = capitalised(word) && !isPosition(word) ? titled(title, bare(word), publisher) : null;
            if (t != null && TranscriptTurns.endsWithTitle(t.role(), words)) {
                holders.put(t.name(), t);
            }
        }
        return holders.size() == 1 ? holders.values().iterator().next() : null;
    }

    /**
     * "MR. ROE (Special Envoy of the Union):", "MS. ROE, ADVISER TO THE COUNCIL:": the title written after the name
     * in a label is the speaker's, with a body it names as affiliation; a bracket with no position word in it
     * ("(via interpreter)") is no title.
     */
    private void withTitleAfterName(List<EntityMention> out, TranscriptTurns.Turn turn, String family,
                                    List<Sentence> sentences) {
        String written = turn.title().text();
        String[] words = written.split("\\s+");
        if (java.util.Arrays.stream(words).noneMatch(this::isPosition)) {
            return;
        }
        String role = written.equals(written.toUpperCase(Locale.ROOT)) ? lowerFunctionWords(titleCase(written))
                : written;
        Span aff = names.find(written).stream()
                .filter(m -> m.entry().isActor() && !m.entry().isPerson() && m.how() == NameIndex.Kind.NAME)
                .findFirst().map(m -> new Span(turn.title().begin() + m.begin(), turn.title().begin() + m.end(),
                        written.substring(m.begin(), m.end()))).orElse(null);
        int begin = turn.label().end() - family.length();
        Span name = new Span(begin, turn.label().end(), family);
        boolean added = false;
        for (int i = 0; i < out.size(); i++) {
            EntityMention e = out.get(i);
            if (e.type().equals("PERSON") && e.span().begin() >= turn.label().begin()
                    && e.span().end() <= turn.label().end()) {
                out.set(i, new EntityMention(e.sentence(), e.span(), e.type(), role,
                        e.affiliation() != null ? e.affiliation() : aff));
                added = true;
            }
        }
        if (!added) {
            out.add(labelled(new EntityMention(sentenceOf(sentences, begin), name, "PERSON", role, aff)));
        }
    }

    /** "Special Envoy Of The Union" written as "Special Envoy of the Union". */
    private static String lowerFunctionWords(String title) {
        return FUNCTION_WORD.matcher(title).replaceAll(r -> r.group().toLowerCase(Locale.ROOT));
    }

    private static final java.util.regex.Pattern FUNCTION_WORD =
            java.util.regex.Pattern.compile("(?<=\\s)(?:Of|To|The|For|And|On|In|At)(?=\\s)");

    private static boolean inLabel(EntityMention e, TranscriptTurns.Turn turn) {
        return e.type().equals("PERSON") && e.span().begin() >= turn.label().begin()
                && e.span().end() <= turn.label().end();
    }

    /**
     * A person in a turn's label: "MR. ROWLAND" is Rowland (a form of address is no part of the name), and a title
     * the label writes in capitals ("SECRETARY") is written as a title ("Secretary").
     */
    private EntityMention labelled(EntityMention e) {
        String[] words = e.span().text().split("\\s+");
        int first = 0;
        while (first < words.length - 1 && isHonorific(words[first])) {
            first++;
        }
        Span name = e.span();
        if (first > 0) {
            int begin = name.end() - String.join(" ", List.of(words).subList(first, words.length)).length();
            name = new Span(begin, name.end(), name.text().substring(begin - name.begin()));
        }
        String role = e.role() != null && e.role().equals(e.role().toUpperCase(Locale.ROOT)) ? titleCase(e.role())
                : e.role();
        // "MS FERREIRA": the tagger may read the form of address as a body the person serves
        Span aff = e.affiliation() != null && isHonorific(e.affiliation().text()) ? null : e.affiliation();
        return new EntityMention(e.sentence(), name, e.type(), role, aff);
    }

    private boolean isHonorific(String word) {
        return lexicon.conceptsOf(bare(word).toLowerCase(Locale.ROOT)).contains(org.ceasefirekg.lexicon.CF.Honorific);
    }

    /** The person with the position words of the label before the name as title ("SECRETARY OKAFOR"). */
    private EntityMention withLabelTitle(EntityMention e, TranscriptTurns.Turn turn) {
        String before = turn.label().text().substring(0, e.span().begin() - turn.label().begin()).strip();
        boolean position = !before.isEmpty()
                && java.util.Arrays.stream(before.split("\\s+")).allMatch(this::isPosition);
        return position && e.role() == null ? new EntityMention(e.sentence(), e.span(), e.type(), titleCase(before),
                e.affiliation()) : e;
    }

    /** "VICE PRESIDENT" written as "Vice President". */
    static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            out.append(out.length() == 0 ? "" : " ").append(w.isEmpty() ? w
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    /** The person the headline names under this family name, with the title written before the name; or null. */
    Titled titled(String title, String family, String publisher) {
        String[] words = title.split("\\s+");
        for (int k = 0; k < words.length; k++) {
            if (!bare(words[k]).equalsIgnoreCase(family) || family.length() < 2) {
                continue;
            }
            int nameStart = k;
            while (nameStart > 0 && k - nameStart < 3 && capitalised(words[nameStart - 1])
                    && !isPosition(words[nameStart - 1]) && !words[nameStart - 1].matches(".*[,(:;]$")) {
                nameStart--;
            }
            int roleStart = nameStart;
            while (roleStart > 0 && !words[roleStart - 1].matches(".*[,(:;)]$")
                    && (capitalised(words[roleStart - 1]) || words[roleStart - 1].equals("of")
                    || isPosition(words[roleStart - 1])) // "by the spokesperson Jon Roe": a title in lower case
                    && !BEFORE_TITLE.contains(words[roleStart - 1].toLowerCase(Locale.ROOT))) {
                roleStart--;
            }
            List<String> role = new ArrayList<>(List.of(words).subList(roleStart, nameStart));
            String affiliation = null;
            if (role.isEmpty() && nameStart < k && nameStart > 0 && words[nameStart - 1].endsWith(",")) {
                // "Briefing by the Spokesperson of the Ministry, Jane Roe": the title in apposition before the name
                roleStart = nameStart - 1;
                while (roleStart > 0 && (words[roleStart - 1].equalsIgnoreCase("of")
                        || !BEFORE_TITLE.contains(words[roleStart - 1].toLowerCase(Locale.ROOT))
                        && !words[roleStart - 1].matches(".*[,(:;)]$"))) {
                    roleStart--; // back to "by", "with" or the start: "of" stays inside the title's phrase
                }
                List<String> phrase = List.of(words).subList(roleStart, nameStart);
                int head = -1;
                for (int i = 0; i < phrase.size() && (head < 0 || head == i - 1); i++) {
                    head = isPosition(phrase.get(i)) ? i : head;
                }
                if (head < 0) {
                    continue;
                }
                int from = head;
                while (from > 0 && capitalised(phrase.get(from - 1)) && !phrase.get(from - 1).matches(".*[,.]$")) {
                    from--; // "Deputy Spokesperson"
                }
                role = new ArrayList<>(phrase.subList(from, head + 1).stream().map(TitlePeople::bare).toList());
                String rest = String.join(" ", phrase.subList(head + 1, phrase.size())).replaceAll(",$", "");
                affiliation = names.find(rest).stream()
                        .filter(m -> m.entry().isActor() && !m.entry().isPerson() && m.how() == NameIndex.Kind.NAME)
                        .findFirst().map(m -> rest.substring(m.begin(), m.end())).orElse(null);
            }
            if (nameStart == k || role.stream().noneMatch(this::isPosition)) {
                continue; // a family name alone, or no title before the name
            }
            String body = role.size() > 1 ? role.get(0) : null;
            if (body != null && names.resolve(body).filter(m -> m.entry().isActor() && !m.entry().isPerson())
                    .isPresent()) {
                affiliation = body; // "WFP Director-General", "Syrian President": whose the title is
                role.remove(0);
            }
            int before = roleStart > 1 && words[roleStart - 1].equalsIgnoreCase("the") ? roleStart - 2 : roleStart - 1;
            boolean byThem = before >= 0 && Set.of("by", "from").contains(words[before].toLowerCase(Locale.ROOT));
            if (affiliation == null && byThem && publisher != null && !publisher.isBlank()) {
                affiliation = publisher; // "Briefing by Spokesperson X" published by X's office
            }
            String name = String.join(" ", List.of(words).subList(nameStart, k)) + " " + bare(words[k]);
            return new Titled(name, String.join(" ", role), affiliation);
        }
        return null;
    }

    private boolean isPosition(String word) {
        String w = bare(word).toLowerCase(Locale.ROOT);
        return lexicon.conceptsOf(w).contains(Vocab.POSITION)
                || w.contains("-") && lexicon.conceptsOf(w.substring(w.lastIndexOf('-') + 1)).contains(Vocab.POSITION);
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The word without punctuation around it or a possessive ending. */
    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}]+|('s|’s)?[^\\p{L}]*$", "");
    }

    /**
     * "MS. ADA:" after "Ada Linde, deputy spokesperson, opened the briefing": a turn's label that calls a person
     * the text introduced by the first name stands for the full name (a person in the label, in place of the one
     * the tagger found there).
     */
    private static List<EntityMention> firstNames(List<EntityMention> entities, String text, List<Sentence> sentences,
                                                  Set<String> questioners) {
        List<EntityMention> out = new ArrayList<>(entities);
        List<TranscriptTurns.Turn> turns = TranscriptTurns.find(text, questioners);
        for (TranscriptTurns.Turn turn : turns) {
            String word = lastWord(turn.label().text());
            String introduced = turn.named() ? byFirstName(out, word, turns) : null;
            if (introduced != null) {
                int begin = turn.label().end() - word.length();
                out.removeIf(e -> inLabel(e, turn));
                out.add(new EntityMention(sentenceOf(sentences, begin), new Span(begin, turn.label().end(),
                        introduced), "PERSON", null, null));
            }
        }
        return out;
    }

    /**
     * The one full name outside the labels whose first name is a label's last word, when no name of the text
     * ends in that word; null otherwise.
     */
    private static String byFirstName(List<EntityMention> people, String word, List<TranscriptTurns.Turn> turns) {
        Set<String> full = new java.util.HashSet<>();
        for (EntityMention e : people) {
            String[] words = e.span().text().strip().split("\\s+");
            if (!e.type().equals("PERSON") || turns.stream().anyMatch(t -> inLabel(e, t))) {
                continue;
            }
            boolean firstNameAlone = words.length == 1 && people.stream().anyMatch(o -> o.type().equals("PERSON")
                    && o.span().text().strip().split("\\s+").length > 1
                    && o.span().text().strip().split("\\s+")[0].equalsIgnoreCase(words[0]));
            if (bare(words[words.length - 1]).equalsIgnoreCase(word) && !firstNameAlone) {
                return null; // "MR. ROE" is whoever the text calls Roe; "Jon, ..." to Jon Keller is his first name
            }
            if (words.length > 1 && words[0].equalsIgnoreCase(word)) {
                full.add(e.span().text().strip());
            }
        }
        return full.size() == 1 ? full.iterator().next() : null;
    }

    /** False when both are full names and their first names begin differently ("Hana Roe", "Joe Roe"). */
    private static boolean sameFirstInitial(String name, String other) {
        String[] a = name.strip().split("\\s+");
        String[] b = other.strip().split("\\s+");
        return a.length < 2 || b.length < 2
                || Character.toLowerCase(a[0].charAt(0)) == Character.toLowerCase(b[0].charAt(0));
    }

    private static String lastWord(String name) {
        String[] words = name.replace(".", " ").strip().split("\\s+");
        return bare(words[words.length - 1]);
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset < s.span().end()) {
                return s.index();
            }
        }
        return sentences.size() - 1;
    }
}

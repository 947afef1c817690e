package org.ceasefirekg.eval;

import static org.ceasefirekg.eval.FieldKind.AFFILIATION;
import static org.ceasefirekg.eval.FieldKind.DAY;
import static org.ceasefirekg.eval.FieldKind.NAME;
import static org.ceasefirekg.eval.FieldKind.NUMBER;
import static org.ceasefirekg.eval.FieldKind.QUOTE;
import static org.ceasefirekg.eval.FieldKind.TEXT;
import static org.ceasefirekg.eval.FieldKind.TIME;
import static org.ceasefirekg.eval.FieldKind.TYPE;
import static org.ceasefirekg.eval.FieldKind.WORD;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scored competency questions: which facts each one yields and how their fields compare. This is the one place
 * that defines a fact; {@link GoldFile} fills them from a gold file, {@link SystemFacts} from the query rows.
 *
 * <ul>
 * <li>ceasefires: one fact per stated value (start day, start time, each broker, signatory, place agreed, who declared
 *     it over, the day), over the whole corpus, since one ceasefire node merges every article;</li>
 * <li>violation-claims: per article, claimant, accused, count;</li>
 * <li>casualty-claims: per article and per number (killed and wounded are two facts), with claimant, victims and the
 *     incident's type, date and place;</li>
 * <li>accusations: per article, accuser and accused;</li>
 * <li>incidents: per article that reports the incident, its type (our class), date, place and actors;</li>
 * <li>quotes: per article, speaker and the quote's first words;</li>
 * <li>actors: people (cf:Person mentioned at least once) with role and affiliation, over the whole corpus;</li>
 * <li>disagreements: two values of the same quantity, over the whole corpus (hand-written gold, optional);</li>
 * <li>timeline: (day, kind) of dated incidents and of the ceasefire's start and end, derived from the gold above.</li>
 * </ul>
 * The provenance query has no gold: it says where each claim comes from.
 */
public enum Question {
    CEASEFIRES("ceasefires", false, fields("start", DAY, "startTime", TIME, "broker", NAME, "signatory", NAME, "party", NAME,
            "agreedAt", NAME, "declaredOverBy", NAME, "declaredOverOn", DAY)),
    VIOLATION_CLAIMS("violation-claims", true, fields("claimant", NAME, "accused", NAME, "count", NUMBER)),
    CASUALTY_CLAIMS("casualty-claims", true, fields("quantity", WORD, "value", NUMBER, "claimant", NAME,
            "victims", TEXT, "type", TYPE, "date", DAY, "place", NAME)),
    ACCUSATIONS("accusations", true, fields("accuser", NAME, "accused", NAME)),
    INCIDENTS("incidents", true, fields("type", TYPE, "date", DAY, "place", NAME, "perpetrator", NAME,
            "target", NAME, "intendedTarget", NAME, "participants", NAME)),
    QUOTES("quotes", true, fields("speaker", NAME, "quote", QUOTE)),
    ACTORS("actors", false, fields("label", NAME, "role", TEXT, "affiliation", AFFILIATION)),
    DISAGREEMENTS("disagreements", false, fields("quantity", WORD, "value1", NUMBER, "value2", NUMBER)),
    TIMELINE("timeline", false, fields("date", DAY, "kind", TYPE));

    private final String queryName;
    private final boolean perDocument;
    private final Map<String, FieldKind> fields;

    Question(String queryName, boolean perDocument, Map<String, FieldKind> fields) {
        this.queryName = queryName;
        this.perDocument = perDocument;
        this.fields = fields;
    }

    /** Returns the name of the query in queries/ that answers this question. */
    public String queryName() {
        return queryName;
    }

    /** Returns true when facts belong to one article and match only facts of the same article. */
    public boolean perDocument() {
        return perDocument;
    }

    /** Returns the fields of this question's facts, in order, with how each compares. */
    public Map<String, FieldKind> fields() {
        return fields;
    }

    /**
     * Returns true when the system fact matches the gold fact: same article (for per-article questions) and, for
     * every field the gold states, each gold value matched by some system value (an empty gold field requires an
     * empty system field). Fields the gold does not state are not compared.
     */
    public boolean matches(Fact gold, Fact system, Labels labels) {
        if (perDocument && !gold.document().equals(system.document())) {
            return false;
        }
        for (var field : gold.fields().entrySet()) {
            FieldKind kind = fields.get(field.getKey());
            var have = system.values(field.getKey());
            if (field.getValue().isEmpty() ? !have.isEmpty()
                    : !field.getValue().stream().allMatch(g -> have.stream().anyMatch(s -> kind.matches(g, s, labels)))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, FieldKind> fields(Object... nameKindPairs) {
        Map<String, FieldKind> map = new LinkedHashMap<>();
        for (int i = 0; i < nameKindPairs.length; i += 2) {
            map.put((String) nameKindPairs[i], (FieldKind) nameKindPairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

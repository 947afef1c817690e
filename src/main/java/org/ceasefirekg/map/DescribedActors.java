package org.ceasefirekg.map;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.GazetteerEntry;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;

/** Actors told by a descriptor of the ontology ("the monitor") rather than by name. */
final class DescribedActors {
    private DescribedActors() {}

    /**
     * "a monitor said", "the London-based monitor": a descriptor of the ontology stands for the actor of its class
     * named last before it in the article (a few sentences back at most), or else first in the next sentence that
     * names one, if that sentence starts within 400 characters.
     */
    static Optional<GazetteerEntry> before(Span span, AnnotatedArticle article, NameIndex names, Lexicon lexicon) {
        Matcher m = DESCRIBED.matcher(NameIndex.clean(span.text()).toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String type = lexicon.descriptors().get(m.group(1));
        if (type == null) {
            return Optional.empty();
        }
        GazetteerEntry before = null;
        GazetteerEntry after = null;
        for (var s : article.sentences()) {
            if (s.span().end() <= span.begin() && s.span().begin() >= span.begin() - DESCRIBED_REACH
                    || s.span().begin() <= span.begin() && s.span().end() >= span.end()) {
                for (NameIndex.Match n : names.find(s.span().text())) {
                    if (n.entry().types().contains(type) && s.span().begin() + n.end() <= span.begin()) {
                        before = n.entry();
                    }
                }
            } else if (after == null && s.span().begin() >= span.end() && s.span().begin() - span.end() < 400) {
                after = names.find(s.span().text()).stream().map(NameIndex.Match::entry)
                        .filter(e -> e.types().contains(type)).findFirst().orElse(null);
            }
        }
        GazetteerEntry found = before != null ? before : after;
        return Optional.ofNullable(found);
    }

    /** Characters before a descriptor that its actor may have been named in (a few sentences). */
    private static final int DESCRIBED_REACH = 1200;

    /** "monitor", "the Britain-based monitor", "a UK-based monitoring group": a descriptor with a base at most. */
    private static final Pattern DESCRIBED = Pattern.compile("(?:[a-z.]+[- ]based )?([a-z]+(?: [a-z]+)?)");
}

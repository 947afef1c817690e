package org.ceasefirekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.ArticleWording;
import org.ceasefirekg.extract.EntityMention;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The names an article gives its actors itself: spelled-out acronyms and short descriptions of one side. */
class ArticleNamesTest {
    private static Lexicon lexicon;

    @BeforeAll
    static void load() throws IOException {
        lexicon = Lexicon.load(Path.of("ontology"));
    }

    /** An article of one line per sentence, with the given organizations tagged. */
    private static Entities entities(String text, String... organizations) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (String line : text.split("\n")) {
            sentences.add(new Sentence(sentences.size(), new Span(from, from + line.length(), line)));
            from += line.length() + 1;
        }
        List<EntityMention> orgs = new ArrayList<>();
        for (String o : organizations) {
            Span s = ArticleMapperTest.span(text, o, 0);
            orgs.add(new EntityMention(0, s, "ORGANIZATION", null, null));
        }
        Article article = new Article("t1", "t1.txt", text, null, null, "2021-03-04", null);
        ArticleWording wording = new ArticleWording(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new Entities(lexicon, new NameIndex(lexicon),
                new AnnotatedArticle(article, "2021-03-04", false, 40, sentences, orgs, List.of(), List.of(), wording));
    }

    private static String actor(Entities e, String text, String phrase, int nth) {
        return e.actor(ArticleMapperTest.span(text, phrase, nth)).orElse("(none)");
    }

    @Test
    void anAcronymTheArticleSpellsOutNamesItsOwnActorBeforeTheGazetteers() {
        String text = "Gunmen of the Kessel Liberation Army (KLA) shelled the port.\nThe KLA denied it.";
        Entities e = entities(text);
        String full = actor(e, text, "Kessel Liberation Army", 0);
        assertTrue(full.endsWith("/kessel-liberation-army"), full);
        assertEquals(full, actor(e, text, "The KLA", 0));
    }

    @Test
    void aShortDescriptionNamesTheOneSideDescribedSoBefore() {
        String text = "Guerrillas of the Tarn Front clashed with the paramilitary Vell Guard on Monday.\n"
                + "The guerrillas said the paramilitary group had broken the truce.";
        Entities e = entities(text, "Tarn Front", "Vell Guard");
        assertTrue(actor(e, text, "The guerrillas", 0).endsWith("/tarn-front"), actor(e, text, "The guerrillas", 0));
        assertTrue(actor(e, text, "the paramilitary group", 0).endsWith("/vell-guard"));
    }

    @Test
    void aDescriptionTwoSidesShareNamesNeither() {
        String text = "Rebels of the Tarn Front and rebels of the Osk Brigade met.\nThe rebels left.";
        Entities e = entities(text, "Tarn Front", "Osk Brigade");
        String who = actor(e, text, "The rebels", 0);
        assertTrue(!who.endsWith("/tarn-front") && !who.endsWith("/osk-brigade"), who);
    }
}

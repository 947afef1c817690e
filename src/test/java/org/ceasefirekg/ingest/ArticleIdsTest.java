package org.ceasefirekg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefirekg.map.Iris;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void aNameWrittenAsAnIdIsItsOwnId() {
        assertEquals("good-1", ArticleIds.forFile("good-1.txt"));
        assertEquals("shelling", ArticleIds.forFile("shelling.txt"));
        assertEquals("1926479274", ArticleIds.forRecord("1926479274"));
        assertEquals("a1", ArticleIds.forRecord("a1"));
    }

    @Test
    void namesThatReadAlikeGetDifferentIdsWithAReadablePart() {
        String lower = ArticleIds.forFile("good1.txt");
        String upper = ArticleIds.forFile("Good1.txt");
        assertEquals("good1", lower);
        assertTrue(upper.matches("good1-h[0-9a-f]{8}"), upper);
        assertNotEquals(ArticleIds.forFile("UPPER.TXT"), ArticleIds.forFile("upper.txt"));
        assertNotEquals(ArticleIds.forFile("a_b.txt"), ArticleIds.forFile("a-b.txt"));
        assertNotEquals(ArticleIds.forFile("a.TXT"), ArticleIds.forFile("a.Txt"));
        assertNotEquals(ArticleIds.forRecord("A1"), ArticleIds.forRecord("a1"));
    }

    @Test
    void otherScriptsAreRomanizedWhereATableHasThemAndHashedOtherwise() {
        assertTrue(ArticleIds.forFile("Донецк.txt").matches("donetsk-h[0-9a-f]{8}"), ArticleIds.forFile("Донецк.txt"));
        assertTrue(ArticleIds.forFile("سوريا.txt").matches("swrya-h[0-9a-f]{8}"), ArticleIds.forFile("سوريا.txt"));
        assertTrue(ArticleIds.forFile("Αθήνα.txt").matches("athina-h[0-9a-f]{8}"), ArticleIds.forFile("Αθήνα.txt"));
        assertTrue(ArticleIds.forFile("ירושלים.txt").matches("yrvshlym-h[0-9a-f]{8}"),
                ArticleIds.forFile("ירושלים.txt"));
        assertTrue(ArticleIds.forFile("Kyiv – Київ.txt").matches("kyiv-kiyiv-h[0-9a-f]{8}"),
                ArticleIds.forFile("Kyiv – Київ.txt"));
        assertTrue(ArticleIds.forFile("Île-de-France.txt").matches("ile-de-france-h[0-9a-f]{8}"));
        assertTrue(ArticleIds.forFile("北京.txt").matches("h[0-9a-f]{8}"), ArticleIds.forFile("北京.txt"));
        assertTrue(ArticleIds.forRecord("٢٠١٦-١").matches("2016-1-h[0-9a-f]{8}"), ArticleIds.forRecord("٢٠١٦-١"));
    }

    @Test
    void idsAreStableAndAPlainNameCanNeverTakeAMarkedId() {
        assertEquals(ArticleIds.forFile("Донецк.txt"), ArticleIds.forFile("Донецк.txt"));
        String marked = ArticleIds.forFile("Good1.txt");
        // The file literally named like the marked id of another is marked in turn.
        assertNotEquals(marked, ArticleIds.forFile(marked + ".txt"));
        assertTrue(ArticleIds.forFile("report-20160919.txt").equals("report-20160919"), "a date is not a marker");
    }

    @Test
    void manyLookAlikeNamesInManyScriptsNeverShareAnIdAndEachIdIsAnIriSlug() {
        List<String> names = new ArrayList<>();
        for (String base : List.of("good1", "Донецк", "سوريا", "Αθήνα", "北京", "a b", "a_b", "a-b", "", "x.y", "🔥")) {
            for (String ext : List.of(".txt", ".TXT", ".Txt")) {
                for (String variant : List.of(base, base.toUpperCase(java.util.Locale.ROOT), base + " ", "_" + base,
                        base + "\n", base + "’", base + "'")) {
                    names.add(variant + ext);
                }
            }
        }
        Map<String, String> byId = new HashMap<>();
        for (String name : names.stream().distinct().toList()) {
            String id = ArticleIds.forFile(name);
            assertEquals(id, Iris.slug(id), "the IRI keeps the id: " + name);
            String other = byId.put(id, name);
            assertTrue(other == null, "'" + name + "' and '" + other + "' share " + id);
        }
        assertTrue(byId.size() > 150, "names tried: " + byId.size());
    }
}

package org.ceasefirekg.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes Cyrillic, Greek, Arabic (with Persian letters) and Hebrew in Latin letters, and strips Latin accents, for
 * readable ids ({@code Донецк} -> {@code donetsk}, {@code سوريا} -> {@code swrya}). A small table rather than ICU4J,
 * which is 14 MB and not on the class path; other scripts pass through unchanged (ids then rest on their hash).
 */
final class Latin {
    private static final Map<Integer, String> LETTERS = new HashMap<>();

    static {
        // Cyrillic: Russian, Ukrainian, Belarusian, Serbian, Macedonian; a common passport-style romanization.
        letters("абвгдезийклмнопрстуфыэ", "a b v g d e z i y k l m n o p r s t u f y e");
        letters("жхцчшщюяёєїіґўђјљњћџѓќѕ", "zh kh ts ch sh shch yu ya e ye yi i g u dj j lj nj c dz gj kj dz");
        letters("ъь", " ");
        // Greek, on the letters without accents (accented ones are decomposed first).
        letters("αβγδεζηθικλμνξοπρσςτυφχψω", "a v g d e z i th i k l m n x o p r s s t y f ch ps o");
        // Arabic and Persian; hamza and ayn are dropped, as slugs drop apostrophes anyway.
        letters("ابتثجحخدذرزسشصضطظغفقكلمنهويىةأإآپچژگکی",
                "a b t th j h kh d dh r z s sh s d t z gh f q k l m n h w y a h a i a p ch zh g k y");
        letters("ءئؤع", "   ");
        // Hebrew.
        letters("בגדהוזחטיכךלמםנןסעפףצץקרשת", "b g d h v z kh t y k k l m m n n s  p f ts ts k r sh t");
        letters("א", "");
        // Latin letters that no decomposition takes apart.
        letters("ßæøłđþœı", "ss ae o l d th oe i");
    }

    private Latin() {}

    /** Returns the text with the letters of the known scripts romanized and accents removed, lower-cased. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFC).codePoints().forEach(c -> {
            String latin = LETTERS.get(c);
            if (latin == null) {
                // An accented letter of a known script: romanize its base letter (ά -> α -> a, ї stays in the table).
                int base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).codePointAt(0);
                latin = LETTERS.get(base);
            }
            if (latin != null) {
                out.append(latin);
            } else if (Character.isDigit(c)) {
                out.append(Character.digit(c, 10));
            } else {
                out.appendCodePoint(c);
            }
        });
        return Normalizer.normalize(out, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }

    /** Maps each letter to the space-separated romanization at the same position. */
    private static void letters(String letters, String romanized) {
        String[] latin = romanized.split(" ", -1);
        int[] codes = letters.codePoints().toArray();
        if (codes.length != latin.length) {
            throw new IllegalStateException(letters + ": " + codes.length + " letters, " + latin.length + " romanized");
        }
        for (int i = 0; i < codes.length; i++) {
            LETTERS.put(codes[i], latin[i]);
        }
    }
}

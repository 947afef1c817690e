package org.ceasefirekg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mints article ids, which name an article's IRI and graph: the same name always gives the same id, and two different
 * names never give one. A name already written as an id ({@code good-1.txt}, record {@code 1926479274}) is its own
 * id. Any other name ({@code Good1.txt}, {@code Донецк.txt}, {@code a b.TXT}, {@code 北京.txt}) gets a readable part,
 * romanized and lower-cased ({@code good1}, {@code donetsk}), and a marker of 8 hex digits of the SHA-256 of the whole
 * name ({@code good1-h1b2c3d4e}), so names that read alike stay apart. Plain names ending in such a marker are marked
 * themselves, so a plain id can never equal a marked one.
 */
public final class ArticleIds {
    /** What {@code map.Iris#slug} leaves unchanged: lower-case ASCII letters and digits in hyphenated runs. */
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKED = Pattern.compile("(.*-)?h[0-9a-f]{8}");
    /** Longer readable parts are cut at a hyphen: the marker keeps them apart, and IRIs stay short. */
    private static final int READABLE_LENGTH = 60;

    private ArticleIds() {}

    /** Returns the id of a {@code .txt} article file, from its file name (with the extension). */
    public static String forFile(String fileName) {
        boolean txt = fileName.endsWith(".txt") && fileName.length() > 4;
        String stem = fileName.regionMatches(true, fileName.length() - 4, ".txt", 0, 4) && fileName.length() > 4
                ? fileName.substring(0, fileName.length() - 4) : fileName;
        return txt && isPlain(stem) ? stem : marked(stem, fileName);
    }

    /** Returns the id of a record of a {@code .jsonl} or {@code .csv} file, from the record's own id. */
    public static String forRecord(String recordId) {
        return isPlain(recordId) ? recordId : marked(recordId, recordId);
    }

    private static boolean isPlain(String name) {
        return PLAIN.matcher(name).matches() && !MARKED.matcher(name).matches();
    }

    private static String marked(String readable, String name) {
        String slug = Latin.of(readable).toLowerCase(Locale.ROOT).replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > READABLE_LENGTH) {
            int cut = slug.lastIndexOf('-', READABLE_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : READABLE_LENGTH);
        }
        String marker = "h" + sha256(name).substring(0, 8);
        return slug.isEmpty() ? marker : slug + "-" + marker;
    }

    private static String sha256(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

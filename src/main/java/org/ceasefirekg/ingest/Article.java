package org.ceasefirekg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One input article: its text and what is known about it.
 *
 * @param id        stable identifier, unique in a build, minted by {@link ArticleIds} from the file name or record id
 * @param fileName  the input file name or record id, shown to users as "document"; control characters are kept
 *                  escaped ({@link Printable}), so that printing it can never forge a line
 * @param text      the article text, as read
 * @param title     the headline, or null
 * @param publisher the publisher's name, or null
 * @param published ISO 8601 date or date-time of publication, or null
 * @param url       where the article was published, or null
 */
public record Article(String id, String fileName, String text, String title, String publisher,
                      String published, String url) {

    /** Escapes the file name once, here, so every place that prints it prints it safely. */
    public Article {
        fileName = Printable.escape(fileName);
    }

    /** Returns the SHA-256 of the text and metadata, hex encoded: equal hashes mean identical input. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {fileName, text, title, publisher, published, url}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

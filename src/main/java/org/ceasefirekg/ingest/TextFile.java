package org.ceasefirekg.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A {@code .txt} article file with the manifest's metadata for it; read only when {@link #load()} is called,
 * so a batch never holds more than one text at a time.
 *
 * @param file the file
 * @param meta the manifest entry, or null
 */
public record TextFile(Path file, Manifest.Entry meta) {

    /** Larger files are refused: a news article is a few kilobytes, and CoreNLP's cost grows with length. */
    public static final long MAX_BYTES = 2_000_000;

    /** Returns the article id, minted from the file name by {@link ArticleIds#forFile}. */
    public String id() {
        return ArticleIds.forFile(file.getFileName().toString());
    }

    /** Reads the file as a strict UTF-8 (or byte-order-marked UTF-16) article, or says why it is not one. */
    public Article load() throws RejectedInputException {
        byte[] bytes;
        try {
            // A named pipe or device would block the read or never end: only regular files are articles.
            if (!Files.isRegularFile(file)) {
                throw new RejectedInputException(Files.exists(file) ? "not a regular file; not read"
                        : "no such file or directory (gone since the inputs were listed?)");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new RejectedInputException(String.format(Locale.ROOT,
                        "file is %,d bytes, over the %,d-byte limit for one article", size, MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new RejectedInputException("cannot read: permission denied");
        } catch (IOException e) {
            throw new RejectedInputException("cannot read: " + e.getMessage());
        }
        String text = TextBytes.decode(bytes);
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new RejectedInputException("empty file (no text)");
        }
        String head = trimmed.substring(0, Math.min(200, trimmed.length())).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            throw new RejectedInputException("HTML, not plain text: extract the article text first");
        }
        String refused = ArticleText.problem(text);
        if (refused != null) {
            throw new RejectedInputException("has " + refused);
        }
        Manifest.Entry m = meta == null ? new Manifest.Entry(null, null, null, null) : meta;
        String fileName = file.getFileName().toString();
        return new Article(id(), fileName, text, m.title(), m.publisher(), m.published(), m.url());
    }
}

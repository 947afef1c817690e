package org.ceasefirekg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    /** Returns the article id: the file name without its extension. */
    public String id() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Reads the file as a strict UTF-8 article, or says why it is not one. */
    public Article load() throws RejectedInputException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new RejectedInputException(String.format(Locale.ROOT,
                        "file is %,d bytes, over the %,d-byte limit for one article", size, MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RejectedInputException("cannot read: " + e.getMessage());
        }
        String text = decode(bytes);
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new RejectedInputException("empty file (no text)");
        }
        String head = trimmed.substring(0, Math.min(200, trimmed.length())).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            throw new RejectedInputException("HTML, not plain text: extract the article text first");
        }
        Manifest.Entry m = meta == null ? new Manifest.Entry(null, null, null, null) : meta;
        String fileName = file.getFileName().toString();
        return new Article(id(), fileName, text, m.title(), m.publisher(), m.published(), m.url());
    }

    private static String decode(byte[] bytes) throws RejectedInputException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new RejectedInputException("binary file (NUL byte at offset " + i + "), not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RejectedInputException("not valid UTF-8 (first bad byte near offset " + buffer.position()
                    + "); convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8");
        }
    }
}

package org.ceasefirekg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a whole file as text, strictly: UTF-8, or UTF-16 when a byte-order mark says so; otherwise it says why the
 * bytes are not text, with the line and column of the first bad byte, in words a user can act on.
 */
final class TextBytes {
    private TextBytes() {}

    /** Returns the text without its byte-order mark, or throws with the reason it is not text. */
    static String decode(byte[] bytes) throws RejectedInputException {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        if (!utf16) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new RejectedInputException("binary file (NUL byte at offset " + i + "), not text"
                            + (looksLikeUtf16(bytes) ? "; it looks like UTF-16 without a byte-order mark: convert it,"
                            + " e.g. iconv -f UTF-16LE -t UTF-8" : ""));
                }
            }
        }
        // The JDK's UTF-16 decoder reads the byte-order mark and drops it.
        Charset charset = utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedInputException("not valid " + (utf16 ? "UTF-16" : "UTF-8") + ": " + where(bytes,
                    buffer.position()) + "; convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new RejectedInputException("binary file (NUL character at character " + nul + "), not text");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Describes the byte at an offset: its value, line and column (in bytes), for finding it in an editor. */
    static String where(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String value = offset < bytes.length ? String.format(Locale.ROOT, "byte 0x%02X", bytes[offset] & 0xFF)
                : "an unfinished character";
        return String.format(Locale.ROOT, "%s at line %d, column %d (offset %d)", value, line, offset - lineStart + 1,
                offset);
    }

    /** UTF-16 of mostly ASCII text has a NUL in every other byte. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 32);
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < 2 * pairs; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        return pairs >= 4 && (evenNuls == pairs || oddNuls == pairs) && evenNuls + oddNuls == pairs;
    }
}

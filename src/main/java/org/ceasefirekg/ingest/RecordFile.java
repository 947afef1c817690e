package org.ceasefirekg.ingest;

import java.io.BufferedReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A file holding many articles, one per record: JSON Lines ({@code .jsonl}) or CSV ({@code .csv}, read through a
 * column mapping). Records stream through one at a time, so a corpus of any size never sits in memory.
 *
 * @param file    the file
 * @param columns how CSV columns map onto articles (ignored for JSON Lines)
 */
public record RecordFile(Path file, CsvColumns columns) {

    /** Returns true for the file names read as record files: {@code *.jsonl}, and {@code *.csv} but manifests. */
    public static boolean isRecordFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || (name.endsWith(".csv") && !name.equals(Manifest.FILE_NAME));
    }

    /**
     * Streams the file: calls articles with each readable record in order and problems with each bad record
     * ({@code FILE line N: reason}); a file that cannot be read further ends with a problem, never an exception.
     */
    public void read(Consumer<InputArticle> articles, Consumer<InputProblem> problems) {
        if (isJsonLines()) {
            JsonLines.read(this, articles, problems);
        } else {
            CsvArticles.read(this, articles, problems);
        }
    }

    /** Counts the records without keeping them (a second streaming pass, cheap next to annotating them). */
    public long count() {
        long[] n = {0};
        read(a -> n[0]++, p -> { });
        return n[0];
    }

    boolean isJsonLines() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    /**
     * Opens the file with a decoder that reports bad bytes instead of replacing them; a UTF-16 byte-order mark
     * overrides the charset, since it says for certain how the file is written.
     */
    BufferedReader open(Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        boolean utf16 = (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
        return new BufferedReader(new StrictReader(in, utf16 ? StandardCharsets.UTF_16 : charset), 1 << 16);
    }

    /** Describes a read failure in words a user can act on. */
    String readFailure(IOException e, Charset charset, long line) {
        if (e instanceof CharacterCodingException) {
            return "not valid " + charset.name() + " (near line " + line + "); name the file's encoding, for example"
                    + " --encoding ISO-8859-1, or convert it; the rest of the file is skipped";
        }
        return "cannot read further (near line " + line + "): " + e.getMessage() + "; the rest of the file is skipped";
    }

    /**
     * Checks one record's fields and makes the article, or reports why not and returns null. A bad date is
     * reported and dropped, and the article still lands, as with a manifest.
     */
    static Article article(String source, String id, String text, String title, String publisher,
                           String published, String url, String dateFormat, Consumer<InputProblem> problems) {
        id = blankToNull(id);
        if (id == null) {
            problems.accept(new InputProblem(source, "no id"));
            return null;
        }
        if (text == null || text.isBlank()) {
            problems.accept(new InputProblem(source, "no text for id " + id));
            return null;
        }
        if (text.length() > TextFile.MAX_BYTES) {
            problems.accept(new InputProblem(source, String.format(Locale.ROOT,
                    "text of %s is %,d characters, over the %,d limit for one article", id, text.length(),
                    TextFile.MAX_BYTES)));
            return null;
        }
        String refused = ArticleText.problem(text);
        if (refused != null) {
            problems.accept(new InputProblem(source, "text of " + id + " has " + refused));
            return null;
        }
        String date = published == null || published.isBlank() ? null
                : PublishedDates.parse(published.strip(), dateFormat);
        if (published != null && !published.isBlank() && date == null) {
            problems.accept(new InputProblem(source, "published '" + published.strip() + "' is not "
                    + PublishedDates.expected(dateFormat) + "; ignored for " + id));
        }
        return new Article(ArticleIds.forRecord(id), id, text, blankToNull(title), blankToNull(publisher), date,
                blankToNull(url));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

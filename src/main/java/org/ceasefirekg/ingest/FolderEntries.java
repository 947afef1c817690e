package org.ceasefirekg.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The entries of one input folder: its article files ({@code *.txt} in any case), and a reason for every other entry,
 * so nothing is skipped without a word. Only hidden entries (names starting with a dot, as {@code ls} hides them), the
 * folder's own README, licence and Markdown notes, and
 * the manifest are passed over. A symbolic link is followed only to a file inside the folder.
 *
 * @param articles the article files, sorted by name
 * @param problems each entry that is not read, and why
 * @param names    the names of all entries reported or read, so a manifest row naming one is not reported again
 */
record FolderEntries(List<Path> articles, List<InputProblem> problems, Set<String> names) {

    /** Lists the folder; a folder that cannot be listed is one problem. */
    static FolderEntries of(Path dir) {
        List<Path> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> list = Files.list(dir)) {
            Path realDir = dir.toRealPath();
            for (Path entry : list.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.equals(Manifest.FILE_NAME) || describesTheFolder(name)) {
                    continue;
                }
                names.add(name);
                String refused = refusal(realDir, entry);
                if (refused == null && !name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                    refused = RecordFile.isRecordFile(entry)
                            ? "a record file inside a folder is not read; name it as an input to build its records"
                            : "not a .txt article file; not read";
                }
                if (refused == null) {
                    articles.add(entry);
                } else {
                    problems.add(new InputProblem(entry.toString(), refused));
                }
            }
        } catch (IOException e) {
            problems.add(new InputProblem(dir.toString(), "cannot list the folder: " + e.getMessage()));
        }
        return new FolderEntries(articles, problems, names);
    }

    /** A corpus folder's own README, licence or Markdown notes: like its manifest, about the articles, not one. */
    private static boolean describesTheFolder(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.startsWith("readme") || lower.startsWith("licen");
    }

    /**
     * Returns why an entry of a folder is not read as a file, or null for a regular file inside the folder (itself,
     * or through symbolic links that stay inside): a link leading out of the folder is refused, never followed.
     */
    static String refusal(Path realDir, Path entry) {
        if (Files.isSymbolicLink(entry)) {
            Path target;
            try {
                target = entry.toRealPath();
            } catch (NoSuchFileException e) {
                return "a symbolic link to " + linkTarget(entry) + ", which does not exist (a broken link); not read";
            } catch (FileSystemException e) {
                return e.getReason() != null && e.getReason().contains("levels of symbolic links")
                        ? "a symbolic link that loops (" + linkTarget(entry) + " leads back to itself); not read"
                        : "a symbolic link that cannot be followed (" + e.getReason() + "); not read";
            } catch (IOException e) {
                return "a symbolic link that cannot be followed (" + e.getMessage() + "); not read";
            }
            if (!target.startsWith(realDir)) {
                return "a symbolic link to " + target + ", outside the input folder; refused, not followed (name the"
                        + " file itself as an input to build it)";
            }
        }
        return notARegularFile(entry);
    }

    /** Returns what the path is when it is not a regular file (a folder, a named pipe...), or null when it is one. */
    static String notARegularFile(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return "cannot read: " + e.getMessage();
        }
        if (attributes.isRegularFile()) {
            return null;
        }
        if (attributes.isDirectory()) {
            return "a folder inside the input folder; its files are not read (name it as an input to build them)";
        }
        return special(path) + ", not a file; not read";
    }

    /** Names the kind of a special file from its Unix mode, where the file system tells it. */
    private static String special(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "an unreadable target";
        }
    }
}

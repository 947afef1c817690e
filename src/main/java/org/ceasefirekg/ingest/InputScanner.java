package org.ceasefirekg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the command line's INPUT arguments (files and directories) into article files with their manifest metadata,
 * and record files ({@code .jsonl}, {@code .csv}) holding many articles each.
 *
 * @param files    the article files found, in a stable order
 * @param records  the record files, in the order given
 * @param problems inputs that cannot be used at all (missing paths, folder entries that are no article file, links
 *                 out of a folder, bad or repeated manifest rows, manifest rows without a file)
 */
public record InputScanner(List<TextFile> files, List<RecordFile> records, List<InputProblem> problems) {

    /** Scans the inputs, reading CSV record files with the default columns (those of JSON Lines). */
    public static InputScanner scan(List<Path> inputs) {
        return scan(inputs, CsvColumns.DEFAULT);
    }

    /**
     * Scans the inputs; a directory contributes its {@code *.txt} files (in any case), sorted by name, and its
     * manifest, and a problem for each other entry ({@link FolderEntries}); a {@code .jsonl} or {@code .csv} file
     * (other than a manifest) named as an input is a record file.
     */
    public static InputScanner scan(List<Path> inputs, CsvColumns columns) {
        Map<Path, RecordFile> records = new LinkedHashMap<>();
        Map<Path, TextFile> files = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        Map<Path, Manifest> manifests = new HashMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                Manifest manifest = manifestOf(input, manifests, problems);
                FolderEntries entries = FolderEntries.of(input);
                problems.addAll(entries.problems());
                for (Path file : entries.articles()) {
                    files.putIfAbsent(file.toAbsolutePath().normalize(),
                            new TextFile(file, manifest.entries().get(file.getFileName().toString())));
                }
                if (entries.articles().isEmpty() && entries.problems().isEmpty()
                        && !Files.exists(input.resolve(Manifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
                    // Named as an input and nothing to build: a wrong path or an export that did not happen.
                    problems.add(new InputProblem(input.toString(),
                            "a folder without any .txt file; nothing to build"));
                }
                manifest.entries().keySet().stream().filter(name -> !entries.names().contains(name)).sorted()
                        .forEach(name -> problems.add(new InputProblem(input.resolve(Manifest.FILE_NAME).toString(),
                                "lists '" + name + "', which is not a .txt file in " + input)));
            } else if (Files.isRegularFile(input)) {
                if (input.getFileName().toString().equals(Manifest.FILE_NAME)) {
                    continue;
                }
                if (RecordFile.isRecordFile(input)) {
                    records.putIfAbsent(input.toAbsolutePath().normalize(), new RecordFile(input, columns));
                    continue;
                }
                Path dir = input.toAbsolutePath().getParent();
                Manifest manifest = manifestOf(dir, manifests, problems);
                files.putIfAbsent(input.toAbsolutePath().normalize(),
                        new TextFile(input, manifest.entries().get(input.getFileName().toString())));
            } else {
                problems.add(new InputProblem(input.toString(), whyNotAnInput(input)));
            }
        }
        return new InputScanner(List.copyOf(files.values()), List.copyOf(records.values()), problems);
    }

    /** Says why a path named as an input is neither a folder nor a file. */
    private static String whyNotAnInput(Path input) {
        if (Files.exists(input)) {
            return FolderEntries.notARegularFile(input);
        }
        if (Files.isSymbolicLink(input)) {
            // Broken or looping; a link named on the command line is otherwise the user's choice, and followed.
            return FolderEntries.refusal(input.toAbsolutePath().getRoot(), input);
        }
        return "no such file or directory";
    }

    /**
     * Streams every input: the scan's problems first, then each text file's article (or why it was rejected), then
     * each record file's articles and bad records. Reads one article at a time.
     */
    public void read(Consumer<InputArticle> articles, Consumer<InputProblem> onProblem) {
        problems.forEach(onProblem);
        for (TextFile file : files) {
            try {
                articles.accept(new InputArticle(file.load(), file.file().toString()));
            } catch (RejectedInputException e) {
                onProblem.accept(new InputProblem(file.file().toString(), e.getMessage()));
            }
        }
        for (RecordFile file : records) {
            file.read(articles, onProblem);
        }
    }

    /** Counts the articles the inputs will give (at most), reading the record files once more to do so. */
    public long articleCount() {
        return files.size() + records.stream().mapToLong(RecordFile::count).sum();
    }

    /**
     * Reads a folder's manifest once; a manifest that is a link out of the folder, a pipe or a folder is refused
     * like any other entry, never opened.
     */
    private static Manifest manifestOf(Path dir, Map<Path, Manifest> cache, List<InputProblem> problems) {
        return cache.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            Path file = d.resolve(Manifest.FILE_NAME);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Manifest.empty();
            }
            try {
                String refused = FolderEntries.refusal(d.toRealPath(), file);
                if (refused != null) {
                    problems.add(new InputProblem(file.toString(), refused + "; no manifest is used"));
                    return Manifest.empty();
                }
                Manifest manifest = Manifest.read(file);
                problems.addAll(manifest.problems());
                return manifest;
            } catch (IOException | RuntimeException e) {
                problems.add(new InputProblem(file.toString(), "cannot read manifest: " + e.getMessage()));
                return Manifest.empty();
            }
        });
    }
}

package org.ceasefirekg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the command line's INPUT arguments (files and directories) into article files with their manifest metadata,
 * and record files ({@code .jsonl}, {@code .csv}) holding many articles each.
 *
 * @param files    the article files found, in a stable order
 * @param records  the record files, in the order given
 * @param problems inputs that cannot be used at all (missing paths, bad manifest rows, manifest rows without a file)
 */
public record InputScanner(List<TextFile> files, List<RecordFile> records, List<InputProblem> problems) {

    /** Scans the inputs, reading CSV record files with the default columns (those of JSON Lines). */
    public static InputScanner scan(List<Path> inputs) {
        return scan(inputs, CsvColumns.DEFAULT);
    }

    /**
     * Scans the inputs; a directory contributes its {@code *.txt} files, sorted by name, and its manifest; a
     * {@code .jsonl} or {@code .csv} file (other than a manifest) named as an input is a record file.
     */
    public static InputScanner scan(List<Path> inputs, CsvColumns columns) {
        Map<Path, RecordFile> records = new LinkedHashMap<>();
        Map<Path, TextFile> files = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        Map<Path, Manifest> manifests = new HashMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                Manifest manifest = manifestOf(input, manifests, problems);
                Set<String> seen = new HashSet<>();
                try (Stream<Path> list = Files.list(input)) {
                    for (Path file : list.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p))
                            .sorted().toList()) {
                        String name = file.getFileName().toString();
                        seen.add(name);
                        files.putIfAbsent(file.toAbsolutePath().normalize(), new TextFile(file, manifest.entries().get(name)));
                    }
                } catch (IOException e) {
                    problems.add(new InputProblem(input.toString(), "cannot list directory: " + e.getMessage()));
                }
                manifest.entries().keySet().stream().filter(name -> !seen.contains(name)).sorted().forEach(name ->
                        problems.add(new InputProblem(input.resolve(Manifest.FILE_NAME).toString(),
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
                problems.add(new InputProblem(input.toString(), "no such file or directory"));
            }
        }
        return new InputScanner(List.copyOf(files.values()), List.copyOf(records.values()), problems);
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

    private static Manifest manifestOf(Path dir, Map<Path, Manifest> cache, List<InputProblem> problems) {
        return cache.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            Path file = d.resolve(Manifest.FILE_NAME);
            if (!Files.isRegularFile(file)) {
                return Manifest.empty();
            }
            try {
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

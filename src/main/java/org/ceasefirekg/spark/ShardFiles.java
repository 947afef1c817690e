package org.ceasefirekg.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ceasefirekg.pipeline.Triage;

/**
 * The files of a {@code --out} directory: committed shard folders ({@code shards-*}, written by Spark's output
 * committer, one {@code part-NNNNN} per task), and {@code manifest.tsv}, one line per article built (id, content hash,
 * pipeline version, shard folder), which a later build reads to skip what is current.
 */
final class ShardFiles {
    static final String MANIFEST = "manifest.tsv";

    private ShardFiles() {}

    /** Streams the blocks of a committed shard folder's part files, in order. */
    static void read(Path shardDir, Consumer<ShardBlock> blocks) {
        try (Stream<Path> parts = Files.list(shardDir)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                readPart(part, blocks);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shards in " + shardDir, e);
        }
    }

    private static void readPart(Path part, Consumer<ShardBlock> blocks) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
            String header = null;
            StringBuilder quads = new StringBuilder();
            for (String line = in.readLine(); ; line = in.readLine()) {
                if (line == null || ShardBlock.isHeader(line)) {
                    if (header != null) {
                        blocks.accept(ShardBlock.parse(header, quads.toString()));
                    }
                    if (line == null) {
                        return;
                    }
                    header = line;
                    quads.setLength(0);
                } else if (!line.isBlank()) {
                    quads.append(line).append('\n');
                }
            }
        }
    }

    /** Returns what the manifest of an out directory holds, by article id (the latest line wins); empty if none. */
    static Map<String, Triage.Stamp> manifest(Path out) {
        Map<String, Triage.Stamp> stamps = new HashMap<>();
        Path file = out.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return stamps;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.map(l -> l.split("\t", -1)).filter(f -> f.length >= 3)
                    .forEach(f -> stamps.put(f[0], new Triage.Stamp(f[1], f[2])));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return stamps;
    }

    /** Returns the manifest lookup for triage. */
    static java.util.function.Function<String, Optional<Triage.Stamp>> lookup(Map<String, Triage.Stamp> stamps) {
        return id -> Optional.ofNullable(stamps.get(id));
    }

    /** Appends the built articles' lines to the manifest of an out directory. */
    static void append(Path out, List<ShardBlock> built, String pipelineVersion, Path shardDir) {
        try (Writer w = Files.newBufferedWriter(out.resolve(MANIFEST), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (ShardBlock b : built) {
                w.write(b.id() + "\t" + b.hash() + "\t" + pipelineVersion + "\t" + shardDir.getFileName() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + out, e);
        }
    }
}

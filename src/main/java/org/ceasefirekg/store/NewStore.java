package org.ceasefirekg.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Creates a store's TDB2 database in {@code <dir>/.new-<pid>} and renames it into place, so a process killed while
 * creating it leaves either no database or a whole one, never a half-made one TDB2 cannot open. The staging directory
 * is inside the store, not beside it, so the rename never crosses file systems (a store directory may be a mount
 * point) and needs no write access to the parent.
 */
final class NewStore {
    /** TDB2 keeps a database in {@code Data-NNNN} directories (a new one per compaction). */
    private static final Pattern DATABASE = Pattern.compile("Data-\\d{4}");
    private static final String FIRST_DATABASE = "Data-0001";
    private static final String STAGING = ".new-";
    private static final Pattern LEFTOVER = Pattern.compile("\\.new-(\\d{1,18})");

    private NewStore() {}

    /** Makes dir hold a TDB2 database, creating one when it has none; clears what killed creations left in it. */
    static synchronized void ensure(Path dir) throws IOException {
        Path store = dir.toAbsolutePath().normalize();
        Files.createDirectories(store);
        clearLeftovers(store);
        if (holdsDatabase(store)) {
            return;
        }
        Path staging = store.resolve(STAGING + ProcessHandle.current().pid());
        deleteTree(staging);
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(Location.create(staging)));
        try {
            // The database directory is what makes a store: it appears whole in one rename, or not at all.
            Files.move(staging.resolve(FIRST_DATABASE), store.resolve(FIRST_DATABASE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Linux reports a rename onto a non-empty directory as a plain FileSystemException ("Directory not
            // empty"), not as DirectoryNotEmptyException: whichever it is, the other process's database is there.
            if (!holdsDatabase(store)) {
                throw e;
            }
            // Another process created the store at the same moment: use its database. (Threads of this one take turns.)
        }
        deleteTree(staging);
    }

    private static boolean holdsDatabase(Path store) throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && DATABASE.matcher(p.getFileName().toString()).matches());
        }
    }

    /** Deletes {@code .new-<pid>} directories whose process is gone: it was killed while creating the store. */
    private static void clearLeftovers(Path store) throws IOException {
        try (DirectoryStream<Path> stagings = Files.newDirectoryStream(store, STAGING + "*")) {
            for (Path staging : stagings) {
                Matcher m = LEFTOVER.matcher(staging.getFileName().toString());
                if (m.matches() && !isAlive(Long.parseLong(m.group(1)))) {
                    deleteTree(staging);
                }
            }
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

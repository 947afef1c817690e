package org.ceasefirekg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;

/**
 * The store's directory is held by another process (TDB2 allows one process per store): a user's situation, told in
 * one line with what to do, never a stack trace.
 */
public final class StoreInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The exit code of a command refused because its store is in use. */
    public static final int EXIT_CODE = 3;

    StoreInUseException(Path dir) {
        super("the store " + dir + " is in use by another process" + holder(dir) + ": wait until it ends, or, if it is"
                + " `kg serve --allow-update`, build through it with `kg build --push http://HOST:PORT/ceasefire"
                + " --user NAME --password-file FILE`", null, false, false);
    }

    /** TDB2 writes the holder's process id into {@code tdb.lock}. */
    private static String holder(Path dir) {
        try {
            String pid = Files.readString(dir.resolve("tdb.lock")).strip();
            if (!pid.matches("\\d{1,18}")) {
                return "";
            }
            String command = ProcessHandle.of(Long.parseLong(pid)).flatMap(p -> p.info().arguments())
                    .map(args -> String.join(" ", args)).map(StoreInUseException::kgCommand).orElse("");
            return " (pid " + pid + command + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** ", kg serve" when the holder's command line names a kg subcommand after the main class or jar. */
    private static String kgCommand(String args) {
        for (String command : new String[] {"serve", "build", "eval", "query", "validate", "bench", "resolve"}) {
            if (args.contains(" " + command + " ") || args.endsWith(" " + command)) {
                return ", kg " + command;
            }
        }
        return "";
    }

    /** Returns true when failure, or one of its causes, is TDB2 refusing a directory another process holds. */
    static boolean isLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // TDB2 throws AlreadyLocked, or its parent with "Failed to get a lock: file=...: held by process N".
            if (t instanceof AlreadyLocked || t instanceof DBOpEnvException && String.valueOf(t.getMessage())
                    .startsWith("Failed to get a lock")) {
                return true;
            }
        }
        return false;
    }
}

package org.ceasefirekg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The {@code kg} command line run in the test's JVM with its output captured: the one runner every CLI test uses.
 *
 * @param code the exit code
 * @param out  what the command printed on its output stream
 * @param err  what it printed on its error stream
 */
public record CliRun(int code, String out, String err) {

    /** Runs {@code kg args...} to its end and returns its exit code and output. */
    public static CliRun kg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Starts {@code kg args...} on a daemon thread, for a command that does not end by itself (serve); its output
     * can be read while it runs.
     */
    public static Running start(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread thread = new Thread(() -> Main.commandLine().setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args), "kg-" + args[0] + "-under-test");
        thread.setDaemon(true);
        thread.start();
        return new Running(thread, out, err);
    }

    /**
     * A command running on its own thread.
     *
     * @param thread the thread it runs on
     * @param out    its output so far
     * @param err    its error output so far
     */
    public record Running(Thread thread, StringWriter out, StringWriter err) {}
}

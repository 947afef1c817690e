package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Programs from Debian's packages that some integration tests drive (python3 with SPARQLWrapper and friends,
 * Chromium, node). Under CI (CI=true) a missing one fails the test with the package to install; elsewhere the test is
 * skipped with that message.
 */
public final class ExternalTool {

    /** Debian's python: the packages install their modules for it, not for a python of pyenv or a venv. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ExternalTool() {}

    /** The output and exit code of a finished program. */
    public record Result(int exitCode, String output) {}

    /** Returns Debian's python3 after checking it can import modules; otherwise fails or skips. */
    public static Path python(String packages, String... modules) {
        String missing = null;
        if (!Files.isExecutable(PYTHON)) {
            missing = PYTHON + " is missing";
        } else {
            Result imports = run(List.of(PYTHON.toString(), "-c", "import " + String.join(", ", modules)), Map.of(),
                    Duration.ofSeconds(60));
            if (imports.exitCode() != 0) {
                missing = "python3 cannot import " + String.join(", ", modules) + ": " + imports.output().strip();
            }
        }
        if (missing != null) {
            unavailable(missing + " (apt-get install " + packages + ")");
        }
        return PYTHON;
    }

    /** Returns node from the PATH (the one the build's npm runs on); otherwise fails or skips. */
    public static Path node() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path node = Path.of(dir.isEmpty() ? "." : dir, "node");
            if (Files.isExecutable(node)) {
                return node;
            }
        }
        unavailable("node is not on the PATH (apt-get install nodejs npm)");
        return null;
    }

    /** Returns Debian's chromium; otherwise fails or skips. */
    public static Path chromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            unavailable(CHROMIUM + " is missing (apt-get install chromium)");
        }
        return CHROMIUM;
    }

    /** Fails the test under CI (CI=true), where every tool must be there; elsewhere skips it with the message. */
    public static void unavailable(String message) {
        if ("true".equals(System.getenv("CI"))) {
            fail("CI must have this tool: " + message);
        }
        Assumptions.abort("skipped: " + message);
    }

    /** Runs a program to its end (killed after timeout), with extra environment variables; output merged. */
    public static Result run(List<String> command, Map<String, String> env, Duration timeout) {
        try {
            Path log = Files.createTempFile("tool", ".log");
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull()));
            builder.environment().putAll(env);
            Process process = builder.start();
            boolean done = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!done) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Result(done ? process.exitValue() : -1, done ? output : output + "\n(killed after " + timeout + ")");
        } catch (IOException e) {
            return new Result(-1, "cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static java.io.File devNull() {
        return new java.io.File("/dev/null");
    }

    /** Headless Chromium flags for a throwaway profile that talks to nothing but the page's server. */
    public static List<String> chromiumCommand(Path profile, String... more) {
        List<String> command = new ArrayList<>(List.of(chromium().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(List.of(more));
        return command;
    }
}

package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ceasefirekg.cli.CliRun;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.cli.ServeCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kg serve} refuses unsafe or broken settings before it touches the store. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    CliRun serve(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.kg(all);
    }

    @Test
    void allowUpdateWithAnEmptyPasswordFileDoesNotStart() throws Exception {
        Path store = tmp.resolve("store");
        Path empty = Files.writeString(tmp.resolve("password"), "\n");
        CliRun run = serve("--store", store.toString(), "--allow-update", "--password-file", empty.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--allow-update needs a password"), run.err());
        assertFalse(Files.exists(store), "the store was not opened");
    }

    @Test
    void allowUpdateWithoutAnyPasswordDoesNotStart() {
        Assumptions.assumeTrue(System.getenv(ServeCommand.PASSWORD_VARIABLE) == null,
                ServeCommand.PASSWORD_VARIABLE + " is set in this environment");
        Path store = tmp.resolve("store");
        CliRun run = serve("--store", store.toString(), "--allow-update");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains(ServeCommand.PASSWORD_VARIABLE), run.err());
        assertFalse(Files.exists(store));
    }

    @Test
    void anUnreadablePasswordFileIsReported() {
        CliRun run = serve("--store", tmp.resolve("store").toString(), "--allow-update", "--password-file",
                tmp.resolve("missing").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("cannot read the password file"), run.err());
    }

    @Test
    void aBaseThatIsNotAnHttpUrlIsRefused() {
        CliRun run = serve("--store", tmp.resolve("store").toString(), "--base", "ftp://example.org/");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--base"), run.err());
        assertFalse(Files.exists(tmp.resolve("store")));
    }

    @Test
    void negativeLimitsAreRefused() {
        CliRun run = serve("--store", tmp.resolve("store").toString(), "--query-timeout", "-1");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--query-timeout"), run.err());
    }

    @Test
    void requestLimitsOutOfRangeAreRefusedBeforeTheStoreIsOpened() {
        for (String[] option : new String[][] {{"--max-running", "0"}, {"--max-per-client", "-1"},
                {"--max-query-bytes", "0"}, {"--max-queued", "-5"}, {"--update-timeout", "-1"}}) {
            CliRun run = serve("--store", tmp.resolve("store").toString(), option[0], option[1]);
            assertEquals(2, run.code(), option[0]);
            assertTrue(run.err().contains(option[0]), run.err());
            assertFalse(Files.exists(tmp.resolve("store")), "the store was not opened");
        }
    }

    @Test
    void theRequestLimitsDefaultToThoseOfTheServer() {
        CommandLine.Model.CommandSpec serve = Main.commandLine().getSubcommands().get("serve").getCommandSpec();
        RequestLimits defaults = RequestLimits.DEFAULT;
        assertEquals(Long.toString(defaults.maxQueryBytes()), serve.findOption("--max-query-bytes").defaultValue());
        assertEquals(Long.toString(defaults.maxUploadBytes()), serve.findOption("--max-upload-bytes").defaultValue());
        assertEquals(Integer.toString(defaults.maxRunning()), serve.findOption("--max-running").defaultValue());
        assertEquals(Integer.toString(defaults.maxPerClient()), serve.findOption("--max-per-client").defaultValue());
        assertEquals(Integer.toString(defaults.maxQueued()), serve.findOption("--max-queued").defaultValue());
        assertEquals(Long.toString(KgServer.DEFAULT_UPDATE_TIMEOUT_SECONDS),
                serve.findOption("--update-timeout").defaultValue());
    }

    @Test
    void theServerBindsLoopbackAndIsReadOnlyByDefault() {
        CommandLine.Model.CommandSpec serve = Main.commandLine().getSubcommands().get("serve").getCommandSpec();
        assertEquals("127.0.0.1", serve.findOption("--host").defaultValue());
        assertEquals(Boolean.FALSE, serve.findOption("--allow-update").getValue());
    }
}

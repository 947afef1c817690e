package org.ceasefirekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ceasefirekg.eval.GoldArticles;
import org.ceasefirekg.eval.GoldFile;
import org.ceasefirekg.eval.GroupScores;
import org.ceasefirekg.eval.InvalidGoldException;
import org.ceasefirekg.eval.Labels;
import org.ceasefirekg.eval.Scorecard;
import org.ceasefirekg.eval.SideBySide;
import org.ceasefirekg.eval.SystemFacts;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.pipeline.BuildConfig;
import org.ceasefirekg.pipeline.BuildRun;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg eval}: builds a gold file's articles and scores the competency questions against the gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Builds the articles of a gold file, runs the competency queries and prints precision, recall"
                + " and F1 per question and overall (micro-averaged).",
                "Exit code: 0 whatever the scores, 2 when the gold file cannot be used."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files (JSON), e.g."
            + " src/test/resources/gold/news-dev.json src/test/resources/gold/news-test.json; several are scored"
            + " each in a store of its own and then printed side by side")
    List<Path> goldFiles;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Build into this store and keep it, with its annotation cache beside it, so the next run"
                    + " re-maps without re-annotating (default: a temporary store, deleted afterwards). With several"
                    + " gold files, each gets the folder DIR/NAME, NAME being the gold's name.")
    Path store;

    @Option(names = "--keep", description = "Keep the temporary folder (articles and store) and print where it is.")
    boolean keep;

    @Option(names = {"-v", "--verbose"}, description = "Also list the missing and spurious facts of each question.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldFile> golds = new ArrayList<>();
        for (Path file : goldFiles) {
            try {
                golds.add(GoldFile.read(file));
            } catch (InvalidGoldException e) {
                err.println("gold file: " + e.getMessage());
                return 2;
            }
        }
        if (golds.stream().map(GoldFile::name).distinct().count() < golds.size()) {
            err.println("gold file: two gold files have the same name; each needs a store of its own");
            return 2;
        }
        List<SideBySide.Column> columns = new ArrayList<>();
        for (GoldFile gold : golds) {
            Path dir = store == null || golds.size() == 1 ? store : store.resolve(gold.name());
            Scorecard card = score(gold, dir, out, err);
            if (card == null) {
                return 2;
            }
            columns.add(new SideBySide.Column(gold, card));
        }
        if (columns.size() > 1) {
            SideBySide.print(columns, out);
        }
        return 0;
    }

    /** Builds one gold file's articles (into dir, or a temporary store when null) and prints its scores. */
    private Scorecard score(GoldFile gold, Path store, PrintWriter out, PrintWriter err) throws IOException {
        ProjectPaths paths = Main.projectPaths();
        Path work = Files.createTempDirectory("kg-eval-");
        try {
            List<Path> inputs;
            try {
                inputs = GoldArticles.materialise(gold, paths.home(), work.resolve("articles"));
            } catch (InvalidGoldException e) {
                err.println("gold file: " + e.getMessage());
                return null;
            }
            Path dir = store != null ? store : work.resolve("store");
            try (KgStore kg = KgStore.open(dir)) {
                // Always re-map (annotations still come from the cache): extraction code may have changed although
                // the text and the ontology did not, and the scores must describe the code as it is now. The store
                // is the gold's own: an article whose gold text was corrected replaces the old one.
                int built = BuildRun.run(kg, inputs, BuildConfig.builder(paths.ontology()).remap(true).replace(true)
                        .build(), out, err).exitCode();
                if (built != 0) {
                    err.println("warning: some articles did not build; they count as producing nothing");
                }
                Labels labels = new Labels(Lexicon.load(paths.ontology()), gold.aliases());
                SystemFacts system = SystemFacts.read(kg.dataset(), paths.queries(), labels, gold.fileNames());
                Scorecard card = Scorecard.score(gold, system, labels);
                out.println();
                out.printf("Extraction quality: %s%s, %d articles%n", gold.name(),
                        gold.split() == null ? "" : " (" + gold.split() + " split)", gold.documents().size());
                card.print(out, verbose);
                out.printf("not scored: provenance (no gold; %d claims with their sentence)%n", system.provenanceRows());
                GroupScores.print(gold, system, labels, out);
                out.flush();
                return card;
            }
        } finally {
            if (keep) {
                out.println("kept " + work);
                out.flush();
            } else {
                deleteTree(work);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

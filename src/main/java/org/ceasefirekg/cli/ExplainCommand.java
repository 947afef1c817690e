package org.ceasefirekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.EntityMention;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Quote;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.ingest.InputScanner;
import org.ceasefirekg.ingest.RejectedInputException;
import org.ceasefirekg.ingest.TextFile;
import org.ceasefirekg.pipeline.Extraction;
import org.ceasefirekg.pipeline.ProjectPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg explain}: shows what extraction found in one article, sentence by sentence, for curators. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints the frames (events, claims and their arguments) and quotes extraction finds in an"
                + " article, sentence by sentence: the quickest way to see why a trigger or alias did or did not fire.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store whose annotation cache to use (default: data/store)")
    Path store;

    @Parameters(index = "0", paramLabel = "FILE", description = "a .txt article (its directory's manifest.csv is read)")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        InputScanner scan = InputScanner.scan(java.util.List.of(file));
        if (scan.files().isEmpty()) {
            spec.commandLine().getErr().println(scan.problems());
            return 1;
        }
        TextFile text = scan.files().get(0);
        AnnotatedArticle a;
        try {
            ProjectPaths paths = Main.projectPaths();
            a = Extraction.explain(text.load(), paths.ontology(), store != null ? store : paths.defaultStore());
        } catch (RejectedInputException e) {
            spec.commandLine().getErr().println(file + ": " + e.getMessage());
            return 1;
        }
        out.printf("%s  reference date %s%s%n", a.article().fileName(), a.referenceDate(),
                a.dateInferred() ? " (inferred from the text)" : "");
        for (Sentence s : a.sentences()) {
            out.printf("%n[%d] %s%n", s.index(), s.span().text());
            for (Frame f : a.frames()) {
                if (f.sentence() == s.index()) {
                    out.printf("    %s \"%s\"%n", shortName(f.concept()), f.trigger().text());
                    for (Argument arg : f.args()) {
                        out.printf("        %-11s %s%s%n", arg.role(), arg.span().text(),
                                arg.normalized() == null ? "" : "  = " + arg.normalized());
                    }
                }
            }
            for (EntityMention e : a.entities()) {
                if (e.sentence() == s.index() && (e.role() != null || e.affiliation() != null)) {
                    out.printf("    person \"%s\"  role: %s  affiliation: %s%n", e.span().text(),
                            e.role() == null ? "-" : e.role(), e.affiliation() == null ? "-" : e.affiliation().text());
                }
            }
            for (Quote q : a.quotes()) {
                if (q.sentence() == s.index()) {
                    out.printf("    quote \"%s\"  speaker: %s%n", q.span().text(),
                            q.speaker() == null ? "-" : q.speaker().text());
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String shortName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}

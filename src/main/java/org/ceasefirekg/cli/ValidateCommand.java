package org.ceasefirekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.Severity;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.store.KgStore;
import org.ceasefirekg.store.ShapeCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg validate}: checks the store, with the ontology, against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates the knowledge graph (all named graphs plus the ontology) against SHACL shapes. "
                + "Exit code 0 when there is no violation, 1 when there is one.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: data/store).")
    Path store;

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes (default: ontology/shapes.ttl).")
    Path shapes;

    @Option(names = "--ontology", paramLabel = "FILE",
            description = "The ontology added to the data (default: ontology/ceasefire.ttl).")
    Path ontology;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectPaths paths = Main.projectPaths();
        Path shapesFile = shapes != null ? shapes : paths.ontology().resolve("shapes.ttl");
        Path ontologyFile = ontology != null ? ontology : paths.ontology().resolve("ceasefire.ttl");
        for (Path file : List.of(shapesFile, ontologyFile)) {
            if (!Files.isRegularFile(file)) {
                err.println("no such file: " + file);
                return 2;
            }
        }
        Path dir = store != null ? store : paths.defaultStore();
        if (!Files.isDirectory(dir)) {
            err.println(QueryCommand.emptyStore(dir));
            return 1;
        }
        Graph shapesGraph;
        Graph data;
        try (KgStore kg = KgStore.open(dir)) {
            if (kg.isEmpty()) {
                err.println(QueryCommand.emptyStore(dir));
                return 1;
            }
            shapesGraph = RDFDataMgr.loadGraph(shapesFile.toString());
            data = ShapeCheck.dataGraph(kg, List.of(ontologyFile));
        } catch (RiotException e) {
            err.println("cannot read the shapes or the ontology: " + e.getMessage());
            return 2;
        }
        ValidationReport report;
        try {
            report = ShapeCheck.check(data, shapesGraph);
        } catch (ShaclParseException e) {
            err.println("bad shapes in " + shapesFile + ": " + e.getMessage());
            return 2;
        }
        if (report.conforms()) {
            out.println("conforms");
            out.flush();
            return 0;
        }
        data.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        ShapeCheck.describe(report, data).forEach(out::println);
        long violations = report.getEntries().stream().filter(e -> Severity.Violation.equals(e.severity())).count();
        out.println(report.getEntries().size() + " results, " + violations + " violations");
        out.flush();
        // Warnings and infos are reported but do not fail the check.
        return violations > 0 ? 1 : 0;
    }
}

package org.ceasefirekg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/** The landing page at {@code /}: what is here, a query editor, the named queries, and the linked-data entry points. */
final class LandingServlet extends HttpServlet {

    private static final String TEMPLATE = Html.resource("landing.html");
    private static final String PREFIXES = """
            PREFIX cf: <https://w3id.org/ceasefire-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String EXAMPLE = PREFIXES + """
            # Casualty claims: how many killed, according to whom, in which article
            SELECT ?claimant ?killed ?document WHERE {
              ?claim a cf:CasualtyClaim ; cf:statedIn/cf:fileName ?document ;
                     cf:count [ cf:quantity cf:Killed ; cf:value ?killed ] .
              OPTIONAL { ?claim cf:claimant/rdfs:label ?claimant }
            }
            ORDER BY DESC(?killed)
            """;
    private static final String STATS = PREFIXES + """
            SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
              VALUES (?what ?class) { ("articles" cf:Article) ("claims" cf:Claim) ("incidents" cf:Incident)
                                      ("ceasefires" cf:Ceasefire) ("actors" cf:Actor) }
              ?x a ?type . ?type rdfs:subClassOf* ?class .
              FILTER(?class != cf:Actor || EXISTS { ?mention cf:denotes ?x })
            }
            GROUP BY ?what
            """;
    /** A few resources worth opening first: the ceasefires, and the actors, incidents and articles most claimed about. */
    private static final String EXAMPLES = PREFIXES + """
            SELECT ?kind ?x ?label ?claims WHERE {
              VALUES (?kind ?class ?role) { ("ceasefire" cf:Ceasefire cf:about) ("actor" cf:Actor cf:claimant)
                                            ("incident" cf:Incident cf:about) ("article" cf:Article cf:statedIn) }
              {
                SELECT ?class ?role ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
                  VALUES (?class ?role) { (cf:Ceasefire cf:about) (cf:Actor cf:claimant) (cf:Incident cf:about)
                                          (cf:Article cf:statedIn) }
                  ?claim ?role ?x . ?x a ?type . ?type rdfs:subClassOf* ?class .
                  OPTIONAL { ?x rdfs:label|cf:title|cf:fileName ?l }
                }
                GROUP BY ?class ?role ?x
              }
            }
            ORDER BY ?kind DESC(?claims) ?x
            """;
    private static final List<String> KINDS = List.of("ceasefire", "actor", "incident", "article");
    private static final int PER_KIND = 3;

    private final transient DatasetGraph dataset;
    private final transient Path queriesDir;
    private final IriSpace iris;
    private final QueryLimits limits;

    LandingServlet(DatasetGraph dataset, Path queriesDir, IriSpace iris, QueryLimits limits) {
        this.dataset = dataset;
        this.queriesDir = queriesDir;
        this.iris = iris;
        this.limits = limits;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = Origin.of(request);
        String body = Html.fill(TEMPLATE, Map.of(
                "stats", Html.escape(stats()),
                "endpoint", Html.escape(origin + KgServer.DATASET + "/sparql"),
                "endpoint_data", Html.escape(origin + KgServer.DATASET + "/data"),
                "base", Html.escape(iris.base()),
                "example", Html.escape(EXAMPLE),
                "queries", queries(),
                "examples", examples()));
        Html.send(response, Html.page("ceasefire-kg", "<link rel=\"stylesheet\" href=\"/web/yasgui/yasgui.min.css\">\n"
                + "<script src=\"/web/yasgui/yasgui.min.js\" defer></script>\n"
                + "<script src=\"/web/chartjs/chart.umd.min.js\" defer></script>\n"
                + "<script src=\"/web/yasr-chart.js\" defer></script>\n"
                + "<script src=\"/web/editor.js\" defer></script>", body));
    }

    private String stats() {
        List<Binding> rows = select(STATS);
        if (rows.isEmpty()) {
            return "The store is empty.";
        }
        return "Now holding: " + rows.stream()
                .sorted((a, b) -> a.get("what").getLiteralLexicalForm().compareTo(b.get("what").getLiteralLexicalForm()))
                .map(r -> r.get("what").getLiteralLexicalForm() + " " + r.get("n").getLiteralLexicalForm())
                .collect(Collectors.joining(", ")) + ".";
    }

    private String queries() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (NamedQuery q : NamedQuery.all(queriesDir)) {
            String url = KgServer.DATASET + "/queries/" + q.name();
            rows.append("<tr><td>").append(Html.link(url, q.title())).append("</td><td>")
                    .append(Html.escape(q.description())).append("</td><td class=\"formats\">")
                    .append(Html.link(url + "?format=csv", "csv")).append(Html.link(url + "?format=json", "json"))
                    .append("<button type=\"button\" data-load=\"").append(Html.escape(url))
                    .append("\" data-title=\"").append(Html.escape(q.title())).append("\">edit</button></td></tr>\n");
        }
        return rows.toString();
    }

    private String examples() {
        Map<String, List<Binding>> byKind = select(EXAMPLES).stream()
                .collect(Collectors.groupingBy(r -> r.get("kind").getLiteralLexicalForm()));
        return KINDS.stream().flatMap(kind -> byKind.getOrDefault(kind, List.of()).stream().limit(PER_KIND)).map(r -> {
            Node x = r.get("x");
            Node label = r.get("label");
            String text = label != null ? label.getLiteralLexicalForm() : x.getURI();
            return "<li>" + Html.escape(r.get("kind").getLiteralLexicalForm()) + ": "
                    + Html.link(iris.locate(x.getURI()), text) + " <small class=\"muted\">"
                    + Html.escape(r.get("claims").getLiteralLexicalForm()) + " claims</small></li>";
        }).collect(Collectors.joining("\n"));
    }

    private List<Binding> select(String sparql) {
        return limits.select(dataset, QueryFactory.create(sparql)).stream().toList();
    }
}

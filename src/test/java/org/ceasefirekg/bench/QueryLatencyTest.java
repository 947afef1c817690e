package org.ceasefirekg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class QueryLatencyTest {

    @Test
    void percentilesUseTheNearestRank() {
        long[] samples = {50, 10, 40, 20, 30};
        assertEquals(30, QueryLatency.percentile(samples, 0.5));
        assertEquals(50, QueryLatency.percentile(samples, 0.99));
        assertEquals(10, QueryLatency.percentile(samples, 0.01));
        assertEquals(50, QueryLatency.percentile(new long[] {50}, 0.5));
        assertEquals(Arrays.toString(new long[] {50, 10, 40, 20, 30}), Arrays.toString(samples), "input untouched");
    }

    @Test
    void timesEveryQueryOnEveryEndpointOverHttp() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.add(Quad.create(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/a"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("1")));
        FusekiServer one = FusekiServer.create().port(0).loopback(true).add("/ds", data).build().start();
        FusekiServer two = FusekiServer.create().port(0).loopback(true).add("/other", data).build().start();
        try {
            Map<String, String> endpoints = new LinkedHashMap<>();
            endpoints.put("one", "http://localhost:" + one.getHttpPort() + "/ds/sparql");
            endpoints.put("two", "http://localhost:" + two.getHttpPort() + "/other/sparql");
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("all", "SELECT * { GRAPH ?g { ?s ?p ?o } }");
            queries.put("count", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");

            QueryLatency.Results results = new QueryLatency().measure(endpoints, queries, 1, 4);

            assertEquals(queries.keySet(), results.nanos().keySet());
            for (Map<String, long[]> perEndpoint : results.nanos().values()) {
                assertEquals(endpoints.keySet(), perEndpoint.keySet());
                perEndpoint.values().forEach(samples -> {
                    assertEquals(4, samples.length);
                    assertTrue(Arrays.stream(samples).allMatch(n -> n > 0), Arrays.toString(samples));
                });
            }
            assertEquals(Map.of("all", true, "count", true), results.identical());

            IOException bad = assertThrows(IOException.class, () -> new QueryLatency().measure(endpoints,
                    Map.of("broken", "SELECT WHERE {"), 0, 1));
            assertTrue(bad.getMessage().contains("400"), bad.getMessage());
        } finally {
            one.stop();
            two.stop();
        }
    }

    @Test
    void heapWatchSeesTheHeapInUse() {
        try (HeapWatch watch = HeapWatch.start()) {
            byte[][] blocks = new byte[16][];
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = new byte[1 << 20];
            }
            assertTrue(watch.peakUsed() >= 16L << 20, "peak " + watch.peakUsed());
            assertTrue(HeapWatch.maxHeap() >= watch.peakUsed());
            assertEquals(16, blocks.length);
        }
    }
}

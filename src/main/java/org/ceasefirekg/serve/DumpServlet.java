package org.ceasefirekg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A dump of the whole dataset, every named graph with its canonical IRIs, streamed from one read transaction so
 * the dump is consistent and memory stays flat whatever the store's size.
 */
final class DumpServlet extends HttpServlet {

    private final transient DatasetGraph dataset;
    private final String mediaType;
    private final transient RDFFormat format;

    private DumpServlet(DatasetGraph dataset, String mediaType, RDFFormat format) {
        this.dataset = dataset;
        this.mediaType = mediaType;
        this.format = format;
    }

    /** TriG, written graph by graph (Jena's streaming TriG writer). */
    static DumpServlet trig(DatasetGraph dataset) {
        return new DumpServlet(dataset, "application/trig", RDFFormat.TRIG_BLOCKS);
    }

    /** N-Quads, one quad per line. */
    static DumpServlet nquads(DatasetGraph dataset) {
        return new DumpServlet(dataset, "application/n-quads", RDFFormat.NQUADS);
    }

    /** The headers of the dump without writing it: a client asks whether this is a dump (kg build --push does). */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType(mediaType + "; charset=utf-8");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // A weak ETag from what changes when the store does; the dump itself is streamed, never held whole.
        Optional<Instant> modified = Caching.storeModified(dataset);
        long quads = Txn.calculateRead(dataset, () -> Iter.count(dataset.find()));
        String etag = Caching.weakEtag(mediaType + " " + quads + " " + modified.map(Instant::toString).orElse(""));
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        modified.ifPresent(t -> response.setDateHeader("Last-Modified", t.toEpochMilli()));
        if (Caching.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(mediaType + "; charset=utf-8");
        OutputStream out = response.getOutputStream();
        Txn.executeRead(dataset, () -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            // Prefixes only shorten TriG; N-Quads writes none.
            IriSpace.PREFIXES.getNsPrefixMap().forEach(stream::prefix);
            StreamRDFOps.sendDatasetToStream(dataset, stream);
            stream.finish();
        });
    }
}

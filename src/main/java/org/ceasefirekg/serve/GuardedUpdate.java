package org.ceasefirekg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update, refusing (403, before anything is written) a LOAD or SERVICE that would fetch from a
 * file or a host the operator did not name, and answering 400 for an update nested too deeply to compile. Fuseki
 * runs updates without the endpoint's context, so SERVICE is checked here in the request's text.
 */
final class GuardedUpdate extends SPARQL_Update {

    /** The base Fuseki parses updates against; relative IRIs resolve the same way here and there. */
    private static final String PARSE_BASE = "http://server/unset-base/";

    private final RemoteHosts remote;

    GuardedUpdate(RemoteHosts remote) {
        this.remote = remote;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] text;
        try {
            text = input.readAllBytes(); // bounded by the request size limit before it got here
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            check(UpdateFactory.create(new String(text, StandardCharsets.UTF_8), PARSE_BASE, Syntax.syntaxARQ));
        } catch (QueryDeniedException e) {
            ServletOps.error(403, e.getMessage());
        } catch (QueryException e) {
            if (QueryShape.tooDeep(e)) {
                ServletOps.errorBadRequest(QueryShape.TOO_DEEP);
            }
            // Not parsable: Fuseki parses it again below and reports why.
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(QueryShape.TOO_DEEP);
        }
        try {
            super.execute(action, new ByteArrayInputStream(text));
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(QueryShape.TOO_DEEP);
        }
    }

    private void check(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load) {
                remote.check("LOAD", load.getSource());
            } else if (update instanceof UpdateModify modify) {
                QueryShape.checkSize(modify.getWherePattern());
                remote.checkServices(modify.getWherePattern());
            }
        }
    }
}

package org.ceasefirekg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
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
    private final long timeoutSeconds;

    GuardedUpdate(RemoteHosts remote, long timeoutSeconds) {
        this.remote = remote;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] text;
        try {
            text = input.readAllBytes(); // bounded by the request size limit before it got here
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.create(new String(text, StandardCharsets.UTF_8), PARSE_BASE, Syntax.syntaxARQ);
            check(request);
        } catch (QueryDeniedException e) {
            ServletOps.error(403, e.getMessage());
            return;
        } catch (QueryException e) {
            if (QueryShape.tooDeep(e)) {
                ServletOps.errorBadRequest(QueryShape.TOO_DEEP);
            }
            request = null; // not parsable: Fuseki parses it again below and reports why
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(QueryShape.TOO_DEEP);
            return;
        }
        try {
            if (request == null || timeoutSeconds == 0 || usesProtocolGraphs(action)) {
                super.execute(action, new ByteArrayInputStream(text));
            } else {
                executeTimed(action, request);
            }
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(QueryShape.TOO_DEEP);
        }
    }

    /**
     * Runs the update in the store's write transaction, aborted (nothing written) once the update timeout has passed:
     * an update holds the store's one write lock, so a slow one would hold up every other writer, a build through the
     * server included. Jena's own update timeout and the cancel signal both stop its WHERE.
     */
    private void executeTimed(HttpAction action, UpdateRequest request) {
        action.beginWrite();
        try {
            UpdateExec exec = UpdateExec.dataset(action.getActiveDSG()).update(request)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS).build();
            try (QueryWatchdog watchdog = QueryWatchdog.arm(exec.getContext(), timeoutSeconds, 0)) {
                exec.execute();
                if (watchdog.cancelled()) {
                    throw new QueryCancelledException();
                }
            }
            action.commit();
        } catch (QueryCancelledException e) {
            action.abort();
            ServletOps.error(503, "the update took longer than " + timeoutSeconds + " s, the server's limit"
                    + " (--update-timeout); nothing was changed");
        } catch (UpdateException e) {
            action.abort();
            ServletOps.errorOccurred(e.getMessage());
        } catch (ActionErrorException e) {
            action.abort();
            throw e;
        } catch (RuntimeException e) {
            action.abort();
            if (e.getCause() instanceof QueryCancelledException) {
                ServletOps.error(503, "the update took longer than " + timeoutSeconds + " s, the server's limit"
                        + " (--update-timeout); nothing was changed");
            }
            ServletOps.errorOccurred(e.getMessage(), e);
        } finally {
            action.endWrite();
        }
    }

    /** using-graph-uri and using-named-graph-uri parameters: Fuseki applies them, so it runs such an update. */
    private static boolean usesProtocolGraphs(HttpAction action) {
        return action.getRequest().getParameter(HttpNames.paramUsingGraphURI) != null
                || action.getRequest().getParameter(HttpNames.paramUsingNamedGraphURI) != null;
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

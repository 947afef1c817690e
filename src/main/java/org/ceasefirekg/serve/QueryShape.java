package org.ceasefirekg.serve;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The shape a query or update may have: parsing, compiling and optimizing are recursive, so thousands of groups,
 * OPTIONALs or UNIONs take seconds and then overflow the thread's stack. Such a request gets a clear 400.
 */
final class QueryShape {
    private QueryShape() {}

    /** The message of a query or update too deeply nested to compile. */
    static final String TOO_DEEP = "the request is nested too deeply (thousands of groups, OPTIONALs, UNIONs "
            + "or operators, inside each other or side by side): split it into smaller requests";

    /**
     * The most groups, FILTERs and BINDs a query or an update's WHERE may have.
     * 10,000 OPTIONALs side by side compile to 10,000 joins inside each other, which take seconds to optimize and
     * then overflow the stack; a query written by a person has some dozens.
     */
    static final int MAX_ELEMENTS = 2_000;

    /** Throws a 400 (Fuseki's ActionErrorException) when pattern has more than {@link #MAX_ELEMENTS} elements. */
    static void checkSize(Element pattern) {
        if (pattern == null) {
            return;
        }
        ElementCounter counter = new ElementCounter();
        ElementWalker.walk(pattern, counter);
        if (counter.elements > MAX_ELEMENTS) {
            ServletOps.errorBadRequest(TOO_DEEP);
        }
    }

    /**
     * Counts the groups (every OPTIONAL, UNION branch, MINUS, GRAPH and sub-SELECT has one), FILTERs and BINDs of a
     * pattern: each compiles to an operator around the ones before it.
     */
    private static final class ElementCounter extends ElementVisitorBase {
        int elements;

        @Override
        public void visit(ElementGroup el) {
            elements++;
        }

        @Override
        public void visit(ElementFilter el) {
            elements++;
        }

        @Override
        public void visit(ElementBind el) {
            elements++;
        }
    }

    /** Returns true when failure was caused by a stack overflow: the request is nested too deeply. */
    static boolean tooDeep(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

}

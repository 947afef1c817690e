package org.ceasefirekg.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's REGEX and REPLACE, matching a {@link CancellableText}, so that a pattern that backtracks for hours stops
 * at the query's timeout (Jena's own functions match a plain String, which nothing can interrupt), and REPLACE and
 * CONCAT with results of at most {@link #MAX_STRING} characters, so that thirty doublings cannot ask for 2 GB. An
 * over-long result is an evaluation error: the variable stays unbound, as for any other error.
 */
final class CancellableRegex extends ExprFunctionN {

    /** The longest string REPLACE and CONCAT make, in characters. */
    static final int MAX_STRING = 1 << 20;

    /** Replaces REGEX and REPLACE by their cancellable forms and CONCAT by a bounded one. */
    static final class Transform extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
                return new CancellableRegex(false, args);
            }
            if (func instanceof E_StrReplace) {
                return new CancellableRegex(true, args);
            }
            if (func instanceof E_StrConcat) {
                return new BoundedConcat(args);
            }
            return super.transform(func, args);
        }
    }

    /** CONCAT, refusing a result over {@link #MAX_STRING} characters before it is made. */
    static final class BoundedConcat extends E_StrConcat {
        BoundedConcat(ExprList args) {
            super(args);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            long length = 0;
            for (NodeValue arg : args) {
                length += arg.isLiteral() ? arg.asUnquotedString().length() : 0; // a computed value has no Node
            }
            if (length > MAX_STRING) {
                throw new ExprEvalException("CONCAT: the result would be longer than " + MAX_STRING + " characters");
            }
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new BoundedConcat(newArgs);
        }
    }

    /**
     * REGEX, REPLACE and CONCAT replaced, then the standard optimizer; set in a query's context. Replaced first,
     * since the optimizer evaluates constant expressions, and Jena's REGEX on constants would run for hours there.
     */
    static final RewriteFactory OPTIMIZER = context -> {
        Rewrite standard = Optimize.stdOptimizationFactory.create(context);
        return op -> standard.rewrite(Transformer.transform(new TransformCopy(), new Transform(), op));
    };

    private final boolean replace;

    private CancellableRegex(boolean replace, ExprList args) {
        super(replace ? "replace" : "regex", args);
        this.replace = replace;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        AtomicBoolean cancelled = Context.getCancelSignal(env.getContext());
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString()) {
            throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": not a string: " + text);
        }
        int flagsAt = replace ? 3 : 2;
        Pattern pattern = RegexEngine.makePattern(getFunctionSymbol().getSymbol(), string(args.get(1)),
                args.size() > flagsAt ? string(args.get(flagsAt)) : null);
        CharSequence input = cancelled == null ? text.asNode().getLiteralLexicalForm()
                : new CancellableText(text.asNode().getLiteralLexicalForm(), cancelled);
        if (!replace) {
            return NodeValue.booleanReturn(pattern.matcher(input).find());
        }
        String result = replaceAll(pattern.matcher(input), string(args.get(2)));
        String lang = text.asNode().getLiteralLanguage();
        return lang.isEmpty() ? NodeValue.makeString(result)
                : NodeValue.makeNode(NodeFactory.createLiteralLang(result, lang));
    }

    private static String replaceAll(Matcher matcher, String replacement) {
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, replacement);
            if (result.length() > MAX_STRING) {
                throw new ExprEvalException("REPLACE: the result would be longer than " + MAX_STRING + " characters");
            }
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private String string(NodeValue value) {
        if (!value.isString()) {
            throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": not a plain string: " + value);
        }
        return value.getString();
    }

    /** Without a query's context: when the optimizer folds constants; failing keeps it for the execution. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException(getFunctionSymbol().getSymbol() + " needs the query's context");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(replace, newArgs);
    }
}

#!/usr/bin/env python3
"""Query a running ceasefire-kg server from Python.

Runs every named query of the queries folder against the SPARQL endpoint with SPARQLWrapper, and again through
the server's named-query API (/ceasefire/queries/NAME?format=csv); then dereferences a ceasefire's IRI with rdflib,
as Turtle and as JSON-LD, the way a linked-data consumer follows a link.

    python3 examples/sparql_client.py [--endpoint URL] [--queries DIR] [--expect DIR]

The endpoint defaults to $KG_SPARQL_ENDPOINT or http://127.0.0.1:3030/ceasefire/sparql. With --expect DIR, a folder
of NAME.csv files (for example from `./kg query NAME --format csv`), each query must give exactly the expected rows
(compared as a multiset: ties in ORDER BY may come in another order); the exit code is 1 otherwise.
"""
import argparse
import csv
import io
import os
import pathlib
import sys
import urllib.request

import rdflib
from SPARQLWrapper import CSV, POST, SPARQLWrapper

CANONICAL = "https://w3id.org/ceasefire-kg/"
DEFAULT_ENDPOINT = "http://127.0.0.1:3030/ceasefire/sparql"


def parse_csv(text):
    return list(csv.reader(io.StringIO(text)))


def select_csv(endpoint, sparql):
    """Runs a SELECT with SPARQLWrapper (POST, CSV results) and returns the CSV text."""
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery(sparql)
    client.setReturnFormat(CSV)
    return client.query().convert().decode("utf-8")


def compare(name, how, got, expected):
    """Returns a list of problems: header and rows must match (rows as a multiset)."""
    problems = []
    if got[:1] != expected[:1]:
        problems.append(f"{name} ({how}): columns {got[:1]} != expected {expected[:1]}")
    elif sorted(got[1:]) != sorted(expected[1:]):
        missing = [r for r in expected[1:] if r not in got[1:]]
        extra = [r for r in got[1:] if r not in expected[1:]]
        problems.append(f"{name} ({how}): {len(got) - 1} rows, expected {len(expected) - 1}; "
                        f"missing {missing[:3]}, unexpected {extra[:3]}")
    return problems


def dereference(server, iri):
    """Fetches a resource description with rdflib in each RDF format; returns (format, triples about it) pairs."""
    published = server + "/" + iri[len(CANONICAL):] if iri.startswith(CANONICAL) else iri
    results = []
    for fmt in ("turtle", "json-ld"):
        graph = rdflib.Graph()
        graph.parse(published, format=fmt)  # rdflib sends the Accept header for fmt and follows the 303
        # The description is about the canonical IRI itself, whatever address answered for it.
        results.append((fmt, len(list(graph.triples((rdflib.URIRef(iri), None, None))))))
    return published, results


def main():
    here = pathlib.Path(__file__).resolve().parent
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--endpoint", default=os.environ.get("KG_SPARQL_ENDPOINT", DEFAULT_ENDPOINT))
    args.add_argument("--queries", type=pathlib.Path, default=here.parent / "queries")
    args.add_argument("--expect", type=pathlib.Path, help="folder of NAME.csv files to compare with")
    opts = args.parse_args()
    server = opts.endpoint.rsplit("/ceasefire/", 1)[0]

    problems = []
    first_ceasefire = None
    names = sorted(p.stem for p in opts.queries.glob("*.rq"))
    for name in names:
        got = parse_csv(select_csv(opts.endpoint, (opts.queries / f"{name}.rq").read_text(encoding="utf-8")))
        with urllib.request.urlopen(f"{server}/ceasefire/queries/{name}?format=csv") as response:
            api = parse_csv(response.read().decode("utf-8"))
        print(f"{name}: {len(got) - 1} rows (SPARQLWrapper), {len(api) - 1} rows (named-query API)")
        if opts.expect:
            expected = parse_csv((opts.expect / f"{name}.csv").read_text(encoding="utf-8"))
            problems += compare(name, "SPARQLWrapper", got, expected)
            problems += compare(name, "named-query API", api, expected)
        if name == "ceasefires" and len(got) > 1:
            first_ceasefire = got[1][0]

    if first_ceasefire:
        published, results = dereference(server, first_ceasefire)
        for fmt, count in results:
            print(f"rdflib {fmt}: {count} triples about {published}")
            if count == 0:
                problems.append(f"rdflib found no triples about {published} in {fmt}")
    else:
        problems.append("no ceasefire to dereference")

    for problem in problems:
        print("MISMATCH " + problem, file=sys.stderr)
    print(f"{len(names)} queries, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

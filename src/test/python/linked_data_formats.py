#!/usr/bin/env python3
"""Every format a Python user asks for, against a running ceasefire-kg server (driven by LinkedDataClientsIT).

SPARQLWrapper with each return format it offers, by GET and POST, on SELECT, ASK, CONSTRUCT and DESCRIBE (with its
defaults, so it also sends format=rdf+xml, n3, ...); then rdflib parses each RDF format of a resource description,
the ontology, VoID and the Service Description.

    python3 linked_data_formats.py ENDPOINT SERVER IRI

Prints one line per check and "N checks, M problems"; the exit code is 1 when a check failed.
"""
import sys
import urllib.request
import warnings

import rdflib
from SPARQLWrapper import GET, POST, SPARQLWrapper
from SPARQLWrapper import Wrapper

CANONICAL = "https://w3id.org/ceasefire-kg/"
CF = CANONICAL + "ontology#"
RDF_FORMATS = [("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
               ("application/n-triples", "nt")]


def rdf_graph(converted):
    """A CONSTRUCT/DESCRIBE result as an rdflib graph, whatever SPARQLWrapper's convert() gave."""
    if isinstance(converted, rdflib.Graph):
        return converted
    text = converted.decode("utf-8") if isinstance(converted, bytes) else str(converted)
    for fmt in ("turtle", "json-ld", "xml"):
        try:
            return rdflib.Graph().parse(data=text, format=fmt)
        except Exception:  # try the next syntax
            continue
    raise ValueError("not RDF: " + text[:200])


def has_answer(form, converted):
    """True when a converted result holds an answer: rows, true, or triples."""
    if form in ("CONSTRUCT", "DESCRIBE"):
        return len(rdf_graph(converted)) > 0
    if isinstance(converted, dict):
        return converted.get("boolean") is True if form == "ASK" else len(converted["results"]["bindings"]) > 0
    if hasattr(converted, "toxml"):
        xml = converted.toxml()
        return "<boolean>true</boolean>" in xml if form == "ASK" else "<result>" in xml
    text = converted.decode("utf-8") if isinstance(converted, bytes) else str(converted)
    return "true" in text.lower() if form == "ASK" else len(text.strip().splitlines()) > 1


def main():
    endpoint, server, iri = sys.argv[1:4]
    queries = {
        "SELECT": f"PREFIX cf: <{CF}> SELECT ?claim WHERE {{ ?claim a cf:Claim }} LIMIT 5",
        "ASK": f"PREFIX cf: <{CF}> ASK {{ ?claim a cf:Claim }}",
        "CONSTRUCT": f"PREFIX cf: <{CF}> CONSTRUCT {{ ?claim a cf:Claim }} WHERE {{ ?claim a cf:Claim }} LIMIT 5",
        "DESCRIBE": f"DESCRIBE <{iri}>",
    }
    checks = problems = 0
    for form, query in queries.items():
        for fmt in Wrapper._allowedFormats:
            for method in (GET, POST):
                checks += 1
                client = SPARQLWrapper(endpoint)
                client.setQuery(query)
                client.setReturnFormat(fmt)
                client.setMethod(method)
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")  # SPARQLWrapper warns when a format does not fit the form
                        result = client.query()
                        answered = has_answer(form, result.convert())
                    status = "ok" if answered else "EMPTY"
                    print(f"{status} sparqlwrapper {form} {fmt} {method} {result.response.headers.get('Content-Type')}")
                    problems += 0 if answered else 1
                except Exception as e:  # report every failing combination, not just the first
                    problems += 1
                    print(f"FAIL sparqlwrapper {form} {fmt} {method}: {e}")
    local = server + "/" + iri[len(CANONICAL):]
    documents = {"resource": local, "ontology": server + "/ontology", "void": server + "/.well-known/void",
                 "sd": endpoint}
    for name, url in documents.items():
        for media_type, fmt in RDF_FORMATS:
            checks += 1
            try:
                request = urllib.request.Request(url, headers={"Accept": media_type})
                with urllib.request.urlopen(request) as response:
                    got = response.headers.get("Content-Type", "")
                    graph = rdflib.Graph().parse(data=response.read(), format=fmt)
                about = len(list(graph.triples((rdflib.URIRef(iri), None, None)))) if name == "resource" else len(graph)
                ok = got.startswith(media_type) and about > 0
                problems += 0 if ok else 1
                print(f"{'ok' if ok else 'FAIL'} rdflib {name} {fmt} {got} {len(graph)} triples, {about} about it")
            except Exception as e:  # report every failing combination, not just the first
                problems += 1
                print(f"FAIL rdflib {name} {fmt}: {e}")
    print(f"{checks} checks, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

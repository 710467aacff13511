"""Reads a graph file with a real consumer and prints what it saw as JSON.

Usage: read_graph.py networkx|igraph graphml|gexf FILE...
Prints, one line per file, {"nodes": {id: {attr: value}}, "edges": [{"source", "target", "attrs"}]}; values keep
the reader's types
(igraph's numbers are all floats; its missing values, NaN and "", are left out).
"""
import json
import math
import sys


def clean(attrs):
    out = {}
    for key, value in attrs.items():
        if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
            continue
        out[key] = value
    return out


def with_networkx(kind, path):
    import networkx as nx
    g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
    nodes = {str(n): clean(dict(d)) for n, d in g.nodes(data=True)}
    edges = [{"source": str(s), "target": str(t), "attrs": clean(dict(d))} for s, t, d in g.edges(data=True)]
    return {"directed": g.is_directed(), "nodes": nodes, "edges": edges}


def with_igraph(kind, path):
    import igraph as ig
    if kind != "graphml":
        sys.exit("igraph reads GraphML only here")
    g = ig.Graph.Read_GraphML(path)
    nodes = {}
    for v in g.vs:
        attrs = clean(v.attributes())
        nodes[attrs.pop("id")] = attrs
    edges = []
    for e in g.es:
        edges.append({"source": g.vs[e.source]["id"], "target": g.vs[e.target]["id"], "attrs": clean(e.attributes())})
    return {"directed": g.is_directed(), "nodes": nodes, "edges": edges}


def main():
    reader, kind, *paths = sys.argv[1:]
    for path in paths:
        result = with_networkx(kind, path) if reader == "networkx" else with_igraph(kind, path)
        json.dump(result, sys.stdout, ensure_ascii=True, sort_keys=True)
        sys.stdout.write("\n")


if __name__ == "__main__":
    main()

"""Exports of a stored graph or a query result: node-link JSON (the interchange format), GraphML,
GEXF and CSV.

The JSON shape is a public contract (README, "Interchange format"): keep it stable. Exports are
deterministic (sorted) so that two exports of the same graph are byte-identical, which is how the
tests prove that a failed load changed nothing.

Whatever the text holds, every file written here parses: XML 1.0 (GraphML, GEXF) cannot carry
C0 controls other than tab/LF/CR, U+FFFE, U+FFFF or lone surrogates, so in XML attribute values
those become U+FFFD, while JSON kept inside an XML attribute (sources, aliases) escapes them as
\\uXXXX and so keeps the exact text. The JSON export keeps every character (lone surrogates as
\\uXXXX escapes, the rest verbatim); CSV keeps every character UTF-8 can hold (a lone surrogate,
which no UTF-8 file can, becomes U+FFFD). GEXF reserves an edge's `type` for
directed/undirected/mutual, so there the relationship type is the `relation` attribute and the
label.
"""
from __future__ import annotations

import csv
import io
import json
import re

import networkx as nx

from graph.store import GraphStore, QueryResult

FULL_LIMIT = 10_000_000
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0 forbids: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF.
XML_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def xml_safe(text: str) -> str:
    """`text` with every character XML 1.0 forbids replaced by U+FFFD (same length)."""
    return XML_FORBIDDEN.sub(REPLACEMENT, text)


def utf8_safe(text: str) -> str:
    """`text` with lone surrogates (which no UTF-8 file can hold) replaced by U+FFFD."""
    return SURROGATE.sub(REPLACEMENT, text)


def _escape_in_json(json_text: str, pattern: re.Pattern) -> str:
    """JSON text with the characters `pattern` matches written as \\uXXXX escapes.

    Those characters can only occur inside JSON strings (json.dumps escapes C0 controls itself),
    where the escape decodes back to the same character.
    """
    return pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def _json_text(value) -> str:
    """Compact JSON for an XML attribute: exact, and free of what XML forbids."""
    return _escape_in_json(json.dumps(value, ensure_ascii=False), XML_FORBIDDEN)


def graph_of_store(store: GraphStore) -> QueryResult:
    """Every node and edge of the store, with shared entities' sources taken from MENTIONS."""
    from queries.library import load_library
    library = load_library()
    res = library["app_all_nodes"].run(store, max_rows=FULL_LIMIT, timeout=600)
    edges = library["app_all_edges"].run(store, max_rows=FULL_LIMIT, timeout=600)
    res.edges = edges.edges
    return res


def node_link(result: QueryResult) -> dict:
    """The interchange JSON: nodes (id, kind, name, aliases, properties, sources), edges."""
    mentioned: dict[str, list] = {}
    for e in result.edges.values():
        if e["type"] == "MENTIONS":
            mentioned.setdefault(e["target"], []).extend(e["properties"].get("sources", []))
    nodes = []
    for n in sorted(result.nodes.values(), key=lambda n: n["id"]):
        props = dict(n["properties"])
        own = props.pop("sources", [])
        for k in ("quote", "section", "paragraph", "char_start", "char_end"):
            props.pop(k, None)
        sources = own or sorted(mentioned.get(n["id"], []), key=_source_key)
        nodes.append({"id": n["id"], "kind": n["kind"], "name": n["name"],
                      "aliases": props.pop("aliases", None) or [],
                      "properties": props, "sources": sources})
    edges = []
    for e in sorted(result.edges.values(), key=lambda e: (e["type"], e["source"], e["target"], e["id"])):
        props = dict(e["properties"])
        sources = props.pop("sources", [])
        for k in ("quote", "section", "paragraph", "char_start", "char_end"):
            props.pop(k, None)
        edges.append({"id": e["id"], "source": e["source"], "target": e["target"],
                      "type": e["type"], "properties": props, "sources": sources})
    return {"format": "actagraph-node-link", "version": 1, "nodes": nodes, "edges": edges}


def _source_key(s: dict):
    return (s["document"], s["start"], s["end"])


def to_json(result: QueryResult) -> str:
    text = json.dumps(node_link(result), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return _escape_in_json(text, SURROGATE)


def to_networkx(result: QueryResult) -> nx.MultiDiGraph:
    """A networkx graph with flat, GraphML/GEXF-safe attributes (lists and dicts as JSON).

    Every text attribute is XML-safe (see the module docstring); an edge's relationship type is
    in `type` and `label`.
    """
    data = node_link(result)
    g = nx.MultiDiGraph()
    for n in data["nodes"]:
        attrs = {"kind": n["kind"], "name": n["name"] or "", "label": n["name"] or n["id"]}
        for k, v in n["properties"].items():
            attrs[k] = v
        attrs["aliases"] = n["aliases"]
        attrs["sources"] = n["sources"]
        g.add_node(_flat(n["id"]), **{k: _flat(v) for k, v in attrs.items()})
    for e in data["edges"]:
        attrs = {"type": e["type"], "label": e["type"]}
        for k, v in e["properties"].items():
            attrs[k] = v
        attrs["sources"] = e["sources"]
        g.add_edge(_flat(e["source"]), _flat(e["target"]), key=_flat(e["id"]),
                   **{k: _flat(v) for k, v in attrs.items()})
    return g


def _flat(v):
    if isinstance(v, (list, dict)):
        return _json_text(v)
    if isinstance(v, str):
        return xml_safe(v)
    return v


def to_graphml(result: QueryResult) -> str:
    return "\n".join(nx.generate_graphml(to_networkx(result))) + "\n"


def to_gexf(result: QueryResult) -> str:
    """GEXF 1.2: the relationship type goes in the edge's `relation` attribute and its label,
    since GEXF's own edge `type` means directed/undirected/mutual (all edges here are directed)."""
    g = to_networkx(result)
    for _, _, key, attrs in g.edges(keys=True, data=True):
        attrs["relation"] = attrs.pop("type")
        attrs["id"] = key                       # GEXF's edge id: ours, not a counter
    return "\n".join(nx.generate_gexf(g)) + "\n"


def safe_cell(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula.

    >>> safe_cell("=HYPERLINK(1)"), safe_cell(["Chile", "Perú"]), safe_cell(None)
    ("'=HYPERLINK(1)", '["Chile", "Perú"]', '')
    """
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def rows_to_csv(columns: list[str], rows: list[list]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([safe_cell(c) for c in columns])
    for row in rows:
        w.writerow([safe_cell(_cell(v)) for v in row])
    return utf8_safe(buf.getvalue())


def _cell(v):
    if isinstance(v, dict) and "kind" in v and "id" in v:
        return v["name"] or v["id"]
    if isinstance(v, dict) and "type" in v and "source" in v:
        return f'{v["source"]} -[{v["type"]}]-> {v["target"]}'
    return v


def edges_to_csv(result: QueryResult) -> str:
    data = node_link(result)
    names = {n["id"]: n["name"] for n in data["nodes"]}
    rows = [[e["source"], names.get(e["source"], ""), e["type"], e["target"],
             names.get(e["target"], ""), (e["sources"][0]["quote"] if e["sources"] else ""),
             (e["sources"][0]["document"] if e["sources"] else e["properties"].get("doc", ""))]
            for e in data["edges"]]
    return rows_to_csv(["source", "source_name", "type", "target", "target_name", "quote",
                        "document"], rows)

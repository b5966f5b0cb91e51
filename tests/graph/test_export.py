"""Exports stay well-formed and inert whatever the document text holds."""
from __future__ import annotations

import csv
import io
import json
import xml.dom.minidom

from graph.batch import GraphBatch, Source
from graph.export import edges_to_csv, graph_of_store, rows_to_csv, safe_cell, to_gexf, to_graphml, to_json

PAYLOADS = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>', '=HYPERLINK("http://e")',
            '+1+2', '-cmd|calc', '@SUM(A1)', 'a & b < c > d "q" \'s\'', 'ctl\x01\x02\x1fchars',
            'back\\slash {brace} $param']


def hostile_batch() -> GraphBatch:
    text = " | ".join(PAYLOADS)
    b = GraphBatch("evil")
    b.add_node("evil", "Document", "evil", title=PAYLOADS[0], text=text, sha256="1", doc="evil")
    b.add_node("passage:evil:1", "Passage", PAYLOADS[1], doc="evil", section="1", paragraph=1,
               char_start=0, char_end=len(text), text=text)
    b.add_edge("IN_DOCUMENT", "passage:evil:1", "evil")
    pos = 0
    for i, p in enumerate(PAYLOADS):
        b.add_node(f"country:x{i}", "Country", p, [Source("evil", "1", 1, pos, pos + len(p), p)],
                   aliases=[p])
        pos += len(p) + 3
    b.add_node("conference:evil", "Conference", PAYLOADS[2], [])
    for i in range(len(PAYLOADS)):
        b.add_edge("MEMBER_OF", f"country:x{i}", "conference:evil", role=PAYLOADS[i % 3])
    return b


def test_hostile_text_round_trips_through_every_format(store):
    store.load(hostile_batch())
    result = graph_of_store(store)
    data = json.loads(to_json(result))
    names = {n["name"] for n in data["nodes"]}
    assert '<script>alert("x")</script>' in names           # kept verbatim in data formats
    for doc in (to_graphml(result), to_gexf(result)):
        parsed = xml.dom.minidom.parseString(doc.encode("utf-8"))   # well-formed XML
        assert not parsed.getElementsByTagName("script")
        assert not parsed.getElementsByTagName("img")
    rows = list(csv.reader(io.StringIO(edges_to_csv(result))))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_safe_cell_neutralises_formulas():
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("@x") == "'@x" and safe_cell("-x") == "'-x" and safe_cell("+x") == "'+x"
    assert safe_cell("Chile") == "Chile" and safe_cell(None) == ""
    out = rows_to_csv(["=col"], [["=cmd"], [3]])
    assert out.splitlines() == ["'=col", "'=cmd", "3"]

"""Curated facts anchored on a quote: what the rules cannot reach, still with exact provenance.

Each entry of data/documents/<doc>/facts.yaml names a document, an edge and a quote; the quote must occur
verbatim in that document, and its span is the edge's source. A quote that is not there is an
error (`facts.yaml:LINE: quote not found in <doc>`), never a silent skip: the file would rot as
reports change. This module must not search for meaning; it only places quotes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from graph.data_files import data_file
from graph.ontology import load_ontology
from loaders.errors import SourceError
from loaders.gazetteer import _LineLoader

DOCUMENTS_DIR = data_file("documents")
KEYS = {"document", "quote", "type", "from", "to", "role", "on_behalf_of", "__line__"}


@dataclass(frozen=True)
class Fact:
    document: str
    quote: str
    type: str
    source: str
    target: str
    role: str | None
    on_behalf_of: str | None
    line: int


def parse_facts(text: str, name: str = "facts.yaml") -> tuple[Fact, ...]:
    try:
        raw = yaml.load(text, Loader=_LineLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SourceError(name, (mark.line + 1) if mark else 1, f"malformed YAML: {exc}") from exc
    onto = load_ontology()
    out = []
    for item in raw.get("facts") or []:
        line = item.get("__line__", 1) if isinstance(item, dict) else 1
        if not isinstance(item, dict) or set(item) - KEYS:
            raise SourceError(name, line, f"a fact is a mapping of {sorted(KEYS - {'__line__'})}")
        missing = [k for k in ("document", "quote", "type", "from", "to") if not item.get(k)]
        if missing:
            raise SourceError(name, line, f"fact lacks {missing}")
        if item["type"] not in onto.edge_types:
            raise SourceError(name, line, f"unknown relationship type {item['type']!r}")
        out.append(Fact(item["document"], item["quote"], item["type"], item["from"], item["to"],
                        item.get("role"), item.get("on_behalf_of"), line))
    return tuple(out)


@lru_cache(maxsize=None)
def load_facts(document: str | None = None) -> tuple[Fact, ...]:
    """The curated facts of one document (data/documents/<document>/facts.yaml), else of all."""
    paths = [DOCUMENTS_DIR / document / "facts.yaml"] if document else \
        sorted(DOCUMENTS_DIR.glob("*/facts.yaml"))
    return tuple(f for p in paths if p.exists()
                 for f in parse_facts(p.read_text(encoding="utf-8"),
                                      f"data/documents/{p.parent.name}/{p.name}"))


def place_facts(text: str, doc_id: str, facts, name: str = "facts.yaml"
                ) -> list[tuple[Fact, int, int]]:
    """(fact, start, end) for this document's facts; a missing quote is a SourceError."""
    out = []
    for f in facts:
        if f.document != doc_id:
            continue
        at = text.find(f.quote)
        if at < 0:
            raise SourceError(name, f.line, f"quote not found in {doc_id}: {f.quote[:60]!r}")
        out.append((f, at, at + len(f.quote)))
    return out

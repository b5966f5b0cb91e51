"""Find where a document names gazetteer entities, each with its exact span.

A phrase matcher over folded tokens (case and accents ignored, word-bounded, markup `**` and
hyphens skipped) where the longest alias wins, so "PPT de la CRM" is the presidency and not the
conference. Matching runs passage by passage so a mention never straddles two passages. It must
not decide relations; it only says "this span names that entity".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.gazetteer import Entity, Gazetteer
from loaders.read import fold
from loaders.structure import DocumentStructure

TOKEN = re.compile(r"[^\W_]+|[^\w\s*\-]")


@dataclass(frozen=True)
class Mention:
    entity: str
    kind: str
    start: int
    end: int
    quote: str
    ordinal: int
    section: str


@dataclass(frozen=True)
class _Alias:
    tokens: tuple[str, ...]
    exact: tuple[str, ...] | None     # case-sensitive aliases keep their original tokens
    entity: Entity


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]


@lru_cache(maxsize=8)
def _index(gazetteer: Gazetteer) -> dict[str, list[_Alias]]:
    """First folded token -> aliases starting with it, longest first."""
    index: dict[str, list[_Alias]] = {}
    for ent in gazetteer.entities.values():
        names = set(ent.aliases) | {ent.name if not ent.doc_local else ""} | {ent.acronym or ""}
        for alias in names:
            if not alias or "{" in alias:
                continue
            exact = alias.startswith("=")
            alias = alias[1:] if exact else alias
            toks = tuple(fold(t) for t, _, _ in _tokens(alias))
            if not toks:
                continue
            index.setdefault(toks[0], []).append(
                _Alias(toks, tuple(t for t, _, _ in _tokens(alias)) if exact else None, ent))
    for lst in index.values():
        lst.sort(key=lambda a: -len(a.tokens))
    return index


def find_mentions(text: str, gazetteer: Gazetteer, offset: int = 0, doc_id: str = "",
                  title: str | None = None) -> list[tuple[Entity, int, int]]:
    """(entity, start, end) for every alias occurrence in `text`, longest first, no overlaps."""
    index = _index(gazetteer)
    toks = _tokens(text)
    folded = [fold(t) for t, _, _ in toks]
    candidates = []
    for i, ft in enumerate(folded):
        for alias in index.get(ft, ()):
            n = len(alias.tokens)
            if tuple(folded[i:i + n]) != alias.tokens:
                continue
            if alias.exact and tuple(t for t, _, _ in toks[i:i + n]) != alias.exact:
                continue
            candidates.append((i, i + n, alias.entity))
    # most tokens, then most characters ("Viceministra Margarín" over "La Viceministra")
    candidates.sort(key=lambda c: (-(c[1] - c[0]), -(toks[c[1] - 1][2] - toks[c[0]][1]), c[0]))
    used = [False] * len(toks)
    out = []
    for a, b, ent in candidates:
        if any(used[a:b]):
            continue
        for k in range(a, b):
            used[k] = True
        out.append((ent.for_document(doc_id, title), toks[a][1] + offset, toks[b - 1][2] + offset))
    return sorted(out, key=lambda m: m[1])


def link_mentions(structure: DocumentStructure, gazetteer: Gazetteer) -> list[Mention]:
    """Every gazetteer mention of the document, passage by passage."""
    out = []
    for block in structure.blocks:
        for ent, s, e in find_mentions(block.text, gazetteer, block.start, structure.doc_id,
                                       structure.title):
            out.append(Mention(ent.id, ent.kind, s, e, structure.text[s:e], block.ordinal,
                               block.section))
    return out

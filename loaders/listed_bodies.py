"""Bodies listed one per item under a sentence that announces them ("se constituyeron las
siguientes comisiones:" then "• Subcomisión de Aduanas", "the following working groups met:" then
"- Working Group on Labour Mobility"): each item is a Body of its own, local to the document, and
PART_OF the body or forum the document's meeting is part of (the forum whose meeting constituted
them), with the item's name as the source of both.

The announcing phrases and the subtype each gives are the language packs' (data/lang/*/heads.yaml
`body_list_intro`). This module reads the blocks loaders.structure cut and the meeting's PART_OF
edge already made; it must not read bodies from running text nor touch other entities.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length

MAX_NAME_WORDS = 12             # a list item longer than this is a sentence, not a body's name
OWNER_KINDS = ("Body", "Conference", "Organization")


@lru_cache(maxsize=1)
def _intro() -> tuple[re.Pattern, dict]:
    cues = lexicon("heads").get("body_list_intro") or {}
    folded = {" ".join(fold_same_length(k).split()): v for k, v in cues.items()}
    return re.compile(rf"\b(?:{phrase_alternation(cues)})\b"), folded


def _item_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the body's name in a list item's text (the bullet or number and blanks cut
    off), or None when the item reads as a sentence rather than a name."""
    m = re.match(r"\s*(?:[-*\u2022\u00b7\u25aa\u25cf\uf0b7\u2013]|\d{1,2}[.)]|[a-z][.)])?\s*", text[start:end])
    s = start + (m.end() if m else 0)
    e = start + len(text[start:end].rstrip(" \t\n;,."))
    name = text[s:e]
    if not name or not name[0].isupper() or "\n" in name.strip() or \
            len(name.split()) > MAX_NAME_WORDS or re.search(r"[.:;!?]", name):
        return None
    return s, e


def _meeting_owner(ctx) -> str | None:
    """The body or forum the document's meeting is PART_OF, or None."""
    for edge in ctx.batch.edges.values():
        if edge.type == "PART_OF" and edge.source == ctx.meeting_id:
            node = ctx.batch.nodes.get(edge.target)
            if node is not None and node.kind in OWNER_KINDS:
                return edge.target
    return None


def read_listed_bodies(ctx) -> None:
    """Body nodes (id body:<doc>:<slug of the name>, subtype from the announcing phrase) for the
    items of a list whose introducing paragraph announces bodies, each PART_OF the forum of the
    document's meeting when the batch holds one."""
    from loaders.world import slug
    rx, subtypes = _intro()
    owner = None
    looked = False
    spans: list[tuple[int, int]] = []
    for block in ctx.structure.blocks:
        if block.kind != "item" or block.parent is None:
            continue
        intro = ctx.structure.block(block.parent)
        m = rx.search(fold_same_length(intro.text))
        if not m:
            continue
        span = _item_name(ctx.text, block.start, block.end)
        if span is None:
            continue
        if not looked:
            owner, looked = _meeting_owner(ctx), True
        name = " ".join(ctx.text[span[0]:span[1]].split())
        bid = f"body:{ctx.doc}:{slug(name)}"
        src = ctx.source(*span)
        subtype = subtypes.get(" ".join(m.group(0).split()))
        ctx.batch.add_node(bid, "Body", name, [src], doc=ctx.doc, subtype=subtype)
        spans.append(span)
        if owner is not None:
            ctx.edge("PART_OF", bid, owner, [src])
    if spans:
        _drop_inside(ctx, spans)


def _drop_inside(ctx, spans: list[tuple[int, int]]) -> None:
    """An organisation read from inside a listed body's name ("Cooperación Judicial" of
    "Subcomisión de Cooperación Judicial") is not stated: its node goes, with its edges, when
    every source of it lies inside those names."""
    def inside(src) -> bool:
        return any(s <= src.start and src.end <= e for s, e in spans)
    gone = {i for i, n in ctx.batch.nodes.items()
            if n.kind == "Organization" and n.sources and all(inside(x) for x in n.sources)}
    for k in [k for k, e in ctx.batch.edges.items() if e.source in gone or e.target in gone]:
        del ctx.batch.edges[k]
    for i in gone:
        del ctx.batch.nodes[i]

"""The document a list of organisations signs: a declaration, communiqué or open letter that
names itself ("las organizaciones firmantes del presente comunicado", "we endorse this
statement") and lists its signing organisations under a heading that says so ("## Organizaciones
firmantes", "Signatory organisations:", loaders.organisation_lists). Each organisation listed
SUPPORTED the document, an Instrument named by the words it uses for itself.

The cues are words of the language (data/lang/<code>/statements.yaml `own_document`). This module
must not find organisations (loaders.organisation_lists does) nor read what the document asks for
(loaders.statements); without both a self-naming phrase and a signing list it adds nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon
from loaders.organisation_lists import is_signing_heading, listed_organisations
from loaders.read import fold_same_length


@lru_cache(maxsize=1)
def _own_document() -> tuple[re.Pattern, ...]:
    """data/lang/*/statements.yaml `own_document`, compiled over folded text (group `noun`)."""
    return tuple(re.compile(w) for w in lexicon("statements").get("own_document") or [])


def _self_name(text: str) -> tuple[int, int] | None:
    """The span of the noun by which the document first names itself ("comunicado" in "del
    presente comunicado"), or None. One pass of each cue over the folded text."""
    folded = fold_same_length(text)
    hits = [m for rx in _own_document() for m in [rx.search(folded)] if m]
    if not hits:
        return None
    m = min(hits, key=lambda m: m.start("noun"))
    return m.start("noun"), m.end("noun")


def link_signing_organisations(ctx: Context) -> None:
    """Instrument `instrument:{doc}:own-document` (named by the document's own noun for itself,
    its source that noun) and SUPPORTED from each organisation the document lists under a
    signing heading, its sources the organisation's line and the heading. Nothing when the
    document does not name itself or lists no signing organisations."""
    listed = listed_organisations(ctx.structure, [])
    if not listed:
        return
    named = _self_name(ctx.text)
    if named is None:
        return
    # the batch nodes named on each listed line (node sources carry document offsets)
    by_span: dict[tuple[int, int], str] = {}
    lines = {(f.start, f.end) for f in listed}
    for node in ctx.batch.nodes.values():
        if node.kind in ("Organization", "Body"):
            for s in node.sources:
                if (s.start, s.end) in lines:
                    by_span.setdefault((s.start, s.end), node.id)
    if not by_span:
        return
    heading = _heading_source(ctx, min(lines)[0])
    iid = f"instrument:{ctx.doc}:own-document"
    noun = ctx.text[named[0]:named[1]]
    ctx.batch.add_node(iid, "Instrument", noun[:1].upper() + noun[1:], [ctx.source(*named)],
                       subtype="declaration", doc=ctx.doc)
    for span in sorted(by_span):
        ctx.edge("SUPPORTED", by_span[span], iid, [ctx.source(*span)] + heading)


def _heading_source(ctx: Context, first_line: int) -> list:
    """The source of the signing heading the list at `first_line` stands under: the last cue
    block or cue line that starts before it ([] when none is found)."""
    best = None
    for b in ctx.structure.blocks:
        if b.start >= first_line:
            break
        line = ctx.text[b.start:b.end].partition("\n")[0]
        if is_signing_heading(line):
            best = (b.start, b.start + len(line.rstrip()))
    return [ctx.source(*best)] if best else []

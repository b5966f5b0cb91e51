"""Records that minutes keep as markup: an action item written as a link (its text, as the
reader keeps it) with the action's identifier and then the task ("- PR - [Action-BM-2017-03 Draft Risk Register](url)"),
and a resolution with its vote ("RES-AB-2017-05: Vote: 4-0 in favour – Budget proposal of €10,000
is approved."). Each is a Commitment named by its own words (the task, what was resolved), with
its identifier as its number. Cues live in data/lang/*/commitments.yaml `record_action_link` and
`record_resolution`. This module must not decide who is responsible nor read prose decisions
(loaders.commitments does).
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon


@lru_cache(maxsize=1)
def record_cues() -> tuple[re.Pattern, ...]:
    """The action-link and resolution patterns of every language pack, compiled to read one
    line at a time (each names the record's identifier `label` and its words `task` or
    `what`)."""
    out = []
    for code in ("en", "es"):
        lx = lexicon("commitments", (code,))
        out += [re.compile(lx[k], re.MULTILINE) for k in ("record_action_link", "record_resolution")
                if lx.get(k)]
    return tuple(out)


def _records(text: str) -> list[tuple[int, int, str]]:
    """(start, end, identifier) of each recorded task or resolution, in text order; the span is
    the record's own words."""
    out = set()
    for rx in record_cues():
        words = "task" if "task" in rx.groupindex else "what"
        for m in rx.finditer(text):
            out.add((*m.span(words), m.group("label")))
    return sorted(out)


def read_minutes_records(ctx: Context) -> None:
    """The pipeline component: a Commitment per recorded task or resolution that no commitment
    of the document already holds, named by its words (acta_group "record")."""
    taken = [(s.start, s.end) for n in ctx.batch.nodes.values() if n.kind == "Commitment"
             for s in n.sources]
    ordinal = max((n.properties.get("ordinal") or 0 for n in ctx.batch.nodes.values()
                   if n.kind == "Commitment"), default=0)
    seen: set[str] = set()
    for s, e, ident in _records(ctx.text):
        if any(a < e and s < b for a, b in taken):
            continue
        name = " ".join(ctx.text[s:e].split())
        if name.casefold() in seen:
            continue            # the same task linked again ("covered by the action ...")
        seen.add(name.casefold())
        ordinal += 1
        ctx.batch.add_node(f"commitment:{ctx.doc}:record:{ordinal}", "Commitment", name,
                           [ctx.source(s, e)], doc=ctx.doc, number=ident, text=ctx.text[s:e],
                           acta_group="record", ordinal=ordinal)

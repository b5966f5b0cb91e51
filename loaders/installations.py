"""The installation or inauguration of a body as an event of its own: "Ministros de ambos Estados
presidirán la instalación del Panel de Conciliadores en la Sede de la OEA el 31 de agosto de
2000", "the inauguration of the Joint Commission will take place ... in Suva on 3 May". The
body must be one the text tags; the Event is named from the cue noun to the body's name and is
HELD_IN the place said right after it or after a held verb ("will take place in"; a seat, "la Sede de la OEA", is a Place as written) and
HELD_ON the first date after it in the clause, each quoted on its own words. With neither a
place nor a date nothing is made.

Cue nouns live in data/lang/*/other_meetings.yaml `installation_nouns`. This module must not
touch the document's own meeting, the body, or the commitment that may promise the installation.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context, date_node
from loaders.frame import place_after
from loaders.lang import lexicon, phrase_alternation
from loaders.ordinal_meetings import held_verbs
from loaders.read import fold_same_length
from loaders.spans import sentences
from loaders.tagging import PLACEHOLDER, Tagged

DATE_WITHIN = 60        # tagged characters after the body (and its place) where the date is read


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    """An installation noun, "of"/"de", then a tagged Body (and its acronym in brackets)."""
    nouns = phrase_alternation(lexicon("other_meetings").get("installation_nouns") or [])
    return re.compile(r"\b(?P<noun>%s)\s+(?:del|de\s+(?:la|las|los)|of\s+the|of)\s+"
                      r"(?P<body>⟦Body[^⟧]*⟧)(?:\s*\((?:⟦[^⟧]*⟧|[^()⟦\s]{1,12})\))?" % nouns)


def read_installations(ctx: Context) -> None:
    """The pipeline component: an Event per installation of a body the text places or dates."""
    cue = _cue()
    for block in ctx.structure.blocks:
        if block.kind in ("title", "heading", "signature"):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        if not any(it.kind == "Body" for it in items):
            continue
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            for m in cue.finditer(tagged.s):
                _one(ctx, tagged, m)


def _one(ctx: Context, tagged: Tagged, m: re.Match) -> None:
    verb = held_verbs().match(tagged.s, m.end())     # "... will take place in Suva on 3 May"
    after = verb.end() if verb else m.end()
    place = place_after(ctx, tagged, after)
    if place:
        k = next((i for i, x in enumerate(tagged.starts) if x >= place[1].end), len(tagged.s))
        after = max(after, k)
    stop = tagged.s.find(";", after)
    stop = min(len(tagged.s) if stop < 0 else stop, after + DATE_WITHIN)
    day = None
    for p in PLACEHOLDER.finditer(tagged.s, after, stop):
        it = tagged.items[int(p.group("idx"))]
        if it.kind != "Date":
            if it.kind not in ("Place", "Organization", "Country"):
                break               # another actor's clause begins
            continue
        if it.subtype != "period":
            day = it
        break
    if place is None and day is None:
        return
    s, e = tagged.span(m.start("noun"), m.end())
    written = " ".join(ctx.text[s:e].split())
    eid = f"event:{ctx.doc}:{re.sub(r'[^a-z0-9]+', '-', fold_same_length(written)).strip('-')}"
    ctx.batch.add_node(eid, "Event", written[:1].upper() + written[1:], [ctx.source(s, e)],
                       doc=ctx.doc)
    if place:
        ctx.edge("HELD_IN", eid, place[0], [place[1]])
    if day is not None:
        date_node(ctx, day)
        ctx.edge("HELD_ON", eid, day.ids[0], [ctx.source(day.start, day.end)])

"""The dateline of wire copy: "San Salvador, 22 de octubre de 2014 (Notimex).- El Salvador y
México concluyeron ...", "GENEVA, 3 May 2019 (Reuters) - Ministers ...". The city is where the
story was filed: a Place (named as written when no entity of the text covers it), never by
itself where the meeting met (no HELD_IN: loaders.frame reads the meeting's place from what the
text says of it). The agency in brackets is the Organization that filed the story, quoted there;
it is no actor of the meeting (no edge to it).

Only the opening of the document's first readable passage is read, and only when a day follows
the city and the agency's bracket is followed by the dash that starts the story
(data/patterns.yaml `frame.wire_dateline`). This module must not read the meeting's date or
place, nor who took part.
"""
from __future__ import annotations

from loaders.context import Context
from loaders.dates import resolve
from loaders.world import slug

# how far into the first passage the dateline may end (characters)
DATELINE_CHARS = 160


def _covered(ctx: Context, s: int, e: int, kinds: tuple[str, ...]) -> bool:
    """An entity of one of `kinds` the text names over [s, e) already."""
    return any(m.kind in kinds and m.start <= s and e <= m.end for m in ctx.mentions)


def read_wire_dateline(ctx: Context) -> None:
    """The pipeline component: the Place of a wire dateline's city and the Organization of its
    agency, each with the span that names it; nothing when the first passage opens otherwise or
    the words between the city and the agency are no day."""
    pattern = ctx.patterns.frame["wire_dateline"]
    for block in ctx.structure.blocks[:4]:
        if block.kind not in ("paragraph", "title", "heading", "date"):
            continue
        m = pattern.match(ctx.text[:block.start + DATELINE_CHARS], block.start)
        if m is None:
            continue
        day = resolve(m.group("date"))
        if day is None or day.precision != "day":
            return
        cs, ce = m.span("city")
        if not _covered(ctx, cs, ce, ("Place", "Country")):
            name = ctx.text[cs:ce]
            name = name.title() if name.isupper() else name
            ctx.batch.add_node(f"place:{ctx.doc}:{slug(name)}", "Place", name, [ctx.source(cs, ce)],
                               doc=ctx.doc)
        a_s, a_e = m.span("agency")
        if not _covered(ctx, a_s, a_e, ("Organization",)):
            agency = ctx.text[a_s:a_e]
            ctx.batch.add_node(f"organization:{slug(agency)}", "Organization", agency,
                               [ctx.source(a_s, a_e)])
        return

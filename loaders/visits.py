"""A person's visit to a place on a day, as a readout announces or recalls it: "se preparó la
visita oficial del presidente A a la capital mexicana el 31 de octubre próximo", "the state
visit of President A to Canberra on 3 May". The visit is an Event of this document named as
written (from the noun to the person), HELD_IN the place (a Place or Country the text tags, or
"la capital mexicana", "Quito" as written), HELD_ON the day, and the visitor PARTICIPATES_IN it. The same
visitor's visit on the same day said again ("la visita de A a la Ciudad de México el 31 de
octubre") is the same Event, and its place is added.

Cues are data/lang/*/other_meetings.yaml `visits` (tagged, folded text). This module must not
touch the document's own meeting, nor read who hosts the visit.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context, date_node
from loaders.lang import lexicon
from loaders.tagging import PLACEHOLDER, Tagged
from loaders.world import slug


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, ...]:
    """The visit cues of every language, compiled."""
    return tuple(re.compile(p) for p in lexicon("other_meetings").get("visits") or [])


def _item(tagged: Tagged, m: re.Match, group: str):
    """The tagged item a placeholder group of `m` holds; None when the group is plain words."""
    p = PLACEHOLDER.match(tagged.s, m.start(group))
    return tagged.items[int(p.group("idx"))] if p and p.end() == m.end(group) else None


def _written_place(words: str) -> bool:
    """A place the tagger did not know, as the text writes it: a capital named by its country's
    adjective ("la capital mexicana", "the Chilean capital"), or capitalised words joined by
    "de"/"of" ("Quito", "San Pedro de Atacama")."""
    parts = words.split()
    if any(w.lower() == "capital" for w in parts):
        return True
    return bool(parts) and all(w[:1].isupper() or w.lower() in ("de", "of") for w in parts) \
        and parts[-1][:1].isupper()


def read_visits(ctx: Context) -> None:
    """The pipeline component: an Event per visit the text dates (module docstring). A visit's
    place the text tags (a Place or Country) wins over one written as "la capital mexicana" for
    the same visit."""
    cues = _cues()
    if not cues:
        return
    visits: dict[str, list] = {}
    for block, s, e, tagged in ctx.tagged_sentences(("title", "heading", "signature")):
        for cue in cues:
            for m in cue.finditer(tagged.s):
                who, day = _item(tagged, m, "who"), _item(tagged, m, "date")
                if who is None or day is None or day.date.value.precision != "day" \
                        or day.subtype == "period":
                    continue
                eid = f"event:{ctx.doc}:visit-{slug(who.ids[0].split(':', 1)[1])}-{day.date.value.iso}"
                visits.setdefault(eid, []).append((tagged, m, who, day))
    for eid, said in visits.items():
        tagged_place = [x for x in said if _item(x[0], x[1], "where") is not None]
        for tagged, m, who, day in said:
            _one(ctx, eid, tagged, m, who, day, as_written=not tagged_place)


def _one(ctx: Context, eid: str, tagged: Tagged, m: re.Match, who, day, as_written: bool) -> None:
    """The visit `eid` as one sentence says it: the Event, its day, its visitor, and its place
    (one written out only when `as_written`)."""
    vs, _ = tagged.span(*m.span("noun"))
    if eid not in ctx.batch.nodes:
        ctx.batch.add_node(eid, "Event", " ".join(ctx.text[vs:who.end].split()),
                           [ctx.source(vs, who.end)], doc=ctx.doc)
    where = _item(tagged, m, "where")
    if where is not None:
        place, src = where.ids[0], ctx.source(where.start, where.end)
    elif as_written and _written_place(ctx.text[slice(*tagged.span(*m.span("where")))]):
        ps, pe = tagged.span(*m.span("where"))
        name = " ".join(ctx.text[ps:pe].split())
        place, src = f"place:{ctx.doc}:{slug(name)}", ctx.source(ps, pe)
        ctx.batch.add_node(place, "Place", name[:1].upper() + name[1:], [src], doc=ctx.doc)
    else:
        place, src = None, ctx.source(*tagged.span(*m.span("where")))
    if place is not None:
        ctx.edge("HELD_IN", eid, place, [src])
    date_node(ctx, day)
    ctx.edge("HELD_ON", eid, day.ids[0], [ctx.source(day.start, day.end)])
    for i in who.ids:
        ctx.edge("PARTICIPATES_IN", i, eid, [ctx.source(vs, src.end)])

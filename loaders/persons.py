"""What a person's post phrase says: whom they represent and where they hold their post.

"el Viceministro de Relaciones Exteriores del Estado Plurinacional de Bolivia, señor Tomás
Modelo" → REPRESENTS Bolivia; "Foreign Minister Carlos Modelo of Guatemala" → REPRESENTS
Guatemala; "Asesora Regional de OIM para las Américas" → HOLDS_POST and REPRESENTS OIM. Each edge
cites the phrase. The phrases come from loaders.entities; this module must not find persons.
"""
from __future__ import annotations

from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon
from loaders.read import fold

HOLDERS = ("Organization", "Body", "Conference")


@lru_cache(maxsize=1)
def _cues() -> tuple[str, ...]:
    return tuple(fold(c) for c in lexicon("persons").get("representation_cues") or [])


def _speaks_for(phrase: str) -> bool:
    """The phrase opens with a cue saying whom the person speaks for ("on behalf of X, ...")."""
    return fold(phrase).startswith(_cues())


def link_persons(ctx: Context) -> None:
    """REPRESENTS a country, organisation or body named in the phrase; HOLDS_POST in an
    organisation or body named in the post; for an attendance list entry, what the entry's
    layout ties the person to (Found.represents / Found.holds)."""
    for f in ctx.found:
        s, e = f.phrase
        person = f.entity.id
        if person not in ctx.gazetteer.entities:
            continue
        if f.represents or f.holds:         # an attendance list entry says it itself
            src = [ctx.source(s, e)]
            for owner in f.represents:
                ctx.edge("REPRESENTS", person, owner, src)
            for owner in f.holds:
                ctx.edge("HOLDS_POST", person, owner, src)
            continue
        if _speaks_for(ctx.text[s:e]):     # "En representación de X, Ana Pérez": X only
            for m in ctx.mentions:
                if s <= m.start and m.end <= f.start and (m.kind == "Country" or m.kind in HOLDERS):
                    ctx.edge("REPRESENTS", person, m.entity, [ctx.source(s, e)])
            continue
        inside = [m for m in ctx.mentions if s <= m.start and m.end <= e and m.entity != person
                  and not (m.start <= f.start < m.end)]
        src = [ctx.source(s, e)]
        for m in inside:
            if m.kind == "Country":
                ctx.edge("REPRESENTS", person, m.entity, src)
            elif m.kind in HOLDERS:
                if s < f.start:             # the post opens the phrase: "Directora de X, Ana"
                    ctx.edge("HOLDS_POST", person, m.entity, src)
                ctx.edge("REPRESENTS", person, m.entity, src)   # "Ana, Presidenta de X": whom she speaks for

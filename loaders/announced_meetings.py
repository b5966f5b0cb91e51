"""Meetings the writers of a document announce they will hold, by a capitalised name: "el 13 de
agosto realizaremos el Foro Regional 2", "on 4 May we will hold the Open Data Summit in Lima",
"celebraremos la Cumbre Ciudadana el 3 de junio". Each is an Event of this document named as
written (capitalised words and numbers, at least one of them a meeting noun), HELD_ON the date
said right before the verb or right after the name, and HELD_IN the place right after the name,
each quoted on its own words; without a date or place nothing is made. Who "we" are is not read
here.

Cues (first-person verbs of holding, meeting nouns) live in data/lang/*/other_meetings.yaml
`we_hold_verbs`, `meeting_nouns`. This module must not touch the document's own meeting: a
name the own meeting's name holds, or that holds it, is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context, date_node
from loaders.frame import meeting_id, place_after
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.spans import sentences
from loaders.tagging import PLACEHOLDER, Tagged

NAME_WORDS = 6          # words of the meeting's name at most
WORD = re.compile(r"[^\W_][\w'’.-]*")
JOINS = frozenset({"de", "del", "la", "las", "los", "el", "y", "sobre", "of", "the", "on", "and", "for"})


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, frozenset]:
    """(a date placeholder and its comma perhaps, a first-person verb of holding, an article;
    the folded meeting nouns)."""
    lex = lexicon("other_meetings")
    verb = re.compile(r"(?P<date>⟦Date[^⟧]*⟧\s*,?\s*)?\b(?:%s)\s+(?:el|la|los|las|the|our|nuestr[oa])\s+"
                      % phrase_alternation(lex.get("we_hold_verbs") or []))
    nouns = frozenset(fold_same_length(str(w)) for w in lex.get("meeting_nouns") or [])
    return verb, nouns


def read_announced_meetings(ctx: Context) -> None:
    """The pipeline component: an Event per meeting the writers say they will hold (module
    docstring)."""
    verb_re, nouns = _cues()
    meeting = meeting_id(ctx)
    own = ctx.batch.nodes.get(meeting)
    own_name = " ".join(fold_same_length(own.name).split()) if own is not None and own.name else ""
    for block in ctx.structure.blocks:
        if block.kind in ("title", "heading", "signature"):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            for m in verb_re.finditer(tagged.s):
                _one(ctx, tagged, m, nouns, own_name)


def _one(ctx: Context, tagged: Tagged, m: re.Match, nouns: frozenset, own_name: str) -> None:
    start = tagged.span(m.end(), m.end() + 1)[0]
    words, joins = [], []
    for w in WORD.finditer(ctx.text, start, min(len(ctx.text), start + 120)):
        if (words or joins) and ctx.text[(joins or words)[-1].end():w.start()].strip():
            break               # a comma or a bracket ends the name
        if words and fold_same_length(w.group(0)) in JOINS:
            joins.append(w)     # "Cumbre Ciudadana de Datos": only with a capital after it
            continue
        if not (w.group(0)[:1].isupper() or w.group(0).isdigit() and not joins) \
                or len(words) >= NAME_WORDS:
            break
        words.append(w)
        joins = []
    if len(words) < 2 or not any(fold_same_length(w.group(0)) in nouns for w in words):
        return
    s, e = words[0].start(), words[-1].end()
    name = " ".join(ctx.text[s:e].split())
    folded = fold_same_length(name)
    if own_name and (folded in own_name or own_name in folded):
        return
    k = next((i for i, x in enumerate(tagged.starts) if x >= e), len(tagged.s))
    day, place_at = None, k
    if m.group("date"):
        day = tagged.items[int(PLACEHOLDER.match(tagged.s, m.start("date")).group("idx"))]
    else:
        after = re.compile(r"\s*,?\s*(?:(?:el|on)\s+)?(?=⟦Date)").match(tagged.s, k)
        if after:
            p = PLACEHOLDER.match(tagged.s, after.end())
            day, place_at = tagged.items[int(p.group("idx"))], p.end()
    if day is not None and day.subtype == "period":
        day = None
    place = place_after(ctx, tagged, k) or (place_after(ctx, tagged, place_at) if place_at != k else None)
    if day is None and place is None:
        return
    eid = f"event:{ctx.doc}:{re.sub(r'[^a-z0-9]+', '-', folded).strip('-')}"
    ctx.batch.add_node(eid, "Event", name, [ctx.source(s, e)], doc=ctx.doc)
    if place:
        ctx.edge("HELD_IN", eid, place[0], [place[1]])
    if day is not None:
        date_node(ctx, day)
        ctx.edge("HELD_ON", eid, day.ids[0], [ctx.source(day.start, day.end)])

"""Persons who are together the subject of a verb of what was done at the meeting: "la Presidenta
de la Comisión, A, y los integrantes B, C y D expusieron ideas", "Tanto A, Director de X, como B,
Vicepresidente de Y, se mostraron dispuestos a colaborar", "A, Chair of X, and B presented the
plan". Each person of the subject takes part in the document's meeting, quoted from the name to
the verb.

The subject is read back from the verb to the clause's start (a full stop, a semicolon, a colon
or "que"/"that", which open another clause); the last person must stand right before the verb or
before it with one apposition between commas (", Vicepresidente de la Coparmex,"), and no other
verb of the list may stand between two persons of it. The verbs are data/lang/<code>/acts.yaml
`acts`; the clause barriers `subject_barriers` of the same file. This module must not find
persons nor read what they said (loaders.statements) or whom they represent.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.frame import meeting_id
from loaders.lang import lexicon, phrase_alternation
from loaders.spans import sentences
from loaders.tagging import PLACEHOLDER, Tagged

APPOSITION = 160    # tagged characters of the apposition between the last person and the verb


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern] | None:
    """(the verbs, the clause barriers), on folded tagged text; None without verbs."""
    lex = lexicon("acts")
    if not lex.get("acts"):
        return None
    blank = r"\s+"
    acts = phrase_alternation(lex["acts"], blank=blank)
    stops = phrase_alternation(lex.get("subject_barriers") or ["que"], blank=blank)
    verbs = re.compile(rf"(?<![\w⟧])(?:{acts})\b")
    barriers = re.compile(rf"[.;:]|\b(?:{stops})\b")
    return verbs, barriers


def _subject(tagged: Tagged, at: int, verbs: re.Pattern, barriers: re.Pattern) -> list:
    """The Person items of the subject ending right before the verb at `at` (module docstring)."""
    start = max((m.end() for m in barriers.finditer(tagged.s, 0, at)), default=0)
    people = [p for p in PLACEHOLDER.finditer(tagged.s, start, at) if p.group("kind") == "Person"]
    if not people:
        return []
    between = tagged.s[people[-1].end():at]
    if between.strip(" ,") and not re.fullmatch(rf"\s*,[^,]{{1,{APPOSITION}}},\s*", between):
        return []       # the last person is no subject of the verb
    if any(verbs.search(tagged.s, a.end(), b.start()) for a, b in zip(people, people[1:])):
        return []
    return people


def subjects_take_part(ctx: Context) -> None:
    """The pipeline component: the persons who together are the subject of an act verb take part
    in the meeting (module docstring)."""
    cues = _cues()
    meeting = meeting_id(ctx)
    if cues is None or ctx.batch.nodes.get(meeting) is None:
        return
    verbs, barriers = cues
    for block in ctx.structure.blocks:
        if block.kind in ("title", "heading", "signature"):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        if not any(it.kind == "Person" for it in items):
            continue
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            if "⟦Person" not in tagged.s:
                continue
            for v in verbs.finditer(tagged.s):
                people = _subject(tagged, v.start(), verbs, barriers)
                if len(people) < 2:
                    continue    # one person acting is read by loaders.statements and taking_part
                for p in people:
                    it = tagged.items[int(p.group("idx"))]
                    src = [ctx.source(*tagged.span(p.start(), v.end()))]
                    for i in it.ids:
                        ctx.edge("PARTICIPATES_IN", i, meeting, src)

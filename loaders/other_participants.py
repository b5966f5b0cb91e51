"""Who took part in another meeting than the document's own, when the sentence that names that
meeting lists them after a verb of taking part: "la primera fue en Buenos Aires en el año 2000,
participaron Argentina, Bolivia y Chile", "the first was held in Geneva in 1999 and was attended
by A, B and C". Each state or organisation of the list (tagged, joined by commas and "y"/"and")
takes part in that meeting, quoted from the meeting's name to the actor. The list is read only in
the clause of the meeting's name: up to a semicolon or the sentence's end, so "; posteriormente,
participaron Guyana y Surinam" (later meetings) is not taken.

The cues are data/lang/<code>/other_meetings.yaml `took_part_before`. This module must not make
events (loaders.ordinal_meetings, loaders.events and others do) nor touch the document's own
meeting (loaders.frame reads its participants).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from loaders.context import Context
from loaders.frame import meeting_id
from loaders.lang import lexicon, phrase_alternation
from loaders.spans import sentences
from loaders.tagging import Tagged

ACTOR = r"⟦(?:Country|Organization)(?:/\w+)?#\d+⟧"


@lru_cache(maxsize=1)
def _cue() -> re.Pattern | None:
    """The cue then the list of actors, on folded tagged text (group `list`); None without cues."""
    words = lexicon("other_meetings").get("took_part_before") or []
    if not words:
        return None
    alt = phrase_alternation(words, blank=r"\s+")
    return re.compile(rf"\b(?:{alt})\s+(?:(?:los|las|the)\s+)?"
                      rf"(?P<list>{ACTOR}(?:\s*,\s*{ACTOR})*(?:,?\s+(?:y|e|and)\s+{ACTOR})?)")


def read_other_participants(ctx: Context) -> None:
    """The pipeline component: PARTICIPATES_IN another meeting for the states and organisations
    listed after a verb of taking part in the clause that names it (module docstring)."""
    cue = _cue()
    own = meeting_id(ctx)
    events = sorted((s.start, s.end, n.id) for n in ctx.batch.nodes.values()
                    if n.kind == "Event" and n.id != own and n.properties.get("doc") == ctx.doc
                    for s in n.sources[:1]) if cue else []
    if not events:
        return
    starts = [a for a, _, _ in events]
    for block in ctx.structure.blocks:
        if block.kind in ("title", "heading", "signature"):
            continue
        first = bisect_left(starts, block.start)
        if first == len(events) or events[first][0] >= block.end:
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            named = [ev for ev in events if s <= ev[0] and ev[1] <= e]
            if not named:
                continue
            tagged = Tagged.build(ctx.text, s, e, items)
            at_of = [_tagged_at(tagged, a) for a, _, _ in named]
            for (a, b, event), here in zip(named, at_of):
                at = _tagged_at(tagged, b)
                stop = re.compile(r"[;.]").search(tagged.s, at)
                m = cue.search(tagged.s, at, stop.start() if stop else len(tagged.s))
                if m is None or any(at <= other < m.start() for other in at_of if other != here):
                    continue        # no list, or another meeting named between
                for it in tagged.group_items(m, "list"):
                    src = [ctx.source(a, it.end)]
                    for actor in it.ids:
                        ctx.edge("PARTICIPATES_IN", actor, event, src)


def _tagged_at(tagged: Tagged, offset: int) -> int:
    """The index of the tagged text where the document's `offset` falls (its length past the end)."""
    return bisect_left(tagged.starts, offset) if tagged.starts == sorted(tagged.starts) else \
        next((i for i, x in enumerate(tagged.starts) if x >= offset), len(tagged.s))

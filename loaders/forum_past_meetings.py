"""A forum's earlier meeting stated in passing, after a possessive relative: "la Comunidad Andina,
cuya última reunión se realizó en Lima en 2004", "the Pacific Islands Forum, whose last meeting
took place in Suva in 2015". The meeting is an Event of this document named as written after the
relative ("Última reunión", with the forum's name as written in brackets), PART_OF the forum the relative
follows, HELD_IN the place right after the held verb and HELD_ON the first date after it in the
clause (a year is enough); with neither place nor date nothing is made. The words (the relative,
the earlier-words, the meeting nouns, the held verbs) live in data/lang/*/other_meetings.yaml.

This module must not touch the document's own meeting, nor read who took part in the earlier one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context, date_node
from loaders.frame import place_after
from loaders.lang import lexicon, phrase_alternation
from loaders.ordinal_meetings import DATE_WITHIN, held_verbs
from loaders.read import fold_same_length
from loaders.tagging import PLACEHOLDER

# the kinds of forum whose meetings these are
FORUM_KINDS = ("Conference", "Organization", "Body")
WORDS_BETWEEN = 2       # words between the earlier-word and its meeting noun ("last ministerial meeting")


@lru_cache(maxsize=1)
def _relative() -> re.Pattern:
    """A forum's placeholder (an acronym in brackets may follow), a comma, the possessive relative
    and the earlier meeting's words (group `what`), on folded tagged text."""
    lex = lexicon("other_meetings")
    return re.compile(
        r"(?P<forum>⟦(?:%s)[^⟧]*⟧)(?:\s*\([^()]{1,40}\))?\s*,\s*(?:%s)\s+"
        r"(?P<what>(?:%s)\s+(?:[a-z-]+\s+){0,%d}?(?:%s))\b"
        % ("|".join(FORUM_KINDS), phrase_alternation(lex.get("whose_words") or []),
           phrase_alternation(lex.get("earlier_before") or []), WORDS_BETWEEN,
           phrase_alternation(lex.get("meeting_nouns") or [])))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_same_length(text.lower())).strip("-")


def read_forum_past_meetings(ctx: Context) -> None:
    """The pipeline component: an Event per forum's earlier meeting a relative clause states, with
    PART_OF, HELD_IN and HELD_ON (module docstring); raises nothing."""
    rx, held = _relative(), held_verbs()
    for _, _, _, tagged in ctx.tagged_sentences(skip=("title", "heading", "signature")):
        for m in rx.finditer(tagged.s):
            verb = held.match(tagged.s, m.end())
            if not verb:
                continue
            stop = tagged.s.find(";", verb.end())
            stop = min(len(tagged.s) if stop < 0 else stop, verb.end() + DATE_WITHIN)
            place = place_after(ctx, tagged, verb.end())
            day = next((it for p in PLACEHOLDER.finditer(tagged.s, verb.end(), stop)
                        for it in [tagged.items[int(p.group("idx"))]]
                        if it.kind == "Date" and it.subtype != "period"), None)
            if place is None and day is None:
                continue
            item = tagged.group_items(m, "forum")[0]
            forum, called = item.ids[0], " ".join(ctx.text[item.start:item.end].split())
            s, e = tagged.span(*m.span("what"))
            written = " ".join(ctx.text[s:e].split())
            eid = f"event:{ctx.doc}:{_slug(written)}-{_slug(forum)}"
            name = f"{written[:1].upper()}{written[1:]} ({called})"
            ctx.batch.add_node(eid, "Event", name, [ctx.source(s, e)], doc=ctx.doc)
            ctx.edge("PART_OF", eid, forum, [ctx.source(*tagged.span(m.start("forum"), m.end()))])
            if place:
                ctx.edge("HELD_IN", eid, place[0], [place[1]])
            if day is not None:
                date_node(ctx, day)
                ctx.edge("HELD_ON", eid, day.ids[0], [ctx.source(day.start, day.end)])

"""The members of a body of two states: the meeting the document records is PART_OF a body whose
name says it joins two states ("VII Reunión de la Comisión Bilateral", "the Joint Commission";
data/lang/*/members.yaml `two_state_words`), and exactly two countries take part in that meeting
(observers aside): each is MEMBER_OF the body, citing what says it took part and what says the
meeting is the body's.

A body of more members ("Comisión Mixta" of three states) is left alone: with any other count of
participating countries nothing is read. This module must not find participants, bodies or
PART_OF: it reads the edges earlier components added.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length


@lru_cache(maxsize=1)
def _two_state_word() -> re.Pattern:
    """A word of a body's name that says it joins two states (folded text)."""
    return re.compile(r"\b(?:%s)\b" % phrase_alternation(lexicon("members").get("two_state_words") or []))


def two_state_body(name: str) -> bool:
    """Whether a body's name says it joins two states ("Comisión Binacional Bolivia - Paraguay",
    "the Joint Commission"; data/lang/*/members.yaml `two_state_words`).

    >>> two_state_body("Comisión Binacional Bolivia - Paraguay"), two_state_body("Consejo Andino")
    (True, False)
    """
    return bool(_two_state_word().search(fold_same_length(name or "")))


def two_state_members(ctx: Context) -> None:
    """The pipeline component: MEMBER_OF the two-state body the meeting is PART_OF, for each of
    the two countries that take part in the meeting (none when the count is not two)."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    edges = list(ctx.batch.edges.values())
    bodies = [e for e in edges if e.type == "PART_OF" and e.source == meeting
              and ctx.batch.nodes.get(e.target) is not None and ctx.batch.nodes[e.target].kind == "Body"
              and _two_state_word().search(fold_same_length(ctx.batch.nodes[e.target].name or ""))]
    if len(bodies) != 1:
        return
    taking_part = {}
    for e in edges:
        if e.type == "PARTICIPATES_IN" and e.target == meeting and e.source.startswith("country:") \
                and e.properties.get("role") != "observer":
            taking_part.setdefault(e.source, e)
    if len(taking_part) != 2:
        return
    part = bodies[0]
    for country, e in taking_part.items():
        ctx.edge("MEMBER_OF", country, part.target, list(e.sources[:1]) + list(part.sources[:1]))

"""Observers stay observers: a participant the document itself calls an observer right after
naming it ("agradeció la presencia de México en su carácter de país observador", "Japan, as an
observer") takes part as an observer, whatever rule found it taking part.

It only changes the role of, or drops, PARTICIPATES_IN edges of the meeting that other
components added; it must not add an actor or a meeting, nor read beyond the edge's own quote.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.participant_words import participant_words
from loaders.read import fold_same_length

# between the qualifier and the observer word: at most a determiner and a noun ("país", "Estado")
_GAP = r"(?:\s+\w+){0,2}?\s+"


@lru_cache(maxsize=1)
def _qualified_as_observer() -> re.Pattern:
    w = participant_words()
    quals = sorted(w.observer_qualifiers, key=len, reverse=True)
    roles = sorted(w.observer_roles, key=len, reverse=True)
    if not quals or not roles:
        return re.compile(r"(?!)")
    return re.compile(r"^,?\s+(?:" + "|".join(map(re.escape, quals)) + r")" + _GAP
                      + r"(?:" + "|".join(map(re.escape, roles)) + r")")


def _names(node) -> list[str]:
    out = [node.name, node.properties.get("name_en") or ""]
    out += list(node.properties.get("aliases") or [])
    return [fold_same_length(x) for x in dict.fromkeys(out) if x and len(x) > 2]


def keep_observers_apart(ctx: Context) -> None:
    """A role-less PARTICIPATES_IN of the meeting whose quote names its actor followed by an
    observer qualifier becomes role observer; when the actor already takes part as an observer,
    its quote joins that edge's sources. Edits `ctx.batch.edges` in place."""
    meeting = ctx.meeting_id
    pattern = _qualified_as_observer()
    edges = ctx.batch.edges
    for key, e in list(edges.items()):
        if e.type != "PARTICIPATES_IN" or e.target != meeting or e.properties.get("role"):
            continue
        node = ctx.batch.nodes.get(e.source)
        if node is None or not e.sources:
            continue
        quote = fold_same_length(e.sources[0].quote)
        called_observer = any(
            pattern.match(quote[m.end():m.end() + 80])
            for name in _names(node)
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", quote))
        if called_observer:          # the same edge as an observer's, with this quote too
            del edges[key]
            ctx.batch.add_edge(e.type, e.source, e.target, e.sources,
                               **{**e.properties, "role": "observer"})

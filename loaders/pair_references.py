"""Two persons taken up together after they were named: "El Canciller A y la Ministra B firmaron
... Ambos ministros se reunieron en Lima", "Secretary A spoke with Minister B ... Both officials
discussed migration". When a clause opens with "ambos/both" (or "los dos", "the two") and a
noun of posts, and its verb says they were at the meeting, the two persons named last before it
(in the same passage, or the one before when the passage names fewer) take part in the
document's meeting. Each fact cites the person's name and the clause ("Both officials
discussed").

Only exactly two persons are taken: a sentence before the cue that names three or more leaves the
reference open and nothing is written. The words are data/lang/<code>/pair_references.yaml
(`both`, `nouns`) and acts.yaml (`acts`). This module must not find persons nor read what they said
(loaders.statements does).
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.frame import meeting_id
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length

VERB_WITHIN = 40        # characters between the noun and its verb ("Both officials also discussed")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern | None:
    """"ambos ministros ... se reunieron", folded; group `verb` ends the cited clause."""
    lex = {**lexicon("pair_references"), "acts": lexicon("acts").get("acts") or []}
    if not all(lex.get(k) for k in ("both", "nouns", "acts")):
        return None
    alt = lambda key: phrase_alternation(lex[key], blank=r"\s+")    # noqa: E731
    return re.compile(rf"(?:^|(?<=[.;:,]\s)|(?<=^\s)|(?<=\n))\s*(?:{alt('both')})\s+(?:{alt('nouns')})"
                      rf"\b[^.;:\n]{{0,{VERB_WITHIN}}}?\b(?P<verb>{alt('acts')})\b")


def _persons_before(ctx: Context, blocks: list, at: int) -> list:
    """The Person items named before `at` in its passage, or in the passage before too when it
    names fewer than two; in text order."""
    k = next(i for i, b in enumerate(blocks) if b.start <= at < b.end)
    found = [it for it in ctx.items_by_block.get(blocks[k].ordinal, [])
             if it.kind == "Person" and it.end <= at]
    if len({i for it in found for i in it.ids}) < 2 and k > 0 and blocks[k - 1].kind not in ("title", "heading"):
        found = [it for it in ctx.items_by_block.get(blocks[k - 1].ordinal, [])
                 if it.kind == "Person"] + found
    return found


def _the_two(ctx: Context, people: list, block_start: int) -> tuple[str, ...]:
    """The ids of the last two distinct persons of `people` (Items in text order), last first,
    when the last sentence naming persons names no more than two; () otherwise."""
    last_stop = max(ctx.text.rfind(". ", 0, people[-1].start) if people else -1, block_start - 1)
    recent = {i for it in people if it.start > last_stop for i in it.ids}
    ids = tuple(dict.fromkeys(i for it in reversed(people) for i in it.ids))[:2]
    return ids if len(ids) == 2 and len(recent) <= 2 else ()


def pair_named_before(ctx: Context, at: int) -> tuple[str, ...]:
    """The two persons a "both ministers"/"ambos cancilleres" at text offset `at` takes up: the
    last two distinct persons named before it in its passage (or the passage before, not across
    a heading), when the last sentence naming persons names no more than two; their ids in text
    order, or () when the text names no such pair."""
    blocks = [b for b in ctx.structure.blocks if b.kind != "signature"]
    if not any(b.start <= at < b.end for b in blocks):
        return ()
    block = next(b for b in blocks if b.start <= at < b.end)
    return tuple(reversed(_the_two(ctx, _persons_before(ctx, blocks, at), block.start)))


def both_take_part(ctx: Context) -> None:
    """The pipeline component: the two persons a "both officials"/"ambos ministros" clause takes
    up take part in the meeting (module docstring)."""
    cue = _cue()
    meeting = meeting_id(ctx)
    if cue is None or ctx.batch.nodes.get(meeting) is None:
        return
    blocks = [b for b in ctx.structure.blocks if b.kind != "signature"]
    for block in blocks:
        folded = fold_same_length(ctx.text[block.start:block.end])
        for m in cue.finditer(folded):
            start = block.start + m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            end = block.start + m.end("verb")
            people = _persons_before(ctx, blocks, start)
            ids = list(_the_two(ctx, people, block.start))
            if not ids:
                continue
            clause = ctx.source(start, end)
            for it in reversed(people):
                for i in it.ids:
                    if i in ids:
                        ctx.edge("PARTICIPATES_IN", i, meeting, [ctx.source(it.start, it.end), clause])
                        ids.remove(i)

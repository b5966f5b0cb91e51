"""Officials who accompany a head of delegation speak for the head's country: "Foreign Secretary
A was joined by B, Undersecretary of ...; C, ...", "la Canciller A estuvo acompañada por B, ... y
C, ...", "B and C accompanied Minister A". Each person the sentence names after the cue (before
it for the active form) REPRESENTS every country the head represents, unless the text already
says they represent a country; cues in data/lang/<code>/persons.yaml `joined_by_cues` (the head
before them) and `joining_cues` (the head after them). Each edge cites the sentence from the
first of the two names to the last (from the sentence's start when the head is named again by surname). This module must not find persons nor say whom the head
represents (loaders.persons, loaders.country_rolls do).
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.spans import ByStart, sentences


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    """(joined-by cue, joining cue), on folded text."""
    lex = lexicon("persons")

    def rx(key: str) -> re.Pattern:
        words = lex.get(key) or []
        return re.compile(r"(?<![\w])(?:%s)(?![\w])" % phrase_alternation(words, blank=r"\s+")) if words \
            else re.compile(r"(?!)")
    return rx("joined_by_cues"), rx("joining_cues")


def _countries(ctx: Context, person: str) -> set[str]:
    return {e.target for e in ctx.batch.edges.values()
            if e.type == "REPRESENTS" and e.source == person and e.target.startswith("country:")}


def _fuller_countries(ctx: Context, name: str) -> set[str]:
    """The countries of the one person whose fuller name ends with `name` ("Canciller Ejemplo
    Ruiz" after "María Ejemplo Ruiz"); empty when none or several."""
    tail = " " + fold_same_length(name)
    fuller = {f.entity.id for f in ctx.found if f.entity.kind == "Person" and f.entity.id in ctx.gazetteer.entities
              and fold_same_length(f.entity.name).endswith(tail)}
    return _countries(ctx, fuller.pop()) if len(fuller) == 1 else set()


def _named_again(ctx: Context, s: int, at: int):
    """The person a surname right before the cue names again ("Foreign Secretary Bárcena was
    joined by"): the one person found in the document whose name ends with that word, else None.
    The returned Found is the first naming (its entity is what matters)."""
    last = re.search(r"([^\W\d_][\w'’-]+)[^\S\n]*$", ctx.text[s:at])
    if not last or not last.group(1)[:1].isupper():
        return None
    word = fold_same_length(last.group(1))
    heads = {f.entity.id: f for f in ctx.found if f.entity.kind == "Person" and f.entity.id in ctx.gazetteer.entities
             and fold_same_length(f.entity.name.split()[-1]) == word}
    return next(iter(heads.values())) if len(heads) == 1 else None


def _named_again_after(ctx: Context, at: int, end: int):
    """The person named again by a post word and a surname right after the cue ("... joined
    Secretary Blinken for the meeting"): the one person found in the document whose name ends
    with that surname, else None."""
    m = re.match(r"[^\S\n]+(?:[A-Z][\w.]*[^\S\n]+)?(?P<sur>[A-Z][\w'’-]+)\b", ctx.text[at:end])
    return _named_again(ctx, at, at + m.end("sur")) if m else None


def link_companions(ctx: Context) -> None:
    """REPRESENTS the head's countries for each person who joins or accompanies the head."""
    joined_by, joining = _cues()
    people = ByStart([f for f in ctx.found if f.entity.kind == "Person" and f.entity.id in ctx.gazetteer.entities])
    text = ctx.text
    for b in ctx.structure.blocks:
        folded_block = None
        for s, e in sentences(text, b.start, b.end, ctx.patterns.abbreviations):
            if folded_block is None:
                folded_block = fold_same_length(text[b.start:b.end])
            folded = folded_block[s - b.start:e - b.start]
            for rx, head_before in ((joined_by, True), (joining, False)):
                cue = rx.search(folded)
                if not cue:
                    continue
                at, to = s + cue.start(), s + cue.end()
                named = people.within(s, e)
                before = [f for f in named if f.end <= at]
                after = [f for f in named if f.start >= to]
                if head_before:
                    head = before[-1] if before else _named_again(ctx, s, at)
                    head, companions = head, after
                else:
                    head = after[0] if after and not text[to:after[0].start].strip(" \t").count(",") \
                        else _named_again_after(ctx, to, e)
                    companions = before
                if head is None or not companions:
                    continue
                countries = _countries(ctx, head.entity.id) or _fuller_countries(ctx, head.entity.name)
                for f in companions:
                    if f.entity.id == head.entity.id or _countries(ctx, f.entity.id):
                        continue
                    # from the head's name in this sentence (or the sentence's start) to the person's
                    lo = min(head.start if s <= head.start < e else s, f.start)
                    hi = max(f.end, head.end if s <= head.start < e else to)
                    for country in countries:
                        ctx.edge("REPRESENTS", f.entity.id, country, [ctx.source(lo, hi)])

"""Rolls grouped under whom the persons are there for: a heading that names one country and
ends with a colon, then the persons, one after another, until the next such heading.

    Por la República Argentina: Señor A, Ministro de Defensa, Señor B, Ministro de Turismo, ...
    For the Government of Canada:
    Ms. Ana Example, Deputy Minister
    Delegación de Chile:            Chile delegation:

The cue opening the heading (data/lang/<code>/roll_calls.yaml `country_roll_cues`: "Por",
"En nombre de", "Delegación de", "For", "On behalf of", "Delegation of"; `country_roll_after`:
"delegation" after the country) stands at a line's start or after a colon, a full stop or a
semicolon or a comma ending the entry before; between the cue and the country only a few words without punctuation; a colon right
after the country (or after the word after it). Each person the roll names (a person
loaders.entities found) REPRESENTS that country and PARTICIPATES_IN the meeting the document
records, and the country takes part; an entry that names a state's own office after the post
("Director Nacional de X. Ministerio de Justicia") says where the post is held (HOLDS_POST).
Facts cite the heading and the person's name (and the entry up to the office for HOLDS_POST).
This module must not find persons, countries or organisations; it only reads such rolls.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon
from loaders.persons import _state_office
from loaders.read import fold_same_length

CUE_REACH = 45      # characters from the cue to the country at most ("Por el Gobierno de la República de")
FIRST = 45          # characters from the heading's colon to the first name at most ("H.E. Mr. ")
ENTRY = 220         # characters from one name to the next at most: a post with commas, an office
PROSE_WORDS = 4     # lower-case words (other than particles) after a full stop that make the gap prose
PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "en", "of", "the", "and",
                       "for", "a", "para"})


def _alternation(key: str) -> str:
    words = sorted({" ".join(fold_same_length(str(w)).split()) for w in lexicon("roll_calls").get(key) or []},
                   key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(the cue ending the text before a country, what may stand between the country and the
    colon), both on folded text."""
    cue = re.compile(r"(?:^|[\n:.;,][^\S\n]*)(?P<cue>%s)(?P<between>[^\S\n]+[^\W\d_][^,.;:()\n]{0,%d})?[^\S\n]+$"
                     % (_alternation("country_roll_cues"), CUE_REACH))
    after = re.compile(r"[^\S\n]*(?:(?:%s)[^\S\n]*)?:" % _alternation("country_roll_after"))
    return cue, after


def _headings(ctx: Context) -> list[tuple[int, int, str]]:
    """(heading start, end after its colon, country id) of every roll heading, in text order."""
    cue, after = _patterns()
    text = ctx.text
    out = []
    for m in ctx.mentions:
        if m.kind != "Country":
            continue
        colon = after.match(fold_same_length(text[m.end:m.end + 20]))
        if not colon:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        lo = max(line_start, m.start - CUE_REACH - 30)
        # a window cut inside a line must not read its cut as the line's start
        window = ("\n" if lo == line_start else " ") + fold_same_length(text[lo:m.start])
        before = cue.search(window)
        if not before:
            continue
        # "Por el apoyo dado a la República Argentina:" is prose: only articles, "de" and
        # capitalised words ("el Gobierno de la República de") stand between the cue and the country
        between = text[lo - 1 + before.start("between"):m.start].split() if before.group("between") else []
        if any(w[:1].islower() and fold_same_length(w) not in PARTICLES for w in between):
            continue
        out.append((lo - 1 + before.start("cue"), m.end + colon.end(), m.entity))
    return out


def _prose_gap(gap: str) -> bool:
    """The gap between two names holds a sentence of prose: after a full stop, more than a few
    lower-case words that are not particles ("... Turismo. Los ministros acordaron ...")."""
    parts = re.split(r"[.;][^\S\n]+", gap)
    return any(sum(1 for w in re.findall(r"[^\W\d_]+", p) if w[:1].islower() and w not in PARTICLES) > PROSE_WORDS
               for p in parts[1:])


def read_country_rolls(ctx: Context) -> None:
    """REPRESENTS, PARTICIPATES_IN (and HOLDS_POST in a state office the entry names) for the
    persons of each roll under a country's heading."""
    headings = _headings(ctx)
    if not headings:
        return
    text = ctx.text
    people = sorted((f for f in ctx.found if f.entity.kind == "Person" and f.entity.id in ctx.gazetteer.entities),
                    key=lambda f: f.start)
    starts = [f.start for f in people]
    meeting = ctx.meeting_id if ctx.meeting_id in ctx.batch.nodes else None
    heading_starts = [h[0] for h in headings]
    for k, (hs, he, country) in enumerate(headings):
        stop = heading_starts[k + 1] if k + 1 < len(headings) else len(text)
        roll, at = [], he
        for f in people[bisect_left(starts, he):]:
            if f.start >= stop:
                break
            # the entry opens with the post when it stands before the name ("Sr. Ministro de X, A")
            begin = f.phrase[0] if f.phrase and at <= f.phrase[0] < f.start else f.start
            gap = text[at:begin]
            if len(gap) > (FIRST if not roll else ENTRY) or ":" in gap or _prose_gap(gap):
                break
            roll.append(f)
            at = max(f.end, f.phrase[1] if f.phrase else f.end)
        heading = ctx.source(hs, he)
        for i, f in enumerate(roll):
            src = [heading, ctx.source(f.start, f.end)]
            ctx.edge("REPRESENTS", f.entity.id, country, src)
            if meeting:
                ctx.edge("PARTICIPATES_IN", f.entity.id, meeting, src)
            entry_end = roll[i + 1].start if i + 1 < len(roll) else max(f.end, (f.phrase or (0, 0))[1])
            for m in ctx.mentions_starting(f.end, entry_end):
                if m.end <= entry_end and m.kind == "Organization" and _state_office(ctx, m.entity):
                    ctx.edge("HOLDS_POST", f.entity.id, m.entity, [ctx.source(f.start, m.end)])
        if roll and meeting:
            ctx.edge("PARTICIPATES_IN", country, meeting, [heading])

"""Lists of delegates: a heading ("Conference Delegates", "Heads of Delegation", "Delegados",
"List of participants") over lines that each name whom a delegate speaks for, then the delegate
with a title or post, then the post:

    New Zealand   The Hon. J. Example   Minister of Labour and Immigration.
    Chile         Sr. Juan Ejemplo, Ministro del Interior
    (Chairman).

Every person such a line names (as loaders.entities found them: a title or a post before or after
the name) takes part in the meeting the document records; a known country, organisation or body
opening the line is whom the person represents, and it takes part too; a chair mark in brackets
on the entry ("(Chairman)", "(Presidente)", data/lang/*/participants.yaml `chair_marks`) makes the
person preside the meeting. Each fact cites the entry (the line, up to the next delegate). The
list runs to the first paragraph of prose or another list heading.

A roll opened by a sentence that ends in a colon after an attendance cue ("... was held in Hanoi
and attended by:", "... con la asistencia de:"; participants.yaml `roll_openers`) is read the
same way, one delegate a line written "Name, Post, Country": each person the line opens takes
part, and a known country that alone ends the line (after its last comma, an article aside) is
whom that person represents, and takes part too. A line no person opens ends the roll.

This module must not find persons nor read anything outside such a list.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon
from loaders.participant_words import participant_words
from loaders.read import fold_same_length

ACTORS = ("Country", "Organization", "Body")
PROSE = 160          # a passage this long is prose: the list has ended
LEAD = re.compile(r"[ \t]*(?:[-*•·+]|\d{1,3}[.)])?[ \t]*")


def _label(text: str) -> str:
    """A passage as a heading label: markup, numbering and a trailing colon off, folded."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    line = re.sub(r"^[#*_\s\d.)-]+|[*_:\s.]+$", "", line)
    return " ".join(fold_same_length(line).split())


def _heading(text: str) -> bool:
    words = participant_words()
    return len(text.strip()) <= 60 and _label(text) in words.delegate_headings


def _other_heading(text: str) -> bool:
    words = participant_words()
    label = _label(text)
    return len(text.strip()) <= 60 and (label in words.observer_headings)


def _list_span(ctx: Context, i: int) -> tuple[int, int]:
    """The text the list under the heading block `i` covers: the blocks after it up to prose."""
    blocks = ctx.structure.blocks
    start = end = blocks[i].end
    for j in range(i + 1, len(blocks)):     # no copy of the blocks after i
        b = blocks[j]
        if len(b.text.strip()) > PROSE or _heading(b.text) or _other_heading(b.text):
            break
        end = b.end
    return start, end


def _line_owner(ctx: Context, line_start: int, at: int) -> str | None:
    """The country, organisation or body a known mention names when it alone opens the line
    before the delegate's title or post (bullets and spaces aside)."""
    s = LEAD.match(ctx.text, line_start, at).end()
    e = at
    while e > s and ctx.text[e - 1] in " \t:|-–—":
        e -= 1
    if s >= e:
        return None
    for m in ctx.mentions:
        if m.kind in ACTORS and m.start == s and m.end == e:
            return m.entity
    return None


def _chair_marked(ctx: Context, s: int, e: int) -> bool:
    """A chair mark in brackets inside the entry s:e ("(Chairman)", "(Presidente).")."""
    marks = participant_words().chair_marks
    for m in re.finditer(r"\(([^()\n]{2,30})\)", ctx.text[s:e]):
        if " ".join(fold_same_length(m.group(1)).split()).strip(" .") in marks:
            return True
    return False


def _represented(ctx: Context, at: int) -> bool:
    """The person named at `at` is one a delegate stands in for: a representation cue of the
    language packs (persons.yaml `representation_cues`: "representing", "en representación de")
    right before, an article and a title between."""
    from loaders.persons import _cues
    before = fold_same_length(ctx.text[max(0, at - 50):at])
    cues = "|".join(map(re.escape, _cues()))
    return bool(cues) and bool(re.search(
        rf"(?:^|[^\w])(?:{cues})(?:l|\s+(?:la|el|the))?\s+(?:[a-z.]{{1,6}}\s*){{0,2}}$", before))


@lru_cache(maxsize=1)
def _roll_opener() -> re.Pattern:
    """An attendance cue and a colon closing a passage (participants.yaml `roll_openers`, every
    language), on folded text."""
    words = sorted({" ".join(fold_same_length(str(w)).lower().split())
                    for w in lexicon("participants").get("roll_openers") or []}, key=len, reverse=True)
    return re.compile(r"(?:^|[^\w])(?:%s)\s*:\s*$" % "|".join(re.escape(w) for w in words)) if words \
        else re.compile(r"(?!)")


# what may close a roll line after its country: the last entry's "and their delegations."
LINE_TAIL = re.compile(r"[\s.;,]*$")


def _line_end_owner(ctx: Context, line_start: int, line_end: int, after: int) -> str | None:
    """The country a known mention names alone after the last comma of the line (an article
    before it and a full stop after it aside), past offset `after`; None otherwise."""
    comma = ctx.text.rfind(",", after, line_end)
    if comma < 0:
        return None
    tail_end = line_start + len(LINE_TAIL.sub("", ctx.text[line_start:line_end]))
    s = comma + 1
    while s < tail_end and ctx.text[s] in " \t":
        s += 1
    article = re.match(r"(?:the|la|el)\s+", ctx.text[s:tail_end], re.IGNORECASE)
    for m in ctx.mentions_starting(s, tail_end):
        if m.kind == "Country" and m.end == tail_end and m.start in (s, s + (article.end() if article else 0)):
            return m.entity
    return None


def _opens_line(ctx: Context, f, line_start: int, line_end: int) -> bool:
    """The person found as `f` (loaders.entities.Found) opens the line: only a bullet, a number
    and titles (words and periods, at most five) stand before the name."""
    if not line_start <= f.start < line_end:
        return False
    before = ctx.text[line_start:f.start]
    return bool(re.fullmatch(r"[\s\w.'’()-]*", before)) and len(before.split()) <= 5


def _read_opened_rolls(ctx: Context, meeting: str, people: list) -> None:
    """The rolls a sentence ending in an attendance cue and a colon opens (module docstring);
    `people` are the found persons sorted by start, looked up by bisection a line at a time."""
    blocks = ctx.structure.blocks
    opener = _roll_opener()
    starts = [f.start for f in people]
    for i, b in enumerate(blocks[:-1]):
        if not opener.search(fold_same_length(b.text[-80:]).lower()):
            continue
        for nb in blocks[i + 1:]:
            ended = False
            at = nb.start
            for line in nb.text.splitlines(keepends=True):
                line_start, line_end = at, at + len(line.rstrip("\n"))
                at += len(line)
                if not line.strip():
                    continue
                # only the persons found on this line (people is sorted by start)
                on_line = people[bisect_left(starts, line_start):bisect_left(starts, line_end)]
                opened = [f for f in on_line if _opens_line(ctx, f, line_start, line_end)]
                if not opened:
                    ended = True
                    break
                f = opened[0]
                src = [ctx.source(line_start, line_end)]
                ctx.edge("PARTICIPATES_IN", f.entity.id, meeting, src)
                owner = _line_end_owner(ctx, line_start, line_end, max(f.end, f.phrase[0]))
                if owner:
                    ctx.edge("REPRESENTS", f.entity.id, owner, src)
                    ctx.edge("PARTICIPATES_IN", owner, meeting, src)
            if ended or nb.kind in ("item", "heading"):
                break


def read_delegate_lists(ctx: Context) -> None:
    """PARTICIPATES_IN, REPRESENTS and PRESIDES from the document's lists of delegates."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    blocks = ctx.structure.blocks
    people = sorted((f for f in ctx.found if f.entity.kind == "Person" and f.phrase
                     and f.entity.id in ctx.gazetteer.entities), key=lambda f: f.start)
    _read_opened_rolls(ctx, meeting, people)
    for i, b in enumerate(blocks):
        if not _heading(b.text):
            continue
        start, end = _list_span(ctx, i)
        listed = [f for f in people if start <= f.start < end]
        seen = set()
        listed = [f for f in listed if not (f.entity.id in seen or seen.add(f.entity.id))]
        for k, f in enumerate(listed):
            line_start = ctx.text.rfind("\n", 0, min(f.start, f.phrase[0])) + 1
            entry_end = end
            if k + 1 < len(listed):
                nxt = listed[k + 1]
                entry_end = ctx.text.rfind("\n", 0, min(nxt.start, nxt.phrase[0])) + 1
                entry_end = max(entry_end, f.end)
            src = [ctx.source(line_start, max(f.phrase[1], f.end))]
            if _represented(ctx, min(f.start, f.phrase[0])):
                continue        # "(representing the Hon. X, Premier of ...)": X is not there
            ctx.edge("PARTICIPATES_IN", f.entity.id, meeting, src)
            owner = _line_owner(ctx, line_start, min(f.start, f.phrase[0]))
            if owner:
                ctx.edge("REPRESENTS", f.entity.id, owner, src)
                ctx.edge("PARTICIPATES_IN", owner, meeting, src)
            if _chair_marked(ctx, line_start, entry_end):
                ctx.edge("PRESIDES", f.entity.id, meeting, [ctx.source(line_start, entry_end)])

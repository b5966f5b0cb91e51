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
list runs to the first paragraph of prose or another list heading. This module must not find
persons nor read anything outside such a list.
"""
from __future__ import annotations

import re

from loaders.context import Context
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


def read_delegate_lists(ctx: Context) -> None:
    """PARTICIPATES_IN, REPRESENTS and PRESIDES from the document's lists of delegates."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    blocks = ctx.structure.blocks
    people = sorted((f for f in ctx.found if f.entity.kind == "Person" and f.phrase
                     and f.entity.id in ctx.gazetteer.entities), key=lambda f: f.start)
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

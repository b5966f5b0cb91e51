"""Who owns an action that minutes keep as a record line: the initials before it ("- PR -
[Action-BM-2017-03 Draft Risk Register](url)", "- EE - Update the supplement") stand for the one
person of the document whose name has those initials (Paul Rogers; Matteo Dell'Aqua for "MDA").
That person is RESPONSIBLE_FOR the recorded action. This module must not find persons nor
records (loaders.persons, loaders.minutes_records do): it only links the two, and never when two
persons share the initials or none has them.
"""
from __future__ import annotations

import re

from loaders.context import Context

# the owner's initials at the head of the record's line, before a dash, then the record
_OWNER = re.compile(r"(?m)^[^\S\n]*(?:[-*\u2022]|\d{1,2}[.)])?[^\S\n]*(?P<who>[A-Z]{2,4})[^\S\n]*[-\u2013\u2014][^\S\n]*\[?[^\S\n]*$")


def initials(name: str) -> str:
    """The initials of a person's name, one a word (a word after an apostrophe or a hyphen
    counts as one), honorifics kept out by the caller.

    >>> initials("Paul Rogers"), initials("Matteo Dell'Aqua"), initials("Anne-Lise Berg")
    ('PR', 'MDA', 'ALB')
    """
    return "".join(w[0] for w in re.split(r"[\s'\u2019-]+", name) if w and w[0].isupper())


def record_owner(text: str, start: int) -> tuple[str, int, int] | None:
    """The initials written before the record that begins at `start`, on its own line ("- PR -
    [Action-..."), and their span; None when the line opens otherwise.

    >>> t = "- PR - [Action-BM-1 Draft it](u)"
    >>> record_owner(t, t.index("Draft"))
    ('PR', 2, 4)
    >>> record_owner("Budget approved", 0)
    """
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    cut = re.search(r"\[?(?:Action|ACTION)-[\w.-]*\d[\w.-]*[^\S\n]+$", head)
    m = _OWNER.match(head[:cut.start()] if cut else head)
    if not m:
        return None
    return m.group("who"), line + m.start("who"), line + m.end("who")


def link_record_owners(ctx: Context) -> None:
    """The pipeline component: RESPONSIBLE_FOR from the one person whose initials stand before
    a recorded action (acta_group "record") that binds no one yet; the quote is the record's
    line from the initials to the task's end."""
    by_initials: dict[str, list[str]] = {}
    for pid, node in ctx.batch.nodes.items():
        if node.kind == "Person":
            by_initials.setdefault(initials(node.name), []).append(pid)
    if not by_initials:
        return
    bound = {e.target for e in ctx.batch.edges.values() if e.type == "RESPONSIBLE_FOR"}
    for cid, node in list(ctx.batch.nodes.items()):
        if node.kind != "Commitment" or node.properties.get("acta_group") != "record" or cid in bound:
            continue
        src = node.sources[0]
        owner = record_owner(ctx.text, src.start)
        if owner is None or len(by_initials.get(owner[0], ())) != 1:
            continue
        ctx.edge("RESPONSIBLE_FOR", by_initials[owner[0]][0], cid, [ctx.source(owner[1], src.end)])

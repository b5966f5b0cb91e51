"""Tagged text: a span as folded text with each mention, collective and date as a placeholder.

Rules are written against "⟦Country#0⟧ propone ..." rather than against names, so one rule
covers every country, however the report spells it. The placeholders of a passage are chosen
once (longest first, no overlap) and every sentence of it reuses them; a Tagged span maps each
position back to document offsets so a fact cites the exact quote. Collectives ("ambas
troikas") stand for the bodies of the document's parties. This module must not decide
relations nor write to a batch.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from loaders.dates import DateMention, find_dates
from loaders.gazetteer import Gazetteer
from loaders.invisible import INVISIBLE, INVISIBLE_CLASS
from loaders.patterns import Patterns
from loaders.read import fold_same_length
from loaders.structure import Block


PLACEHOLDER = re.compile(r"⟦(?P<kind>\w+)(?:/(?P<sub>\w+))?#(?P<idx>\d+)⟧")


@dataclass(frozen=True)
class Item:
    """One placeholder: a mention, a collective (several ids) or a date."""

    kind: str
    ids: tuple
    start: int
    end: int
    subtype: str | None = None
    date: DateMention | None = None


_SPACE = re.compile(r"\s")                           # what str.isspace() calls a blank
_DROPPED = re.compile("[*" + INVISIBLE_CLASS + "]")   # left out of the tagged text
# a comma glued to the word after it ("To that end,the United States", "Asimismo,Chile"): read
# as the comma and the blank the writer meant (a blank added after it in the tagged text)
_GLUED_COMMA = re.compile(r"(?<=[a-z]),(?=[a-z]|$)")


@dataclass
class Tagged:
    """A span of the document as folded text with placeholders, and the way back to offsets."""

    start: int
    end: int
    items: list
    s: str = ""
    starts: list = field(default_factory=list)
    ends: list = field(default_factory=list)

    @classmethod
    def build(cls, text: str, start: int, end: int, items: list) -> "Tagged":
        t = cls(start, end, [])
        pos = start
        inside = sorted((i for i in _starting_within(items, start, end) if i.end <= end),
                        key=lambda i: i.start)
        chars, starts, ends = [], [], []
        for it in inside + [None]:
            stop = it.start if it else end
            if pos < stop:      # the text up to the item, a run at a time: what is dropped
                seg = fold_same_length(_SPACE.sub(" ", text[pos:stop]))     # goes, blanks are " "
                if _DROPPED.search(text, pos, stop):
                    keep = [k for k in range(pos, stop) if text[k] != "*" and text[k] not in INVISIBLE]
                else:
                    keep = range(pos, stop)
                run = "".join(seg[k - pos] for k in keep)
                # "end,the", "Asimismo,⟦Chile⟧": the blank the writer left out after a comma,
                # added to the tagged text and quoting nothing
                glued = {g.start() for g in _GLUED_COMMA.finditer(run)
                         if g.start() + 1 < len(run) or it is not None} if "," in run else ()
                if not glued:
                    chars.append(run)
                    starts.extend(keep)
                    ends.extend(k + 1 for k in keep)
                for n, k in enumerate(keep) if glued else ():
                    chars.append(run[n] + (" " if n in glued else ""))
                    starts.extend([k, k + 1] if n in glued else [k])
                    ends.extend([k + 1, k + 1] if n in glued else [k + 1])
            if it is None:
                break
            sub = f"/{it.subtype}" if it.subtype else ""
            ph = f"⟦{it.kind}{sub}#{len(t.items)}⟧"
            t.items.append(it)
            chars.append(ph)
            starts.extend([it.start] * len(ph))
            ends.extend([it.end] * len(ph))
            pos = it.end
        t.s, t.starts, t.ends = "".join(chars), starts, ends
        return t

    def span(self, a: int, b: int) -> tuple[int, int]:
        if b <= a:
            return self.starts[a] if a < len(self.starts) else self.end, self.starts[a] if a < len(self.starts) else self.end
        return self.starts[a], self.ends[b - 1]

    def group_items(self, m: re.Match, name: str) -> list[Item]:
        g = m.group(name)
        return [self.items[int(p.group("idx"))] for p in PLACEHOLDER.finditer(g or "")]


_STARTS: dict[int, tuple[list, list]] = {}     # id(items) -> (items, their starts when sorted)


def _starting_within(items: list, start: int, end: int):
    """The items whose start is in [start, end], in their order. A passage's items are sorted
    by start (block_items), and every sentence of a passage asks for its own: a bisection then
    finds them without reading the whole passage's list again (that was quadratic in a giant
    paragraph). A list that is not sorted is read whole, as before."""
    if len(items) < 32:
        return [i for i in items if i.start >= start]
    cached = _STARTS.get(id(items))
    if cached is None or cached[0] is not items or len(cached[1]) != len(items):
        starts = [i.start for i in items]
        ordered = all(a <= b for a, b in zip(starts, starts[1:]))
        if len(_STARTS) > 256:
            _STARTS.clear()
        cached = _STARTS[id(items)] = (items, starts if ordered else None)
    starts = cached[1]
    if starts is None:
        return [i for i in items if i.start >= start]
    return items[bisect_left(starts, start):bisect_right(starts, end)]


def _overlaps_chosen(keys: list, s: int, e: int) -> bool:
    """Whether [s, e) overlaps one of `keys`, non-overlapping (start, end) spans kept sorted:
    only the last span starting before `e` can reach past `s` (their ends grow with starts)."""
    k = bisect_left(keys, (e,)) - 1
    return k >= 0 and keys[k][1] > s


def _collectives(block: Block, ctx_parties: list, gazetteer: Gazetteer, patterns: Patterns,
                 doc_id: str = ""):
    folded = fold_same_length(block.text)
    out = []
    for phrase, kind, subtype in patterns.collectives:
        for m in re.finditer(r"\b%s\b" % re.escape(phrase), folded):
            if kind == "Conference":
                ids = tuple(ctx_parties)
            else:
                ids = tuple(b for p in ctx_parties for b in gazetteer.body_of(p, subtype))
                if not ids and doc_id and not ctx_parties and kind == "Body":
                    # "the Technical Secretariat" of a forum the gazetteer does not know: the
                    # document's own body of that subtype (loaders.frame gives it its node)
                    ids = (f"body:{doc_id}:{subtype}",)
            if ids:
                out.append(Item(kind, ids, block.start + m.start(), block.start + m.end(), subtype))
    return out


def block_items(structure, mentions, gazetteer, patterns, parties, reference):
    """Placeholders per passage: mentions, collectives and dates, longest first, no overlap."""
    by_block: dict[int, list[Item]] = {}
    for m in mentions:
        ent = gazetteer.get(m.entity)
        subtype = ent.subtype if ent else None
        if subtype is None and m.entity.endswith(":acta"):
            subtype = "acta"
        by_block.setdefault(m.ordinal, []).append(Item(m.kind, (m.entity,), m.start, m.end, subtype))
    for block in structure.blocks:
        cands = by_block.get(block.ordinal, [])
        cands += _collectives(block, parties, gazetteer, patterns, structure.doc_id)
        # a period counted from the meeting ("en un plazo de noventa días") is a deadline by
        # itself; the day the text was published ("Publicado el 4 de marzo de 2024") is no
        # meeting's day
        published = patterns.frame["published_before"]
        cands += [Item("Date", (d.value.id,), d.start, d.end,
                       "period" if d.rule == "relative_period" else
                       "published" if published.search(fold_same_length(
                           block.text[max(0, d.start - block.start - 40):d.start - block.start])) else None, d)
                  for d in find_dates(block.text, reference, block.start)]
        cands.sort(key=lambda i: (-(i.end - i.start), i.start))
        chosen: list[Item] = []
        keys: list[tuple[int, int]] = []
        for it in cands:
            if _overlaps_chosen(keys, it.start, it.end):
                continue
            chosen.append(it)
            insort(keys, (it.start, it.end))
        by_block[block.ordinal] = sorted(chosen, key=lambda i: i.start)
    return by_block

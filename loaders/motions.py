"""Motions of minutes: a motion that passed is a decision (a Commitment), PROPOSED by its mover,
SUPPORTED by its seconders, OBJECTED by who voted against; who the minutes then charge with
carrying it out ("Motion passed and Ann will update the text") is RESPONSIBLE_FOR it.

A motion lives in a *topic*: a top-level list item with the items indented under it, or one
paragraph ("Issue #12: ... - Ann Lee moved to approve. - Tom seconded. - Motion carried.").
The topic is the commitment's quote, so it names what the motion is about. Movers and seconders
are persons named right before or after the cue words of data/lang/*/commitments.yaml; a first
name resolves to the one person of the document whose name starts with it (a person node another
component made, else the one full name the text writes), and to nobody when two people share it.
A motion that failed, or whose outcome the minutes do not record, is no decision. This module
must not read agreement lists, report decisions or statements (loaders.commitments,
loaders.statements).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from loaders.context import Context, add_entity_node
from loaders.gazetteer import Entity
from loaders.honorifics import honorifics
from loaders.lang import lexicon
from loaders.read import fold_same_length
from loaders.spans import trim
from loaders.world import slug

# a person's name as written: capitalised words, particles allowed inside
_WORD = r"[A-ZÁÉÍÓÚÑÜ][\w’'\-]+"
_NAME = rf"{_WORD}(?:[^\S\n]+(?:(?:van|von|de|del|da|der|le|la|di)[^\S\n]+)?{_WORD}){{0,3}}"
_NAMES_BEFORE = re.compile(rf"(?P<names>{_NAME}(?:[^\S\n]*(?:,|&|\band\b|\by\b|\be\b)[^\S\n]*{_NAME})*)"
                           rf"[^\S\n]*[,:]?[^\S\n]*$")
_NAMES_AFTER = re.compile(rf"[^\S\n]*(?:(?:the|el|la|los|las)[^\S\n]+)?"
                          rf"(?P<names>{_NAME}(?:[^\S\n]*(?:,|&|\band\b|\by\b|\be\b)[^\S\n]*{_NAME})*)")
_SEPARATOR = re.compile(r"[^\S\n]*(?:,|&|\band\b|\by\b|\be\b)[^\S\n]*")
_NAME_BEFORE = re.compile(rf"{_WORD}[^\S\n]+$")
_LOOKBACK = 120         # characters before a cue where its names may stand


@dataclass(frozen=True, eq=False)
class MotionWords:
    """data/lang/*/commitments.yaml, compiled (folded text)."""

    moved: re.Pattern
    moved_by: re.Pattern
    seconded: re.Pattern
    seconded_by: re.Pattern
    carried: re.Pattern
    failed: re.Pattern
    against: re.Pattern
    task: re.Pattern
    not_names: frozenset


def _alternation(words) -> re.Pattern:
    return re.compile("|".join(f"(?:{w})" for w in words))


@lru_cache(maxsize=1)
def motion_words() -> MotionWords:
    """The cue words of every language pack; raises SourceError on a malformed file."""
    lx = lexicon("commitments")
    persons = lexicon("persons")
    not_names = {fold_same_length(w) for w in (persons.get("not_names") or []) + (persons.get("posts") or [])
                 + (lx.get("not_names") or [])}
    return MotionWords(*(_alternation(lx[k]) for k in (
        "motion_moved", "motion_moved_by", "motion_seconded", "motion_seconded_by",
        "motion_carried", "motion_failed", "motion_against", "motion_task")), frozenset(not_names))


def _indent(text: str, start: int) -> int:
    line = text.rfind("\n", 0, start) + 1
    return start - line


def topics(ctx: Context) -> list[list]:
    """The document's topics: a paragraph or top-level item, with the items indented under it."""
    out: list[list] = []
    current: list | None = None
    for b in ctx.structure.blocks:
        if b.kind == "item" and current and _indent(ctx.text, b.start) > _indent(ctx.text, current[0].start):
            current.append(b)
            continue
        current = [b] if b.kind in ("paragraph", "item") else None
        if current:
            out.append(current)
    return out


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def names_before(text: str, cue: int) -> list[tuple[int, int]]:
    """The names written right before a cue at `cue`, at the start of its line or after a comma:
    "- Denny and Thomas Schmidt Second motion" → [Denny, Thomas Schmidt]."""
    start = max(_line_start(text, cue), cue - _LOOKBACK)
    m = _NAMES_BEFORE.search(text, start, cue)
    if not m:
        return []
    before = text[_line_start(text, cue):m.start("names")].strip(" \t-*•–—·")
    if before and not before.endswith((",", ":", ";", ".")):
        return []
    return _split(text, m.start("names"), m.end("names"))


def names_after(text: str, at: int) -> list[tuple[int, int]]:
    """The names written right after a cue ending at `at`: "seconded by Ann Lee and Tom Ray"."""
    m = _NAMES_AFTER.match(text, at)
    return _split(text, m.start("names"), m.end("names")) if m else []


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for sep in _SEPARATOR.finditer(text, start, end):
        out.append((s, sep.start()))
        s = sep.end()
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def resolve_person(ctx: Context, start: int, end: int, create: bool = True) -> str | None:
    """The person node a name written at text[start:end] stands for, made (with `create`) when
    the name is a full name the document has no node for; None for a word that is no name, a
    name of something else (a country, an organisation) or a first name two people share."""
    words = motion_words()
    name = " ".join(ctx.text[start:end].split())
    tokens = name.split()
    if not tokens or any(fold_same_length(t) in words.not_names for t in tokens):
        return None
    block = ctx.structure.block_at(start)
    if block is not None and any(it.kind != "Person" and it.start < end and start < it.end
                                 for it in ctx.items_by_block.get(block.ordinal, [])):
        return None
    names = _node_names(ctx)
    if fold_same_length(name) in names.others:
        return None
    same = names.person_by_bare.get(tuple(_bare(name)))
    if same:
        return same
    if len(tokens) >= 2:
        return _person_node(ctx, name, start, end) if create else None
    first = fold_same_length(tokens[0])
    known = names.persons_by_given.get(first, [])
    if known:
        return known[0] if len(known) == 1 else None
    # the one full name the text writes with this first name ("Justin" → "Justin Murphy")
    full = ctx.memo((_full_names, tokens[0]), lambda: _full_names(ctx.text, tokens[0]))
    if len(full) != 1 or not create:
        return None
    s, e = next(iter(full.values()))
    return _person_node(ctx, " ".join(ctx.text[s:e].split()), s, e)


def _full_names(text: str, first: str) -> dict[str, tuple[int, int]]:
    """Every full name `text` writes as `first` and one more name word, folded, with the span of
    its first writing ("Justin" → {"justin murphy": (s, e)}); a first word that is itself a
    surname ("Carlos Alberto Mendieta": not Alberto's) and words that are no name are left out."""
    words = motion_words()
    full: dict[str, tuple[int, int]] = {}
    for m in re.finditer(rf"\b{re.escape(first)}[^\S\n]+({_WORD})\b", text):
        if _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue            # "Carlos Alberto Mendieta": not Alberto's own surname
        if fold_same_length(m.group(1)) in words.not_names or words.moved.match(fold_same_length(m.group(1))) \
                or words.seconded.match(fold_same_length(text[m.start(1):m.start(1) + 30])):
            continue
        full.setdefault(fold_same_length(m.group(0)), m.span())
    return full


class _NodeNames:
    """The batch's node names as `resolve_person` compares them: `others`, the folded names of
    every node that is no Person; `person_by_bare`, the first Person of each bare name (tuple of
    folded words without honorifics); `persons_by_given`, the Persons of each given name, in the
    order they were added. Brought up to date with the nodes added since it last looked (a batch
    keeps its nodes in the order they were added); rebuilt if nodes were removed."""

    def __init__(self):
        self.seen, self.others, self.person_by_bare, self.persons_by_given = 0, set(), {}, {}

    def catch_up(self, nodes: dict) -> "_NodeNames":
        if len(nodes) < self.seen:
            self.__init__()
        if len(nodes) > self.seen:
            for n in islice(nodes.values(), self.seen, None):
                if n.kind == "Person":
                    self.person_by_bare.setdefault(tuple(_bare(n.name)), n.id)
                    self.persons_by_given.setdefault(_given_name(n.name), []).append(n.id)
                else:
                    self.others.add(fold_same_length(n.name))
            self.seen = len(nodes)
        return self


def _node_names(ctx: Context) -> _NodeNames:
    """The running component's index of the batch's node names (Context.step_memo), up to date."""
    return ctx.memo(_NodeNames, _NodeNames).catch_up(ctx.batch.nodes)


def _bare(name: str) -> list[str]:
    """A person's name folded, without honorifics: "Ms Rosa Díaz" → ["rosa", "diaz"]."""
    bare = honorifics().bare
    return [w for w in fold_same_length(name).replace(".", " ").split() if w not in bare]


def _given_name(name: str) -> str | None:
    """The first word of a person's name after any honorific ("Ms Rosa Diaz" → "rosa")."""
    words = _bare(name)
    return words[0] if words else None


def _person_node(ctx: Context, name: str, start: int, end: int) -> str:
    ent = Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,), None)
    add_entity_node(ctx.batch, ent, [ctx.source(start, end)])
    return ent.id


@dataclass
class Motion:
    start: int
    end: int
    movers: list            # [(person id, start, end)]
    seconders: list
    against: list
    tasks: list
    carried: bool = False
    failed: bool = False


def _people(ctx: Context, spans) -> list[tuple[str, int, int]]:
    out = []
    for s, e in spans:
        pid = resolve_person(ctx, s, e)
        if pid:
            out.append((pid, s, e))
    return out


def read_motions(ctx: Context) -> list[Motion]:
    """Every motion of the document, in order, with its movers, seconders, opponents, tasks and
    outcome."""
    words = motion_words()
    text = ctx.text
    motions: list[Motion] = []
    for topic in topics(ctx):
        current: Motion | None = None
        for k, b in enumerate(topic):
            folded = fold_same_length(text[b.start:b.end])
            moved = words.moved.search(folded)
            moved_by = words.moved_by.search(folded)
            if moved or moved_by:
                current = Motion(topic[0].start if current is None else b.start, topic[-1].end,
                                 [], [], [], [])
                if motions and motions[-1].end > current.start and motions[-1].start >= topic[0].start:
                    motions[-1].end = b.start     # two motions in one topic: the first ends here
                motions.append(current)
                if moved:
                    current.movers += _people(ctx, names_before(text, b.start + moved.start()))
                if moved_by:
                    current.movers += _people(ctx, names_after(text, b.start + moved_by.end()))
            if current is None:
                continue
            for m in words.seconded.finditer(folded):
                current.seconders += _people(ctx, names_before(text, b.start + m.start()))
            for m in words.seconded_by.finditer(folded):
                current.seconders += _people(ctx, names_after(text, b.start + m.end()))
            for m in words.against.finditer(folded):
                current.against += _people(ctx, names_before(text, b.start + m.start()))
            done = words.carried.search(folded)
            if words.failed.search(folded):
                current.failed = True
            elif done:
                current.carried = True
            # "Motion passed and Ann will update the text"; "Ann agrees to implement it"
            for m in words.task.finditer(folded):
                current.tasks += [(pid, s, e) for pid, s, e in
                                  _people(ctx, names_before(text, b.start + m.start()))
                                  if not any(pid == x for x, _, _ in current.movers + current.seconders)]
                # after "and" in the outcome sentence
                if done and done.end() <= m.start():
                    tail = text[b.start + done.end():b.start + m.start()]
                    nm = re.match(rf"[^\S\n]*(?:,|and|y)[^\S\n]+({_NAME})[^\S\n]*$", tail)
                    if nm:
                        s = b.start + done.end() + nm.start(1)
                        current.tasks += _people(ctx, [(s, s + len(nm.group(1)))])
    return [m for m in motions if m.carried and not m.failed]


def add_motions(ctx: Context) -> None:
    """Commitment nodes for the motions that passed, with PROPOSED (movers), SUPPORTED
    (seconders), OBJECTED (votes against) and RESPONSIBLE_FOR (who the minutes charge with it)."""
    first = 1 + max((n.properties.get("ordinal") or 0 for n in ctx.batch.nodes.values()
                     if n.kind == "Commitment"), default=0)
    for k, mo in enumerate(read_motions(ctx), 1):
        s, e = trim(ctx.text, mo.start, mo.end)
        cid = f"commitment:{ctx.doc}:motion:{k}"
        quote = ctx.text[s:e]
        label = " ".join(quote.split())
        label = label.lstrip("-*•– ")[:80]
        ctx.batch.add_node(cid, "Commitment", label, [ctx.source(s, e)], doc=ctx.doc,
                           number=str(k), text=quote, acta_group="motion", ordinal=first + k - 1)
        for etype, people in (("PROPOSED", mo.movers), ("SUPPORTED", mo.seconders),
                              ("OBJECTED", mo.against), ("RESPONSIBLE_FOR", mo.tasks)):
            for pid, a, b in people:
                ctx.edge(etype, pid, cid, [ctx.source(a, b)])

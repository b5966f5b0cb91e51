"""A person's role in the meeting the document records, said next to the person's name: who
headed a delegation ("Secretary of State Jane Example led the United States delegation", "la
delegación de Chile estuvo encabezada por ..."), who co-chaired the meeting or one of its sessions
("A of X and B of Y co-chaired the session on ...", "A y B copresidieron la reunión"), who was its
secretary ("Actúa como secretario el señor Mario Prueba", "Secretary: Ana Example", "the minutes
were taken by ..."), who hosted it ("A and B welcomed the representatives of ...").

Each role is an edge of the person to the meeting with the role as its `role`: PARTICIPATES_IN
(head_of_delegation, secretary, and co_chair of a part of the meeting such as one session), PRESIDES
(co_chair of the meeting itself); a host ORGANISES the meeting and takes part, without a role.
The source runs from the person to the cue, or from the cue to the person. A role-less edge of the same type between the same person and meeting (another
reader's) becomes this one: its sources join the role's edge.

The cues are the language packs' (data/lang/<code>/meeting_roles.yaml); persons are those
loaders.entities found. This module must not find persons nor say whom they represent.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from loaders.context import Context
from loaders.honorifics import honorifics
from loaders.lang import lexicon
from loaders.read import fold_same_length
from loaders.spans import sentences

# how far before a name a cue that precedes it may start (characters)
BEFORE_WINDOW = 160


@lru_cache(maxsize=1)
def _cues() -> tuple[dict, dict]:
    """({role: [after-cue pattern]}, {role: [before-cue pattern]}) of data/lang/*/meeting_roles.yaml
    (`roles`, `<role>_after`, `<role>_before`), compiled on folded text; a before-cue ends at the
    name, past an article and titles."""
    lex = lexicon("meeting_roles")
    titles = honorifics().alternation
    name_at = rf"(?:(?:el|la|the)\s+)?(?:{titles}\.?\s*){{0,3}}\Z"
    roles = lex.get("roles") or []
    after = {role: [re.compile(p, re.M) for p in lex.get(f"{role}_after") or []] for role in roles}
    before = {role: [re.compile(rf"(?:{p}){name_at}", re.M | re.I) for p in lex.get(f"{role}_before") or []]
              for role in roles}
    return after, before


@lru_cache(maxsize=1)
def _joined() -> tuple[re.Pattern, re.Pattern]:
    """(persons joined before a shared after-cue, a further head joined by "and by"), of
    data/lang/*/meeting_roles.yaml `joined` and `joined_by`, on folded text."""
    lex = lexicon("meeting_roles")
    alt = lambda ps: re.compile("|".join(f"(?:{p})" for p in ps) or r"(?!)")
    return alt(lex.get("joined") or []), alt(lex.get("joined_by") or [])


@lru_cache(maxsize=1)
def _pair_member() -> re.Pattern:
    """data/lang/*/meeting_roles.yaml `pair_member`: the words before the second person of a
    pair after "between"/"entre", up to that person's phrase (on folded text)."""
    return re.compile("|".join(f"(?:{p})" for p in lexicon("meeting_roles").get("pair_member") or []) or r"(?!)")


@lru_cache(maxsize=1)
def _of_actor() -> re.Pattern:
    """data/lang/*/meeting_roles.yaml `of_actor`: the words before a person's country."""
    return re.compile("|".join(f"(?:{p})" for p in lexicon("meeting_roles").get("of_actor") or []) or r"(?!)")


def _ends(ctx: Context, folded: str, f, stop: int) -> list[int]:
    """Where what is said of a person may go on: after the name, after their phrase, and after
    the country or organisation named right after either ("Ambassador A of Trinidad and Tobago
    co-chaired ...", when the phrase stops short of it)."""
    ends = [f.end] + ([f.phrase[1]] if f.phrase and f.phrase[1] > f.end else [])
    for at in list(ends):
        of = _of_actor().match(folded, at, stop)
        if of:
            ends += [m.end for m in ctx.mentions_starting(of.end(), of.end() + 1)
                     if m.kind in ("Country", "Organization") and m.end <= stop]
    return list(dict.fromkeys(ends))


def _after(ctx: Context, folded: str, f, stop: int) -> tuple[str, int, int] | None:
    """(role, cue start, cue end) of an after-cue right after the person (or their phrase)."""
    after, _ = _cues()
    for at in _ends(ctx, folded, f, stop):
        for role, pats in after.items():
            for rx in pats:
                m = rx.match(folded, at, stop)
                if m:
                    return role, at, m.end()
    return None


def _before(folded: str, f, start: int) -> tuple[str, int] | None:
    """(role, cue start) of a before-cue that ends at the person's name (or their phrase)."""
    _, before = _cues()
    ends = dict.fromkeys([f.start] + ([f.phrase[0]] if f.phrase and f.phrase[0] < f.start else []))
    for at in ends:
        for role, pats in before.items():
            for rx in pats:
                m = rx.search(folded, max(start, at - BEFORE_WINDOW), at)
                if m:
                    return role, m.start()
    return None


def _edge(ctx: Context, role: str, person: str, meeting: str, folded: str, cue_end: int,
          src) -> tuple[str, str]:
    """The role's edge; a co-chair of one part of the meeting takes part as co_chair, of the
    meeting itself presides as co_chair. Returns (edge type, person)."""
    etype = "PARTICIPATES_IN"
    if role == "host":          # who receives the others organises the meeting, and takes part
        ctx.edge("ORGANISES", person, meeting, src)
        ctx.edge("PARTICIPATES_IN", person, meeting, src)
        return "ORGANISES", person
    if role == "co_chair":
        part = ctx.patterns.frame.get("presides_part")
        if part is None or not part.match(folded, cue_end):
            etype = "PRESIDES"
    ctx.edge(etype, person, meeting, src, role=role)
    return etype, person


def _fold_roleless(ctx: Context, made: set[tuple[str, str, str]], meeting: str,
                   heads: dict[str, list[tuple[int, int]]]) -> None:
    """A role-less edge of a (type, person) that now has a role joins the role's edge. A head of
    delegation said to preside ("la Delegación de Belice estuvo presidida por ...") presides
    the delegation, not the meeting: a role-less PRESIDES stated only inside such a sentence
    (`heads`: person -> [(cue start, sentence end)]) is dropped."""
    edges = ctx.batch.edges
    for key, e in list(edges.items()):
        spans = heads.get(e.source)
        if e.type == "PRESIDES" and e.target == meeting and not e.properties.get("role") and spans \
                and e.sources and all(any(a <= x.start and x.end <= b for a, b in spans)
                                      for x in e.sources):
            del edges[key]
    with_role = {(e.type, e.source): e for e in edges.values()
                 if e.target == meeting and (e.type, e.source, e.properties.get("role")) in made}
    for key, e in list(edges.items()):
        if e.target != meeting or e.properties.get("role") or (e.type, e.source) not in with_role:
            continue
        del edges[key]
        ctx.batch.add_edge(e.type, e.source, e.target, e.sources,
                           **with_role[(e.type, e.source)].properties)


def read_meeting_roles(ctx: Context) -> None:
    """PARTICIPATES_IN/PRESIDES with `role` head_of_delegation, co_chair or secretary for each
    person a cue of data/lang/*/meeting_roles.yaml gives that role in the document's meeting."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    people = sorted((f for f in ctx.found if f.entity.kind == "Person"
                     and f.entity.id in ctx.gazetteer.entities), key=lambda f: f.start)
    if not people:
        return
    starts = [f.start for f in people]
    folded = fold_same_length(ctx.text)
    made: set[tuple[str, str, str]] = set()
    heads: dict[str, list[tuple[int, int]]] = {}
    led: dict[str, int] = {}        # heads of a delegation named in this sentence: cue start
    for b in ctx.structure.blocks:
        k = bisect_left(starts, b.start)
        if k >= len(people) or people[k].start >= b.end:
            continue
        for s, e in sentences(ctx.text, b.start, b.end, ctx.patterns.abbreviations):
            inside = [f for f in people[bisect_left(starts, s):bisect_left(starts, e)] if f.end <= e]
            shared = None           # (role, cue start, cue end) of the person after
            for f in reversed(inside):
                first = f.phrase[0] if f.phrase else f.start
                last = max(f.end, f.phrase[1] if f.phrase else f.end)
                found = _after(ctx, folded, f, e)
                if found is None and shared is not None and \
                        _joined()[0].match(folded[last:shared[3]]) is not None and \
                        _pair_member().search(folded, s, first) is None:
                    found = shared[:3]      # not "the call between A and B, C ... led": B is between's
                shared = (*found, first) if found else None
                if found:
                    role, _, cue_end = found
                    src = [ctx.source(min(first, f.start), cue_end)]
                    etype, _ = _edge(ctx, role, f.entity.id, meeting, folded, cue_end, src)
                    made.add((etype, f.entity.id, role))
                    continue
                before = _before(folded, f, s)
                if before:
                    role, cue_start = before
                    src = [ctx.source(cue_start, f.end)]
                    etype, _ = _edge(ctx, role, f.entity.id, meeting, folded, f.end, src)
                    made.add((etype, f.entity.id, role))
                    if role == "head_of_delegation":
                        heads.setdefault(f.entity.id, []).append((cue_start, e))
                        led[f.entity.id] = cue_start
            # "... estuvo encabezada por A, y por B": B heads it too
            prev = None
            for f in inside:
                first = f.phrase[0] if f.phrase else f.start
                if prev is not None and f.entity.id not in led and \
                        _joined()[1].match(folded[prev[1]:first]) is not None:
                    src = [ctx.source(prev[0], f.end)]
                    etype, _ = _edge(ctx, "head_of_delegation", f.entity.id, meeting, folded, f.end, src)
                    made.add((etype, f.entity.id, "head_of_delegation"))
                    heads.setdefault(f.entity.id, []).append((prev[0], e))
                    led[f.entity.id] = prev[0]
                last = max(f.end, f.phrase[1] if f.phrase else f.end)
                prev = (led[f.entity.id], last) if f.entity.id in led else None
            led.clear()
    _fold_roleless(ctx, made, meeting, heads)

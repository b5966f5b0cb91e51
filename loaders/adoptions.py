"""Instruments a meeting, conference or body adopts, and bodies an agreement creates.

ADOPTED goes from who adopts to the Instrument, where a sentence says so: "La Conferencia adoptó
la Declaración de Lima", "los Viceministros aprobaron el Plan de Acción", "the Ministers adopted
the Bali Declaration", "The Action Plan was endorsed by the Council". Who adopts is the
conference or body the sentence names as its subject; the meeting the document records when the
subject is that meeting by its noun ("La Conferencia", "The meeting") or its participants as a
collective ("los Ministros", "the delegations"). The instrument is one the gazetteer knows, or
one the sentence names in capitals after an instrument's head word ("Plan de Acción de ...",
"... Declaration"), then an Instrument of this document. A declaration whose title line names it
("Declaración de Lima") and whose text declares ("DECLARAN:") is adopted by the meeting it
records. The instrument's name must be capitalised as a title: "adoptó un enfoque" or "approved
the report of the Secretariat" (a known report aside) adds nothing, save a text the packs name by
a common noun after an article (`common_instruments`: "issued a joint communiqué", "firmaron un
comunicado conjunto", "aprobaron una hoja de ruta"), an Instrument of this document. A bare head
word ("adopted the Declaration") takes up the instrument named before with that word; a second
verb joined by "and"/"y" adopts its own object.

DELIVERABLE to a Body: an agreement that creates one ("Crear un grupo de trabajo sobre movilidad
laboral", "Establish a working group on labour mobility, coordinated by Chile") produces a Body of
this document, named as written up to where the sentence says how it works.

Cues are the language packs' (data/lang/*/adoptions.yaml). This module must not read
commitments (loaders.commitments does), nor what an agreement adopts for the future ("Adoptar el
Plan ...": a commitment CONCERNS it), nor propose actors other than the new bodies.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.spans import sentences, trim
from loaders.tagging import Tagged

ITEM = r"⟦(?P<kind>{kinds})(?:/\w+)?#(?P<idx>\d+)⟧"


def _alts(words) -> str:
    """The cue phrases, folded, longest first, a blank matching any blanks (loaders.lang)."""
    return phrase_alternation(sorted(words or [], key=len, reverse=True), blank=r"\s+")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_same_length(name)).strip("-")[:60]


@lru_cache(maxsize=1)
def _cues() -> dict:
    """The compiled cues over folded tagged text: `subject` (who adopts, at the sentence's
    start), `verb`, `passive` (instrument first, agent after), `heads` (folded head word ->
    Instrument subtype), `connectors`, `declaration_title`, `declaring`, `create` (verb then a
    body noun, group `noun`), `bodies` (folded noun -> Body subtype), `stops`."""
    lex = lexicon("adoptions")
    dets = _alts(lex.get("subject_determiners"))
    actor = ITEM.format(kinds="Event|Conference|Body")
    subject = re.compile(
        rf"^[\s\"'“(]*(?:[^.;:⟦\n]{{0,160}}?,\s+)?(?P<who>(?:(?:{dets})\s+)?(?:{actor}"
        rf"|(?P<noun>{_alts(lex.get('meeting_nouns'))})\b"
        rf"|(?P<collective>(?:[a-z-]+\s+){{0,2}}?(?:{_alts(lex.get('collective_subjects'))}))\b))")
    verb = re.compile(rf"(?:\s*,[^,⟦]{{0,80}},)?\s+(?:{_alts(lex.get('adopting_verbs'))})\s+")
    passive = re.compile(rf"\s+(?:{_alts(lex.get('adopted_passive'))})\s+(?:{_alts(lex.get('passive_agent'))})\s+")
    heads = {fold_same_length(k): v for k, v in (lex.get("instrument_heads") or {}).items()}
    bodies = {fold_same_length(k): v for k, v in (lex.get("body_nouns") or {}).items()}
    create = re.compile(
        rf"(?:^|[\s,;:\u2013\u2014])(?:to\s+)?(?:{_alts(lex.get('creating_verbs'))})\s+(?:(?:un|una|el|la|a|an|the|new|nuevo|nueva)\s+)*"
        rf"(?P<name>(?:[a-z-]+\s+){{0,2}}?(?P<noun>{_alts(bodies)}))\b")
    return {
        "subject": subject, "verb": verb, "passive": passive, "heads": heads,
        "connectors": set(lex.get("name_connectors") or []),
        "declaration_title": re.compile(rf"^(?:{_alts(lex.get('declaration_title_heads'))})\b"),
        "declaring": re.compile(rf"\b(?:{_alts(lex.get('declaring_verbs'))})\b", re.I),
        "create": create, "bodies": bodies,
        "joined_verb": re.compile(
            rf"\s*,?\s+(?:{_alts(lex.get('joining_words'))})\s+(?:{_alts(lex.get('adopting_verbs'))})\s+"),
        "common": {fold_same_length(k): v for k, v in (lex.get("common_instruments") or {}).items()},
        "common_rx": re.compile(
            rf"(?:{_alts(lex.get('common_instrument_articles'))})\s+(?P<name>{_alts(lex.get('common_instruments'))})\b"),
        "stops": re.compile(rf"\s*[,;:.(]|\s+(?:{_alts(lex.get('body_name_stops'))})|\s*⟦(?:Date|Country|Organization|Person)"),
    }


# -- an instrument named in capitals -------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+(?:[/-]\d+)*", re.UNICODE)


def named_instrument(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The instrument the text names from `start` (after the verb and article): a run of
    capitalised words and the pack's connectors, that begins with an instrument's head word
    ("Plan de Acción Regional contra la Trata de Personas") or ends with one ("Bali Declaration",
    "Regional Action Plan"). Returns (start, end, Instrument subtype) as offsets into `text`, or
    None when the words there are not such a name."""
    cues = _cues()
    words, pos = [], start
    while pos < end:
        m = _WORD.match(text, pos)
        if not m:
            break
        w = m.group()
        if not (w[0].isupper() or w[0].isdigit() or w.lower() in cues["connectors"]):
            break
        words.append((m.start(), m.end(), w))
        gap = re.match(r"[^\S\n]+", text[m.end():end])
        if not gap:
            break
        pos = m.end() + gap.end()
    while words and words[-1][2].lower() in cues["connectors"]:
        words.pop()
    if not words or not words[0][2][0].isupper():
        return None
    folded = fold_same_length(" ".join(w for _, _, w in words))
    for head, subtype in sorted(cues["heads"].items(), key=lambda kv: -len(kv[0])):
        if folded == head or folded.startswith(head + " ") or folded.endswith(" " + head):
            if folded == head and len(words) == 1 and head not in ("declaration", "declaracion"):
                # a bare "Plan" or "Agenda" names nothing in particular
                return None
            return words[0][0], words[-1][1], subtype
    return None


def _instrument_node(ctx, s: int, e: int, subtype: str) -> str:
    """The Instrument of this document named text[s:e] (an existing node of that name is kept)."""
    name = " ".join(ctx.text[s:e].split())
    iid = f"instrument:{ctx.doc}:{_slug(name)}"
    ctx.batch.add_node(iid, "Instrument", name, [ctx.source(s, e)], doc=ctx.doc, subtype=subtype)
    return iid


def _object(ctx, tagged: Tagged, at: int) -> tuple[list[str], int, int] | None:
    """What is adopted, from folded offset `at` of `tagged`: ([instrument ids], start, end) as
    document offsets, a known Instrument's placeholder or a name in capitals."""
    m = re.compile(r"(?:(?:el|la|los|las|the|a|an|un|una|su|its|their|this|el presente|la presente)\s+)?"
                   + ITEM.format(kinds="Instrument")).match(tagged.s, at)
    if m:
        it = tagged.items[int(m.group("idx"))]
        return list(it.ids), it.start, it.end
    art = re.compile(r"(?:(?:el|la|los|las|the|a|an|un|una)\s+)").match(tagged.s, at)
    s, _ = tagged.span(art.end() if art else at, (art.end() if art else at) + 1)
    found = named_instrument(ctx.text, s, tagged.end)
    if not found:
        return _common_instrument(ctx, tagged, at)
    a, b, subtype = found
    earlier = _taken_up_instrument(ctx, a, b)
    if earlier:
        return [earlier], a, b
    return [_instrument_node(ctx, a, b, subtype)], a, b


def _common_instrument(ctx, tagged: Tagged, at: int) -> tuple[list[str], int, int] | None:
    """A text named by a common noun after an article at folded offset `at` ("a joint
    communiqué", "una hoja de ruta", "a Joint Press Statement"; the packs' `common_instruments`):
    an Instrument of this document named by the phrase as written, first letter capitalised."""
    cues = _cues()
    m = cues["common_rx"].match(tagged.s, at)
    if not m or "⟦" in m.group("name"):
        return None
    a, b = tagged.span(m.start("name"), m.end("name"))
    subtype = cues["common"][re.sub(r"\s+", " ", m.group("name"))]
    name = " ".join(ctx.text[a:b].split())
    iid = f"instrument:{ctx.doc}:{_slug(name)}"
    ctx.batch.add_node(iid, "Instrument", name[:1].upper() + name[1:], [ctx.source(a, b)],
                       doc=ctx.doc, subtype=subtype)
    return [iid], a, b


def _taken_up_instrument(ctx, s: int, e: int) -> str | None:
    """The Instrument a bare head word takes up ("the Declaration", "la Declaración" after "the
    Cairo Declaration" was named): the one of the batch, named with that head word and more,
    whose latest source ends before `s`; None when text[s:e] is more than a head word or no
    such instrument was named before."""
    head = fold_same_length(ctx.text[s:e]).lower()
    if head not in _cues()["heads"] or " " in head:
        return None
    best, at = None, -1
    for node in ctx.batch.nodes.values():
        if node.kind != "Instrument":
            continue
        words = fold_same_length(node.name).lower().split()
        if len(words) < 2 or head not in words:
            continue
        before = [src.end for src in node.sources if src.end <= s]
        if before and max(before) > at:
            best, at = node.id, max(before)
    return best


def _adopter(ctx, tagged: Tagged, subj: re.Match) -> str | None:
    """Who adopts: the conference, body or event the subject names, else the document's meeting
    (its noun or its participants), when the batch holds it."""
    if subj.group("idx") is not None:
        ids = tagged.items[int(subj.group("idx"))].ids
        return ids[0] if len(ids) == 1 else None
    return ctx.meeting_id if ctx.meeting_id in ctx.batch.nodes else None


def link_adoptions(ctx) -> None:
    """The pipeline component: ADOPTED edges from who adopts to the instrument, with the span
    from the subject to the instrument's name (the title line and the declaring word for a
    declaration that is the document)."""
    cues = _cues()
    for block in ctx.structure.blocks:
        if block.kind in ("signature", "heading"):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            subj = cues["subject"].match(tagged.s)
            if subj:
                v = cues["verb"].match(tagged.s, subj.end())
                obj = _object(ctx, tagged, v.end()) if v else None
                who = _adopter(ctx, tagged, subj) if obj else None
                if who:
                    a, _ = tagged.span(subj.start("who"), subj.start("who") + 1)
                    a, _ = trim(ctx.text, a, obj[2])
                    while obj:
                        for iid in obj[0]:
                            ctx.edge("ADOPTED", who, iid, [ctx.source(a, obj[2])])
                        obj = _next_object(ctx, tagged, obj[2], cues)
                    continue
            _passive(ctx, tagged, cues)
    _declaration_title(ctx, cues)


def _next_object(ctx, tagged: Tagged, after: int, cues: dict) -> tuple[list[str], int, int] | None:
    """What a second verb joined to the first adopts ("firmaron un comunicado conjunto y
    aprobaron una hoja de ruta", "issued a joint statement and adopted a road map"): the object
    after "y"/"and" and an adopting verb right after document offset `after`, else None."""
    at = next((i for i, p in enumerate(tagged.starts) if p >= after), None)
    if at is None:
        return None
    m = cues["joined_verb"].match(tagged.s, at)
    return _object(ctx, tagged, m.end()) if m else None


def _passive(ctx, tagged: Tagged, cues: dict) -> None:
    """"La Declaración ... fue adoptada por la Conferencia", "The Action Plan was endorsed by the
    Ministers": the instrument at the sentence's start, who adopts after the agent word."""
    p = cues["passive"].search(tagged.s)
    if not p:
        return
    obj = _object(ctx, tagged, 0)
    if not obj:
        return
    o_end = tagged.span(p.start(), p.start() + 1)[0]
    if obj[2] > o_end:
        return
    subj = cues["subject"].match(tagged.s[p.end():])
    if not subj:
        return
    if subj.group("idx") is not None:
        ids = tagged.items[int(subj.group("idx"))].ids
        who = ids[0] if len(ids) == 1 else None
    else:
        who = ctx.meeting_id if ctx.meeting_id in ctx.batch.nodes else None
    if who:
        _, b = tagged.span(p.end() + subj.end() - 1, p.end() + subj.end())
        a, _ = tagged.span(0, 1)
        for iid in obj[0]:
            ctx.edge("ADOPTED", who, iid, [ctx.source(min(a, obj[1]), b)])


def _declaration_title(ctx, cues: dict) -> None:
    """A document whose first line is a declaration's title ("Declaración de Lima", "Joint
    Communiqué") and whose text declares: the meeting it records adopted that declaration."""
    if ctx.meeting_id not in ctx.batch.nodes or not ctx.structure.blocks:
        return
    first = next((b for b in ctx.structure.blocks if ctx.text[b.start:b.end].strip()), None)
    if first is None:
        return
    s, e = trim(ctx.text, first.start, first.end)
    line_end = ctx.text.find("\n", s, e)
    e = line_end if line_end > 0 else e
    s, e = trim(ctx.text, s, e)
    line = ctx.text[s:e].strip("*# ")
    if not cues["declaration_title"].match(fold_same_length(line).lower()):
        return
    declares = cues["declaring"].search(ctx.text, e)
    if not declares:
        return
    s = ctx.text.index(line, s)
    e = s + len(line)
    known = [it for it in ctx.items_by_block.get(first.ordinal, [])
             if it.kind == "Instrument" and s <= it.start and it.end <= e]
    if known:
        ids = [i for it in known for i in it.ids]
    else:
        found = named_instrument(ctx.text, s, e)
        ids = [_instrument_node(ctx, found[0], found[1], found[2])] if found else []
    for iid in ids:
        ctx.edge("ADOPTED", ctx.meeting_id, iid,
                 [ctx.source(s, e), ctx.source(declares.start(), declares.end())])


# -- a body an agreement creates -----------------------------------------------------------------

def link_created_bodies(ctx) -> None:
    """The pipeline component: for each agreement (ctx.commitments) with no DELIVERABLE yet whose
    words create a body ("crear un grupo de trabajo sobre ...", "establish a working group on
    ..."), a Body of this document named from the body's noun to where the sentence says how it
    works, and the agreement's DELIVERABLE edge to it."""
    cues = _cues()
    made = {e.source for e in ctx.batch.edges.values() if e.type == "DELIVERABLE"}
    for c in ctx.commitments or []:
        if c.id in made or c.id not in ctx.batch.nodes:
            continue
        block = ctx.structure.block_at(c.start)
        items = ctx.items_by_block.get(block.ordinal, []) if block else []
        tagged = Tagged.build(ctx.text, c.start, c.end, items)
        m = cues["create"].search(tagged.s)
        if not m:
            continue
        stop = cues["stops"].search(tagged.s, m.end("noun"))
        b = stop.start() if stop else len(tagged.s)
        s, _ = tagged.span(m.start("name"), m.start("name") + 1)
        _, e = tagged.span(b - 1, b)
        s, e = trim(ctx.text, s, e)
        name = " ".join(ctx.text[s:e].split())
        if fold_same_length(name).lower() == re.sub(r"\s+", " ", m.group("noun")):
            continue            # "crear una red" names no body
        subtype = cues["bodies"][re.sub(r"\s+", " ", m.group("noun"))]
        bid = f"body:{ctx.doc}:{_slug(name)}"
        ctx.batch.add_node(bid, "Body", name[:1].upper() + name[1:], [ctx.source(s, e)],
                           doc=ctx.doc, subtype=subtype)
        ctx.edge("DELIVERABLE", c.id, bid, [ctx.source(s, e)])
        for rs, re_ in _taken_up(ctx, m.group("noun"), e):
            ctx.batch.add_node(bid, "Body", name, [ctx.source(rs, re_)])


def _body_mention_starts(ctx) -> dict[str, list[int]]:
    """Where the document's Body mentions start, sorted, under each folded lower-case word of
    their quotes ("grupo" -> [starts of "Grupo Regional de Consulta", ...]); built once a
    component (Context.step_memo), so finding the next mention holding a word is a bisection."""
    def build():
        index: dict[str, list[int]] = {}
        for x in ctx.mentions:
            if x.kind == "Body":
                for word in set(fold_same_length(x.quote).lower().split()):
                    index.setdefault(word, []).append(x.start)
        return {word: sorted(starts) for word, starts in index.items()}
    return ctx.memo(_body_mention_starts, build)


def _taken_up(ctx, noun: str, after: int) -> list[tuple[int, int]]:
    """The spans of the capitalised head noun that takes up a body the text has just created
    ("crear un grupo de trabajo ad hoc ... El Grupo presentará", "set up a working group ... The
    Group will report"): a Body anaphor of the language packs (data/lang/*/entities.yaml
    `anaphora`) whose title is a word of the body's noun, after one of its determiners, from
    `after` up to the next full mention of a known body holding that word; never where a
    capitalised word follows it ("el Grupo de Lima" opens a name)."""
    words = set(fold_same_length(noun).lower().split())
    out = []
    for a in ctx.gazetteer.anaphora:
        if a.kind != "Body" or fold_same_length(a.title).lower() not in words:
            continue
        starts = _body_mention_starts(ctx).get(fold_same_length(a.title).lower(), [])
        at = bisect_left(starts, after)
        stop = starts[at] if at < len(starts) else len(ctx.text)
        written = _determined_titles(ctx, a.title, tuple(a.determiners))
        for at in range(bisect_left(written, (after,)), len(written)):
            start, t_start, t_end = written[at]
            if t_end > stop:
                break
            if t_end < stop and _WORD_CHAR.match(ctx.text, t_end):
                continue                    # "el Grupos": no title of its own
            if not _NAME_GOES_ON.match(ctx.text, t_end, stop):
                out.append((t_start, t_end))
    return out


# what makes "el Grupo" open a name rather than take one up: a capital after it ("el Grupo de
# Lima"); matched with the search's end as the text's end, as a lookahead there would be
_NAME_GOES_ON = re.compile(r"\s+(?:(?:de|del|of|on|sobre|para|for)\s+(?:(?:la|el|the)\s+)?)?[A-ZÁÉÍÓÚÑ]")
_WORD_CHAR = re.compile(r"\w")


def _determined_titles(ctx, title: str, determiners: tuple[str, ...]) -> list[tuple[int, int, int]]:
    """Every place the text writes `title` right after one of `determiners` ("el Grupo",
    "the Group"), as (start, title start, title end), in order; found once a component
    (Context.step_memo) so each anaphor's search is a bisection, not a scan of the text."""
    rx = rf"\b(?i:{'|'.join(map(re.escape, determiners))})\s+(?P<t>{re.escape(title)})"
    return ctx.memo((_determined_titles, title, determiners),
                    lambda: [(m.start(), *m.span("t")) for m in re.finditer(rx, ctx.text)])

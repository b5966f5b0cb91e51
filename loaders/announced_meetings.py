"""Meetings the writers of a document announce they will hold, by a capitalised name: "el 13 de
agosto realizaremos el Foro Regional 2", "on 4 May we will hold the Open Data Summit in Lima",
"celebraremos la Cumbre Ciudadana el 3 de junio". Each is an Event of this document named as
written (capitalised words and numbers, at least one of them a meeting noun), HELD_ON the date
said right before the verb or right after the name, and HELD_IN the place right after the name,
each quoted on its own words; without a date or place nothing is made. Who "we" are is not read
here.

Cues (first-person verbs of holding, meeting nouns) live in data/lang/*/other_meetings.yaml
`we_hold_verbs`, `meeting_nouns`. This module must not touch the document's own meeting: a
name the own meeting's name holds, or that holds it, is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context, date_node
from loaders.frame import meeting_id, place_after
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.tagging import PLACEHOLDER, Tagged

NAME_WORDS = 6          # words of the meeting's name at most
WORD = re.compile(r"[^\W_][\w'’.-]*")
JOINS = frozenset({"de", "del", "la", "las", "los", "el", "y", "sobre", "of", "the", "on", "and", "for"})


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, frozenset]:
    """(a date placeholder and its comma perhaps, a first-person verb of holding, an article;
    the folded meeting nouns)."""
    lex = lexicon("other_meetings")
    verb = re.compile(r"(?P<date>⟦Date[^⟧]*⟧\s*,?\s*)?\b(?:%s)\s+(?:el|la|los|las|the|our|nuestr[oa])\s+"
                      % phrase_alternation(lex.get("we_hold_verbs") or []))
    nouns = frozenset(fold_same_length(str(w)) for w in lex.get("meeting_nouns") or [])
    return verb, nouns


@lru_cache(maxsize=1)
def _agreed_cues() -> re.Pattern:
    """An infinitive of holding, then when and where (each a tagged date or place, a few words
    before it), then an article: "convinieron realizar durante la última semana de febrero, en
    la ciudad de X, una reunión del Grupo ...", "agreed to hold in March in X the Second Meeting"
    (data/lang/*/other_meetings.yaml `hold_infinitives`; group `pre` holds the date and place)."""
    lex = lexicon("other_meetings")
    return re.compile(r"\b(?:%s)\s+(?P<pre>(?:(?:[a-z]+\s+){0,5}?⟦(?:Date|Place)#\d+⟧\s*,?\s*){1,3})"
                      r"(?:el|la|una|un|the|a|an)\s+" % phrase_alternation(lex.get("hold_infinitives") or []))


def read_announced_meetings(ctx: Context) -> None:
    """The pipeline component: an Event per meeting the writers say they will hold (module
    docstring)."""
    verb_re, nouns = _cues()
    meeting = meeting_id(ctx)
    own = ctx.batch.nodes.get(meeting)
    own_name = " ".join(fold_same_length(own.name).split()) if own is not None and own.name else ""
    for block, s, e, tagged in ctx.tagged_sentences(("title", "heading", "signature")):
        for m in verb_re.finditer(tagged.s):
            _one(ctx, tagged, m, nouns, own_name)
        for m in _agreed_cues().finditer(tagged.s):
            _one(ctx, tagged, m, nouns, own_name)


def _one(ctx: Context, tagged: Tagged, m: re.Match, nouns: frozenset, own_name: str) -> None:
    start = tagged.span(m.end(), m.end() + 1)[0]
    words, joins = [], []
    for w in WORD.finditer(ctx.text, start, min(len(ctx.text), start + 120)):
        if (words or joins) and ctx.text[(joins or words)[-1].end():w.start()].strip():
            break               # a comma or a bracket ends the name
        if words and fold_same_length(w.group(0)) in JOINS:
            joins.append(w)     # "Cumbre Ciudadana de Datos": only with a capital after it
            continue
        # "una reunión del Grupo Técnico": a meeting noun in lower case opens the name of the
        # meeting of a capitalised body
        if not (w.group(0)[:1].isupper() or w.group(0).isdigit() and not joins or
                not words and fold_same_length(w.group(0)) in nouns) \
                or len(words) >= NAME_WORDS:
            break
        words.append(w)
        joins = []
    if len(words) < 2 or not any(fold_same_length(w.group(0)) in nouns for w in words):
        return
    s, e = words[0].start(), words[-1].end()
    if ctx.text[e - 1] == "." and re.search(r"[^\W\d_]{3}\.$", ctx.text[s:e]):
        e -= 1                  # "... del Grupo de Trabajo Fronterizo." at a sentence's end
    name = " ".join(ctx.text[s:e].split())
    folded = fold_same_length(name)
    if own_name and (folded in own_name or own_name in folded):
        return
    k = next((i for i, x in enumerate(tagged.starts) if x >= e), len(tagged.s))
    day, place_at = None, k
    before = [tagged.items[int(p.group("idx"))] for p in PLACEHOLDER.finditer(m.group("pre"))] \
        if m.groupdict().get("pre") else []
    day = next((it for it in before if it.kind == "Date"), None)
    if m.groupdict().get("date"):
        day = tagged.items[int(PLACEHOLDER.match(tagged.s, m.start("date")).group("idx"))]
    elif day is None:
        after = re.compile(r"\s*,?\s*(?:(?:el|on)\s+)?(?=⟦Date)").match(tagged.s, k)
        if after:
            p = PLACEHOLDER.match(tagged.s, after.end())
            day, place_at = tagged.items[int(p.group("idx"))], p.end()
    if day is not None and day.subtype == "period":
        day = None
    place = place_after(ctx, tagged, k) or (place_after(ctx, tagged, place_at) if place_at != k else None)
    said = next((it for it in before if it.kind == "Place"), None)
    if place is None and said is not None:
        place = said.ids[0], ctx.source(said.start, said.end)
    if day is None and place is None:
        return
    eid = f"event:{ctx.doc}:{re.sub(r'[^a-z0-9]+', '-', folded).strip('-')}"
    ctx.batch.add_node(eid, "Event", name, [ctx.source(s, e)], doc=ctx.doc)
    if place:
        ctx.edge("HELD_IN", eid, place[0], [place[1]])
    if day is not None:
        date_node(ctx, day)
        ctx.edge("HELD_ON", eid, day.ids[0], [ctx.source(day.start, day.end)])
    body = _body_of_meeting(ctx, tagged, k, s)
    if body is not None:
        ctx.edge("PART_OF", eid, body[0], [body[1]])
    elif fold_same_length(words[0].group(0)) in nouns and not words[0].group(0)[:1].isupper():
        # "una reunión del Grupo de Trabajo X": the body the name holds after its noun
        for it in tagged.items:
            if it.kind == "Body" and s <= it.start and it.end <= e:
                ctx.edge("PART_OF", eid, it.ids[0], [ctx.source(it.start, it.end)])


# after a meeting's name, the body it is a meeting of: "de esta Comisión" (the last body before
# it with that head word), "del Grupo de Trabajo" as tagged
_OF_THIS = re.compile(r"\s+(?:de|del|of)\s+(?:esta|este|dicha|dicho|this|that)\s+(?P<head>[a-z]+)")
_OF_BODY = re.compile(r"\s+(?:de\s+la|de\s+el|del|de|of\s+the|of)\s+(?=⟦Body)")


def _body_of_meeting(ctx: Context, tagged: Tagged, k: int, name_start: int):
    """(body id, source) of the body a named meeting is of, said right after its name (tagged
    index `k`): "de esta Comisión", "of this Commission" name the last body mentioned before
    the name whose name holds that word; "del Comité X" the body tagged there. None when neither
    is said."""
    tagged_body = _OF_BODY.match(tagged.s, k)
    if tagged_body:
        it = tagged.items[int(PLACEHOLDER.match(tagged.s, tagged_body.end()).group("idx"))]
        return it.ids[0], ctx.source(it.start, it.end)
    this = _OF_THIS.match(tagged.s, k)
    if not this:
        return None
    earlier = [it for items in ctx.items_by_block.values() for it in items
               if it.kind == "Body" and it.end <= name_start
               and re.search(rf"\b{this.group('head')}\b", fold_same_length(ctx.text[it.start:it.end]).lower())]
    if not earlier:
        return None
    s, e = tagged.span(this.start("head"), this.end("head"))
    return max(earlier, key=lambda it: it.end).ids[0], ctx.source(s, e)

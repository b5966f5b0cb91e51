"""Meetings of a series that a sentence names by their ordinal and says were or will be held
somewhere, some time: "the fifth Ministerial meeting of the Development Area (DA) were held in
Canberra on 18 March 2005", "the eighth Ministerial Forum and the sixth DA meeting is tentatively
scheduled to be held in ... in 2006", "la CSM (...) es un proceso ..., la primera fue en Buenos
Aires en el año 2000". Each is an Event of this document named as written (from its ordinal to
its meeting noun and the capitalised complement after it; an ordinal standing alone for the
meeting, "la primera", is named after the forum the sentence names before it), HELD_IN the Place
right after the verb and HELD_ON the first date after it in the clause (a year is enough), each
quoted on its own words.

A meeting named with the ordinal of the document's own meeting, or whose name holds the own
meeting's name ("the seventh meeting of the <own forum>"), is the document's own and is left to
loaders.frame; so is a sentence that already dates or places the own meeting, and a meeting
another component already made an Event of. Cues (ordinal words, meeting nouns, the finite
verbs) live in data/lang/*/other_meetings.yaml. This module must not touch the document's own
meeting nor read participants.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context, date_node
from loaders.frame import meeting_id, place_after
from loaders.lang import lexicon, phrase_alternation
from loaders.other_meetings import opening_ordinal, ordinal_of, own_ordinal
from loaders.read import fold_same_length
from loaders.spans import sentences
from loaders.tagging import PLACEHOLDER, Tagged

WORDS_BETWEEN = 3       # words between the ordinal and its meeting noun ("eighth Ministerial Forum")
COMPLEMENT_WORDS = 7    # capitalised words of the complement ("of the Development Area (DA)")
DATE_WITHIN = 60        # tagged characters after the verb in which the meeting's date is read
OWNERS = ("Conference", "Body", "Organization")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    """(an article, an ordinal word and at most WORDS_BETWEEN words then a meeting noun or, with
    no noun, the ordinal alone; a finite held verb), both on folded tagged text."""
    lex = lexicon("other_meetings")
    ordinals = [str(k) for k in (lex.get("ordinals") or {})]
    nouns = phrase_alternation(lex.get("meeting_nouns") or [])
    name = re.compile(
        r"\b(?:the|la|el|los|las)\s+(?P<ord>%s|\d{1,3}(?:st|nd|rd|th|a|o|ª|º))\s+"
        r"(?:(?P<mid>(?:[\w'’-]+\s+){0,%d}?)(?P<noun>%s)\b)?"
        % (phrase_alternation(ordinals), WORDS_BETWEEN, nouns))
    verbs = []
    for phrase in lex.get("held_verbs") or []:
        words = fold_same_length(str(phrase)).split()
        last = words[-1]
        body = r"\s+(?:[a-z]+(?:ly|mente)\s+)?".join(re.escape(w) for w in words[:-1])
        if last in ("en", "in"):        # "fue en": the place lead stays for place_after
            verbs.append(body + r"(?=\s+%s\b)" % last)
        else:
            verbs.append((body + r"\s+(?:[a-z]+(?:ly|mente)\s+)?" if body else "") + re.escape(last))
    held = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(verbs, key=len, reverse=True) or ["(?!)"]))
    return name, held


def held_verbs() -> re.Pattern:
    """A finite verb saying a meeting is or was held (data/lang/*/other_meetings.yaml
    `held_verbs`), after blanks, on folded tagged text ("  were held", " tendra lugar")."""
    return _cues()[1]


def _complement_end(ctx: Context, tagged: Tagged, at: int) -> int:
    """The tagged offset after the capitalised complement at `at` ("of the Development Area
    (DA)", "de la Conferencia ..."), else `at`: words written with a capital or tagged mentions,
    at most COMPLEMENT_WORDS, then an acronym in brackets."""
    lead = re.compile(r"\s+(?:of|de|del)\s+(?:(?:the|la|el|los|las)\s+)?").match(tagged.s, at)
    if not lead:
        return at
    base = pos = lead.end()
    taken = 0
    for tok in re.finditer(r"(?:⟦[^⟧]*⟧|[\w'’-])+", tagged.s[base:base + 400]):
        a = base + tok.start()
        if tagged.s[pos:a].strip() or taken >= COMPLEMENT_WORDS:
            break
        written = ctx.text[tagged.span(a, a + 1)[0]]
        if not (tagged.s[a] == "⟦" or written.isupper()):
            break
        taken += 1
        pos = a + len(tok.group(0))
    if not taken:
        return at
    acronym = re.compile(r"\s*\((?:⟦[^⟧]*⟧|[^()⟦\s]{1,12})\)").match(tagged.s, pos)
    return acronym.end() if acronym else pos


def read_ordinal_meetings(ctx: Context) -> None:
    """The pipeline component: an Event per meeting of a series named by its ordinal that a
    sentence says was or will be held, with its HELD_IN and HELD_ON (module docstring)."""
    meeting = meeting_id(ctx)
    own_node = ctx.batch.nodes.get(meeting)
    if own_node is None:
        return
    own_name = " ".join(fold_same_length(own_node.name or "").split())
    own = (own_ordinal(own_node.name or "") if own_node.sources else None) or opening_ordinal(ctx.text)
    own_spans = [(s.start, s.end) for e in ctx.batch.edges.values()
                 if e.source == meeting and e.type in ("HELD_IN", "HELD_ON") for s in e.sources]
    made = [(s.start, s.end) for n in ctx.batch.nodes.values() if n.kind == "Event"
            for s in n.sources]
    name_re, held_re = _cues()
    for block in ctx.structure.blocks:
        if block.kind in ("title", "heading", "signature"):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            # the sentence that says where/when the document's meeting met: only a meeting named
            # beside the own one shares its place and day ("the seventh meeting of the <own
            # forum> and the fifth meeting of ... were held in ...")
            said_own = any(s <= a and b <= e for a, b in own_spans)
            tagged = Tagged.build(ctx.text, s, e, items)
            if not held_re.search(tagged.s):
                continue
            _sentence(ctx, tagged, name_re, held_re, (own, own_name, said_own), made)


def _sentence(ctx, tagged, name_re, held_re, own, made) -> None:
    """The meetings of one sentence: a run of names joined by "and"/"y", then the held verb."""
    # (tagged start, end of its noun, end of the name, alone) of each name
    group: list[tuple[int, int, int, bool]] = []
    for m in name_re.finditer(tagged.s):
        if group and tagged.s[group[-1][2]:m.start()].strip(" ,") not in ("and", "y", "e", ""):
            group = []
        if m.group("noun") is None:
            # an ordinal standing for the meeting: only right before the held verb ("la primera fue en")
            if not held_re.match(tagged.s, m.end("ord")):
                group = []
                continue
            group.append((m.start("ord"), m.end("ord"), m.end("ord"), True))
        else:
            end = _complement_end(ctx, tagged, m.end("noun"))
            group.append((m.start("ord"), m.end("noun"), end, False))
        verb = held_re.match(tagged.s, group[-1][2])
        if verb:
            _held(ctx, tagged, group, verb, own, made)
            group = []


def _is_own(written: str, own: int | None, own_name: str) -> bool:
    """Whether a meeting named as `written` is the document's own: its ordinal is the own
    meeting's, or its name holds the own meeting's name ("the seventh meeting of the <own forum>")."""
    folded = " ".join(fold_same_length(written).split())
    first = [(w, w) for w in folded.split()[:1]]
    return (own is not None and ordinal_of(first) == own) or bool(own_name and own_name in folded)


def _held(ctx, tagged, group, verb, own, made) -> None:
    """Each named meeting of `group` that is not the document's own: its Event, HELD_IN, HELD_ON.
    `own` is (the own meeting's ordinal or None, its folded name, whether this sentence already
    places or dates it)."""
    own, own_name, said_own = own
    names = [(a, noun_end, b, alone, " ".join(ctx.text[slice(*tagged.span(a, b))].split()))
             for a, noun_end, b, alone in group]
    if said_own and not any(_is_own(w, own, own_name) for *_, w in names):
        return                      # the own meeting's sentence, with no other meeting beside it
    stop = tagged.s.find(";", verb.end())
    stop = min(len(tagged.s) if stop < 0 else stop, verb.end() + DATE_WITHIN)
    place = place_after(ctx, tagged, verb.end())
    if place and ctx.batch.nodes.get(place[0]) is not None and ctx.batch.nodes[place[0]].kind != "Place":
        place = None                # a country hosts it; where in it the sentence does not say
    day = None
    for p in PLACEHOLDER.finditer(tagged.s, verb.end(), stop):
        it = tagged.items[int(p.group("idx"))]
        if it.kind == "Date" and it.subtype != "period":
            day = it
            break
    if place is None and day is None:
        return
    for a, noun_end, b, alone, written in names:
        if PLACEHOLDER.search(tagged.s, a, noun_end):
            continue                # a name the text tags (a forum, another event): not this rule's
        if _is_own(written, own, own_name):
            continue                # the document's own meeting
        s, e = tagged.span(a, b)
        if any(x < e and s < y for x, y in made):
            continue                # already an Event of another component
        if alone:
            owners = [it for p in PLACEHOLDER.finditer(tagged.s, 0, a)
                      for it in [tagged.items[int(p.group("idx"))]] if it.kind in OWNERS]
            if not owners:
                continue            # "la primera" of nothing the sentence names
            node = ctx.gazetteer.get(owners[-1].ids[0]) or ctx.batch.nodes.get(owners[-1].ids[0])
            name = f"{written[:1].upper()}{written[1:]} ({node.name if node else owners[-1].ids[0]})"
            eid = f"event:{ctx.doc}:{_slug(written)}-{_slug(owners[-1].ids[0])}"
        else:
            name = written[:1].upper() + written[1:]
            eid = f"event:{ctx.doc}:{_slug(written)}"
        src = ctx.source(s, e)
        ctx.batch.add_node(eid, "Event", name, [src], doc=ctx.doc)
        made.append((s, e))
        if place:
            ctx.edge("HELD_IN", eid, place[0], [place[1]])
        if day is not None:
            date_node(ctx, day)
            ctx.edge("HELD_ON", eid, day.ids[0], [ctx.source(day.start, day.end)])


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_same_length(text)).strip("-")

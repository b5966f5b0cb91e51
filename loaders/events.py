"""Meetings a document names besides its own: earlier and later sessions, summits and
conferences it refers to ("their 2012 Leaders' Meeting", "the Pacific Energy Summit to be hosted
in Auckland in March 2013", "the recent Bali Process Ministerial Conference in Bali on 30 March
2011"), each an Event of this document with, where the sentence says so right after the name,
where (HELD_IN) and when (HELD_ON) it meets, and the forum it is a session of (PART_OF a
Conference named inside it).

Cues live in data/events.yaml. A name is capitalised words ending in a meeting noun (or, in
Spanish, opening with one); a name made only of generic words ("Leaders' Meeting", "the
Conference") is the document's own meeting and is left to loaders.frame, as are names the
gazetteer knows as a standing forum. This module must not touch the document's own meeting nor
read participants, agreements or speakers.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from graph.data_files import data_file
from graph.data_schemas import UniqueKeyLoader
from loaders.context import Context, date_node
from loaders.read import fold_same_length
from loaders.spans import sentences
from loaders.tagging import PLACEHOLDER, Tagged

EVENTS_PATH = data_file("events.yaml")


@lru_cache(maxsize=None)
def load_event_cues(path: Path = EVENTS_PATH) -> dict:
    """data/events.yaml compiled: `name` (English and Spanish meeting names, groups `name` and
    `head`), `series` (heads that also name standing series), `generic` (folded words),
    `place_after`, `date_after`, `inside`, `series_held`, `one_meeting`, `body_meeting` and
    `body_meeting_stated` (regexes with groups `body` and `head`), `place_in_brackets` (group
    `place`), `body_subtypes`,
    `place_in_name_min_population` (int). Raises SourceError on a malformed file."""
    from loaders.errors import SourceError
    try:
        raw = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=UniqueKeyLoader)
        word = raw["name_word"]
        cap = r"[A-ZÁÉÍÓÚÑ][\w’'&.-]*"
        heads = "|".join(raw["heads"])
        heads_es = "|".join(raw["heads_es"])
        months = "|".join(raw.get("months") or []) or r"(?!)"
        name = re.compile(
            rf"(?P<name>(?:{word}\s+){{1,6}}(?P<head>{heads})(?:\s+(?:on|of)\s+(?:the\s+)?(?!(?:{months})\b){cap}"
            rf"(?:\s+{cap}){{0,3}})?)(?![\w’'-])"
            rf"|(?P<name_es>(?:{raw['ordinal_es']}\s+)?(?P<head_es>{heads_es})\s+(?:(?:de|del|sobre)\s+(?:(?:la|el|los|las)\s+)?)?"
            rf"{cap}(?:\s+(?:(?:de|del|sobre|y)\s+(?:(?:la|el|los|las)\s+)?)?{cap}){{0,5}})(?![\w’'-])")
        return {"name": name, "series": frozenset(raw["series_heads"]),
                "generic": frozenset(fold_same_length(w) for w in raw["generic"]),
                "place_after": re.compile(raw["place_after"]),
                "inside": re.compile(raw["inside"]), "series_held": re.compile(raw["series_held"]),
                "one_meeting": re.compile(raw["one_meeting"]),
                "body_meeting": tuple(re.compile(x) for x in raw["body_meeting"]),
                "body_meeting_stated": tuple(re.compile(x) for x in raw.get("body_meeting_stated") or ()),
                "body_subtypes": {fold_same_length(k): v for k, v in raw["body_subtypes"].items()},
                "date_after": re.compile(raw["date_after"]),
                "place_in_brackets": re.compile(raw["place_in_brackets"]),
                "place_in_name_min_population": int(raw.get("place_in_name_min_population") or 0)}
    except (OSError, KeyError, TypeError, re.error, yaml.YAMLError) as exc:
        raise SourceError(Path(path).name, 1, f"malformed event cues: {exc}") from exc


def series_heads() -> frozenset:
    """The meeting head nouns that also name standing series ("Dialogue", "Forum"), as written."""
    return load_event_cues()["series"]


def names_one_meeting(name: str) -> bool:
    """Whether a name with a forum's head noun is one meeting ("World Conference on Disaster
    Reduction", "Lima Ministerial Conference") rather than a standing forum ("Pacific
    Conference"): data/events.yaml `one_meeting` on the folded name."""
    return bool(load_event_cues()["one_meeting"].search(fold_same_length(name)))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_same_length(text)).strip("-")


def _tagged_at(tagged: Tagged, offset: int) -> int:
    """The index in the tagged string of the first character at or after text `offset`."""
    return next((i for i, x in enumerate(tagged.starts) if x >= offset), len(tagged.s))


def _own_meeting_sources(ctx: Context, meeting: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for e in ctx.batch.edges.values()
            if e.source == meeting and e.type in ("HELD_IN", "HELD_ON") for s in e.sources]


def _trim_generic_front(ctx: Context, s: int, e: int, cues: dict) -> int:
    """Leading determiners and sentence openers ("The", "At") off a name."""
    for m in re.finditer(r"\S+", ctx.text[s:e]):
        if fold_same_length(m.group(0)) in ("the", "this", "at", "in", "on", "during", "for", "and", "la", "el",
                                "las", "los", "en", "a"):
            continue
        return s + m.start()
    return e


# a possessive first word ("June’s", "Canada's"): whose or when the meeting is, not its name
POSSESSOR = re.compile(r"[^\W\d_][\w.-]*[’']s\s+(?=[A-ZÁÉÍÓÚÑ])")


_ORDINAL = re.compile(r"(?:(?:the|la|el)\s+)?\b(?P<n>[IVXLC]+|\d+(?:st|nd|rd|th|a|o|ª|º)?)\b")


def _the_own_meeting_again(ctx: Context, name: str, forums: list[str]) -> bool:
    """A named meeting with the same ordinal as the document's own meeting, of a forum that
    meeting is PART_OF ("XXI Meeting of the RCM" in the declaration of the "XXI Regional
    Conference on Migration"): the document's own meeting named again, not another event."""
    from loaders.frame import meeting_id
    meeting = meeting_id(ctx)
    own = ctx.batch.nodes.get(meeting)
    # the own meeting's ordinal is its name's first one ("Chair's Statement: 7th ..."), the other
    # meeting's opens its name
    mine, theirs = _ORDINAL.search(own.name) if own is not None else None, _ORDINAL.match(name)
    if not (mine and theirs and mine.group("n") == theirs.group("n")):
        return False
    parts = {e.target for e in ctx.batch.edges.values() if e.source == meeting and e.type == "PART_OF"}
    # the forum named by a mention, or by an acronym the own meeting's name also holds ("RCM")
    acronyms = set(re.findall(r"\b[A-Z]{2,}\b", name[theirs.end():]))
    return bool(parts & set(forums)) or bool(acronyms & set(re.findall(r"\b[A-Z]{2,}\b", own.name)))


def read_named_events(ctx: Context) -> None:
    """The pipeline component: an Event per meeting the text names that is not the document's own,
    with HELD_IN / HELD_ON / PART_OF where the sentence states them."""
    from loaders.frame import meeting_id
    cues = load_event_cues()
    meeting = meeting_id(ctx)
    own = ctx.batch.nodes.get(meeting)
    own_name = fold_same_length(own.name) if own is not None else ""
    own_spans = _own_meeting_sources(ctx, meeting)
    for block in ctx.structure.blocks:
        if block.kind in ("title", "heading", "signature"):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            if any(s <= a and b <= e for a, b in own_spans):
                continue            # the sentence that says where/when the document's meeting met
            for m in cues["name"].finditer(ctx.text, s, e):
                _one(ctx, cues, m, s, e, items, own_name)
            _ordinal_sessions(ctx, s, e, items, own_name)


# an ordinal right before a forum's name makes it one session of that forum: "the 47th Pacific
# Islands Forum", "la XV Conferencia Regional sobre Migración" (text as written, before the name)
_SESSION_ORDINAL = re.compile(r"\b(?:the|la|el|its|their|su)\s+(?P<n>\d{1,3}(?:st|nd|rd|th|ª|º)|[IVXLC]{1,6})\s+$")


def _ordinal_sessions(ctx: Context, s: int, e: int, items: list, own_name: str) -> None:
    """An Event per forum or organisation named with an ordinal right before it ("the 47th
    Pacific Islands Forum"), named by both; not when a capitalised word goes on after the
    forum's name (the ordinal is a longer name's), nor the document's own meeting (its name
    holds the other's, or the other is the own meeting named again)."""
    for it in items:
        if it.kind not in ("Conference", "Organization") or not s <= it.start < it.end <= e:
            continue
        m = _SESSION_ORDINAL.search(ctx.text[max(s, it.start - 20):it.start])
        if not m or re.match(r"[^\S\n]+[A-ZÁÉÍÓÚÑ]", ctx.text[it.end:e]):
            continue            # "the 9th WTO Ministerial Conference": the ordinal is the longer name's
        a = it.start - (len(ctx.text[max(s, it.start - 20):it.start]) - m.start("n"))
        name = " ".join(ctx.text[a:it.end].split())
        folded = fold_same_length(name)
        if own_name and (folded in own_name or own_name in folded) or \
                _the_own_meeting_again(ctx, name, list(it.ids)):
            continue
        eid = f"event:{ctx.doc}:{_slug(name)}"
        ctx.batch.add_node(eid, "Event", name, [ctx.source(a, it.end)], doc=ctx.doc)


def _city_in_name(ctx: Context, cues: dict, eid: str, a: int, head: int) -> None:
    """"the Hong Kong Ministerial Meeting": the capitalised words that open the name before its
    generic ones, when they are a city of at least data/events.yaml
    `place_in_name_min_population` or a province or island of a country the document names
    (loaders.world.place), are where the meeting is held (HELD_IN, quoted on them)."""
    from loaders.world import place
    words = list(re.finditer(r"[^\s]+", ctx.text[a:head]))
    lead = []
    for w in words:
        if fold_same_length(w.group(0)) in cues["generic"] or not w.group(0)[:1].isupper():
            break
        lead.append(w)
    if not lead or len(lead) > 3 or any(fold_same_length(w.group(0)) not in cues["generic"]
                                         for w in words[len(lead):]):
        return
    s, e = a + lead[0].start(), a + lead[-1].end()
    named = frozenset(i.split(":", 1)[1] for i, n in ctx.batch.nodes.items() if n.kind == "Country")
    c = place(ctx.text[s:e], context=named)
    if c is None or (c.population < int(cues.get("place_in_name_min_population") or 0)
                     and not (c.population == 0 and c.country in named)):
        return      # a small town, or a province of a country the document does not name
    src = ctx.source(s, e)
    ctx.batch.add_node(c.id, "Place", ctx.text[s:e], [src], name_en=c.name)
    ctx.edge("HELD_IN", eid, c.id, [src])


def _city_in_brackets(ctx: Context, cues: dict, eid: str, at: int) -> None:
    """"(2-4 de mayo de 2030, Cartagena)", "(10 June 2031, Apia)": the capitalised words after
    the date that closes a bracket, when they are a city or province (loaders.world.place), are
    where the meeting is held (HELD_IN, quoted on them). Nothing when the bracket goes on."""
    from loaders.world import place
    m = cues["place_in_brackets"].match(ctx.text, at)
    if not m:
        return
    named = frozenset(i.split(":", 1)[1] for i, n in ctx.batch.nodes.items() if n.kind == "Country")
    s, e = m.span("place")
    c = place(ctx.text[s:e], context=named)
    if c is None:
        return
    src = ctx.source(s, e)
    ctx.batch.add_node(c.id, "Place", ctx.text[s:e], [src], name_en=c.name)
    ctx.edge("HELD_IN", eid, c.id, [src])


def _one(ctx: Context, cues: dict, m: re.Match, s: int, e: int, items: list, own_name: str) -> None:
    group = "name" if m.group("name") else "name_es"
    head = m.group("head") or m.group("head_es")
    a, b = m.span(group)
    a = _trim_generic_front(ctx, a, b, cues)
    # "June’s Summit of the Americas": the possessor that opens it is no part of the name
    own = POSSESSOR.match(ctx.text, a, m.start("head") + 1) if group == "name" else None
    if own:
        a = own.end()
    # "... of the Americas." at a sentence's end: the full stop is not the name's
    if ctx.text[b - 1:b] == "." and re.search(r"[^\W\d_]{4}\.$", ctx.text[a:b]):
        b -= 1
    words = re.findall(r"[^\s]+", ctx.text[a:m.start("head")] if group == "name"
                       else ctx.text[m.start("head_es"):b])
    if group == "name":
        modifiers = [w for w in words if fold_same_length(w) not in cues["generic"]]
        tail = ctx.text[m.end("head"):b].strip()
        if not modifiers and not tail:
            return                  # "Leaders' Meeting", "the Conference": the meeting itself
    else:
        rest = [w for w in words[1:] if fold_same_length(w) not in cues["generic"]]
        if not rest:
            return
    name = " ".join(ctx.text[a:b].split())
    if a >= b or fold_same_length(name) in own_name or own_name and own_name in fold_same_length(name):
        return
    if cues["inside"].search(fold_same_length(ctx.text[max(s, a - 60):a])):
        return
    # a standing forum the gazetteer (or the text) already names over this span
    for it in items:
        if it.kind in ("Conference", "Organization", "Body", "Event") and it.start <= a and it.end >= b:
            return
    if _the_own_meeting_again(ctx, name, [i for it in items if it.kind == "Conference"
                                          and a <= it.start and it.end <= b for i in it.ids]):
        return                      # "the XXI Meeting of the RCM" in the XXI RCM's own declaration
    tagged = Tagged.build(ctx.text, s, e, items)
    k = _tagged_at(tagged, b)
    rest = tagged.s[k:]
    place = cues["place_after"].match(rest)
    when = cues["date_after"].match(rest)
    if head in cues["series"] and not place and not (
            when and cues["series_held"].search(rest[:when.start("date")])):
        return                      # "the CER Ministerial Forum", "the Dialogue, established in 2012"
    eid = f"event:{ctx.doc}:{_slug(name)}"
    src = ctx.source(a, b)
    ctx.batch.add_node(eid, "Event", name, [src], doc=ctx.doc)
    if place:
        it = tagged.group_items(place, "place")[0]
        ctx.edge("HELD_IN", eid, it.ids[0], [ctx.source(it.start, it.end)])
    elif group == "name":
        _city_in_name(ctx, cues, eid, a, m.start("head"))
    if when:
        it = tagged.group_items(when, "date")[0]
        date_node(ctx, it)
        ctx.edge("HELD_ON", eid, it.ids[0], [ctx.source(it.start, it.end)])
        if not place:
            _city_in_brackets(ctx, cues, eid, it.end)
    else:
        year = re.match(r"(?:19|20)\d{2}\b", ctx.text[a:b])
        if year:                    # "their 2012 Leaders' Meeting"
            y = int(year.group(0))
            ysrc = ctx.source(a, a + 4)
            ctx.batch.add_node(f"date:{y:04d}", "Date", f"{y:04d}", [ysrc],
                               date=date(y, 1, 1).isoformat(), date_end=date(y, 12, 31).isoformat(),
                               precision="year")
            ctx.edge("HELD_ON", eid, f"date:{y:04d}", [ysrc])
    for it in items:
        if it.kind == "Conference" and a <= it.start and it.end <= m.start("head"):
            for i in it.ids:        # "the Bali Process Ministerial Conference" PART_OF the Bali Process
                ctx.edge("PART_OF", eid, i, [src])

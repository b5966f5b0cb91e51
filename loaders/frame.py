"""The meeting frame: the meeting a document records, when and where it met, who took part and
as what, who hosted and who chaired it, and the meetings the document announces.

Read from the preamble and the readout's own sentences ("Los Viceministros ... de A, B y C,
reunidos en la ciudad de Tegucigalpa, Honduras, los días 14 y 15 de marzo de 2004", "The meeting
was attended by representatives of ...", "La próxima Conferencia se realizará en Colombia en
2020"). Cues live in data/patterns.yaml `frame` (Spanish and English). A venue the gazetteer
lacks becomes a Place of this document, named exactly as written; a meeting to come becomes an
Event of this document (`next_events` is what commitments use for "antes de la próxima reunión").
A venue ("Palacio Itamaraty, Brasilia", data/lang/*/places.yaml `venue_heads`) is not the city:
the city after it is the place. A meeting the title does not name takes the name the sentence
saying it met states, and is PART_OF the forum inside that name; a stated range of days around
a heading's dateline dates the meeting instead of the dateline's day.
Every fact carries the span it is read from. This module must not read agreements or speakers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.context import Context, date_node
from loaders.dates import find_dates
from loaders.other_meetings import (in_name_of_meeting_about, names_another_meeting, named_other_meeting, opening_ordinal,
                                     own_ordinal)
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.spans import sentences, trim
from loaders.structure import HEADING_DATE_CHARS, heading_date
from loaders.tagging import PLACEHOLDER, Tagged

PARTICIPANTS = ("Country", "Organization")
# a name as written: capitalised words, lower-case connectors between them
NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.\-]*(?:\s+(?:(?:de|del|la|las|los|el|y|of|the|and)\s+)*"
                  r"[A-ZÁÉÍÓÚÑ][\w'’.\-]*)*")

# a Markdown emphasis mark before a name ("en las instalaciones de *Sala Norte*")
EMPHASIS = re.compile(r"[*_]{0,2}")

# where a capitalised run stops being one name: a blank line, or a full stop after a word of
# four letters or more (a sentence's end, not "St." or "D.C.")
NAME_STOP = re.compile(r"[^\S\n]*\n[^\S\n]*\n|(?<=[^\W\d_]{4})\.(?=\s)")


# a venue's name then its city: "Palacio Itamaraty, ⟦Place⟧", "Parliament House in ⟦Place⟧"
VENUE_THEN_CITY = re.compile(r"[^⟦.;:\n]{1,80}?(?:,\s*|\s+(?:en|in)\s+(?:(?:la|el|the)\s+)?"
                             r"(?:(?:ciudad|city)\s+(?:de|of)\s+)?)(?P<city>⟦(?:Place|Country)[^⟧]*⟧)")


# a venue's city right after it: "⟦Place⟧, ⟦Place⟧" (tagged text)
VENUE_CITY_AFTER = re.compile(r"\s*,\s*(?=⟦Place)")


# a meeting verb's day, then the place after a comma: "met on 13 October 2017, Jakarta,
# Indonesia", "se reunieron el 3 de mayo de 2019, Quito, Ecuador" (tagged text)
DATE_THEN_PLACE = re.compile(r"[^⟦.;]{0,40}?\s(?:(?:on|el|the)\s+)?⟦Date[^⟧]*⟧\s*,\s*(?=⟦Place)")


def _is_venue(name: str) -> bool:
    """Whether a capitalised name is a building or venue ("Palacio Itamaraty", "Parliament
    House"): its first or last word is a venue head of data/lang/*/places.yaml."""
    from loaders.entities import venue_heads
    words = name.split()
    return bool(words) and (fold_same_length(words[0]) in venue_heads() or
                            fold_same_length(words[-1]) in venue_heads())


def _venue_later(ctx: Context, tagged: Tagged, at: int, stop: int | None = None):
    """"se realizó el 2 de mayo en el Hotel Continental, Bogotá": a venue further on in the
    sentence (between `at` and `stop`, the tagged sentence's end by default: "En el Palacio X,
    Ciudad, ... se celebró" reads it before the verb), and the city after it, as place_after
    reads it; None when no venue is named."""
    for lead in re.finditer(r"(?:^|\s)(?=(?:en|in|at)\s+(?:(?:el|la|the)\s+)?[^\W\d_])",
                            tagged.s[at:len(tagged.s) if stop is None else stop]):
        k = at + lead.start()
        name_at = re.compile(r"\s?(?:en|in|at)\s+(?:(?:el|la|the)\s+)?").match(tagged.s, k).end()
        s = tagged.span(name_at, name_at + 1)[0]
        m = NAME.match(ctx.text, s)
        if m and _is_venue(m.group(0)):
            return place_after(ctx, tagged, k)
    return None


def meeting_id(ctx: Context) -> str:
    """The id of the document's own meeting node (Context.meeting_id)."""
    return ctx.meeting_id


@dataclass(frozen=True)
class NextEvent:
    """A meeting to come named in a tagged span: its id and the span of the phrase."""

    id: str
    start: int      # offsets in the tagged string
    end: int
    by_verb: bool = False   # "agreed to meet again": said by the verb of meeting, not a noun


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_same_length(text)).strip("-")


def _items_in(tagged: Tagged, a: int, b: int, kinds) -> list:
    out = []
    for p in PLACEHOLDER.finditer(tagged.s, a, b):
        it = tagged.items[int(p.group("idx"))]
        if it.kind in kinds:
            out.append(it)
    return out


def next_events(ctx: Context, tagged: Tagged, create: bool = True) -> list[NextEvent]:
    """Meetings to come a span names ("la próxima reunión", "su próxima reunión" after the CMC,
    "the next ministerial meeting"): one Event of the document per kind of meeting and owner,
    added to the batch when `create` (a passing mention that no fact uses makes no node)."""
    f = ctx.patterns.frame
    out = []
    for m in f["next_event"].finditer(tagged.s):
        what = " ".join(m.group("what").split())
        owner = None
        after = f["next_owner"].match(tagged.s, m.end())
        if after:
            owner = tagged.group_items(after, "owner")[0]
        elif m.group("su"):
            before = _items_in(tagged, 0, m.start(), ("Conference", "Body", "Organization"))
            owner = before[-1] if before else None
        head = m.group("noun")
        eid = f"event:{ctx.doc}:next-{_slug(head)}" + (f"-{_slug(owner.ids[0])}" if owner else "")
        s, e = tagged.span(m.start(), after.end() if after else m.end())
        s, e = trim(ctx.text, s, e)
        if m.group("su") and not after:
            s = tagged.span(m.start("su"), m.end())[0]
        name = " ".join(ctx.text[s:e].split())
        name = re.sub(r"^(?:su|sus|its|their)\s+", "", name, flags=re.I)
        if owner and not after:
            owner_node = ctx.gazetteer.get(owner.ids[0]) or ctx.batch.nodes.get(owner.ids[0])
            name += f" ({owner_node.name if owner_node else owner.ids[0]})"
        src = ctx.source(s, e)
        out.append(NextEvent(eid, m.start(), after.end() if after else m.end()))
        if not create:
            continue
        ctx.batch.add_node(eid, "Event", name[:1].upper() + name[1:], [src], doc=ctx.doc)
        if owner:
            for i in owner.ids:
                ctx.edge("PARTICIPATES_IN", i, eid, [src])
    return out + _met_again(ctx, tagged, create)


def _met_again(ctx: Context, tagged: Tagged, create: bool) -> list[NextEvent]:
    """The next meeting said by the verb alone ("agreed to meet again in X", "acordaron reunirse
    nuevamente en X", data/patterns.yaml `frame.meet_again`): the document's next meeting
    (`event:<doc>:next-<noun>`, the noun and name of its language's other_meetings.yaml
    `meet_again_noun` / `meet_again_name`), quoted on the verb; added to the batch when
    `create`."""
    out = []
    for m in ctx.patterns.frame["meet_again"].finditer(tagged.s):
        lex = lexicon("other_meetings", ("es",) if m.group("es") else ("en",))
        eid = f"event:{ctx.doc}:next-{_slug(str(lex['meet_again_noun']))}"
        out.append(NextEvent(eid, m.start(), m.end(), by_verb=True))
        if create:
            ctx.batch.add_node(eid, "Event", str(lex["meet_again_name"]),
                               [ctx.source(*tagged.span(m.start(), m.end()))], doc=ctx.doc)
    return out


def _seat_written_before(ctx: Context, organisation: str) -> str | None:
    """The id of a Place of this document already made for the seat of `organisation` (its
    first quote a seat word then the organisation's mention), else None."""
    seats = [n for n in ctx.batch.nodes.values() if n.kind == "Place" and n.sources
             and n.id.startswith(f"place:{ctx.doc}:")
             and re.match(r"(?:sede|headquarters|seat)\s", fold_same_length(n.sources[0].quote))]
    if not seats:
        return None
    ends = {it.end for items in ctx.items_by_block.values() for it in items
            if it.kind == "Organization" and organisation in it.ids}
    return next((n.id for n in seats if n.sources[0].end in ends), None)


def place_after(ctx: Context, tagged: Tagged, at: int) -> str | None:
    """The place named right after `at` ("en la ciudad de Tegucigalpa", "in Quito"): a Place
    (or, with no city, a Country) the text tags, else a Place of this document named as
    written. The HELD_IN source is the place's own words."""
    lead = ctx.patterns.frame["place_lead"].match(tagged.s, at)
    if not lead:
        return None
    p = PLACEHOLDER.match(tagged.s, lead.end())
    if p:
        it = tagged.items[int(p.group("idx"))]
        city = ctx.patterns.frame["city_of"].search(lead.group(0))
        if it.kind == "Country" and city:
            # "la Ciudad de Guatemala", "Ciudad de México": a capital named after its country
            s, e = tagged.span(lead.start() + city.start(), p.end())
            name = ctx.text[s:e]
            pid = f"place:{ctx.doc}:{_slug(name)}"
            ctx.batch.add_node(pid, "Place", name[:1].upper() + name[1:], [ctx.source(s, e)],
                               doc=ctx.doc)
            return pid, ctx.source(s, e)
        if it.kind in ("Place", "Country"):
            return it.ids[0], ctx.source(it.start, it.end)
        seat = ctx.patterns.frame["seat_of"].search(lead.group(0))
        if it.kind == "Organization" and seat:
            # "en la sede de la OEA": the organisation's seat is the place, as written
            s, e = tagged.span(lead.start() + seat.start(), p.end())
            name = " ".join(ctx.text[s:e].split())
            # "la sede de la Organización de los Estados Americanos", later "la Sede de la OEA":
            # one seat, the node first written
            pid = _seat_written_before(ctx, it.ids[0]) or f"place:{ctx.doc}:{_slug(name)}"
            ctx.batch.add_node(pid, "Place", name[:1].upper() + name[1:], [ctx.source(s, e)],
                               doc=ctx.doc)
            return pid, ctx.source(s, e)
        return None
    start = tagged.span(lead.end(), lead.end() + 1)[0]
    start += len(EMPHASIS.match(ctx.text, start).group(0))     # "*Brok-Air*": the name, not its marks
    m = NAME.match(ctx.text, start)
    if not m or find_dates(m.group(0)):
        return None
    cut = NAME_STOP.search(m.group(0))
    if cut:         # "... Gynaecologists\n\nPresent:", "... Instituto Estatal.\nSe aprobó": no part of it
        m = NAME.match(ctx.text, start, start + cut.start())
        if not m:
            return None
    if ctx.patterns.frame["seat_of"].search(lead.group(0)):
        # "at the headquarters of the League in Cairo": a body's seat, the city after it the place
        city = _place_after_seat(ctx, tagged, start + len(m.group(0).rstrip(".")))
        if city:
            return city
    if _is_venue(m.group(0)):
        # "en el Palacio Itamaraty, Brasilia": the building is not the city; the city after it is
        city = VENUE_THEN_CITY.match(tagged.s, lead.end())
        if city:
            it = tagged.items[int(PLACEHOLDER.match(tagged.s, city.start("city")).group("idx"))]
            return it.ids[0], ctx.source(it.start, it.end)
    end = start + len(m.group(0).rstrip(".")) 
    name = ctx.text[start:end]
    if fold_same_length(name.split()[0]) in ("reunion", "sesion", "conferencia", "meeting", "session"):
        return None
    pid = f"place:{ctx.doc}:{_slug(name)}"
    src = ctx.source(start, end)
    ctx.batch.add_node(pid, "Place", name, [src], doc=ctx.doc)
    return pid, src


def _place_after_seat(ctx: Context, tagged: Tagged, end: int):
    """(place id, source) of the city or country the text tags right after the seat's owner
    ending at document offset `end` ("... of the League in Cairo", "... de la Cancillería en
    Lima"), else None."""
    at = next((i for i, p in enumerate(tagged.starts) if p >= end), None)
    lead = ctx.patterns.frame["place_lead"].match(tagged.s, at) if at is not None else None
    if not lead or ctx.patterns.frame["seat_of"].search(lead.group(0)):
        return None
    p = PLACEHOLDER.match(tagged.s, lead.end())
    it = tagged.items[int(p.group("idx"))] if p else None
    if it is None or it.kind not in ("Place", "Country"):
        return None
    return it.ids[0], ctx.source(it.start, it.end)


# a passage with fewer words than this in Latin letters is page furniture ("1.2.1", "SG/di 330", a
# roman section number) or a heading in a font the text layer garbled ("ΙΝΦΟΡΜΕ ΔΕ Λ“"): it does
# not count among the opening passages where the meeting's date and place are looked for
READABLE_WORDS = 3
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]{2,}")


def _opening_blocks(ctx: Context, count: int) -> list:
    """The document's first `count` readable passages (READABLE_WORDS), with the unreadable ones
    among them, in order."""
    out, seen = [], 0
    for block in ctx.structure.blocks:
        if seen >= count:
            break
        out.append(block)
        if len(LATIN_WORD.findall(ctx.text, block.start, block.end)) >= READABLE_WORDS:
            seen += 1
    return out


# how near the verb saying the meeting met (characters) a day must be to outweigh a dateline
DAY_BESIDE_VERB = 60
# Date items that never date a meeting: a period counted from it ("en un plazo de noventa
# días") and the day the text was published ("Publicado el 4 de marzo", loaders.tagging)
NOT_MEETING_DAYS = ("period", "published")


def _meeting_when_where(ctx: Context, meeting: str) -> None:
    """HELD_ON and HELD_IN of the meeting from the first sentence saying it met, else from the
    date line ("Washington, November 14, 2023")."""
    f = ctx.patterns.frame
    has = lambda etype: any(e.type == etype and e.source == meeting
                            for e in ctx.batch.edges.values())
    # a dateline ("Canberra, 18 March 2005") dates the release; a sentence saying the meeting
    # met on another day dates the meeting
    dateline = [k for k, e in ctx.batch.edges.items() if e.type == "HELD_ON" and e.source == meeting]
    said, line_day = _heading_dateline(ctx, meeting, dateline)
    press_place = None
    if not said and line_day is None:
        line_day, press_place = _press_dateline(ctx)
    widen = said        # a heading's dateline dated the meeting: a stated range around it wins
    heading_day = heading_date(ctx.text[:HEADING_DATE_CHARS])
    under_dateline = bool(dateline) or line_day is not None or heading_day is not None
    # the ordinal of the document's own meeting: its name's when the text names it (an unnamed
    # meeting is called after its file), else its opening's
    named = ctx.batch.nodes[meeting].sources
    own = (own_ordinal(ctx.batch.nodes[meeting].name or "") if named else None) or \
        opening_ordinal(ctx.text)
    for block in _opening_blocks(ctx, f["frame_blocks"]):
        if block.kind in ("agreement", "task", "signature"):
            break
        items = ctx.items_by_block.get(block.ordinal, [])
        if block.kind == "date":
            for it in items:
                if it.kind == "Place" and not has("HELD_IN"):
                    ctx.edge("HELD_IN", meeting, it.ids[0], [ctx.source(it.start, it.end)])
            continue
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            verb = f["meeting_verbs"].search(tagged.s)
            while verb and names_another_meeting(ctx.text, tagged, verb.start(), own):
                # "la V Reunión, celebrada en Santiago el ...": another meeting's place and day
                _other_meeting_held(ctx, tagged, verb)
                verb = f["meeting_verbs"].search(tagged.s, verb.end())
            if not verb:
                continue
            ahead = f["next_event"].search(tagged.s, 0, verb.end())
            if ahead and not f["meeting_subject_verbs"].search(tagged.s, 0, ahead.start()):
                continue            # "The next meeting will be held in Apia": a meeting to come
            _part_of(ctx, tagged, meeting)
            _stated_name(ctx, meeting, s, e)
            if not has("HELD_IN") or _held_in_country(ctx, meeting):
                # "reunidos en la ciudad de X", else "En la ciudad de X, ... se reúne"
                place = place_after(ctx, tagged, 0) if f["dateline_lead"].match(tagged.s) else None
                from_lead = place is not None
                place = place or place_after(ctx, tagged, verb.end()) or place_after(ctx, tagged, 0)
                dated = DATE_THEN_PLACE.match(tagged.s, verb.end())
                if place is None and dated:
                    # "met on 13 October 2017, Jakarta, Indonesia": the place right after the day
                    it = tagged.items[int(PLACEHOLDER.match(tagged.s, dated.end()).group("idx"))]
                    place = it.ids[0], ctx.source(it.start, it.end)
                later = f["place_later"].search(tagged.s, verb.end())
                capital = f["capital_of"].search(tagged.s, verb.end())
                if place is None and later is None and capital:
                    # "concluyó hoy en la capital panameña": the capital, as written
                    cs, ce = tagged.span(*capital.span("cap"))
                    name = " ".join(ctx.text[cs:ce].split())
                    pid = f"place:{ctx.doc}:{_slug(name)}"
                    ctx.batch.add_node(pid, "Place", name[:1].upper() + name[1:],
                                       [ctx.source(cs, ce)], doc=ctx.doc)
                    place = pid, ctx.source(cs, ce)
                if place is None and later is None:
                    # "Los días 8 y 9 de marzo, en la ciudad de Oaxaca, Oaxaca, se reunió ...":
                    # the place said in the clause before the verb
                    later = f["place_later"].search(tagged.s, 0, verb.start())
                    from_lead = later is not None
                if place is None and later:
                    it = tagged.items[int(PLACEHOLDER.match(tagged.s, later.end()).group("idx"))]
                    place = it.ids[0], ctx.source(it.start, it.end)
                if place is None:
                    place = _venue_later(ctx, tagged, verb.end())
                if place is None:
                    place = _venue_later(ctx, tagged, 0, verb.start())
                if place and has("HELD_IN"):
                    # "se reunieron en México" then "tuvo lugar en Chiapas, México": the place
                    # within the country says more
                    if ctx.batch.nodes.get(place[0]) is not None and \
                            ctx.batch.nodes[place[0]].kind != "Country":
                        for k in [k for k, e in ctx.batch.edges.items()
                                  if e.type == "HELD_IN" and e.source == meeting]:
                            del ctx.batch.edges[k]
                    else:
                        place = None
                if place and from_lead:
                    # "En la ciudad de X, el día D, en la Sala A del Hotel B, se reúne": the hall
                    # named before the verb, after the city, is a place of the meeting too
                    hall = _venue_later(ctx, tagged, 0, verb.start())
                    if hall and hall[0] != place[0]:
                        ctx.edge("HELD_IN", meeting, hall[0], [hall[1]])
                if place:
                    ctx.edge("HELD_IN", meeting, place[0], [place[1]])
                    if re.match(r"(?:sede|headquarters|seat)\s", fold_same_length(place[1].quote)):
                        # "en la sede de la OEA, en la ciudad de Washington": the city too
                        k = next((i for i, x in enumerate(tagged.starts) if x >= place[1].end),
                                 len(tagged.s))
                        acronym = re.compile(r"\s*\((?:⟦[^⟧]*⟧|[^()⟦]{1,12})\)").match(tagged.s, k)
                        city = place_after(ctx, tagged, acronym.end() if acronym else k)
                        if city:
                            ctx.edge("HELD_IN", meeting, city[0], [city[1]])
                    elif _is_venue(place[1].quote):
                        # "in the Lakeside Lodge, Nairobi": the venue a Place, and its city too
                        k = next((i for i, x in enumerate(tagged.starts) if x >= place[1].end),
                                 len(tagged.s))
                        city = VENUE_CITY_AFTER.match(tagged.s, k)
                        if city:
                            it = tagged.items[int(PLACEHOLDER.match(tagged.s, city.end()).group("idx"))]
                            if it.kind == "Place":
                                ctx.edge("HELD_IN", meeting, it.ids[0], [ctx.source(it.start, it.end)])
            if widen:
                widen = not _range_around_dateline(ctx, meeting, tagged, verb)
            if not said:
                # the date after the verb ("se reunieron ... del 17 al 20 de julio"), else before it
                days = [it for it in _items_in(tagged, verb.end(), len(tagged.s), ("Date",)) +
                        _items_in(tagged, 0, verb.start(), ("Date",))
                        if it.date.value.precision == "day" and it.subtype not in NOT_MEETING_DAYS]
                if under_dateline:
                    # under a dateline only a day said with the verb outweighs it ("met in
                    # Bishkek on 12 June"), not one a long sentence names after it ("has met
                    # every year, and ... after the floods of August 3, 2007")
                    # ; a range of days that holds the dateline's day is the meeting's, wherever
                    # the sentence says it ("Julio 20, 2000" over "... del 17 al 20 de julio")
                    vs, ve = tagged.span(*verb.span())
                    days = [it for it in days if -DAY_BESIDE_VERB <= it.start - ve <= DAY_BESIDE_VERB
                            or 0 <= vs - it.end <= DAY_BESIDE_VERB
                            or _holds_dateline(it, line_day, heading_day)
                            or (it.end <= vs and _opens_sentence(ctx, tagged, it))]
                if len(days) > 1:
                    # a day after the verb first; before it, the day said right before the verb
                    # ("..., Brasilia, 19 de noviembre ... los días 18 y 19 se celebró"), then a
                    # day opening the sentence ("On Monday, May 3, ... met"), then the others
                    vs, ve = tagged.span(*verb.span())
                    days.sort(key=lambda it: 0 if it.start >= ve
                              else 1 if 0 <= vs - it.end <= DAY_BESIDE_VERB
                              else 2 if _opens_sentence(ctx, tagged, it) else 3)
                if days:
                    said = True
                    for k in dateline:
                        if ctx.batch.edges[k].target != days[0].ids[0]:
                            del ctx.batch.edges[k]
                    date_node(ctx, days[0])
                    ctx.edge("HELD_ON", meeting, days[0].ids[0],
                             [ctx.source(days[0].start, days[0].end)])
            if has("HELD_IN") and said and not _held_in_country(ctx, meeting):
                return
    if not has("HELD_IN"):
        _headline_venue(ctx, meeting)
    if not has("HELD_IN") and press_place is not None:
        # a release's dateline places the meeting when no sentence does
        ctx.edge("HELD_IN", meeting, press_place.ids[0],
                 [ctx.source(press_place.start, press_place.end)])
    if not has("HELD_IN") or not has("HELD_ON"):
        _acta_dateline(ctx, meeting, has)
    if not has("HELD_IN"):
        _done_at(ctx, meeting, has)
    if not has("HELD_IN") or not said:
        said = _place_time_section(ctx, meeting, said) or said
    if not has("HELD_IN"):
        _venue(ctx, meeting)
    if not has("HELD_ON") and line_day is not None:
        # nothing else dates the meeting: the dateline under its heading does
        date_node(ctx, line_day)
        ctx.edge("HELD_ON", meeting, line_day.ids[0], [ctx.source(line_day.start, line_day.end)])
    if not has("HELD_ON"):
        _labelled_day(ctx, meeting)
    if not has("HELD_ON"):
        _heading_day_in_figures(ctx, meeting)
    if not has("HELD_ON") and ctx.structure.date:
        # the document's own date (a "Date:" line, front matter) where the text states it
        for block in ctx.structure.blocks[:8]:
            for it in ctx.items_by_block.get(block.ordinal, []):
                if it.kind == "Date" and it.date.value.iso == ctx.structure.date \
                        and it.date.value.precision == "day" and it.subtype not in NOT_MEETING_DAYS:
                    date_node(ctx, it)
                    ctx.edge("HELD_ON", meeting, it.ids[0], [ctx.source(it.start, it.end)])
                    return


# how many readable passages from the top may be the headline or first line naming the venue
HEADLINE_BLOCKS = 2


def _headline_venue(ctx: Context, meeting: str) -> None:
    """HELD_IN the place a headline or a first line names in the present of the news (data/patterns.yaml
    `frame.headline_met`, `headline_runs`): "Ministers meet in Suva for the regional forum",
    "Inicia en Los Cabos la reunión de ministros". Only the first sentence of each of the first
    HEADLINE_BLOCKS readable passages is read; a line about a meeting to come (`next_event`)
    places nothing, and a line where the meeting only opens or ends somewhere must name a meeting
    (`headline_meeting_word`). The place is a Place or Country the tagger knows, quoted as
    written; nothing else is made."""
    f = ctx.patterns.frame
    readable = [b for b in _opening_blocks(ctx, HEADLINE_BLOCKS)
                if len(LATIN_WORD.findall(ctx.text, b.start, b.end)) >= READABLE_WORDS]
    for block in readable:
        if block.kind in ("agreement", "task", "signature", "date"):
            continue
        first = next(iter(sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations)), None)
        if first is None:
            continue
        tagged = Tagged.build(ctx.text, first[0], first[1], ctx.items_by_block.get(block.ordinal, []))
        if f["next_event"].search(tagged.s):
            continue
        m = f["headline_met"].search(tagged.s)
        if m is None:
            m = f["headline_runs"].search(tagged.s)
            if m is not None and not f["headline_meeting_word"].search(tagged.s):
                m = None
        if m is None:
            continue
        p = PLACEHOLDER.match(tagged.s, m.end())
        if p is not None:
            it = tagged.items[int(p.group("idx"))]
            place = (it.ids[0], ctx.source(it.start, it.end)) if it.kind in ("Place", "Country") else None
        else:
            place = _name_as_place(ctx, tagged.span(m.end(), m.end() + 1)[0], first[1])
        if place is not None:
            ctx.edge("HELD_IN", meeting, place[0], [place[1]])
            return


def _name_as_place(ctx: Context, start: int, stop: int) -> tuple[str, object] | None:
    """(id, source) of a Place of this document named as written by the capitalised name at
    `start` (up to `stop`), or None: no name there, a date, a word that is never a place
    (places.yaml `not_places`), or a name holding a head noun (heads.yaml) or a meeting word
    ("Proceso de Quito", "Foro Andino": forums, not places)."""
    from loaders.entities import _heads, _place_words
    m = NAME.match(ctx.text, start, stop)
    if not m or find_dates(m.group(0)):
        return None
    cut = NAME_STOP.search(m.group(0))
    name = m.group(0)[:cut.start()] if cut else m.group(0)
    name = name.rstrip(".")
    words = [fold_same_length(w) for w in name.split()]
    heads = _heads()[0]
    if not words or words[0] in _place_words()[2] or \
            any(w in heads or ctx.patterns.frame["headline_meeting_word"].fullmatch(w) for w in words):
        return None
    pid = f"place:{ctx.doc}:{_slug(name)}"
    src = ctx.source(start, start + len(name))
    ctx.batch.add_node(pid, "Place", name, [src], doc=ctx.doc)
    return pid, src


# a place then its city after a comma, right after the verb saying the meeting was held: "was
# held at ⟦Place⟧, ⟦Place⟧", "se celebró en ⟦Place⟧, ⟦Place⟧" (tagged text)
PLACE_IN_CITY = re.compile(r"\s*(?:at|in|en)\s+(?:(?:the|la|el)\s+)?(?P<venue>⟦Place#\d+⟧)\s*,\s*"
                           r"(?P<city>⟦Place#\d+⟧)")


def _venue_in_its_city(ctx: Context, meeting: str) -> None:
    """A later sentence of the opening that says where inside its city the meeting was held ("The
    retreat was held in Nadi, Fiji ... The Special Retreat was held at Denarau Island, Nadi"): the
    place before the city the meeting is already HELD_IN is a place of it too, quoted on its
    name. Only a city the meeting is held in already counts; another meeting's sentence is left
    alone."""
    f = ctx.patterns.frame
    held = {e.target for e in ctx.batch.edges.values() if e.type == "HELD_IN" and e.source == meeting}
    if not held:
        return
    for block in _opening_blocks(ctx, f["frame_blocks"]):
        if block.kind in ("agreement", "task", "signature"):
            break
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            for verb in f["meeting_verbs"].finditer(tagged.s):
                if names_another_meeting(ctx.text, tagged, verb.start(), None):
                    continue
                m = PLACE_IN_CITY.match(tagged.s, verb.end())
                if m is None:
                    continue
                venue, city = (tagged.items[int(PLACEHOLDER.match(tagged.s, m.start(g)).group("idx"))]
                               for g in ("venue", "city"))
                if set(city.ids) & held and not set(venue.ids) & held:
                    ctx.edge("HELD_IN", meeting, venue.ids[0], [ctx.source(venue.start, venue.end)])


# how many blocks from the top a heading that dates the meeting in figures may stand
FIGURES_HEADING_BLOCKS = 2


def _heading_day_in_figures(ctx: Context, meeting: str) -> None:
    """"(22/4/24) Meeting Minutes": a day written in figures in the title or first heading of a
    document that records a meeting (data/patterns.yaml `frame.records_meeting` in the same
    heading) dates the meeting, the order of day and month read as loaders.numeric_days does;
    quoted on the figures."""
    from loaders.numeric_days import NUMERIC_DAY, numeric_day
    for block in ctx.structure.blocks[:FIGURES_HEADING_BLOCKS]:
        if block.kind not in ("title", "heading"):
            continue
        if not ctx.patterns.frame["records_meeting"].search(fold_same_length(block.text)):
            continue
        m = NUMERIC_DAY.search(ctx.text, block.start, block.end)
        value = numeric_day(m, ctx.text) if m else None
        if value is None:
            continue
        src = ctx.source(*m.span())
        ctx.batch.add_node(value.id, "Date", value.name, [src], date=value.iso,
                           date_end=value.end.isoformat(), precision=value.precision)
        ctx.edge("HELD_ON", meeting, value.id, [src])
        return


def _opens_sentence(ctx: Context, tagged: Tagged, it) -> bool:
    """The tagged Date item `it` opens its sentence ("On Monday, May 3, 2021, the Ministers ...
    met"; data/patterns.yaml `frame.day_opening` on the tagged text before it)."""
    k = next((i for i, x in enumerate(tagged.starts) if x >= it.start), len(tagged.s))
    return bool(ctx.patterns.frame["day_opening"].match(tagged.s[:k]))


def _holds_dateline(it, line_day, heading_day: str | None) -> bool:
    """The tagged Date item `it` is a range of several days that holds the dateline's day
    (`line_day`, a Date item, or `heading_day`, an ISO day): the days of the meeting the
    release dates."""
    v = it.date.value
    if v.start == v.end:
        return False
    days = [d for d in (line_day.date.value.iso if line_day is not None else None, heading_day) if d]
    return any(v.start.isoformat() <= d <= v.end.isoformat() for d in days)


def _other_meeting_held(ctx: Context, tagged: Tagged, verb) -> None:
    """Another meeting named with its ordinal, then where and when it was held ("durante la V
    Reunión Binacional de Ministros, celebrada en Santiago, ..., el 23 de agosto de 2013"): an
    Event of this document named as written, HELD_IN the place right after the participle and
    HELD_ON the day said with it, each quoted on its words. A meeting the text does not name
    ("la reunión anterior") gets nothing."""
    found = named_other_meeting(ctx.text, tagged, verb.start(), verb.end())
    if found is None:
        return
    s, e, after, eid = found
    if eid is None:
        name = " ".join(ctx.text[s:e].split())
        eid = f"event:{ctx.doc}:{_slug(name)}"
        ctx.batch.add_node(eid, "Event", name, [ctx.source(s, e)], doc=ctx.doc)
    place = place_after(ctx, tagged, after)
    if place:
        ctx.edge("HELD_IN", eid, place[0], [place[1]])
    stop = next((k for k in (tagged.s.find(c, after) for c in ".;") if k >= 0), len(tagged.s))
    days = [it for it in _items_in(tagged, after, min(stop, after + DAY_BESIDE_VERB + 40), ("Date",))
            if it.date.value.precision == "day" and it.subtype not in NOT_MEETING_DAYS]
    if days:
        date_node(ctx, days[0])
        ctx.edge("HELD_ON", eid, days[0].ids[0], [ctx.source(days[0].start, days[0].end)])


def _acta_dateline(ctx: Context, meeting: str, has) -> None:
    """An acta that opens, wherever its text starts (after an editor's note, a transcription's
    header), with its dateline: "En la ciudad de X, a los tres días del mes de junio de ...",
    "En la muy noble y leal villa de X, a ..." (data/patterns.yaml `frame.dateline_lead`): the
    place it names is where the meeting sat, the day it states when, each quoted on its words.
    Only the first such sentence, and only for what nothing before it said."""
    f = ctx.patterns.frame
    for block in ctx.structure.blocks:
        if block.kind == "signature" or not f["dateline_lead"].match(
                fold_same_length(ctx.text[block.start:min(block.end, block.start + 120)])):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        s, e = next(iter(sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations)))
        tagged = Tagged.build(ctx.text, s, e, items)
        days = [it for it in _items_in(tagged, 0, len(tagged.s), ("Date",))
                if it.date.value.precision == "day" and it.subtype not in NOT_MEETING_DAYS]
        if not days:
            continue
        if not has("HELD_IN"):
            place = place_after(ctx, tagged, 0)
            if place:
                ctx.edge("HELD_IN", meeting, place[0], [place[1]])
        if not has("HELD_ON"):
            date_node(ctx, days[0])
            ctx.edge("HELD_ON", meeting, days[0].ids[0], [ctx.source(days[0].start, days[0].end)])
        return


def _done_at(ctx: Context, meeting: str, has) -> None:
    """An agreement's signing formula, opening a line or after a comma in the title: "Hecho en
    Madrid, el 14 de julio de 2008", "..., hecho en Madrid el 14 de julio de 2008", "Done at Suva
    this 3rd day of May 2001" (data/patterns.yaml `frame.done_at`): the signing sat in the place
    right after it, on the day said within DONE_AT_DAY characters after the place, each quoted
    on its words. Only the first such formula, and only where nothing else placed the meeting."""
    f = ctx.patterns.frame
    for k, block in enumerate(ctx.structure.blocks):
        folded = fold_same_length(ctx.text[block.start:block.end])
        m = f["done_at"].search(folded)
        if m is None or (m.group("comma") and k > 0):
            continue        # after a comma only in the title: "the Accord, signed in Lima" is another's
        items = ctx.items_by_block.get(block.ordinal, [])
        s, e = next(((a, b) for a, b in sentences(ctx.text, block.start, block.end,
                                                  ctx.patterns.abbreviations)
                     if a <= block.start + m.start("cue") < b), (None, None))
        if s is None:
            continue
        tagged = Tagged.build(ctx.text, s, e, items)
        at = next((i for i, x in enumerate(tagged.starts) if x >= block.start + m.end("cue")),
                  len(tagged.s))
        place = place_after(ctx, tagged, at)
        if place is None:
            continue
        pe = next((i for i, x in enumerate(tagged.starts) if x >= place[1].end), len(tagged.s))
        days = [it for it in _items_in(tagged, pe, min(len(tagged.s), pe + DONE_AT_DAY), ("Date",))
                if it.date.value.precision == "day" and it.subtype not in NOT_MEETING_DAYS]
        if not days:
            continue
        ctx.edge("HELD_IN", meeting, place[0], [place[1]])
        if not has("HELD_ON"):
            date_node(ctx, days[0])
            ctx.edge("HELD_ON", meeting, days[0].ids[0], [ctx.source(days[0].start, days[0].end)])
        _signing_parties(ctx, meeting)
        return


def _signing_parties(ctx: Context, meeting: str) -> None:
    """The parties an agreement defines as such ("La Organización ... y el Reino de España (en
    adelante las Partes)", "A and B (hereinafter referred to as the Parties)"; data/patterns.yaml
    `frame.parties_defined`) take part in its signing: PARTICIPATES_IN for each Country or
    Organization named before the bracket in that sentence, quoted from the first to the
    bracket's end. Only the first such sentence among the opening passages."""
    f = ctx.patterns.frame
    for block in _opening_blocks(ctx, 2 * f["frame_blocks"]):
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            m = f["parties_defined"].search(tagged.s)
            if m is None:
                continue
            found = [it for it in _items_in(tagged, 0, m.start(), ("Country", "Organization"))
                     if not _inside_longer_name(ctx, it)]
            if len(found) < 2:
                return
            src = ctx.source(found[0].start, tagged.span(m.start(), m.end())[1])
            for it in found:
                for i in it.ids:
                    ctx.edge("PARTICIPATES_IN", i, meeting, [src])
            return


# how far after the place of a signing formula (tagged characters) its day may start
DONE_AT_DAY = 24


def _labelled_day(ctx: Context, meeting: str) -> None:
    """Minutes that date the meeting on a labelled line ("Date: 12 June 2019", "Fecha: 14 de mayo
    de 2021"; data/patterns.yaml `frame.date_label`), else in a title that names a meeting
    ("Technical Committee Meeting Minutes - 12 June 2019"): HELD_ON that day, quoted on the date.
    A time on the line ("Time: 15:00") is not a date and is never read as one."""
    f = ctx.patterns.frame
    blocks = ctx.structure.blocks[:2 * f["frame_blocks"]]
    for block in blocks:
        if block.kind in ("agreement", "task", "signature"):
            break
        pos = block.start
        for line in ctx.text[block.start:block.end].split("\n"):
            a, b = pos, pos + len(line)
            pos = b + 1
            if not f["date_label"].match(fold_same_length(line)):
                continue
            days = [it for it in ctx.items_by_block.get(block.ordinal, [])
                    if it.kind == "Date" and a <= it.start and it.end <= b and
                    it.date.value.precision == "day" and it.subtype not in NOT_MEETING_DAYS]
            if days:
                date_node(ctx, days[0])
                ctx.edge("HELD_ON", meeting, days[0].ids[0],
                         [ctx.source(days[0].start, days[0].end)])
                return
    for block in blocks[:3]:
        if block.kind not in ("title", "heading"):
            continue
        days = [it for it in ctx.items_by_block.get(block.ordinal, [])
                if it.kind == "Date" and it.date.value.precision == "day" and it.subtype not in NOT_MEETING_DAYS]
        if days and f["meeting_word"].search(fold_same_length(ctx.text[block.start:days[0].start])):
            date_node(ctx, days[0])
            ctx.edge("HELD_ON", meeting, days[0].ids[0], [ctx.source(days[0].start, days[0].end)])
            return


def _range_around_dateline(ctx: Context, meeting: str, tagged: Tagged, verb) -> bool:
    """"Brasilia, 19 de noviembre de 2025" under the heading, then "se realizó los días 18 y 19 de
    noviembre de 2025": the stated range of days that holds the dateline's day dates the meeting
    instead of that day. True when it did."""
    held = [(k, e) for k, e in ctx.batch.edges.items() if e.type == "HELD_ON" and e.source == meeting]
    if len(held) != 1:
        return False
    day = ctx.batch.nodes[held[0][1].target].properties.get("date")
    for it in _items_in(tagged, verb.end(), len(tagged.s), ("Date",)) + \
            _items_in(tagged, 0, verb.start(), ("Date",)):
        v = it.date.value
        if v.precision != "day" or it.subtype in NOT_MEETING_DAYS or v.start == v.end or not day:
            continue
        if v.start.isoformat() <= day <= v.end.isoformat():
            del ctx.batch.edges[held[0][0]]
            date_node(ctx, it)
            ctx.edge("HELD_ON", meeting, it.ids[0], [ctx.source(it.start, it.end)])
            return True
    return False


def _venue_country(ctx: Context, tagged: Tagged, it) -> bool:
    """The tagged Country item is said as the meeting's venue ("en Asunción, Paraguay", "met
    in Mexico City, Mexico"): frame `venue_country_before` matches the text just before it."""
    if it.kind != "Country":
        return False
    k = next((i for i, x in enumerate(tagged.starts) if x >= it.start), len(tagged.s))
    return bool(ctx.patterns.frame["venue_country_before"].search(tagged.s, max(0, k - 40), k))


def _take_part(ctx: Context, found, meeting: str, sources, observers, tagged: Tagged | None = None) -> None:
    """PARTICIPATES_IN of the meeting for every actor of the tagged items `found` that is not
    already an observer of it, each with `sources` (a list of Source); with `tagged`, a country
    said as the venue ("se reunieron en Asunción, Paraguay") is left out."""
    for it in found:
        if tagged is not None and _venue_country(ctx, tagged, it):
            continue
        for i in it.ids:
            if i not in observers:
                ctx.edge("PARTICIPATES_IN", i, meeting, sources)


def _held_in_country(ctx: Context, meeting: str) -> bool:
    """The meeting's place so far is a whole country (a city may still be said)."""
    return any(e.type == "HELD_IN" and e.source == meeting and ctx.batch.nodes.get(e.target)
               is not None and ctx.batch.nodes[e.target].kind == "Country"
               for e in ctx.batch.edges.values())


def _heading_dateline(ctx: Context, meeting: str, dateline: list):
    """Place and date from a dateline under or inside the meeting's heading ("CANBERRA,
    AUSTRALIA, 18 MARCH 2005", "Proceedings of the Conference CANBERRA, 18 January 1944",
    "... - PERTH - 20 APRIL 1979"): HELD_IN the place, and when the same block names a meeting,
    HELD_ON the date (then (True, None): a later sentence about another body meeting does not
    move it). Otherwise (False, the dateline's Date item or None): a dateline alone ("Media
    release", "Quito, 23 October 2017") gives way to a sentence saying the meeting met."""
    f = ctx.patterns.frame
    for block in ctx.structure.blocks[:f["frame_blocks"]]:
        if block.kind not in ("title", "heading", "date"):
            if block.kind in ("agreement", "task", "signature"):
                break
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        tagged = Tagged.build(ctx.text, block.start, block.end, items)
        m = f["heading_dateline"].search(tagged.s) or f["heading_date_place"].search(tagged.s)
        if not m:
            continue
        day = tagged.group_items(m, "date")[0]
        if day.date.value.precision != "day" or day.subtype in NOT_MEETING_DAYS:
            continue
        if not any(e.type == "HELD_IN" and e.source == meeting for e in ctx.batch.edges.values()):
            if m.group("place"):
                it = tagged.group_items(m, "place")[0]
                ctx.edge("HELD_IN", meeting, it.ids[0], [ctx.source(it.start, it.end)])
            elif not find_dates(m.group("name")) and not f["not_place_words"].search(m.group("name")):
                s, e = trim(ctx.text, *tagged.span(m.start("name"), m.end("name")))
                name = ctx.text[s:e]
                if not name[:1].isupper():
                    return False, None
                name = name.title() if name.isupper() else name
                pid = f"place:{ctx.doc}:{_slug(name)}"
                ctx.batch.add_node(pid, "Place", name, [ctx.source(s, e)], doc=ctx.doc)
                ctx.edge("HELD_IN", meeting, pid, [ctx.source(s, e)])
        if f["meeting_word"].search(tagged.s[:m.start()]):
            for k in dateline:
                if ctx.batch.edges[k].target != day.ids[0]:
                    del ctx.batch.edges[k]
            date_node(ctx, day)
            ctx.edge("HELD_ON", meeting, day.ids[0], [ctx.source(day.start, day.end)])
            return True, None
        return False, day
    return False, None


def _press_dateline(ctx: Context):
    """A news release whose first paragraph opens with its dateline ("Quito, Pichincha; a 7 de
    octubre 2031.- Integrantes del Consejo ...", "CUENCA, 7 October 2031 — Members of ...";
    data/patterns.yaml `frame.press_dateline`): (its Date item, a day; its Place or Country
    item), which place and date the meeting only where nothing the text says of it does;
    (None, None) when the release opens otherwise."""
    f = ctx.patterns.frame
    for block in _opening_blocks(ctx, 2):
        if block.kind in ("agreement", "task", "signature"):
            break
        if len(LATIN_WORD.findall(ctx.text, block.start, block.end)) < READABLE_WORDS:
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        tagged = Tagged.build(ctx.text, block.start, min(block.end, block.start + 200), items)
        m = f["press_dateline"].search(tagged.s)
        if m is None:
            continue
        day = tagged.group_items(m, "date")[0]
        if day.date.value.precision != "day" or day.subtype in NOT_MEETING_DAYS:
            return None, None
        return day, tagged.group_items(m, "place")[0]
    return None, None


def _stated_name(ctx: Context, meeting: str, s: int, e: int) -> None:
    """A meeting the title does not name takes the name the sentence saying it met gives it
    ("La XXIII Conferencia Suramericana sobre Migraciones se realizó ..."), verbatim; the title
    stays an alias."""
    from loaders.meeting import stated_meeting_name
    node = ctx.batch.nodes[meeting]
    if node.sources:
        return          # named by the title or a heading (loaders.meeting.meeting_name)
    span = stated_meeting_name(ctx.text, s, e, ctx.patterns)
    if span is None:
        return
    _rename(ctx, meeting, span)


def _rename(ctx: Context, meeting: str, span: tuple[int, int]) -> None:
    """The meeting takes the name text[span] (white space made single) with that span as its
    source; the name it had stays an alias."""
    node = ctx.batch.nodes[meeting]
    title = node.name
    node.name = " ".join(ctx.text[span[0]:span[1]].split())
    ctx.batch.add_node(meeting, "Event", node.name, [ctx.source(*span)])
    if title and title != node.name:
        node.properties["aliases"] = list(dict.fromkeys(
            (node.properties.get("aliases") or []) + [title]))


def _quoted_name(ctx: Context, meeting: str) -> None:
    """A meeting neither its title nor the sentence saying it met names takes the name the
    opening quotes ("en el marco de una ‘Reunión tripartita para ...’", data/patterns.yaml
    `frame.quoted_name`)."""
    if ctx.batch.nodes[meeting].sources:
        return
    for block in _opening_blocks(ctx, ctx.patterns.frame["frame_blocks"]):
        if block.kind in ("agreement", "task", "signature"):
            break
        m = ctx.patterns.frame["quoted_name"].search(ctx.text, block.start, block.end)
        if m:
            _rename(ctx, meeting, trim(ctx.text, *m.span("name")))
            return


def _parties_between(ctx: Context, meeting: str) -> None:
    """Both countries of bilateral talks take part in them: "la XV ronda de conversaciones
    sobre migración entre México y Cuba", "talks between Chile and Peru" in the meeting's own
    name (data/patterns.yaml `frame.parties_between`), each with the name as its source."""
    node = ctx.batch.nodes[meeting]
    for src in node.sources[:1]:
        block = ctx.structure.block_at(src.start)
        items = ctx.items_by_block.get(block.ordinal, []) if block is not None else []
        tagged = Tagged.build(ctx.text, src.start, src.end, items)
        m = ctx.patterns.frame["parties_between"].search(tagged.s)
        if m:
            for it in tagged.group_items(m, "a") + tagged.group_items(m, "b"):
                ctx.edge("PARTICIPATES_IN", it.ids[0], meeting, [ctx.source(src.start, src.end)])


def _forum_in_name(ctx: Context, meeting: str) -> None:
    """The meeting is PART_OF the forum or body its own name holds ("XXIII ⟦Conferencia
    Suramericana sobre Migraciones⟧", "Eighth ⟦Bali Process⟧ Ministerial Conference", "Reunión
    Viceministerial de la ⟦CRM⟧"), or the organisation that opens it, a meeting word after it
    ("⟦Pacific Islands Forum⟧ Special Leaders Retreat"): the first Conference or Body named
    inside the name's span (else that Organization), when only ordinals, meeting heads and generic words (data/patterns.yaml
    `meeting.stated_generic`) come before it; quoted on the name."""
    if any(e.type == "PART_OF" and e.source == meeting for e in ctx.batch.edges.values()):
        return
    for src in ctx.batch.nodes[meeting].sources:
        block = ctx.structure.block_at(src.start)
        inside = [it for it in ctx.items_by_block.get(block.ordinal, [])
                  if it.kind in ("Conference", "Body") and src.start <= it.start and
                  it.end <= src.end and (it.start, it.end) != (src.start, src.end)]
        if not inside:
            # "Pacific Islands Forum Special Leaders Retreat": an organisation that opens the
            # meeting's name, a meeting head after it, holds the meeting as one of its own
            inside = [it for it in ctx.items_by_block.get(block.ordinal, [])
                      if it.kind == "Organization" and it.start == src.start and it.end < src.end
                      and ctx.patterns.frame["meeting_word"].search(
                          fold_same_length(ctx.text[it.end:src.end]))]
        if inside:
            first = min(inside, key=lambda it: it.start)
            generic = ctx.patterns.meeting["stated_generic"]
            before = re.findall(r"[^\W\d_][\w’'\-]*|\d+\w*", ctx.text[src.start:first.start])
            if any(fold_same_length(w) not in generic and
                   not re.fullmatch(r"[IVXLC]+|\d+\w*|\w+(?:[eé]sim[ao]|teenth|tieth|ieth)", w)
                   for w in before):
                return      # "Reunión de las Troikas de la CRM": a meeting of a body of the forum
            for i in first.ids:
                ctx.edge("PART_OF", meeting, i, [src])
            return


def _part_of(ctx: Context, tagged: Tagged, meeting: str) -> None:
    """The meeting is a session of a forum or a meeting of a body, as the sentence saying it met
    names it ("La Reunión del GRCM, realizada ...", "en el marco de la XX Conferencia ..."), or
    the forum whose partners met ("the Rabat Process partners met ..."), or the organisation whose
    member states' ministers met or held their meeting, or the forum an ordinal numbers the
    session of at the sentence's start ("The VII Regional Conference on Migration took place"),
    or the forum or body that "held its meeting". Not a meeting held during or on the margins of
    a forum's session (`part_of_side_meeting`)."""
    m = ctx.patterns.frame["part_of"].search(tagged.s) or \
        ctx.patterns.frame["part_of_partners_met"].search(tagged.s) or \
        ctx.patterns.frame["part_of_members_met"].search(tagged.s) or \
        ctx.patterns.frame["part_of_numbered_session"].search(tagged.s) or \
        ctx.patterns.frame["part_of_subject_held"].search(tagged.s)
    if not m:
        return
    side = ctx.patterns.frame["part_of_side_meeting"].search(tagged.s, 0, m.start())
    if side and not (ctx.patterns.frame["part_of_occasion"].search(side.group(0))
                     and ctx.patterns.frame["part_of_own_summit"].match(tagged.s, m.start())):
        return      # "held during the 78th session of the General Assembly": a side meeting
    src = [ctx.source(*tagged.span(m.start(), m.end()))]
    for it in tagged.group_items(m, "whole"):
        for i in it.ids:
            ctx.edge("PART_OF", meeting, i, src)


def _place_time_section(ctx: Context, meeting: str, said: bool) -> bool:
    """Minutes that put the place and time under a heading of their own ("Lugar y hora" over
    "- Kreitek" and "- 27 de octubre de 2017"): the first item without a date is the place as
    written, the first dated item the meeting's day. True when a day was read."""
    f = ctx.patterns.frame
    blocks = ctx.structure.blocks
    for n, block in enumerate(blocks[:3 * f["frame_blocks"]]):
        if block.kind not in ("heading", "title") or not f["place_time_heading"].match(fold_same_length(block.text)):
            continue
        held_in = any(e.type == "HELD_IN" and e.source == meeting for e in ctx.batch.edges.values())
        for item in blocks[n + 1:n + 6]:
            if item.kind != "item":
                break
            dates = [it for it in ctx.items_by_block.get(item.ordinal, []) if it.kind == "Date"]
            if dates:
                if not said and dates[0].date.value.precision == "day":
                    date_node(ctx, dates[0])
                    ctx.edge("HELD_ON", meeting, dates[0].ids[0],
                             [ctx.source(dates[0].start, dates[0].end)])
                    said = True
                continue
            if held_in:
                continue
            s, e = trim(ctx.text, item.start, item.end)
            while s < e and ctx.text[s] in "-*•·–— \t":
                s += 1
            name = ctx.text[s:e].rstrip(" .;")
            e = s + len(name)
            if not NAME.match(name) or find_dates(name) or len(name) > 80:
                continue
            places = [it for it in ctx.items_by_block.get(item.ordinal, [])
                      if it.kind in ("Place", "Country") and it.start == s]
            if places:
                pid, src = places[0].ids[0], ctx.source(places[0].start, places[0].end)
            else:
                pid, src = f"place:{ctx.doc}:{_slug(name)}", ctx.source(s, e)
                ctx.batch.add_node(pid, "Place", name, [src], doc=ctx.doc)
            ctx.edge("HELD_IN", meeting, pid, [src])
            held_in = True
        return said
    return said


def _venue(ctx: Context, meeting: str) -> None:
    """"Venue: videoconference", "Lugar: Quito": the labelled place, as written."""
    for block in ctx.structure.blocks[:8]:
        folded = fold_same_length(block.text)
        m = ctx.patterns.frame["venue"].search(folded)
        if not m:
            continue
        start = block.start + m.end()
        stop = re.search(r"[.;\n]|\s\w+\s*:", ctx.text[start:block.end])
        end = start + (stop.start() if stop else block.end - start)
        s, e = trim(ctx.text, start, end)
        if s >= e:
            continue
        items = [it for it in ctx.items_by_block.get(block.ordinal, [])
                 if s <= it.start and it.end <= e and it.kind in ("Place", "Country")]
        if items:
            ctx.edge("HELD_IN", meeting, items[0].ids[0], [ctx.source(items[0].start, items[0].end)])
            return
        name = ctx.text[s:e]
        pid = f"place:{ctx.doc}:{_slug(name)}"
        ctx.batch.add_node(pid, "Place", name[:1].upper() + name[1:], [ctx.source(s, e)],
                           doc=ctx.doc)
        ctx.edge("HELD_IN", meeting, pid, [ctx.source(s, e)])
        return


def _venue_at(ctx: Context, meeting: str) -> None:
    """A meeting held nowhere the text names a city or country: the building the sentence saying
    who hosted or met whom puts it in ("hosted ... yesterday at the Department of State", "recibió
    ... en el Palacio Nacional") is its Place, local to the document, quoted as written
    (data/patterns.yaml `frame.venue_at`, `venue_at_not`); only in the first paragraphs."""
    f = ctx.patterns.frame
    for block in ctx.structure.blocks[:4]:
        if block.kind not in ("paragraph", "title", "heading"):
            continue
        m = f["venue_at"].search(ctx.text, block.start, block.end)
        if m is None or f["venue_at_not"].match(fold_same_length(m.group("venue"))):
            continue
        s, e = m.span("venue")
        name = ctx.text[s:e]
        pid = f"place:{ctx.doc}:{_slug(name)}"
        ctx.batch.add_node(pid, "Place", name, [ctx.source(s, e)], doc=ctx.doc)
        ctx.edge("HELD_IN", meeting, pid, [ctx.source(m.start(), e)])
        return


def _inside_longer_name(ctx: Context, it) -> bool:
    """An organisation named inside a longer proper name ("Oficina del Alto Comisionado de las
    Naciones Unidas para los Refugiados") is not the one taking part; the word opening a
    sentence that says who took part ("Representatives of the ...") is no name."""
    if it.kind != "Organization":
        return False
    before = ctx.text[max(0, it.start - 60):it.start]
    m = re.search(r"[A-ZÁÉÍÓÚÑ][\w]+\s+(?:de|del|of)\s+(?:(?:la|las|los|el|the)\s+)?$", before)
    if m and re.search(r"(?:^|[.!?\n])\s*$", before[:m.start()]) and \
            ctx.patterns.frame["participant_cues"][0].match(fold_same_length(before[m.start():])):
        # "Representatives of the Commonwealth of ...": a sentence's first word, capitalised for
        # that, that says who took part (frame `participant_cues`) opens no longer name
        return False
    return bool(m)


def _meeting_days(ctx: Context, meeting: str) -> tuple[str | None, str | None]:
    """(first day, last day) as ISO dates of the meeting: its first HELD_ON, else the document's
    date, else (None, None). Read once before the sentences are (no sentence changes them)."""
    held = next((ctx.batch.nodes[e.target].properties for e in ctx.batch.edges.values()
                 if e.type == "HELD_ON" and e.source == meeting), None)     # the first one
    if held:
        return held["date"], held["date_end"]
    if ctx.structure.date:
        return ctx.structure.date, ctx.structure.date_end or ctx.structure.date
    return None, None


def _another_time(tagged: Tagged, days: tuple[str | None, str | None]) -> bool:
    """The sentence is dated outside the meeting's `days` (`_meeting_days`) ("la primera fue en
    ... en el año 2000"); not when the sentence also gives a meeting's day as such ("A y B
    concluyeron ayer la Reunión, en la que se preparó la visita del 31 de octubre": "ayer" is
    the meeting's day, the visit's day another)."""
    start, end = days
    dates = _items_in(tagged, 0, len(tagged.s), ("Date",))
    if start is not None and any(it.date.value.precision == "day" and it.subtype not in NOT_MEETING_DAYS
                                 and start <= it.date.value.start.isoformat() <= end for it in dates):
        return False
    for it in dates:
        v = it.date.value
        if it.subtype in NOT_MEETING_DAYS:
            continue
        if start is None:
            if v.precision == "year":       # "en el año 2000" in a document with no date of its own
                return True
        elif v.end.isoformat() < start or v.start.isoformat() > end:
            return True
    return False


def invited_guest(tagged: Tagged, start: int) -> bool:
    """The actor tagged at document offset `start` is a guest the text says is to be invited, or
    is named after a meeting yet to be convened ("a la que se invitaría a Estados Unidos",
    "inviting the United States", "convene a trilateral meeting with the United States":
    data/lang/*/commitments.yaml `invited_guest`)."""
    k = next((x for x, at in enumerate(tagged.starts) if at >= start), len(tagged.s))
    from loaders.lang import lexicon
    return any(re.search(w, tagged.s[max(0, k - 100):k])
               for w in lexicon("commitments").get("invited_guest") or [])


def _participants(ctx: Context, tagged: Tagged, meeting: str,
                  days: tuple[str | None, str | None]) -> None:
    f = ctx.patterns.frame
    if _another_time(tagged, days):
        return
    observers: set[str] = set()
    for m in f["observer_cues"].finditer(tagged.s):
        # the actors right after the cue ("como observadores México y España"), else those
        # before it back to where the observers' list starts ("together with A and B as observers")
        stop = f["clause_end"].search(tagged.s, m.end())
        a, b = m.end(), stop.start() if stop else len(tagged.s)
        close = tagged.s.find(")", a, b)
        if close >= 0:      # "(including two observer countries, A and B)": the list ends there
            b = close
        quoted_from = a
        if not _items_in(tagged, a, b, PARTICIPANTS):
            a = max((x.end() for x in f["observer_scope"].finditer(tagged.s, 0, m.start())),
                    default=0)
            b = quoted_from = m.start()
        elif f["observer_lead_in"].match(tagged.s, m.start()):
            quoted_from = m.start()     # "observer countries, A and B": the quote says they observe
        for it in _items_in(tagged, a, b, PARTICIPANTS):
            src = ctx.source(*tagged.span(min(a, quoted_from), b))
            for i in it.ids:
                observers.add(i)
                ctx.edge("PARTICIPATES_IN", i, meeting, [src], role="observer")
    own = None
    if any("meeting" in cue.groupindex for cue in f["participant_cues"]):
        own = (own_ordinal(ctx.batch.nodes[meeting].name or "") if ctx.batch.nodes[meeting].sources else None) \
            or opening_ordinal(ctx.text)
    for cue in f["participant_cues"]:
        for m in cue.finditer(tagged.s):
            stop = f["clause_end"].search(tagged.s, m.end())
            b = stop.start() if stop else len(tagged.s)
            relative = f["participants_stop"].search(tagged.s, m.end(), b)
            if relative:    # "..., en el que la UE ocupa un asiento como miembro permanente"
                b = relative.start()
            found = [it for it in _items_in(tagged, m.end(), b, PARTICIPANTS)
                     if not _inside_longer_name(ctx, it) and not _venue_country(ctx, tagged, it)
                     and not invited_guest(tagged, it.start)]
            if not found or in_name_of_meeting_about(tagged, m.start()):
                continue        # "sobre la I Reunión de Ministros de A y B": another meeting's
            if "meeting" in cue.groupindex and m.group("meeting") and \
                    names_another_meeting(ctx.text, tagged, m.start("meeting"), own):
                continue        # "the Second Ministerial Meeting of A and B, held in 2017": another's
            src = ctx.source(*tagged.span(m.start(), b))
            for it in found:
                for i in it.ids:
                    if i not in observers:
                        ctx.edge("PARTICIPATES_IN", i, meeting, [src])
    for m in f["participant_verbs"].finditer(tagged.s):
        a = max((x.end() for x in f["clause_end"].finditer(tagged.s, 0, m.start())), default=0)
        src = ctx.source(*tagged.span(a, m.end()))
        for ph in PLACEHOLDER.finditer(tagged.s, a, m.start()):
            it = tagged.items[int(ph.group("idx"))]
            if it.kind not in PARTICIPANTS + ("Body", "Person") or _inside_longer_name(ctx, it) or \
                    f["meeting_of"].search(tagged.s[max(0, ph.start() - 40):ph.start()]):
                continue
            for i in it.ids:
                if i not in observers:
                    ctx.edge("PARTICIPATES_IN", i, meeting, [src])
    for m in f["represented_elided"].finditer(tagged.s):
        # "X was represented by its Vice President, and Y by its Deputy Prime Minister": Y too
        for it in tagged.group_items(m, "who"):
            for i in it.ids:
                if i not in observers:
                    ctx.edge("PARTICIPATES_IN", i, meeting, [ctx.source(*tagged.span(*m.span()))])
    for m in f["delegation"].finditer(tagged.s):
        who = tagged.group_items(m, "who" if m.group("who") else "who2")
        for it in who:
            for i in it.ids:
                ctx.edge("PARTICIPATES_IN", i, meeting, [ctx.source(*tagged.span(*m.span()))])
    for m in f["meeting_subject_verbs"].finditer(tagged.s):
        # "Prime Ministers A and B met in ...": the persons and countries before the verb
        a = max((x.end() for x in f["clause_end"].finditer(tagged.s, 0, m.start())), default=0)
        found = [it for it in _items_in(tagged, a, m.start(), ("Person", "Country"))
                 if not _inside_longer_name(ctx, it)]
        src = [ctx.source(*tagged.span(a, m.end()))]
        _take_part(ctx, found, meeting, src, observers, tagged)
    _readout_company(ctx, tagged, meeting, observers)
    for m in f["attended_by"].finditer(tagged.s):
        # "The meeting was attended by A, B and C", "con la participación de A y B"
        stop = f["clause_end"].search(tagged.s, m.end())
        b = stop.start() if stop else len(tagged.s)
        found = [it for it in _items_in(tagged, m.end(), b, PARTICIPANTS + ("Person",))
                 if not _inside_longer_name(ctx, it)]
        src = [ctx.source(*tagged.span(m.start(), b))]
        _take_part(ctx, found, meeting, src, observers)
    for m in f["meeting_between"].finditer(tagged.s):
        stop = f["meeting_between_end"].search(tagged.s, m.end())
        b = stop.start() if stop else len(tagged.s)
        found = [it for it in _items_in(tagged, m.end(), b, ("Person", "Country"))
                 if not _inside_longer_name(ctx, it)]
        src = [ctx.source(*tagged.span(m.start(), b))]
        _take_part(ctx, found, meeting, src, observers)
    for m in f["delegation_head"].finditer(tagged.s):
        # "la Delegación de Guatemala la presidió S.E. X": X and Guatemala take part, X for it
        src = [ctx.source(*tagged.span(*m.span()))]
        country = next(g for g in ("country", "country2", "country3") if m.group(g))
        # each person with what states it: the head clause, and for those named after it
        # ("...; por la Comisionada ..., B, y por el Encargado ..., C") their own part too
        people = [(it, src) for it in tagged.group_items(m, "who" if m.group("who") else "who2")]
        more, at = f["delegation_head_more"].match(tagged.s, m.end()), m.end()
        while more:
            own = at + len(tagged.s[at:more.end()]) - len(tagged.s[at:more.end()].lstrip(" \t\n;,"))
            people += [(it, src + [ctx.source(*tagged.span(own, more.end()))])
                       for it in tagged.group_items(more, "who")]
            at = more.end()
            more = f["delegation_head_more"].match(tagged.s, at)
        for c in tagged.group_items(m, country):
            for ci in c.ids:
                ctx.edge("PARTICIPATES_IN", ci, meeting, src)
                for it, stated in people:
                    for i in it.ids:
                        ctx.edge("PARTICIPATES_IN", i, meeting, stated)
                        ctx.edge("REPRESENTS", i, ci, stated)


_MORE_GUESTS = re.compile(r"\s*(?:,|and\b|y\b|e\b)")     # another guest follows


def _readout_company(ctx: Context, tagged: Tagged, meeting: str, observers) -> None:
    """Readouts: the guests of the person a sentence opens with ("Secretary X hosted Foreign
    Secretary Y"), the persons who joined someone for the meeting ("A and B joined Secretary X
    for the meeting") and those someone was joined by ("Y was joined by A; B; and C") take
    part, and so do the host and the one joined. Cues in data/patterns.yaml `frame.guest_of`,
    `guest_chain`, `joined_for`, `joined_by`."""
    f = ctx.patterns.frame
    m = f["guest_of"].match(tagged.s)
    if m:
        at, found = m.end(), _items_in(tagged, 0, m.end(), ("Person",))     # the host, then the guests
        chain = f["guest_chain"].match(tagged.s, at)
        while chain:
            found += tagged.group_items(chain, "who")
            at = chain.end()
            chain = f["guest_chain"].match(tagged.s, at) if _MORE_GUESTS.match(tagged.s, at) else None
        _take_part(ctx, found, meeting, [ctx.source(*tagged.span(0, at))], observers)
    for m in f["joined_for"].finditer(tagged.s):
        a = max((x.end() for x in f["clause_end"].finditer(tagged.s, 0, m.start())), default=0)
        found = _items_in(tagged, a, m.end(), ("Person",))      # those who joined, and whom
        _take_part(ctx, found, meeting, [ctx.source(*tagged.span(a, m.end()))], observers)
    for m in f["joined_by"].finditer(tagged.s):
        end = tagged.s.find(".", m.end())
        b = end if end >= 0 else len(tagged.s)
        found = tagged.group_items(m, "whom" if m.group("whom") else "whom2") + \
            _items_in(tagged, m.end(), b, ("Person",))
        _take_part(ctx, found, meeting, [ctx.source(*tagged.span(m.start(), b))], observers)


def _co_chairs_after(ctx: Context, tagged: Tagged, meeting: str, at: int) -> None:
    """The other co-chairs named after the first one and her post, up to the clause's end
    ("co-chaired by Ms. A, Vice Minister of X, and Mr. B, Deputy Minister of Y"): each person
    PRESIDES with role co_chair, the source running from the verb to that person."""
    stop = re.compile(r";").search(tagged.s, at)      # tagged is one sentence
    end = stop.start() if stop else len(tagged.s)
    verb = max((x.start() for x in ctx.patterns.frame["co_chair"].finditer(tagged.s, 0, at)), default=0)
    for ph in PLACEHOLDER.finditer(tagged.s, at, end):
        it = tagged.items[int(ph.group("idx"))]
        if it.kind != "Person":
            continue
        src = [ctx.source(*tagged.span(verb, ph.end()))]
        for i in it.ids:
            ctx.edge("PRESIDES", i, meeting, src, role="co_chair")


def _roles(ctx: Context, tagged: Tagged, meeting: str) -> None:
    """ORGANISES (hosted by, anfitrión, thanks for hospitality) and PRESIDES (chaired by)."""
    f = ctx.patterns.frame
    heads = [h.span() for h in f["delegation_head"].finditer(tagged.s)]
    for m in f["presides_after"].finditer(tagged.s):
        if any(a <= m.start() < b for a, b in heads):
            continue        # "la Delegación de X la presidió Y": Y heads a delegation, not the meeting
        a = max((x.end() for x in f["clause_end"].finditer(tagged.s, 0, m.start())), default=0)
        actors = _items_in(tagged, a, m.start(), ("Person", "Country"))
        people = [it for it in actors if it.kind == "Person"]
        src = [ctx.source(*tagged.span(a, m.end()))]
        part = f["presides_part"].match(tagged.s, m.end())   # "co-chaired the session on ...": a
        for it in [] if part else people or actors:          # part of the meeting, not the meeting
            for i in it.ids:
                ctx.edge("PRESIDES", i, meeting, src)
        for it in actors:
            for i in it.ids:        # whoever chairs (or whose minister chairs) takes part
                if ctx.batch.nodes.get(i) is None or ctx.batch.nodes[i].kind != "Person":
                    ctx.edge("PARTICIPATES_IN", i, meeting, src)
    for m in f["presides_forum"].finditer(tagged.s):
        src = [ctx.source(*tagged.span(*m.span()))]
        wholes = [w.ids[0] for w in tagged.group_items(m, "whole")] if m.group("whole") else \
            [x for x in [_forum_taken_up(ctx, *tagged.span(*m.span("ref")))] if x]
        for whole in wholes:
            for it in tagged.group_items(m, "who"):
                for i in it.ids:
                    ctx.edge("PRESIDES", i, whole, src)
    for rx in f["presides_also"]:
        for m in rx.finditer(tagged.s):
            src = [ctx.source(*tagged.span(*m.span()))]
            # "under the co-chairmanship of A, post, B, post, and C": each presides as a co-chair
            role = "co_chair" if f["co_chair"].search(tagged.s, m.start(), m.start("who")) else None
            for it in tagged.group_items(m, "who"):
                for i in it.ids:
                    ctx.edge("PRESIDES", i, meeting, src, role=role)
            if any(it.kind == "Person" for it in tagged.group_items(m, "who")):
                _chairs_joined_of(ctx, tagged, meeting, m.start(), m.end(), role)
    for key, etype in (("host", "ORGANISES"), ("presides", "PRESIDES")):
        for m in f[key].finditer(tagged.s):
            # "presidida por el Viceministro ... de Bolivia, señor Tomás Modelo": the country is
            # the post's; the person named right after it presides
            named = f["post_holder"].match(tagged.s, m.end()) if etype == "PRESIDES" else None
            if named:
                people = _items_in(tagged, named.start("who"), named.end("who"), ("Person",))
                src = [ctx.source(*tagged.span(m.start(), named.end()))]
                role = "co_chair" if f["co_chair"].match(tagged.s, m.start()) else None
                for it in people:
                    for i in it.ids:
                        ctx.edge(etype, i, meeting, src, role=role)
                if role:
                    _co_chairs_after(ctx, tagged, meeting, named.end())
                if people:
                    for it in tagged.group_items(m, "who"):     # the chair's country takes part
                        for i in it.ids:
                            if ctx.batch.nodes.get(i) is not None and \
                                    ctx.batch.nodes[i].kind == "Country":
                                ctx.edge("PARTICIPATES_IN", i, meeting, src)
                    continue
            src = [ctx.source(*tagged.span(*m.span()))]
            # "co-chaired by A and B", "copresidida por": each presides as a co-chair
            role = "co_chair" if etype == "PRESIDES" and f["co_chair"].match(tagged.s, m.start()) else None
            # "for the warm hospitality ... at the welcome ceremony": the host's is that event
            elsewhere = _hosted_event(ctx, tagged, f, m) if etype == "ORGANISES" and \
                (m.groupdict().get("who3") or m.groupdict().get("who6")) else None
            if etype == "ORGANISES" and m.groupdict().get("who"):
                other = _event_hosted_before(ctx, tagged, f, m, meeting)
                if other == "":
                    continue    # "the Ocean Conference hosted by Chile": loaders.organisers
                elsewhere = other or elsewhere
            for g in ("who", "who2", "who3", "who4", "who5", "who6", "who7"):
                if g in m.groupdict() and m.group(g):
                    for it in tagged.group_items(m, g):
                        for i in it.ids:
                            ctx.edge(etype, i, elsewhere or meeting, src, role=role)
                            sent = f["host_delegation"].match(tagged.s, m.end()) \
                                if etype == "ORGANISES" and g == "who2" and it.kind == "Country" else None
                            if sent:    # "Burkina Faso, as host country, mobilised a large
                                # delegation": the host state takes part (a host alone is not said to)
                                ctx.edge("PARTICIPATES_IN", i, meeting,
                                         [ctx.source(*tagged.span(m.start(), sent.end()))])
            if role:
                _co_chairs_after(ctx, tagged, meeting, m.end())
            elif etype == "PRESIDES" and m.group("who"):
                _joined_chair(ctx, tagged, meeting, m.start(), m.end())


# the kinds a forum taken up by its head noun can be ("as Chair of the Forum")
FORUM_KINDS = ("Organization", "Conference", "Body")


def _forum_taken_up(ctx: Context, start: int, end: int) -> str | None:
    """The forum a capitalised head noun at text[start:end] takes up ("Fiji, as Chair of the
    Forum" after "the Pacific Islands Forum"): the id of the latest entity of FORUM_KINDS named in
    full before `start` whose name, as written there or its own, holds that word; None when the word is written in lower case
    ("as chair of the forum" is no name) or no forum named before holds it."""
    word = ctx.text[start:end]
    if not word[:1].isupper():
        return None
    key = fold_same_length(word.lower())
    found = None
    for mention in ctx.mentions:
        if mention.start >= start:
            break
        node = ctx.batch.nodes.get(mention.entity)
        if node is None or node.kind not in FORUM_KINDS:
            continue
        said = f"{mention.quote} {node.name}"      # as written here, or the entity's own name
        if key in re.findall(r"\w+", fold_same_length(said.lower())):
            found = mention.entity
    return found


def _hosted_event(ctx: Context, tagged: Tagged, f: dict, m: re.Match) -> str | None:
    """The event a host's hospitality is thanked for, named right after the thanks
    (data/patterns.yaml `frame.host_at_event`: "at the traditional welcome ceremony"): an Event of
    the document, its id; None when the thanks name no event of their own."""
    got = f["host_at_event"].match(tagged.s, m.end())
    if not got:
        return None
    s, e = tagged.span(*got.span("event"))
    name = " ".join(ctx.text[s:e].split())
    eid = f"event:{ctx.doc}:" + re.sub(r"[^a-z0-9]+", "-", fold_same_length(name)).strip("-")
    ctx.batch.add_node(eid, "Event", name, [ctx.source(s, e)], doc=ctx.doc)
    return eid


@dataclass(frozen=True)
class _EventNames:
    """Capitalised names of events (data/lang/*/organisers.yaml `own_meeting_nouns`): `before`,
    modifiers before the noun ("Climate Leaders' Summit"); `after`, the noun then its words
    ("Cumbre de las Américas"); `determiners`, the words that make the noun the document's own
    meeting ("this Summit", "esta Cumbre")."""
    before: re.Pattern
    after: re.Pattern
    determiners: frozenset


_EVENT_NAMES: list[_EventNames] = []


def _event_names() -> _EventNames:
    if not _EVENT_NAMES:
        from loaders.lang import lexicon
        lex = lexicon("organisers")
        nouns = sorted({w for w in lex.get("own_meeting_nouns") or [] if " " not in w}, key=len, reverse=True)
        noun = "|".join(re.escape(w[:1].upper() + w[1:]) for w in nouns)
        word = r"[A-Z\u00c0-\u00de][\w’'-]*"
        _EVENT_NAMES.append(_EventNames(
            re.compile(rf"(?P<name>(?:{word}[^\S\n]+){{1,5}}(?:{noun}))\b"),
            re.compile(rf"(?P<name>(?:{noun})(?:\s+(?:(?:de|del|sobre|para|y|e|of|on|for|and)\s+)?"
                       rf"(?:(?:la|las|los|el|the)\s+)?{word})+)"),
            frozenset(fold_same_length(w) for w in (lex.get("own_meeting_determiners") or [])) |
            frozenset({"the", "a", "an", "la", "el", "una", "un"})))
    return _EVENT_NAMES[0]


def _event_hosted_before(ctx: Context, tagged: Tagged, f: dict, m: re.Match, meeting: str) -> str | None:
    """Whose event a "hosted by X" / "organizado por X" names when the clause before the cue names
    another event: "" when that event is a name the text tags (loaders.organisers links it), the
    id of a new Event of the document when it is a capitalised event's name ("this year's Climate
    Leaders' Summit on April 22 hosted by the United States"), None when the clause names no
    event but the document's own meeting ("this Summit", the meeting's own name)."""
    a = max((x.end() for x in f["clause_end"].finditer(tagged.s, 0, m.start())), default=0)
    if _items_in(tagged, a, m.start(), ("Event", "Conference")):
        return ""
    s, e = tagged.span(a, m.start())
    segment = ctx.text[s:e]
    names = _event_names()
    found = None
    ends = {got.end() for got in names.before.finditer(segment)}
    for rx in (names.before, names.after):
        for got in rx.finditer(segment):
            if rx is names.after and got.start() + len(got.group("name").split()[0]) in ends:
                continue    # "Climate Summit on April 22": the name is written before its noun
            words = got.group("name").split()
            while words and fold_same_length(words[0]) in names.determiners:
                words = words[1:]
            before = segment[:got.start()].split()[-1:]
            if len(words) < 2 or before and fold_same_length(before[0]) in names.determiners - \
                    {"the", "a", "an", "la", "el", "una", "un"}:
                continue
            start = got.start() + got.group("name").index(words[0])
            if found is None or start > found[0]:
                found = (start, got.end())
    if found is None:
        return None
    n_s, n_e = s + found[0], s + found[1]
    name = " ".join(ctx.text[n_s:n_e].split())
    own = ctx.batch.nodes.get(meeting)
    if own is not None and fold_same_length(name) in fold_same_length(" ".join(str(own.name).split())):
        return None
    eid = f"event:{ctx.doc}:" + re.sub(r"[^a-z0-9]+", "-", fold_same_length(name)).strip("-")
    ctx.batch.add_node(eid, "Event", name, [ctx.source(n_s, n_e)], doc=ctx.doc)
    return eid


def _chairs_joined_of(ctx: Context, tagged: Tagged, meeting: str, verb: int, at: int,
                      role: str | None = None) -> None:
    """The others of a presidency of two or more, joined after the first chair and that chair's
    post by "and of" / "y de" ("bajo la presidencia del Canciller de A, Luis X, y de la Canciller
    de B, Marta Y") or listed with their posts ("under the Chairmanship of H.E. A, Minister of X,
    H.E. B, ..., and H.E. C"): each PRESIDES (with `role`), the source running from the cue to
    that person. Reads only up to the clause's end (";" or the sentence's), one post's length
    past the person before."""
    rx = ctx.patterns.frame["presides_joined_of"]
    stop = tagged.s.find(";", at)
    end = stop if stop >= 0 else len(tagged.s)
    post = ctx.patterns.frame["chair_post"]
    while at < end:
        skip = post.match(tagged.s, at, end)
        j = rx.match(tagged.s, skip.end() if skip else at, end)
        if not j:
            return
        who = "who" if j.group("who") else "who2"
        it = tagged.items[int(PLACEHOLDER.match(tagged.s, j.start(who)).group("idx"))]
        if it.kind != "Person":
            return
        for i in it.ids:
            ctx.edge("PRESIDES", i, meeting, [ctx.source(*tagged.span(verb, j.end()))], role=role)
        at = j.end()


def _joined_chair(ctx: Context, tagged: Tagged, meeting: str, verb: int, at: int) -> None:
    """A second person who presides, joined after the first chair and that chair's post ("presidida
    por A, subsecretario de X, y el viceministro de Y B"): PRESIDES when the words before B are
    the post the text gives B, so "..., y contó con la participación de B" gives nothing."""
    j = ctx.patterns.frame["presides_joined"].match(tagged.s, at)
    if not j:
        return
    it = tagged.items[int(PLACEHOLDER.match(tagged.s, j.start("who")).group("idx"))]
    if it.kind != "Person":
        return
    said = " ".join(j.group("post").split())
    for i in it.ids:
        node = ctx.batch.nodes.get(i)
        post = node.properties.get("post") if node is not None else None
        if post and fold_same_length(" ".join(str(post).split())) == said:
            ctx.edge("PRESIDES", i, meeting, [ctx.source(*tagged.span(verb, j.end()))])


def _announced(ctx: Context, tagged: Tagged) -> None:
    """Where, when and by whom a meeting to come is held, when the sentence says so."""
    f = ctx.patterns.frame
    if not next_events(ctx, tagged, create=False):
        return
    held = f["next_held"].search(tagged.s)
    host = f["next_host"].search(tagged.s)
    first = next_events(ctx, tagged, create=False)[0]
    dated = f["next_dated"].match(tagged.s, first.end)
    if first.by_verb and not dated:
        # "meet again in X in D", "meet again next year": the verb says it meets; where and when follow
        dated = f["met_on"].match(tagged.s, first.end) or f["met_in"].match(tagged.s, first.end)
    if not held and not host and not dated:
        return
    ev = next_events(ctx, tagged)[0]
    src = [ctx.source(*tagged.span(0, len(tagged.s)))]
    if host:
        for it in tagged.group_items(host, "who"):
            for i in it.ids:
                ctx.edge("ORGANISES", i, ev.id, src)
    start = ev.end
    for lead in re.finditer(r"\b(?:en|in|at)\s", tagged.s[start:]):
        place = place_after(ctx, tagged, start + lead.start() - (1 if lead.start() else 0))
        if place:
            ctx.edge("HELD_IN", ev.id, place[0], [place[1]])
            break
    dates = _items_in(tagged, start, len(tagged.s), ("Date",))
    if dates:
        date_node(ctx, dates[0])
        ctx.edge("HELD_ON", ev.id, dates[0].ids[0], [ctx.source(dates[0].start, dates[0].end)])


def _past_held(ctx: Context, tagged: Tagged) -> None:
    """An earlier meeting named by an earlier-word and its noun, then the day it was held ("el
    pasado taller de formación celebrado el 30 de septiembre", "the last workshop, held on 4 May",
    data/patterns.yaml `frame.past_held`), or by its own name with the day in brackets ("el
    pasado PyDay (11 de marzo de 2017)", `frame.past_named`): an Event of this document named as written, from the
    earlier-word to its noun's complement, HELD_ON that day (a day, not a period), each quoted on
    its words. Never the record's own meeting, which is not called earlier."""
    f = ctx.patterns.frame
    named = [m for m in f["past_named"].finditer(tagged.s)
             if all(w[:1].isupper() for w in ctx.text[slice(*tagged.span(*m.span("name")))].split())]
    for m in [*f["past_held"].finditer(tagged.s), *named]:
        p = PLACEHOLDER.match(tagged.s, m.end())
        it = tagged.items[int(p.group("idx"))] if p else None
        if it is None or it.kind != "Date" or it.date.value.precision != "day" \
                or it.subtype in NOT_MEETING_DAYS:
            continue
        eid = _past_event(ctx, tagged, m)
        date_node(ctx, it)
        ctx.edge("HELD_ON", eid, it.ids[0], [ctx.source(it.start, it.end)])


def _past_event(ctx: Context, tagged: Tagged, m: re.Match) -> str:
    """The Event of this document an earlier meeting's words name (the match's group `what`,
    quoted on them): `event:<doc>:past-<name>`, its name as written with a capital; returns its id."""
    s, e = tagged.span(*m.span("what"))
    name = " ".join(ctx.text[s:e].split())
    eid = f"event:{ctx.doc}:past-{_slug(name)}"
    ctx.batch.add_node(eid, "Event", name[:1].upper() + name[1:], [ctx.source(s, e)], doc=ctx.doc)
    return eid


def _past_met(ctx: Context, tagged: Tagged) -> None:
    """An earlier meeting named by an earlier-word before or after its noun ("their previous
    meeting in New Delhi in March 1997", "the last round of talks, held in Geneva in May", "su
    encuentro anterior en Bogotá", data/patterns.yaml `frame.past_met`): an Event of this
    document named as written (`event:<doc>:past-<name>`), HELD_IN the place right after it (or
    after its participle, or after its day) and HELD_ON the day or month right after it or after
    that place, each quoted on its words; with neither a place nor a day right after it, nothing
    (no place is made up). Not a forum's meeting after a possessive relative ("whose last
    meeting", loaders/forum_past_meetings.py), nor a meeting said to come ("the last session of
    the year will be held in December"). Never the record's own meeting."""
    f = ctx.patterns.frame
    whose = re.compile(r"\b(?:%s)\s+$" % phrase_alternation(lexicon("other_meetings").get("whose_words") or []))
    for m in f["past_met"].finditer(tagged.s):
        if whose.search(tagged.s, 0, m.start()) or f["past_to_come"].match(tagged.s, m.end("what")):
            continue
        after = m.end()
        day = f["met_on"].match(tagged.s, after)
        it = tagged.items[int(PLACEHOLDER.match(tagged.s, day.start("date")).group("idx"))] if day else None
        if it is not None and it.subtype in NOT_MEETING_DAYS:
            day = it = None
        # a place or a day must follow right away: "the previous meeting minutes", "la última
        # reunión de troikas celebrada en X" give no place of the meeting the words name
        lead = f["place_lead"].match(tagged.s, after)
        if it is None and not (lead and PLACEHOLDER.match(tagged.s, lead.end())):
            continue
        eid = _past_event(ctx, tagged, m)
        place = place_after(ctx, tagged, after)
        if place and day is None:
            k = next((i for i, x in enumerate(tagged.starts) if x >= place[1].end), len(tagged.s))
            day = f["met_on"].match(tagged.s, k)
            it = tagged.items[int(PLACEHOLDER.match(tagged.s, day.start("date")).group("idx"))] if day else None
        elif day and not place:     # "que se celebró el 4 de junio en Quito": the place after the day
            place = place_after(ctx, tagged, day.end())
        if place:
            ctx.edge("HELD_IN", eid, place[0], [place[1]])
        if it is not None and it.subtype not in NOT_MEETING_DAYS:
            date_node(ctx, it)
            ctx.edge("HELD_ON", eid, it.ids[0], [ctx.source(it.start, it.end)])


def add_own_bodies(ctx: Context) -> None:
    """Nodes for the document's own bodies named by title alone ("the Technical Secretariat" of
    a forum the gazetteer does not know; loaders.tagging names them body:<doc>:<subtype>)."""
    for items in ctx.items_by_block.values():
        for it in items:
            for i in it.ids:
                if it.kind == "Body" and i.startswith(f"body:{ctx.doc}:"):
                    src = ctx.source(it.start, it.end)
                    name = re.sub(r"^(?:la|el|the)\s+", "", src.quote, flags=re.I)
                    if i not in ctx.batch.nodes:
                        ctx.batch.add_node(i, "Body", name[:1].upper() + name[1:], [src],
                                           doc=ctx.doc, subtype=it.subtype)
                    else:
                        ctx.batch.add_node(i, "Body", ctx.batch.nodes[i].name, [src])


def _meeting_of_body(ctx: Context, meeting: str) -> None:
    """The meeting is PART_OF the body its title names ("CSAF Technical Committee Working
    Meeting", "Reunión ordinaria de la Junta Directiva"): the body the text tags there, else a
    Body named as written (the shared id loaders.entities would give it). Cues in
    data/events.yaml `body_meeting`."""
    from loaders.events import load_event_cues
    from loaders.world import slug
    cues = load_event_cues()
    for n, block in enumerate(ctx.structure.blocks[:3]):
        if block.kind not in ("title", "heading") and (n > 1 or len(block.text) > 160 or
                                                       "\n" in block.text.strip()):
            continue        # a PDF's first line is often read as a paragraph: a short one counts
        for rx in cues["body_meeting"]:
            m = rx.search(ctx.text, block.start, block.end)
            if not m:
                continue
            s, e = m.span("body")
            tagged = [it for it in ctx.items_by_block.get(block.ordinal, [])
                      if it.kind == "Body" and it.start <= s < it.end or
                      it.kind == "Body" and s <= it.start and it.end <= e]
            if re.search(r"\([A-Z][A-Z0-9]{1,9}\)\s", ctx.text[s:e]):
                tagged = []     # the text tagged the head alone; the acronym names the body
            if tagged:
                bid, src = tagged[0].ids[0], ctx.source(tagged[0].start, tagged[0].end)
            else:
                subtype = cues["body_subtypes"].get(fold_same_length(m.group("head")))
                name = " ".join(ctx.text[s:e].split())
                if name.isupper() and len(m.group("head")) > 3:   # a word, not an acronym ("TC")
                    from loaders.structure import display_title
                    name = display_title(name)      # "CONSEJO CONSULTIVO" in an all-capitals title
                if subtype is None or len(name.split()) < 2:
                    continue
                long = None
                acr = re.search(r"\(([A-Z][A-Z0-9]{1,9})\)\s+(\S.*)$", name)
                if acr:     # "Static Analysis Results Format (SARIF) TC": "SARIF TC", the long form an alias
                    long, name = name, f"{acr.group(1)} {acr.group(2)}"
                bid, src = f"body:{slug(name)}", ctx.source(s, e)
                ctx.batch.add_node(bid, "Body", name, [src], subtype=subtype)
                if long:
                    node = ctx.batch.nodes[bid]
                    node.properties["aliases"] = list(dict.fromkeys(
                        (node.properties.get("aliases") or []) + [long]))
            ctx.edge("PART_OF", meeting, bid, [ctx.source(*m.span())])
            return


def _capitals_name(name: str) -> str:
    """ "COMITÉ DE INTEGRACIÓN "PASO AGUA NEGRA"" → "Comité de Integración "Paso Agua Negra"":
    the words in capitals in title case, the quoted proper name too, the quotes kept."""
    from loaders.structure import display_title
    return re.sub(r"[^\s\"“”«»]+(?:\s+[^\s\"“”«»]+)*",
                  lambda m: display_title(m.group(0)) if m.group(0).isupper() else m.group(0), name)


def _meeting_of_body_stated(ctx: Context, meeting: str) -> None:
    """The meeting is PART_OF the body named in capitals in the sentence saying it was held
    ("se celebró el XX ENCUENTRO DEL COMITÉ DE INTEGRACIÓN "PASO AGUA NEGRA""), a body
    loaders.entities does not tag (every word in capitals). The Body is named as written, in
    title case, with the shared id loaders.entities gives the same name in mixed case. Only the
    first paragraphs that say a meeting was held (data/structure.yaml `meeting_verbs`) are read;
    cues in data/events.yaml `body_meeting_stated`."""
    from loaders.events import load_event_cues
    from loaders.structure import load_layout
    from loaders.world import slug
    cues = load_event_cues()
    verbs = load_layout().meeting_verbs
    paragraphs = [b for b in ctx.structure.blocks if b.kind == "paragraph"][:6]
    for block in paragraphs:
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            if not verbs.search(fold_same_length(ctx.text[s:e])):
                continue
            for rx in cues["body_meeting_stated"]:
                m = rx.search(ctx.text, s, e)
                if not m or not m.group("body").split()[0].isupper():
                    continue
                bs, be = m.span("body")
                name = _capitals_name(" ".join(ctx.text[bs:be].split()))
                subtype = cues["body_subtypes"].get(fold_same_length(m.group("head").lower()))
                if len(name.split()) < 3 or subtype is None:
                    continue
                bid = f"body:{slug(name)}"
                ctx.batch.add_node(bid, "Body", name, [ctx.source(bs, be)], subtype=subtype)
                ctx.edge("PART_OF", meeting, bid, [ctx.source(*m.span())])
                return


def read_meeting_frame(ctx: Context) -> None:
    """The pipeline component: the meeting's date, place, participants, observers, host,
    chair, and the meetings the document announces."""
    meeting = meeting_id(ctx)
    if meeting not in ctx.batch.nodes:
        return
    _meeting_when_where(ctx, meeting)
    _venue_in_its_city(ctx, meeting)
    _quoted_name(ctx, meeting)
    _parties_between(ctx, meeting)
    _forum_in_name(ctx, meeting)
    if not any(e.type == "PART_OF" and e.source == meeting for e in ctx.batch.edges.values()):
        _meeting_of_body(ctx, meeting)
    if not any(e.type == "PART_OF" and e.source == meeting for e in ctx.batch.edges.values()):
        _meeting_of_body_stated(ctx, meeting)
    days = _meeting_days(ctx, meeting)
    for block in ctx.structure.blocks:
        if block.kind in ("signature",):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            if block.kind not in ("agreement", "task"):
                _participants(ctx, tagged, meeting, days)
            _roles(ctx, tagged, meeting)
            _announced(ctx, tagged)
            _past_held(ctx, tagged)      # "el pasado taller, celebrado el 30 de septiembre"
            _past_met(ctx, tagged)       # "their previous meeting in New Delhi in March 1997"
    if not any(e.type == "HELD_IN" and e.source == meeting for e in ctx.batch.edges.values()):
        _venue_at(ctx, meeting)
    _no_region_nor_virtual_place(ctx, meeting)
    _date_line_of_another_day(ctx, meeting)


def _date_line_of_another_day(ctx: Context, meeting: str) -> None:
    """The date line of a release ("September 21, 2023" on a line of its own) dates the meeting
    unless a sentence about the meeting says it met on another day (data/patterns.yaml
    `frame.held_another_day`: "This week, we ... met on the occasion of ..."): that HELD_ON goes."""
    held = [k for k, e in ctx.batch.edges.items() if e.type == "HELD_ON" and e.source == meeting
            and e.sources and all(getattr(ctx.structure.block_at(s.start), "kind", None) == "date"
                                  for s in e.sources)]
    if not held:
        return
    cue = ctx.patterns.frame["held_another_day"]
    if any(cue.search(fold_same_length(sentence)) for sentence in _sentences_on(ctx, meeting)):
        for k in held:
            del ctx.batch.edges[k]


def _no_region_nor_virtual_place(ctx: Context, meeting: str) -> None:
    """A meeting is held in no region and a virtual one in no place: HELD_IN goes from the
    meeting to a Place whose name holds a word of a region (data/lang/*/places.yaml `region_words`:
    "the Northern Triangle of Central America", "el Sahel", "Centroamérica") or, when no list knows
    the place, opens with a compass word (`region_openers`: "Southern Mexico"); and every HELD_IN of
    the meeting goes when the sentence it is quoted from says the meeting was virtual
    (`virtual_words`, a word between the two of a pair: "a virtual bilateral meeting to promote
    development in X", "por videoconferencia"); "with the virtual participation of X" says
    nothing of the meeting."""
    regions, openers, virtual = _region_words()
    said_virtual = any(virtual.search(fold_same_length(sentence)) for sentence in _sentences_on(ctx, meeting))
    for key in [k for k, e in ctx.batch.edges.items() if e.type == "HELD_IN" and e.source == meeting]:
        edge = ctx.batch.edges[key]
        node = ctx.batch.nodes.get(edge.target)
        words = fold_same_length(str(node.name)).split() if node is not None and node.kind == "Place" else []
        local = edge.target.startswith(f"place:{ctx.doc}:")
        region = any(w in regions for w in words) or local and bool(words) and words[0] in openers
        if region or said_virtual:
            del ctx.batch.edges[key]


def _sentences_on(ctx: Context, meeting: str) -> list[str]:
    """The sentences that say who held, hosted, chaired or attended the meeting, or when or where:
    those quoted by its PARTICIPATES_IN, ORGANISES, PRESIDES, HELD_ON and HELD_IN edges."""
    starts = {src.start for e in ctx.batch.edges.values() if meeting in (e.source, e.target)
              and e.type in ("PARTICIPATES_IN", "ORGANISES", "PRESIDES", "HELD_ON", "HELD_IN")
              for src in e.sources}
    out = []
    for at in sorted(starts):
        block = ctx.structure.block_at(at)
        if block is None:
            continue
        out += [ctx.text[s:e] for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations)
                if s <= at < e]
    return out


_REGION_WORDS: list = []


def _region_words() -> tuple[frozenset, frozenset, re.Pattern]:
    """(folded `region_words`, folded `region_openers`, a pattern of `virtual_words`) of
    data/lang/*/places.yaml."""
    if not _REGION_WORDS:
        from loaders.lang import lexicon
        lex = lexicon("places")
        words = sorted({fold_same_length(w) for w in lex.get("virtual_words") or []}, key=len, reverse=True)
        virtual = "|".join(re.escape(w).replace(r"\ ", r"\s+(?:[a-z]+\s+)?") for w in words)
        _REGION_WORDS.append((frozenset(fold_same_length(w) for w in lex.get("region_words") or []),
                              frozenset(fold_same_length(w) for w in lex.get("region_openers") or []),
                              re.compile(rf"\b(?:{virtual})\b" if words else r"(?!)")))
    return _REGION_WORDS[0]


# the blocks at the top whose headings may say the document records a meeting (an "Agenda item"
# heading under a minutes' title and its header line)
MEETING_HEADING_BLOCKS = 5


def drop_unstated_meeting(ctx: Context) -> None:
    """The pipeline component: a document that records no meeting (a declaration, an
    organisation's statement) keeps no meeting Event made up from its title. The Event goes when
    no title or heading names a meeting (its node quotes nothing), neither the title nor the
    first heading holds a word of a meeting record (data/patterns.yaml `frame.records_meeting`:
    acta, minutes, reunión, meeting, agenda, ...) and nothing the text says involves it but the
    release's dateline (HELD_ON). Its edges go with it."""
    meeting = meeting_id(ctx)
    node = ctx.batch.nodes.get(meeting)
    if node is None or node.sources:
        return
    touching = [k for k, e in ctx.batch.edges.items() if meeting in (e.source, e.target)]
    if any(ctx.batch.edges[k].type != "HELD_ON" for k in touching):
        return
    heads = [b for b in ctx.structure.blocks[:MEETING_HEADING_BLOCKS] if b.kind in ("title", "heading")]
    words = " ".join([ctx.structure.title or ""] + [b.text for b in heads])
    if ctx.patterns.frame["records_meeting"].search(fold_same_length(words)):
        return
    for k in touching:
        del ctx.batch.edges[k]
    del ctx.batch.nodes[meeting]


def name_document_place(ctx: Context) -> None:
    """The pipeline component: the Document's `place` is the name of the place its own meeting
    is HELD_IN ("Tegucigalpa", not "la ciudad de Tegucigalpa" as the dateline writes it; a city
    before the country it is in), so the documents query shows the entity the graph holds.
    Without a HELD_IN the place read from the front matter stays."""
    doc = ctx.batch.nodes.get(ctx.structure.doc_id)
    meeting = meeting_id(ctx)
    if doc is None or meeting not in ctx.batch.nodes:
        return
    held = [ctx.batch.nodes[e.target] for e in ctx.batch.edges.values()
            if e.type == "HELD_IN" and e.source == meeting and e.target in ctx.batch.nodes]
    if held:
        first = min(held, key=lambda n: (n.kind != "Place", min((s.start for s in n.sources), default=0)))
        doc.properties["place"] = first.name

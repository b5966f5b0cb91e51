"""Who took part in the meeting a document records, read from what they did there: a person whose
words the document reports took part, and so did the country that person speaks for.

"Minister Pato said: ..." → Pato PARTICIPATES_IN the meeting; "PNG's Foreign Minister Rimbink
Pato" (REPRESENTS Papua New Guinea, the country named in his post phrase) → Papua New Guinea
PARTICIPATES_IN the meeting. Each edge cites the sentences that state it. A country is taken
only when the text names it in the phrase that ties the person to it (a name or a demonym), not
from a code in an attendance list (a national delegate to a committee does not bring the
country in). Acts are read only where the document does not say itself which persons took part
(a list of participants, "attended by", a delegation list): its own list stands; a list of
countries alone does not say which persons spoke for them, so a speaker named in the sentence of
their words as an official of a country takes part too. This module must not find persons, statements or whom they represent: it reads the
edges earlier components added.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon, phrase_alternation
from loaders.persons import _demonym_countries, _demonyms, regional
from loaders.read import fold_same_length

SUBNATIONAL = "subnational_government"
CAP = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*"


def _names_country(ctx: Context, country: str, sources) -> bool:
    """Does one of the sources name the country (a mention of it, or its demonym)?"""
    for s in sources:
        if s.document != ctx.doc:
            continue
        if any(m.entity == country and s.start <= m.start and m.end <= s.end for m in ctx.mentions):
            return True
        if country in _demonym_countries(s.quote) or _name_in(ctx, country, s.quote):
            return True
    return False


def _name_in(ctx: Context, country: str, quote: str) -> bool:
    """The quote writes one of the country's names as words of its own, where no mention was
    linked ("Gobernación de México", a name the text defines, holds "México")."""
    ent = ctx.gazetteer.entities.get(country)
    if ent is None:
        return False
    names = {n.removeprefix("=") for n in (ent.name, *(ent.aliases or ())) if n and len(n.removeprefix("=")) > 3}
    return any(re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", quote) for n in names)


def _named_as_official(said, edges) -> bool:
    """The speaker is named, in the very sentence that reports the words, as an official of a
    country ("El director general ... de Panamá, Javier Carrillo, comentó ..."): a REPRESENTS edge
    of the speaker to a country whose source lies inside the statement's source. (An official
    of an organisation who speaks may be a guest: that is not read as taking part.)"""
    for e in edges:
        if e.type != "REPRESENTS" or e.source != said.source or not e.target.startswith("country:"):
            continue
        if any(r.document == s.document and s.start <= r.start and r.end <= s.end
               for r in e.sources for s in said.sources):
            return True
    return False


def _speaks_for(person: str, participants: set, edges) -> bool:
    """The person represents a country the text already has at the meeting ("the foreign
    ministers of A and B met ...", then "“...”, said the minister of A, Ana Ruiz"): a speaker
    for a participant is there."""
    return any(e.type == "REPRESENTS" and e.source == person and e.target.startswith("country:")
               and e.target in participants for e in edges)


def participants_from_acts(ctx: Context) -> None:
    """PARTICIPATES_IN for persons the document reports speaking, and for the countries that
    persons taking part speak for."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    nodes = ctx.batch.nodes
    edges = list(ctx.batch.edges.values())
    if any(e.type == "PARTICIPATES_IN" and e.target == meeting and nodes.get(e.source) is not None
           and nodes[e.source].kind == "Person" for e in edges):
        ctx.persons_listed = True
        return      # the document says which persons took part: that list stands, nothing is inferred
    listed = {e.source for e in edges if e.type == "PARTICIPATES_IN" and e.target == meeting}
    for e in edges:
        if e.type == "SAID" and nodes.get(e.source) is not None and nodes[e.source].kind == "Person":
            if listed and not _named_as_official(e, edges) and not _speaks_for(e.source, listed, edges):
                continue
            ctx.edge("PARTICIPATES_IN", e.source, meeting, e.sources[:1])
    _countries_of_present(ctx, meeting)


def countries_of_acting_persons(ctx: Context) -> None:
    """The countries that persons taking part through what they did speak for take part too, for
    the persons later readers found at the meeting ("Los secretarios de X de México, A, y de Y de
    Estados Unidos, B, sostuvieron una reunión", "A y B presidieron la comisión"); nothing when
    the document says itself which persons took part (a roll, a list: participants_from_acts)."""
    meeting = ctx.meeting_id
    if meeting in ctx.batch.nodes and not ctx.persons_listed:
        _countries_of_present(ctx, meeting, again=False)


def _countries_of_present(ctx: Context, meeting: str, again: bool = True) -> None:
    """PARTICIPATES_IN for each country a person at the meeting REPRESENTS when the phrase that
    ties them names it, and for an organisation a person at the meeting speaks for; `again`:
    a participant already there gains these sources too."""
    nodes = ctx.batch.nodes
    edges = list(ctx.batch.edges.values())
    present = {e.source: e for e in edges
               if e.type == "PARTICIPATES_IN" and e.target == meeting
               and nodes.get(e.source) is not None and nodes[e.source].kind == "Person"}
    for e in edges:
        if e.type != "REPRESENTS" or e.source not in present:
            continue
        if e.target.startswith("country:") and _names_country(ctx, e.target, e.sources) \
                or _organisation(nodes.get(e.target)) and _said_there(e.source, edges):
            if not again and any(x.type == "PARTICIPATES_IN" and x.source == e.target and x.target == meeting
                                 for x in ctx.batch.edges.values()):
                continue        # already there: its own quote stands
            ctx.edge("PARTICIPATES_IN", e.target, meeting,
                     list(e.sources) + list(present[e.source].sources[:1]))


def _organisation(node) -> bool:
    """The node is an organisation of its own (an association, a chamber, a university), not a
    body of a forum nor a state's office (whose official speaks for the state)."""
    from loaders.persons import _state_office_subtypes
    return node is not None and node.kind == "Organization" and \
        (node.properties.get("subtype") or "") not in _state_office_subtypes()


def _said_there(person: str, edges) -> bool:
    """The person's words are reported: speaking for an organisation at the meeting, the
    organisation takes part through them ("Ana Ruiz, presidenta de la Asociación X, destacó")."""
    return any(e.type == "SAID" and e.source == person for e in edges)


@lru_cache(maxsize=1)
def _government_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(after a government's name, before it, a verb it opens a sentence with): the words of
    data/lang/*/governments.yaml `taking_part_after`, `taking_part_before` and `subject_verbs`."""
    lex = lexicon("governments")

    def alts(key):
        return phrase_alternation(lex.get(key), fold=False)
    others = rf"(?:(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:and|y|e)[^\S\n]+){CAP}(?:[^\S\n]+{CAP}){{0,2}}){{0,6}}"
    return (re.compile(rf"{others}[^\S\n]+(?i:{alts('taking_part_after')})(?![\w])"),
            re.compile(rf"(?<![\w])(?i:{alts('taking_part_before')})[^\S\n]+(?:(?:the|la|el)[^\S\n]+)?$"),
            re.compile(rf"[^\S\n]+(?i:{alts('subject_verbs')})(?![\w])"))


def governments_taking_part(ctx: Context) -> None:
    """PARTICIPATES_IN for the states, provinces and territories whose people the text has at
    the meeting ("Western Australia and Queensland Ministers said", "la delegación de Chiapas"),
    or that open a sentence with what they did there ("Tasmania sought ..."): a subnational
    government (loaders.governments) named as an actor, not as a place. Each edge cites the
    name and its cue."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    after, before, verb = _government_cues()
    text = ctx.text
    governments = {n.id for n in ctx.batch.nodes.values()
                   if n.kind == "Organization" and n.properties.get("subtype") == SUBNATIONAL}
    present: set[str] = set()      # one cue says it; other mentions need not be read
    for m in ctx.mentions:
        if m.entity not in governments or m.entity in present:
            continue
        cue = after.match(text, m.end, min(len(text), m.end + 160))
        lead = before.search(text, max(0, m.start - 40), m.start)
        said = verb.match(text, m.end, min(len(text), m.end + 40))
        opens = not text[max(0, m.start - 3):m.start].strip() or \
            re.search(r"[.;:\n][^\S\n]*$", text[max(0, m.start - 3):m.start])
        if cue:
            src = ctx.source(m.start, cue.end())
        elif lead:
            src = ctx.source(lead.start(), m.end)
        elif said and opens:
            src = ctx.source(m.start, said.end())
        else:
            continue
        ctx.edge("PARTICIPATES_IN", m.entity, meeting, [src])
        present.add(m.entity)


@lru_cache(maxsize=1)
def _group_cue() -> re.Pattern:
    """A group word of a country's people and the verb of what they did at the meeting, on folded
    text, with what stands between them (group `after`): data/lang/*/participants.yaml
    `group_words`, `group_verbs`."""
    lex = lexicon("participants")
    words, verbs = phrase_alternation(lex.get("group_words")), phrase_alternation(lex.get("group_verbs"))
    if not words or not verbs:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?P<word>{words})(?P<after>[^\S\n]+[^.;:\n]{{1,80}}?)??[^\S\n]+"
                      rf"(?:(?:also|then|jointly|together|further|tambien|ademas|asimismo|conjuntamente)[^\S\n]+)?"
                      rf"(?:{verbs})\b")


_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+|e\s+)?|\s(?:and|y|e)\s+)\s*$")
_LEAD = re.compile(r"^\s*(?:(?:de|del|of|the|la|el|los|las)\s+)*")


def _countries_before(ctx: Context, at: int, floor: int, ends: dict) -> list[tuple[str, int]]:
    """The countries named right before `at` as a chain ("U.S. and Mexican", "Chile, Peru and
    the Mexican"): (country id, start) each, by a country mention or a demonym."""
    rx, demonym = _demonyms()
    out = []
    while at > floor:
        head = ctx.text[floor:at].rstrip()
        end = floor + len(head)
        m = ends.get(end)
        if m is not None:
            out.append((m.entity, m.start))
            at = m.start
        else:
            d = next((d for d in rx.finditer(ctx.text, max(floor, end - 30), end) if d.end() == end), None)
            if d is None or regional(ctx.text, d.start()):
                break
            out.append((demonym[d.group("d")], d.start()))
            at = d.start()
        j = _JOIN.search(ctx.text, max(floor, at - 12), at)
        if j is None:
            break
        at = j.start()
    return out


def _countries_within(ctx: Context, s: int, e: int, starts: dict) -> list[tuple[str, int]]:
    """The countries a span names and nothing else ("mexicana", "de Chile y Perú",
    "mexicanos y estadounidenses"): (country id, start) each; [] when anything else stands there."""
    rx, demonym = _demonyms()
    out, at = [], s + len(_LEAD.match(ctx.text[s:e]).group(0))
    while at < e:
        m = starts.get(at)
        if m is not None and m.end <= e:
            out.append((m.entity, m.start))
            at = m.end
        else:
            d = rx.match(ctx.text, at, e)
            if d is None:
                return []
            out.append((demonym[d.group("d")], d.start()))
            at = d.end()
        sep = re.compile(r"\s*(?:,\s*(?:y\s+|and\s+|e\s+)?|\s(?:y|and|e)\s+)\s*").match(ctx.text, at, e)
        if sep is None:
            break
        at = sep.end()
    return out if at >= e - 1 else []


def delegations_taking_part(ctx: Context) -> None:
    """PARTICIPATES_IN for the countries whose people the text names as a group doing something
    at the meeting: "the U.S. delegation noted ...", "U.S. and Mexican officials also
    discussed ...", "la delegación mexicana destacó ...", "los funcionarios de Chile y Perú
    acordaron ...". The country is named by a mention or a demonym right before the group word
    or, alone, right after it; each edge cites the names, the group word and the verb. A group
    word without a country, or a verb not among `group_verbs`, says nothing."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    countries = [m for m in ctx.mentions if m.kind == "Country"]
    ends = {m.end: m for m in countries}
    starts = {m.start: m for m in countries}
    folded = fold_same_length(ctx.text)
    for b in ctx.structure.blocks:
        if b.kind == "signature":
            continue
        for m in _group_cue().finditer(folded, b.start, b.end):
            found = _countries_before(ctx, m.start("word"), max(b.start, m.start("word") - 120), ends)
            if m.group("after"):
                within = _countries_within(ctx, m.start("after"), m.end("after"), starts)
                if not within:
                    continue        # "officials of the Department noted": no country is named there
                found += within
            for country, s in found:
                ctx.edge("PARTICIPATES_IN", country, meeting,
                         [ctx.source(min(s, m.start("word")), m.end())])

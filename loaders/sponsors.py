"""Who organises and who supports the document's own meeting, where a sentence about that meeting
says so: "Este foro ... con el respaldo del Ministerio X (BMZ), a través del Programa Y de la
Cooperación Alemana (GIZ), en coordinación con la Secretaría Ejecutiva del COSEFIN", "The
workshop was organised by the Secretariat with the support of the United Nations Development
Programme", "La reunión fue convocada por la Red ... y contó con el apoyo de la OIM".

ORGANISES goes from the actors after an organiser's cue, SUPPORTED (a sponsor of the event) from
those after a sponsor's cue, both to the document's meeting, each with the span from the cue to
the actor. Only a sentence whose subject is the meeting is read ("Este foro", "This workshop",
"La reunión fue ...", the meeting's own name, or "It was ..." right after the sentence saying the
meeting was held, naming no other event): "con el apoyo de" in an agreement or about a
report is not the meeting's sponsor. Cues are the language packs' (data/lang/*/organisers.yaml
`own_meeting_*`, `own_organiser_cues`, `agent_aside`, `sponsor_cues`, `sponsor_through`).

Thanks for funding name funders of the meeting too ("Ministers thanked Australia and New Zealand
for funding the first Forum Foreign Ministers Meeting", "agradecieron a A y B por financiar esta
reunión"): SUPPORTED from each actor between the thanks and the funding words, when what was
funded names the meeting (its own noun after "this"/"the present", or words all of the meeting's
own name) and no other event nor a text (`funder_thanks`, `funding_words`).

This module must not propose entities, nor read organisers of other events (loaders.organisers
does), nor the host a thanks-for-hospitality or "hosted by the Government of X" names
(loaders.frame does, and both may say the same ORGANISES edge).
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.spans import sentences
from loaders.tagging import PLACEHOLDER, Tagged

# an actor, with the acronym a bracket after it gives ("el Ministerio X (BMZ)")
ACTOR = r"⟦(?:Country|Organization|Body|Conference)(?:/\w+)?#\d+⟧(?:\s*\((?:⟦[^⟧]*⟧|[a-z0-9-]{2,12})\))?"
ARTICLE = r"(?:(?:la|el|los|las|the)\s+)?"
GOVERNMENT = r"(?:(?:gobierno|government)\s+(?:de|del|of)\s+(?:la\s+|the\s+)?)?"
# what the sentence says was done with support is a text, not the meeting ("presentó el informe
# elaborado con el apoyo de ..."): the cue after one of these words is not the meeting's
NOT_THE_MEETING = re.compile(r"\b(?:informe|estudio|documento|publicacion|herramienta|report|study|"
                             r"paper|document|publication|tool)s?\b|⟦Instrument")


def _alts(words) -> str:
    """The cue phrases, folded, a blank inside one matching any blanks (loaders.lang)."""
    return phrase_alternation(words, blank=r"\s+")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(the sentence's subject is the meeting, an organiser's cue and the actors after it, a
    sponsor's cue and the actors after it, a means of support after a sponsor), over folded
    tagged text."""
    lex = lexicon("organisers")
    nouns, dets = _alts(lex.get("own_meeting_nouns")), _alts(lex.get("own_meeting_determiners"))
    # "Este (primer) foro ...", "The meeting was ...", "La reunión, ..." (not "La reunión de
    # Ministros", another meeting named by what follows)
    subject = re.compile(
        rf"^[\s\"'“(]*(?:(?:{dets})\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b"
        rf"|(?:el|la|the)\s+(?:{nouns})(?=\s*,|\s+(?:fue|ha\s+sido|se|conto|tuvo|was|is|has|had|took)\b)"
        rf"|(?:(?:el|la|the)\s+)?⟦(?:Event|Conference)(?:/\w+)?#(?P<idx>\d+)⟧"
        # "It was organised by ...", "Fue organizada por ...": only right after the sentence
        # saying the meeting was held (see link_sponsors)
        rf"|(?P<anaphora>(?:{_alts(lex.get('own_meeting_anaphora'))})\b))")
    chain = rf"l?\s+{ARTICLE}{GOVERNMENT}(?P<who>{ACTOR}(?:(?:\s*,\s*|\s+(?:y|e|and)\s+)(?:(?:de|del|of)\s+)?{ARTICLE}{GOVERNMENT}{ACTOR})*)"
    # "The workshop was hosted, as in previous years, by ...": an aside before the cue's last word
    aside = lex.get("agent_aside") or "(?!)"
    # "organised, with support from the European Union, by the Ministry ...": a sponsor's cue and
    # its actors between commas before the organiser's (the sponsor is read by `sponsor` below)
    actors = rf"{ARTICLE}{GOVERNMENT}{ACTOR}(?:(?:\s*,\s*|\s+(?:y|e|and)\s+)(?:(?:de|del|of)\s+)?{ARTICLE}{GOVERNMENT}{ACTOR})*"
    backing = rf"\s*,\s*(?:{_alts(lex.get('sponsor_cues'))})l?\s+{actors}\s*,\s*"
    cues = phrase_alternation(lex.get("own_organiser_cues"), blank=r"\s+",
                              last_blank=rf"\s+|{aside}|{backing}")
    organiser = re.compile(rf"\b(?:{cues}){chain}")
    sponsor = re.compile(rf"\b(?:{_alts(lex.get('sponsor_cues'))}){chain}")
    through = re.compile(rf"\s*,?\s*(?:{_alts(lex.get('sponsor_through'))})l?\s+{ARTICLE}"
                         rf"(?P<means>{ACTOR})(?:\s+(?:de|del|of)\s+{ARTICLE}(?P<owner>{ACTOR}))?")
    return subject, organiser, sponsor, through


def link_sponsors(ctx) -> None:
    """The pipeline component: ORGANISES and SUPPORTED edges to the document's meeting from the
    actors a sentence about the meeting names after an organiser's or a sponsor's cue."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    subject, organiser, sponsor, through = _patterns()
    held = ctx.patterns.frame["meeting_verbs"]
    for block in ctx.structure.blocks:
        if block.kind in ("signature", "agreement", "task"):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        met = False         # the sentence before said the meeting met or was held
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            subj = subject.match(tagged.s)
            after_met, met = met, bool(held.search(tagged.s)) and \
                not any(it.kind == "Event" and meeting not in it.ids for it in tagged.items)
            if not subj or (subj.group("idx") is not None
                            and meeting not in tagged.items[int(subj.group("idx"))].ids):
                continue
            if subj.group("anaphora") is not None and not after_met:
                continue        # "It was organised by" after a sentence about something else
            for rx, etype in ((organiser, "ORGANISES"), (sponsor, "SUPPORTED")):
                for m in rx.finditer(tagged.s, subj.end()):
                    if NOT_THE_MEETING.search(tagged.s, subj.end(), m.start()):
                        continue
                    _edges(ctx, tagged, m, "who", etype, meeting, m.start())
                    if etype == "SUPPORTED":        # "..., a través del Programa Y de la Agencia Z"
                        more = through.match(tagged.s, m.end())
                        if more:
                            group = "owner" if more.group("owner") else "means"
                            _edges(ctx, tagged, more, group, etype, meeting, m.start(),
                                   kinds=("Organization", "Country"))


@lru_cache(maxsize=1)
def _funding_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(thanks to actors followed by the words of funding, what was funded: a meeting noun after
    "this"/"the present"), over folded tagged text (data/lang/*/organisers.yaml)."""
    lex = lexicon("organisers")
    actor = rf"{ARTICLE}{GOVERNMENT}{ACTOR}"
    thanks = re.compile(rf"\b(?:{_alts(lex.get('funder_thanks'))})\s+(?P<who>{actor}"
                        rf"(?:(?:\s*,\s*|\s+(?:y|e|and)\s+|\s*,\s*(?:y|e|and)\s+){actor})*)\s+"
                        rf"(?:{_alts(lex.get('funding_words'))})\b")
    nouns, dets = _alts(lex.get("own_meeting_nouns")), _alts(lex.get("own_meeting_determiners"))
    own = re.compile(rf"^\s*(?:{dets})\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b")
    return thanks, own


# words of a funded meeting's name that need not be in the meeting's own name
_NAME_FILLER = frozenset("the la el los las of de del and y first primera primer standing".split())


def _names_meeting(ctx, tagged: Tagged, start: int, end: int, meeting: str) -> bool:
    """Whether tagged text [start:end] (what was funded) names the document's meeting: the
    meeting's placeholder, "this meeting"/"esta reunión", or a name whose words are all words of
    the meeting's own name ("the first standing Forum Foreign Ministers Meeting" of "2016 Forum
    Foreign Ministers Meeting"); never when it names another event or a text."""
    what = tagged.s[start:end]
    ids = [tagged.items[int(p.group("idx"))] for p in PLACEHOLDER.finditer(what)]
    if any(it.kind == "Event" and meeting not in it.ids for it in ids) or NOT_THE_MEETING.search(what):
        return False
    if any(meeting in it.ids for it in ids) or _funding_patterns()[1].match(what):
        return True
    raw = ctx.text[slice(*tagged.span(start, end))]
    name = re.sub(r"\(.*?\)", " ", raw.split(".")[0].split(";")[0])
    words = set(re.findall(r"\w+", fold_same_length(name)))
    own = set(re.findall(r"\w+", fold_same_length(ctx.batch.nodes[meeting].name or "")))
    nouns = set(_alts(lexicon("organisers").get("own_meeting_nouns")).split("|"))
    content = words - _NAME_FILLER
    return bool(content) and bool(content & nouns) and content <= own


def link_funders(ctx) -> None:
    """The pipeline component: SUPPORTED to the document's meeting from the actors a sentence
    thanks for funding it ("Ministers thanked A and B for funding the meeting"); the source runs
    from the first funder to the funding words."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    thanks, _ = _funding_patterns()
    for block, s, e, tagged in ctx.tagged_sentences(("signature", "agreement", "task")):
        for m in thanks.finditer(tagged.s):
            what_end = re.search(r"[.;:]|$", tagged.s[m.end():]).start() + m.end()
            if not _names_meeting(ctx, tagged, m.end(), what_end, meeting):
                continue
            for p in PLACEHOLDER.finditer(m.group("who")):
                it = tagged.items[int(p.group("idx"))]
                if it.kind not in ("Country", "Organization", "Body"):
                    continue
                a = m.start("who") + p.start()
                src = [ctx.source(*tagged.span(a, m.end()))]
                for i in it.ids:
                    if i != meeting:
                        ctx.edge("SUPPORTED", i, meeting, src)


def _edges(ctx, tagged: Tagged, m: re.Match, group: str, etype: str, meeting: str, cue: int,
           kinds: tuple[str, ...] = ("Country", "Organization", "Body", "Conference")) -> None:
    for p in PLACEHOLDER.finditer(m.group(group)):
        it = tagged.items[int(p.group("idx"))]
        if it.kind not in kinds or m.group(group)[:p.start()].endswith("("):   # the acronym
            continue
        a = m.start(group) + p.start()
        src = [ctx.source(*tagged.span(cue, a + len(p.group(0))))]
        for i in it.ids:
            if i != meeting:
                ctx.edge(etype, i, meeting, src)

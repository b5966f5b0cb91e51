"""What a person's post phrase says: whom they represent and where they hold their post.

"el Viceministro de Relaciones Exteriores del Estado Plurinacional de Bolivia, señor Tomás
Modelo" → REPRESENTS Bolivia; "Foreign Minister Carlos Modelo of Guatemala" → REPRESENTS
Guatemala; "Asesora Regional de OIM para las Américas" → HOLDS_POST and REPRESENTS OIM; "la
Comisionada del Servicio de Migración, Ana" → HOLDS_POST only: a state's own office is not whom
its official speaks for. Each edge cites the phrase. The phrases come from loaders.entities; this module must not find persons.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from graph.data_files import data_file
from loaders.context import Context
from loaders.lang import lexicon
from loaders.read import fold_same_length
from loaders.spans import ByStart

DEMONYMS_PATH = data_file("world", "demonyms.yaml")

HOLDERS = ("Organization", "Body", "Conference")


@lru_cache(maxsize=1)
def _cues() -> tuple[str, ...]:
    return tuple(fold_same_length(c) for c in lexicon("persons").get("representation_cues") or [])


@lru_cache(maxsize=1)
def _demonyms() -> tuple[re.Pattern, dict]:
    """A regex of every demonym (case as written: "Australian", "guatemalteco") and the country
    id of each; plurals by -s/-es."""
    raw = yaml.safe_load(DEMONYMS_PATH.read_text(encoding="utf-8")) or {}
    country = {str(d): f"country:{str(code).lower()}" for code, forms in raw.items() for d in forms}
    words = sorted(country, key=len, reverse=True)
    rx = re.compile(r"(?<![\w.])(?P<d>%s)(?:e?s)?(?![\w])" % "|".join(re.escape(w) for w in words))
    return rx, country


def lower_case_demonyms() -> list[str]:
    """The demonyms written in lower case (the Spanish forms: "colombiana", "guatemalteco"), as
    data/world/demonyms.yaml writes them."""
    _, country = _demonyms()
    return [d for d in country if d[:1].islower()]


@lru_cache(maxsize=1)
def _region_words() -> re.Pattern:
    """A word that makes the demonym after it a region's ("North American Affairs", "Latin
    American countries"): data/lang/*/persons.yaml `region_words`."""
    words = sorted({fold_same_length(w) for w in lexicon("persons").get("region_words") or []},
                   key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?:^|[^\w])(?:%s)[ \t-]*$" % "|".join(map(re.escape, words)))


def regional(text: str, at: int) -> bool:
    """The demonym at `at` is part of a region's name ("North American", "Latin American")."""
    return bool(_region_words().search(fold_same_length(text[max(0, at - 12):at])))


def _demonym_countries(text: str) -> list[str]:
    """The countries of the demonyms in `text` (as written), and of the nationals a post's
    capitalised name serves ("Viceministra para Asuntos de los Salvadoreños en el Exterior":
    loaders.persons._nationals)."""
    rx, country = _demonyms()
    return [country[m.group("d")] for m in rx.finditer(text) if not regional(text, m.start())] + _nationals(text)


@lru_cache(maxsize=1)
def _nationals_re() -> tuple[re.Pattern, dict]:
    """The lower-case (Spanish) demonyms capitalised as a people's name after an article ("los
    Salvadoreños", "las Mexicanas"), and the country id of each."""
    _, country = _demonyms()
    forms = {d[:1].upper() + d[1:]: c for d, c in country.items() if d[:1].islower()}
    words = sorted(forms, key=len, reverse=True)
    rx = re.compile(r"(?<![\w])(?:los|las)[^\S\n]+(?P<d>%s)(?:e?s)(?![\w])" % "|".join(map(re.escape, words)))
    return rx, forms


def _nationals(text: str) -> list[str]:
    """Countries whose nationals `text` names in plural after an article, capitalised as in an
    office's name ("Asuntos de los Salvadoreños en el Exterior" → El Salvador): an office that
    serves a country's people abroad is that country's. A demonym that qualifies a name
    ("Asociación Guatemalteca de ...") is no people's name and gives nothing.

    >>> _nationals("Viceministra para Asuntos de los Salvadoreños en el Exterior")
    ['country:sv']
    >>> _nationals("Presidenta de la Asociación Guatemalteca de Exportadores")
    []
    """
    rx, forms = _nationals_re()
    return [forms[m.group("d")] for m in rx.finditer(text)]


def _trailing_demonyms(ctx: Context, start: int, end: int) -> list[tuple[str, int]]:
    """(country, where its demonym ends) for the lower-case demonyms that qualify a post written after the name
    ("Ana Ruiz, ministra de Relaciones Exteriores guatemalteca", "Juan Pérez, canciller
    mexicano"), outside any name the text gives (not "del Instituto Mexicano de ...")."""
    rx, country = _demonyms()
    names = [m for m in ctx.mentions_starting(start, end) if m.end <= end]
    found = [m for m in rx.finditer(ctx.text, start, end)
             if not any(n.start <= m.start() < n.end for n in names)]
    at = end + len(ctx.text[end:end + 5]) - len(ctx.text[end:end + 5].lstrip(" \t"))
    right_after = rx.match(ctx.text, at) if at > end else None     # the adjective closes the post
    found += [right_after] if right_after else []
    return [(country[m.group("d")], m.end()) for m in found
            if m.group("d")[:1].islower() and not regional(ctx.text, m.start())]


# ", de Honduras;" / ", of Chile," right after a name whose phrase ends there: the country it is from
FROM_COUNTRY = re.compile(r",[^\S\n]+(?:de|del|of|from)[^\S\n]+(?:(?:la|el|the)[^\S\n]+)?")
FROM_COUNTRY_END = re.compile(r"[^\S\n]*(?:[;,.)]|[^\S\n](?:y|e|and)[^\S\n]|$)")


def _country_after(ctx: Context, name_end: int, phrase_end: int) -> list[tuple[str, int]]:
    """(country, its mention's end) when the phrase ends with the name and ", de <country>" follows
    and closes the entry ("los cancilleres A, de Honduras; B, de México y C, de El Salvador",
    "Ministers A, of Chile, and B, of Peru"); [] otherwise."""
    if phrase_end > name_end:
        return []
    link = FROM_COUNTRY.match(ctx.text, name_end)
    if not link:
        return []
    for m in ctx.mentions_starting(link.end(), link.end() + 1):
        if m.kind == "Country" and FROM_COUNTRY_END.match(ctx.text, m.end):
            return [(m.entity, m.end)]
    return []


@lru_cache(maxsize=1)
def _delegation_words() -> tuple[str, ...]:
    return tuple(fold_same_length(w) for w in lexicon("persons").get("delegation_words") or [])


def _delegation_country(countries: ByStart, block) -> str | None:
    """The country a short heading names as a delegation ("Australian Delegation",
    "Delegación de Chile"), else None; `countries` = the document's Country mentions."""
    body = block.text.strip(" #*_:\n")
    if not body or len(body) > 60 or "\n" in body:
        return None
    words = fold_same_length(body).split()
    if not any(w in _delegation_words() for w in words):
        return None
    found = _demonym_countries(body) + [m.entity for m in countries.within(block.start, block.end)]
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


def link_delegations(ctx: Context) -> None:
    """A person listed under a delegation heading represents that delegation's country and, with
    it, takes part in the meeting the document records; the source is the heading and the
    passage that lists the person (the heading alone for the country)."""
    blocks = ctx.structure.blocks
    found = ByStart([f for f in ctx.found if f.entity.id in ctx.gazetteer.entities])
    countries = ByStart([m for m in ctx.mentions if m.kind == "Country"])
    meeting = ctx.meeting_id
    meeting = meeting if meeting in ctx.batch.nodes else None
    for i, b in enumerate(blocks):
        country = _delegation_country(countries, b)
        if country is None:
            continue
        listed = False
        for nb in blocks[i + 1:i + 4]:
            people = found.within(nb.start, nb.end)
            if _delegation_country(countries, nb) or \
                    nb.kind in ("heading", "title") and nb.text.strip() and not people:
                break       # a short line naming a person is an entry, not a heading
            for f in people:
                src = [ctx.source(b.start, b.end), ctx.source(f.start, f.end)]
                ctx.edge("REPRESENTS", f.entity.id, country, src)
                if meeting:
                    ctx.edge("PARTICIPATES_IN", f.entity.id, meeting, src)
                listed = True
        if listed and meeting:
            ctx.edge("PARTICIPATES_IN", country, meeting, [ctx.source(b.start, b.end)])


@lru_cache(maxsize=1)
def _posting() -> re.Pattern:
    """The end of a phrase that names where a person is posted: a `posted_at` preposition of
    every language pack ("en", "ante", "to", "in"), then an optional article, then nothing."""
    words = sorted({fold_same_length(w) for w in lexicon("persons").get("posted_at") or []},
                   key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    articles = r"(?:(?:el|la|los|las|the)\s+)?"
    return re.compile(r"(?<![^\W_])(?:%s)\s+%s$" % ("|".join(map(re.escape, words)), articles))


def _posted_at(text: str, phrase_start: int, at: int) -> bool:
    """A mention at `at` inside a post phrase opening at `phrase_start` follows a posting
    preposition ("Embajador de México en | Estados Unidos", "Ambassador of Mexico to the |
    United States"): the place of posting, not whom the person represents."""
    before = fold_same_length(text[max(phrase_start, at - 16):at])
    return bool(_posting().search(before))


CHAPTER = re.compile(r"(?<![\w.])[A-Z][A-Z0-9&]{1,9}[ \t]+$")


def _chapter_of(text: str, phrase_start: int, at: int) -> bool:
    """The country mention at `at` names an organisation's national chapter or office with the
    acronym right before it ("Comisión ... de ICC México", "Directora de UNICEF Chile"): the
    organisation's name, not a country the person speaks for.

    >>> _chapter_of("Vicepresidenta de ICC México", 0, 22), _chapter_of("Ministra de México", 0, 11)
    (True, False)
    """
    return bool(CHAPTER.search(text[max(phrase_start, at - 12):at]))


def _deputy_of(ctx: Context, f):
    """The person the text says acts for `f` ("A, ..., en representación del Dr. B, ...", "A,
    on behalf of the Secretary-General, B, ..."): `f`'s phrase right after a representation cue
    (an article and an honorific between), and the person named last before the cue in the same
    sentence; None otherwise."""
    s = f.phrase[0]
    before = fold_same_length(ctx.text[max(0, s - 60):s])
    cue = re.search(r"(?:^|[^\w])(?P<cue>%s)(?:l|[ \t]+(?:la|el|the))?[ \t]+(?:[a-z.]{1,12}[ \t]+)?$"
                    % "|".join(map(re.escape, _cues())), before) if _cues() else None
    if not cue:
        return None
    at = s - len(before) + cue.start("cue")
    gap = ctx.text
    for g in sorted(ctx.found, key=lambda g: -g.start):
        if g is f or g.entity.kind != "Person" or g.phrase[1] > at or at - g.phrase[1] > 200:
            continue
        if re.search(r"[.;]\s", gap[g.phrase[1]:at]) or g.entity.id == f.entity.id:
            return None
        return g
    return None


def _speaks_for(phrase: str) -> bool:
    """The phrase opens with a cue saying whom the person speaks for ("on behalf of X, ...")."""
    return fold_same_length(phrase).startswith(_cues())


def link_persons(ctx: Context) -> None:
    """REPRESENTS a country, organisation or body named in the phrase; HOLDS_POST in an
    organisation or body named in the post; for an attendance list entry, what the entry's
    layout ties the person to (Found.represents / Found.holds)."""
    for f in ctx.found:
        s, e = f.phrase
        person = f.entity.id
        if person not in ctx.gazetteer.entities:
            continue
        if f.represents or f.holds:         # an attendance list entry says it itself
            src = [ctx.source(s, e)]
            for owner in f.represents:
                ctx.edge("REPRESENTS", person, owner, src)
            for owner in f.holds:
                ctx.edge("HOLDS_POST", person, owner, src)
            continue
        if _speaks_for(ctx.text[s:e]):     # "En representación de X, Ana Pérez": X only
            for m in ctx.mentions_starting(s, f.start):
                if m.end <= f.start and (m.kind == "Country" or m.kind in HOLDERS):
                    ctx.edge("REPRESENTS", person, m.entity, [ctx.source(s, e)])
            continue
        # "the Australian Minister for ...", "el Canciller guatemalteco, ...": a demonym right
        # before the phrase or inside it before the name
        rx, demonym = _demonyms()
        lead = None
        for m in rx.finditer(ctx.text, max(0, s - 40), s):
            if _post_words_only(ctx.text[m.end():s]) and "\n" not in ctx.text[m.end():s] \
                    and not regional(ctx.text, m.start()):
                lead = m    # "Guatemalan deputy | foreign ministers A and B": post words between
        # only the name's own line: a roll's line before it ends with its own person's country
        # ("..., Secretary of Agriculture, the Philippines\nH.E. Mr. A, Minister ...")
        own_line = max(s, ctx.text.rfind("\n", s, f.start) + 1)
        countries = ([demonym[lead.group("d")]] if lead else []) + \
            [demonym[m.group("d")] for m in rx.finditer(ctx.text, own_line, f.start)
             if not regional(ctx.text, m.start()) and _qualifies_the_post(ctx.text[m.end():f.start])] + \
            _nationals(ctx.text[own_line:f.start])
        for country in dict.fromkeys(countries):
            ctx.edge("REPRESENTS", person, country, [ctx.source(lead.start() if lead else s, e)])
        for country, upto in _trailing_demonyms(ctx, f.end, e) + _country_after(ctx, f.end, e):
            if country not in countries:
                ctx.edge("REPRESENTS", person, country, [ctx.source(s, max(e, upto))])
        inside = [m for m in ctx.mentions_starting(s, e) if m.end <= e and m.entity != person
                  and not (m.start <= f.start < m.end) and not _posted_at(ctx.text, s, m.start)]
        src = [ctx.source(s, e)]
        deputy = _deputy_of(ctx, f)
        if deputy is not None:
            # "A, ..., en representación del Dr. B, Secretario General de la OEA": B holds his
            # post and is away; A speaks for what B heads
            for k in [k for k, x in ctx.batch.edges.items() if x.type == "REPRESENTS" and x.source == person
                      and all(s <= y.start and y.end <= e for y in x.sources)]:
                del ctx.batch.edges[k]      # read from the post phrase by a rule: B is not there
            for m in inside:
                if m.kind in HOLDERS:
                    ctx.edge("HOLDS_POST", person, m.entity, src)
                if m.kind == "Country" or m.kind in HOLDERS:
                    ctx.edge("REPRESENTS", deputy.entity.id, m.entity,
                             [ctx.source(deputy.start, e)])
            continue
        held_for = _held_for(ctx.text, s, inside)
        for m in inside:
            if m.kind == "Organization" and _secretariat_before(ctx, inside, m):
                continue    # "Asesor de la Secretaría General de la Comunidad Andina": the post is
                # the secretariat's (its own edges), and an official of it speaks for no one here
            if m.kind in HOLDERS and held_for is not None and m.end <= held_for:
                # "Ana, Vicepresidenta ABC y Directora por Chile": the post is held in ABC, and
                # she is there for Chile
                ctx.edge("HOLDS_POST", person, m.entity, src)
                continue
            if m.kind == "Country":
                if any(o is not m and o.kind in HOLDERS and o.start <= m.start and m.end <= o.end
                       for o in inside):
                    continue    # "... de la Cámara de Comercio Internacional México": the name's own
                if not _chapter_of(ctx.text, s, m.start):
                    ctx.edge("REPRESENTS", person, m.entity, src)
            elif m.kind in HOLDERS:
                office = _state_office(ctx, m.entity)
                opens = s < f.start         # the post opens the phrase: "Directora de X, Ana"
                if opens or office:
                    ctx.edge("HOLDS_POST", person, m.entity, src)
                national = _country_of(ctx, m)
                if national:                # "Director del Servicio Nacional de Migración de Panamá": Panamá
                    ctx.edge("REPRESENTS", person, national, src)
                elif not office and not (opens and m.kind == "Body") and \
                        not (m.kind == "Body" and _organisation_after(inside, m)):
                    # "Ana, Presidenta de X": whom she speaks for. An official of a ministry or
                    # agency ("la Comisionada del Servicio de Inmigración, Ana") holds a post
                    # there and speaks for her delegation, not for her own office; nor does a
                    # post in a body ("Chair of Working Group 2, Ana") say whom she speaks for;
                    # a body of an organisation the phrase names after it ("Presidenta de la
                    # Comisión de Ética de la Asociación X"): she speaks for the organisation
                    ctx.edge("REPRESENTS", person, m.entity, src)


@lru_cache(maxsize=1)
def _post_phrase_words() -> frozenset:
    """Lower-case words a post phrase holds between a demonym and the name: the language packs'
    connectors (heads.yaml), post words and honorifics (persons.yaml) and the nouns that name
    persons by their post (pair_references.yaml: "counterparts"), folded."""
    words = set()
    for w in (lexicon("heads").get("connectors") or []) + (lexicon("persons").get("posts") or []) \
            + (lexicon("persons").get("honorifics") or []) \
            + (lexicon("pair_references").get("nouns") or []):
        words.update(fold_same_length(str(w)).lower().replace(".", " ").split())
    return frozenset(words | {w.removesuffix("s") for w in words})


def _qualifies_the_post(gap: str) -> bool:
    """The text between a demonym and a name is a post phrase the demonym qualifies ("Australian
    Minister for Immigration, Ms. "), not a clause about someone else ("Indian Foreign Secretary
    also called on the Foreign Minister Mr. "): every lower-case word (a plural in -s or -es as its
    singular) is a connector, a post word or an honorific of the language packs."""
    words = _post_phrase_words()
    return all(f in words or f.removesuffix("s") in words or f.removesuffix("es") in words
               for f in (fold_same_length(w).lower() for w in re.findall(r"[^\W\d_]+", gap)
                         if w[0].islower()))


def _post_words_only(gap: str) -> bool:
    """The text between a demonym and a post phrase is blanks, or up to two lower-case words of
    the language packs' posts ("deputy", "vice"): the demonym qualifies the post.

    >>> _post_words_only(" "), _post_words_only(" deputy "), _post_words_only(" and the ")
    (True, True, False)
    """
    words = gap.split()
    if not words:
        return True
    return len(words) <= 2 and gap[:1].isspace() and all(w.islower() and fold_same_length(w) in _post_word_set()
                                                         for w in words)


@lru_cache(maxsize=1)
def _post_word_set() -> frozenset:
    """Every word of data/lang/*/persons.yaml `posts`, folded, less the connectors between a
    post's words ("de", "of", "the", "and")."""
    lex = lexicon("persons")
    connectors = {fold_same_length(str(w)) for w in lex.get("post_connectors") or []}
    return frozenset(fold_same_length(w) for p in lex.get("posts") or [] for w in str(p).split()) - connectors


def _held_for(text: str, s: int, inside: list) -> int | None:
    """Where a representation word that a country's mention follows starts inside a post phrase
    ("Directora por Chile", "Director for Ireland": roll_calls.yaml `entry_for`); None when there
    is none."""
    words = _entry_for()
    for m in inside:
        if m.kind != "Country":
            continue
        before = re.search(r"(?<![\w])(\w+)[ \t]+(?:(?:el|la|the)[ \t]+)?$", text[max(s, m.start - 16):m.start])
        if before and fold_same_length(before.group(1)) in words:
            return m.start - len(before.group(0))
    return None


@lru_cache(maxsize=1)
def _entry_for() -> frozenset:
    return frozenset(fold_same_length(str(w)) for w in lexicon("roll_calls").get("entry_for") or [])


def _secretariat_before(ctx: Context, inside: list, org) -> bool:
    """A secretariat's mention stands right before the organisation's inside the phrase, joined
    by "de la"/"del"/"of the" ("Asesor de la Secretaría General de la Comunidad Andina", "Officer
    of the Executive Secretariat of the X"): the person's post is in that secretariat."""
    for m in inside:
        ent = ctx.gazetteer.get(m.entity)
        if m.kind == "Body" and m.end <= org.start and ent is not None and ent.subtype == "secretariat" and \
                re.fullmatch(r"\s*(?:de|del|of)(?:\s+(?:la|el|the))?\s*", ctx.text[m.end:org.start]):
            return True
    return False


def _organisation_after(inside: list, body) -> bool:
    """An organisation's mention follows the body's inside the phrase ("la Comisión X de la
    Cámara Y"): the body is one of that organisation's."""
    return any(m.kind == "Organization" and m.start >= body.end for m in inside)


@lru_cache(maxsize=1)
def _state_office_subtypes() -> frozenset:
    """Subtypes of a state's own offices (ministry, agency, court, ...): data/lang/*/persons.yaml
    `state_office_subtypes`."""
    return frozenset(lexicon("persons").get("state_office_subtypes") or [])


def _state_office(ctx: Context, entity_id: str) -> bool:
    """The entity is a state's own office: an Organization of a `state_office_subtypes` subtype
    (a ministry, an agency, a court); holding a post there says nothing about whom the person
    speaks for."""
    ent = ctx.gazetteer.get(entity_id)
    return ent is not None and ent.kind == "Organization" and \
        (ent.subtype or "") in _state_office_subtypes() and not _business_name(ent.name)


def _country_of(ctx: Context, mention) -> str | None:
    """The one country an organisation's own name ends with ("Servicio Nacional de Migración
    de Panamá"): a national office whose officials speak for that country; else None."""
    from loaders.mentions import find_mentions
    ent = ctx.gazetteer.get(mention.entity)
    if ent is None or not _state_office(ctx, mention.entity):
        return None     # "Asociación de Bancos de Guatemala", "Cámara de Comercio ... México": not the state
    found = find_mentions(ctx.text[mention.start:mention.end], ctx.gazetteer, mention.start,
                          kinds=frozenset({"Country"}))
    if len(found) != 1:
        return None
    country, _, end = found[0]
    return country.id if not ctx.text[end:mention.end].strip(" )") else None


@lru_cache(maxsize=1)
def _business_words() -> frozenset:
    """Words that make an organisation's name one of business or trade, never a state's office
    ("Cámara de Comercio", "Chamber of Commerce"): data/lang/*/persons.yaml `business_words`."""
    return frozenset(fold_same_length(w) for w in lexicon("persons").get("business_words") or [])


def _business_name(name: str) -> bool:
    """The organisation's name holds a business word ("Cámara de Comercio de X").

    >>> _business_name("Cámara de Comercio de Lima"), _business_name("Cámara de Diputados")
    (True, False)
    """
    return any(fold_same_length(w) in _business_words() for w in re.findall(r"[^\W\d_]+", name))


@lru_cache(maxsize=1)
def _officer_posts() -> tuple[frozenset, frozenset]:
    """(posts that preside a body, other officer posts of a body), folded."""
    lex = lexicon("persons")
    return (frozenset(fold_same_length(p) for p in lex.get("presiding_posts") or []),
            frozenset(fold_same_length(p) for p in lex.get("officer_posts") or []))


def _on_the_roll(ctx: Context, f, meeting: str) -> bool:
    """The person of `f` takes part in the meeting by the very entry that gives the post (the
    roll of those present, not a list of the body's officers elsewhere)."""
    s, e = f.phrase
    return any(x.type == "PARTICIPATES_IN" and x.source == f.entity.id and x.target == meeting
               and any(src.start <= s and e <= src.end for src in x.sources)
               for x in ctx.batch.edges.values())


def link_officers(ctx: Context) -> None:
    """A person an attendance list gives a bare officer post ("Ana Example (vice chair)",
    "Tom Example (chair)"), with no body of its own, holds it in the body whose meeting the
    document records (the meeting PART_OF that body): the chair PRESIDES the body, any other
    officer HOLDS_POST in it. Sources: the list entry and the passage naming the meeting's body.
    A chair listed on the roll of the meeting presides the meeting too, when no other reader
    found who presides it."""
    meeting_bodies = [e for e in ctx.batch.edges.values() if e.type == "PART_OF"
                      and e.source.endswith(":meeting") and e.target.startswith("body:")]
    if len({e.target for e in meeting_bodies}) != 1:
        return
    body_edge = meeting_bodies[0]
    presiding, officers = _officer_posts()
    for f in ctx.found:
        post = fold_same_length(f.entity.post or "").strip()
        if f.holds or not post or f.entity.id not in ctx.gazetteer.entities:
            continue
        etype = "PRESIDES" if post in presiding else "HOLDS_POST" if post in officers else None
        if etype:
            ctx.edge(etype, f.entity.id, body_edge.target,
                     [ctx.source(*f.phrase)] + list(body_edge.sources[:1]))
        meeting = body_edge.source
        if etype == "PRESIDES" and _on_the_roll(ctx, f, meeting) and not any(
                e.type == "PRESIDES" and e.target == meeting for e in ctx.batch.edges.values()):
            # the body's chair on the roll of its meeting chairs it, unless the text names another chair
            ctx.edge("PRESIDES", f.entity.id, meeting, [ctx.source(*f.phrase)])

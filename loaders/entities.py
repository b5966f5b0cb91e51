"""Entities the text itself defines or names, beyond the gazetteer's lists.

Three kinds, each found by a general rule over the words of the language packs (data/lang):
  organisations, bodies, forums and instruments the text defines: "Long Name (ACR)",
    "ACR (Long Name)", or a capitalised name with a head noun ("Proceso de Quito"), typed by
    the head noun ("Grupo" → Body, "Declaración" → Instrument); the acronym then names it alone;
  persons named with a post or honorific ("el Viceministro de Relaciones Exteriores de Bolivia,
    señor Tomás Modelo", "Secretary of State Jane Example", a signature block);
  places after a place cue ("en la ciudad de Sucre", "in Quito"), before their country
    ("Sucre, Bolivia") or opening a date line ("Washington, November 14, 2023"); a known city
    (loaders.world) or any name after "ciudad de". A forum's name is never read as a place.
Ids are canonical, shared across documents: `<kind>:<slug of the name>` ("person:tomas-modelo",
"place:quito"), so two documents naming the same body meet on one node. This module proposes
entities and the spans that name them; it must not write to a batch nor decide relations
between entities (link_persons in loaders.persons does, from the spans kept here).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from loaders.events import names_one_meeting, series_heads
from loaders.gazetteer import Entity
from loaders.given_names import given_name
from loaders.acronym_names import acronym_named
from loaders.governing_bodies import governing_bodies
from loaders.cued_organisations import cued_organisations, listed_with_organisations
from loaders.instrument_titles import instrument_titles, titled_instruments
from loaders.honorifics import honorifics
from loaders.invisible import visible
from loaders.lang import lexicon
from loaders.read import fold_same_length
from loaders.reading.rules import reading_rules
from loaders.world import city, place, slug, subdivision

UPPER = "A-ZÁÉÍÓÚÑÜ"
WORD = re.compile(r"[^\W\d_][^\W_'’.-]*(?:[-'’][^\W\d_]+)*")
ACRONYM_DEF = re.compile(rf"\((?P<acr>[{UPPER}][A-Za-zÁÉÍÓÚÑÜ]*[{UPPER}][A-Za-zÁÉÍÓÚÑÜ]*s?)\)")
ACRONYM_FIRST = re.compile(rf"\b(?P<acr>[{UPPER}]{{2,12}})\s*\((?P<long>[^()\n]{{5,160}})\)")
KIND_PREFIX = {"Conference": "conference", "Body": "body", "Organization": "organization",
               "Instrument": "instrument", "Person": "person", "Place": "place"}


@lru_cache(maxsize=4)
def unaccent(text: str) -> str:
    """The text with accents off and case kept, the SAME length (offsets carry over)."""
    return "".join((unicodedata.normalize("NFD", ch)[0] if ch.strip() else ch) for ch in text)


@dataclass(frozen=True)
class Found:
    """A proposed entity and the span of the text that names or defines it.

    `phrase` is the whole span that says who the entity is (a person's post, name and the
    country after it), from which loaders.persons reads HOLDS_POST/REPRESENTS; `represents` and
    `holds` are entity ids the layout itself ties the person to (an attendance list entry, see
    loaders.attendance), read as they are rather than from the mentions in the phrase."""

    entity: Entity
    start: int
    end: int
    phrase: tuple[int, int] | None = None
    represents: tuple[str, ...] = ()
    holds: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _heads() -> tuple[dict, frozenset]:
    lex = lexicon("heads")
    heads = {fold_same_length(k): v for k, v in (lex.get("heads") or {}).items()}
    return heads, frozenset(fold_same_length(c) for c in lex.get("connectors") or [])


@lru_cache(maxsize=1)
def _opening_heads() -> frozenset:
    """Head nouns that only open a name (Spanish: "Cámara de Diputados", "Instituto Nacional de
    Migración"): the heads of data/lang/es/heads.yaml that no other language's file lists. The
    capitalised words before such a head are not part of its name ("Fernando Solís Cámara" is
    a person, not a chamber)."""
    spanish = {fold_same_length(k) for k in (lexicon("heads", ("es",)).get("heads") or {})}
    others = {fold_same_length(k) for code in _other_languages("es")
              for k in (lexicon("heads", (code,)).get("heads") or {})}
    return frozenset(spanish - others)


def _other_languages(code: str) -> tuple[str, ...]:
    from loaders.lang import LANG_DIR
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and p.name != code))


@lru_cache(maxsize=1)
def _single_posts() -> frozenset:
    """One-word posts of every language pack ("commissioner", "ministra"): after a name's
    capitalised word, such a word opens a person's post, it does not go on with the name."""
    return frozenset(fold_same_length(p) for p in lexicon("persons").get("posts") or [] if " " not in p)


@lru_cache(maxsize=1)
def _not_before_names() -> frozenset:
    """Words that, capitalised at the start of a sentence, open it rather than a name ("Desde
    Red Ciudadana, ...", "From the Pacific Islands Forum"), and ordinals ("Eighth Bali Process"):
    heads.yaml `not_before_names` and `ordinals_before_names`."""
    lex = lexicon("heads")
    return frozenset(fold_same_length(str(w)) for w in
                     (lex.get("not_before_names") or []) + (lex.get("ordinals_before_names") or []))


@lru_cache(maxsize=1)
def _name_stops() -> frozenset:
    return frozenset(fold_same_length(str(w)) for w in lexicon("heads").get("not_in_names") or [])


@lru_cache(maxsize=1)
def _person_words():
    lex = lexicon("persons")
    posts = sorted({fold_same_length(p) for p in (lex.get("posts") or []) + (lex.get("counterpart_words") or [])},
                   key=len, reverse=True)
    post_re = r"(?:%s)(?:e?s)?" % "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in posts)
    hon_re = honorifics().alternation
    not_names = frozenset(fold_same_length(w) for w in lex.get("not_names") or []) | \
        frozenset(w for p in posts for w in p.split())
    particles = sorted({fold_same_length(p) for p in lex.get("name_particles") or []}, key=len, reverse=True)
    return post_re, hon_re, not_names, particles


@lru_cache(maxsize=1)
def _short_given_names() -> tuple[str, ...]:
    """Given names written short with a period that open a name ("Mohd. Rizal bin Ahmad"), as
    written (data/lang/*/persons.yaml `short_given_names`)."""
    return tuple(sorted(lexicon("persons").get("short_given_names") or [], key=len, reverse=True))


@lru_cache(maxsize=1)
def _not_name_openers() -> frozenset:
    """Folded words that never open a person's name (data/lang/*/persons.yaml
    `not_name_openers`: pronouns, the auxiliary verb that opens a question)."""
    return frozenset(fold_same_length(w) for w in lexicon("persons").get("not_name_openers") or [])


@lru_cache(maxsize=1)
def _place_heads() -> frozenset:
    """Nouns that make a capitalised name after a place cue a place ("Manus Island", "Ross
    Sea", "Isla de Pascua"): the language packs' `place_heads` (data/lang/*/places.yaml)."""
    return frozenset(fold_same_length(w) for w in lexicon("places").get("place_heads") or [])


@lru_cache(maxsize=1)
def _place_words():
    lex = lexicon("places")
    cues = sorted({fold_same_length(c) for c in lex.get("cues") or []}, key=len, reverse=True)
    city_cues = frozenset(fold_same_length(c) for c in lex.get("city_cues") or [])
    return cues, city_cues, frozenset(fold_same_length(w) for w in lex.get("not_places") or [])


# a venue's capitalised name then a comma before the next name ("Palacio Itamaraty, Brasilia")
VENUE_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.\-]*(?:[^\S\n]+(?:(?:de|del|la|las|los|el|of|the)[^\S\n]+)*"
                        r"[A-ZÁÉÍÓÚÑ][\w'’.\-]*){0,6},[^\S\n]+(?=[A-ZÁÉÍÓÚÑ])")


@lru_cache(maxsize=None)
def venue_heads() -> frozenset:
    """Folded words that name a building or venue (data/lang/*/places.yaml `venue_heads`)."""
    return frozenset(fold_same_length(w) for w in lexicon("places").get("venue_heads") or [])


def _overlaps(s: int, e: int, spans) -> bool:
    if len(spans) < 32:
        return any(s < b and a < e for a, b in spans)
    starts, reach = _span_index(spans)      # of the spans starting before e, one ends after s
    k = bisect_left(starts, e)
    return k > 0 and reach[k - 1] > s


def _covered_start(s: int, spans) -> bool:
    if len(spans) < 32:
        return any(a <= s < b for a, b in spans)
    starts, reach = _span_index(spans)      # of the spans starting at or before s, one ends after s
    k = bisect_right(starts, s)
    return k > 0 and reach[k - 1] > s


_SPAN_INDEX: dict[int, tuple] = {}


def _span_index(spans) -> tuple[list[int], list[int]]:
    """Starts of (start, end) spans, sorted, and the furthest end reached by the spans up to
    each: a long paragraph's taken spans are asked about at every word, so they are indexed
    once (per list) rather than read whole each time."""
    got = _SPAN_INDEX.get(id(spans))
    if got is None or got[0] is not spans or got[1] != len(spans):
        ordered = sorted(spans)
        reach, far = [], -1
        for _, b in ordered:
            far = max(far, b)
            reach.append(far)
        if len(_SPAN_INDEX) > 256:
            _SPAN_INDEX.clear()
        got = _SPAN_INDEX[id(spans)] = (spans, len(spans), [a for a, _ in ordered], reach,
                                         ordered, max((b - a for a, b in ordered), default=0))
    return got[2], got[3]


def _spans_near(s: int, e: int, spans) -> list:
    """The spans of `spans` that may overlap [s, e) (all those that do, maybe a few more):
    those starting after s minus the longest span's length and before e."""
    if len(spans) < 32:
        return spans
    starts, _ = _span_index(spans)
    _, _, _, _, ordered, longest = _SPAN_INDEX[id(spans)]
    return ordered[bisect_right(starts, s - longest):bisect_left(starts, e)]


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), start + m.start(), start + m.end()) for m in WORD.finditer(text[start:end])]


def _capitalised(w: str) -> bool:
    return w[:1].isupper()


@lru_cache(maxsize=None)
def _body_named_organisation(key: str) -> re.Pattern:
    """Names with a body's head noun that are organisations: heads.yaml `key`, regexes over the
    folded name. `independent_bodies`: organisations of their own ("Intergovernmental
    Oceanographic Commission", "Commission for the Conservation of ..."); `ministries`: a
    government's ministry ("Secretaría de Relaciones Exteriores", "Secretaría de Estado de
    Migraciones")."""
    rx = [str(r) for r in lexicon("heads").get(key) or []]
    return re.compile("|".join(f"(?:{r})" for r in rx) or r"(?!)")


# what a name with a body's head noun is instead, by the heads.yaml list that matches it (first wins)
BODY_NAMED_ORGANISATIONS = (("ministries", "ministry"), ("independent_bodies", "intergovernmental"))


def _entity(kind_spec: dict, name: str, acronym: str | None) -> Entity:
    if kind_spec.get("kind") == "Body":
        folded = fold_same_length(name)
        subtype = next((sub for key, sub in BODY_NAMED_ORGANISATIONS
                        if _body_named_organisation(key).search(folded)), None)
        if subtype:
            kind_spec = {"kind": "Organization", "subtype": subtype}
    kind = kind_spec["kind"]
    eid = f"{KIND_PREFIX[kind]}:{slug(name)}"
    aliases = [name] + ([f"={acronym}"] if acronym else [])
    return Entity(eid, kind, name, kind_spec.get("subtype"), None, acronym, tuple(aliases))


def _title_name(words: list[str]) -> str:
    """"GRUPO DE COORDINACIÓN REGIONAL" → "Grupo de Coordinación Regional"; mixed case stays."""
    _, connectors = _heads()
    if not all(w.isupper() for w in words if len(w) > 1):
        return " ".join(words)
    return " ".join(w.lower() if fold_same_length(w) in connectors and i else w.capitalize()
                    for i, w in enumerate(words))


COORDINATION = frozenset({"y", "e", "and"})
DETERMINERS = frozenset({"the", "la", "el", "los", "las", "this", "these", "esta", "este", "its", "su", "sus",
                         "a", "an", "un", "una", "our", "nuestra", "nuestro"})


# how many people a city whose name opens with an article must have for "Los Angeles", "La Paz",
# "Las Vegas" to keep the article inside a name written after it
ARTICLE_CITY_MIN_POPULATION = 100000


def _article_of_city(article: str, word: str) -> bool:
    """"Los" before "Angeles": the article opens the name of a large city (geonames, its own
    name, not an alternate), so it belongs to the name it opens."""
    if fold_same_length(article) not in DETERMINERS:
        return False
    name = f"{article} {word}"
    c = city(name)
    return c is not None and fold_same_length(c.name) == fold_same_length(name) \
        and c.population >= ARTICLE_CITY_MIN_POPULATION


def wrapped_line(text: str, at: int, gap: str) -> bool:
    """`gap` (the text from `at` to the next word) is the line break of a wrapped paragraph:
    blanks around one line break, the line it ends at least `wrapped_line_chars` long
    (data/structure.yaml), so a name goes on on the next line ("the European\\nBank for
    Reconstruction and Development"). A short line (a heading, a list's row) ends the name."""
    if gap.count("\n") != 1 or gap.strip():
        return False
    line_start = text.rfind("\n", 0, at) + 1
    return at - line_start >= reading_rules().wrapped_line_chars


def _extend_back(text: str, words: list, i: int, taken=(), openers=()) -> int:
    """The first word of a name whose head is words[i]: capitalised words right before the head
    belong to it ("World Conference", "Economic and Social Council", "Bali Process"); a
    determiner, a connector other than "and"/"y", or a known mention ends it, unless that mention
    is one of `openers` ((start, end) spans of names that may open this head's name, `_opener_spans`)
    and ends one blank before the name: the whole mention is then the name's first words ("United
    States Department of ...")."""
    k = i
    while k > 0:
        w, s, e = words[k - 1]
        gap = text[e:words[k][1]]
        if gap == " " and _covered_start(s, taken):
            opener = next(((a, b) for a, b in openers if a <= s and b == e), None)
            first = next((x for x in range(k - 1, -1, -1) if opener and words[x][1] == opener[0]), None)
            if first is not None and not any(words[x][0].isupper() for x in range(first, k)):
                return first
            break
        if (gap.strip(" ") and not wrapped_line(text, e, gap)) or not gap or _covered_start(s, taken):
            break
        if _capitalised(w) and fold_same_length(w) not in DETERMINERS and not w.isupper() \
                and fold_same_length(w) not in _not_before_names():
            k -= 1
        elif fold_same_length(w) in COORDINATION and k - 2 >= 0 and _capitalised(words[k - 2][0]) \
                and text[words[k - 2][2]:s] == " " and k - 1 < i:
            k -= 2
        elif _capitalised(w) and _article_of_city(w, words[k][0]):
            k -= 1          # "Los Angeles Declaration": the article is the city's, not the name's
            break
        else:
            break
    while k < i and not _capitalised(words[k][0]):
        k += 1
    return k


def _place_from(words: list, k: int, places: frozenset) -> int | None:
    """The index of the last word of a place or country name (one to three words, folded, in
    `places`) that starts at words[k], else None."""
    for n in (3, 2, 1):
        if k + n <= len(words) and \
                fold_same_length(" ".join(w[0] for w in words[k:k + n])) in places:
            return k + n - 1
    return None


def _place_until(words: list, k: int, places: frozenset) -> bool:
    """A place or country name (one to three words) ends at words[k]."""
    return any(k - n + 1 >= 0 and fold_same_length(" ".join(w[0] for w in words[k - n + 1:k + 1]))
               in places for n in (1, 2, 3))


def _joins_places(words: list, k: int, places: frozenset) -> bool:
    """words[k] is a "y"/"and" between two places or countries, inside one name ("Protección
    Consular de Nacionales de México y de Estados Unidos"): a place ends right before it and
    another (after an optional "de"/"of") starts right after it."""
    if not places or k == 0 or not _place_until(words, k - 1, places):
        return False
    nxt = k + 1
    if nxt < len(words) and fold_same_length(words[nxt][0]) in _place_joiner_words():
        nxt += 1
    return _place_from(words, nxt, places) is not None


@lru_cache(maxsize=1)
def _place_joiner_words() -> frozenset:
    """Words between a coordination and the second place of a name ("y de", "and of"), and
    before two coordinated places ("entre", "between"): heads.yaml `place_joiners`."""
    return frozenset(fold_same_length(w) for w in lexicon("heads").get("place_joiners") or [])


def _coordinated(words: list, heads: dict, places: frozenset = frozenset()) -> list[list]:
    """A run cut where "y"/"and" joins two names ("Proceso de Quito y del Marco ...", "Pacto y el
    de México"): at a coordination followed by a lower-case word or a head noun, unless it joins
    two places inside the name ("... de México y de Estados Unidos")."""
    parts, cur = [], []
    for k, w in enumerate(words):
        nxt = words[k + 1][0] if k + 1 < len(words) else ""
        if fold_same_length(w[0]) in COORDINATION and cur and \
                (not _capitalised(nxt) or fold_same_length(nxt) in heads) and \
                not _joins_places(words, k, places) and not _joint_title(cur[-1][0], nxt, heads):
            parts.append(cur)
            cur = []
            continue
        cur.append(w)
    if cur:
        parts.append(cur)
    return parts


def _joint_title(before: str, after: str, heads: dict) -> bool:
    """Whether a coordination between two instruments' head nouns, with no article after it,
    joins one title ("Brasilia Declaration and Plan of Action", "Declaración y Plan de Acción de
    Brasil"), not two names ("la Declaración de Lima y el Plan ...": an article follows).

    >>> h = {"declaration": {"kind": "Instrument"}, "plan": {"kind": "Instrument"}, "forum": {"kind": "Conference"}}
    >>> _joint_title("Declaration", "Plan", h), _joint_title("Declaration", "Forum", h)
    (True, False)
    """
    first, second = heads.get(fold_same_length(before)), heads.get(fold_same_length(after))
    return bool(first and second and first.get("kind") == "Instrument" == second.get("kind")
                and _capitalised(before) and _capitalised(after)
                and fold_same_length(after) not in _numbered_heads())


@lru_cache(maxsize=1)
def _numbered_heads() -> frozenset:
    """Folded head nouns of instruments named by their number ("Resolution 2178", "Ley 1712";
    heads.yaml `numbered`): one after a coordination opens a name of its own ("the Palermo
    Protocol and Resolution 2178")."""
    return frozenset(fold_same_length(w) for w in lexicon("heads").get("numbered") or [])


OFFICE_OF_A_FORUM = {"kind": "Body", "subtype": "secretariat"}
PROGRAMME_OF_AN_ORGANISATION = {"kind": "Body", "subtype": "programme"}


def _typed(run: list, spec: dict) -> dict:
    """The kind a name's head noun gives: the last head noun before its first lower-case word,
    so an English name is typed by the noun that ends it ("Regional Cooperation Framework",
    "Integration Partnership Forum") and a Spanish one by the noun that opens it ("Programa de
    ..."); an organisation's head after a forum's ("Bali Process Regional Support Office") makes
    a Body of that forum; `spec` when there is none."""
    heads, _ = _heads()
    got, forum = None, False
    for w in run:
        word = w[0]
        if not _capitalised(word):
            break
        here = heads.get(fold_same_length(word)) or _plural_head(word, heads)
        if here and got and got.get("kind") == "Conference":
            forum = True
        got = here or got
    if forum and got and got.get("kind") == "Organization":
        return OFFICE_OF_A_FORUM       # "Bali Process Regional Support Office": the forum's body
    return got or spec


def _plural_head(word: str, heads: dict) -> dict | None:
    """The head noun a plural names in the middle or at the end of a name ("Bali Process
    Working Groups", "Technical Committees"): the singular's entry, for a word ending in "s"."""
    if len(word) > 3 and word.endswith("s"):
        return heads.get(fold_same_length(word[:-1]))
    return None


def _long_name(text: str, words: list[tuple[str, int, int]]) -> tuple[dict, int, int, str] | None:
    """The defined name in a run of words: from its leftmost head noun to its last capitalised
    word (after the last coordination that joins two names); None without a head noun or with
    fewer than two words."""
    heads, connectors = _heads()
    parts = _coordinated(words, heads)
    words = parts[-1] if parts else []
    while words and not _capitalised(words[0][0]):
        words = words[1:]
    for i, (w, s, _) in enumerate(words):
        spec = heads.get(fold_same_length(w))
        if spec and _capitalised(w):
            run = words[_extend_back(text, words, i):]
            for k in range(i - (len(words) - len(run)) + 1, len(run)):
                if fold_same_length(run[k][0]) in _name_stops():
                    run = run[:k]
                    break
            while run and not _capitalised(run[-1][0]):
                run = run[:-1]
            if len(run) < 2:
                return None
            return _typed(run, spec), run[0][1], run[-1][2], _title_name([x[0] for x in run])
    return None


def _run_before(text: str, block_start: int, at: int) -> list[tuple[str, int, int]]:
    """The capitalised words (with connectors) that end right before offset `at`."""
    _, connectors = _heads()
    words = _words(text, max(block_start, at - 220), at)
    run: list = []
    for w in reversed(words):
        gap = text[w[2]:(run[0][1] if run else at)]
        if gap.strip(" ") or "\n" in gap:
            break
        if _capitalised(w[0]) or fold_same_length(w[0]) in connectors:
            run.insert(0, w)
        else:
            break
    while run and not _capitalised(run[0][0]):
        run = run[1:]
    return run


@lru_cache(maxsize=1)
def _acronym_definition() -> re.Pattern:
    """An acronym in brackets after a name: alone, "(PCIRO)", or after words that introduce a
    short name (heads.yaml `acronym_lead_ins`: "(hereinafter referred to as PCIRO)", "(en
    adelante, la COMAR)"), quotes and an article allowed around it."""
    from loaders.lang import phrase_alternation
    lead = lexicon("heads").get("acronym_lead_ins") or []
    if not lead:
        return ACRONYM_DEF
    alts = phrase_alternation([str(w) for w in lead], fold=False)
    return re.compile(rf"\((?:(?i:{alts}),?[^\S\n]+(?:(?:the|la|el|los|las)[^\S\n]+)?[\"“‘']?)?"
                      rf"(?P<acr>[{UPPER}][A-Za-zÁÉÍÓÚÑÜ]*[{UPPER}][A-Za-zÁÉÍÓÚÑÜ]*s?)[\"”’']?\)")


def definitions(text: str, start: int, end: int, taken) -> list[Found]:
    """Names the passage defines with an acronym, either way round, and capitalised names with a
    head noun; none that starts inside a known mention (`taken`: spans)."""
    out: list[Found] = []
    chunk = text[start:end]
    for m in _acronym_definition().finditer(chunk):
        acr = m.group("acr")
        run = _run_before(text, start, start + m.start())
        got = _long_name(text, run)
        if not got:
            continue
        spec, s, e, name = got
        if _covered_start(s, taken) or _covered_start(start + m.start("acr"), taken):
            continue
        heads, _ = _heads()
        owner = _owner_split(_words(text, s, e), heads.get(fold_same_length(text[s:e].split()[0])) or spec,
                             heads, taken)
        if owner:       # "Programa X de la Cooperación Alemana (GIZ)": the acronym is the owner's
            body, org, body_spec = owner
            out.append(Found(_entity(body_spec, _run_name(text, body), None), body[0][1], body[-1][2]))
            o_spec = _typed(org, {"kind": "Organization", "subtype": None})
            out.append(Found(_entity(o_spec, _run_name(text, org), acr), org[0][1], start + m.end()))
            continue
        split = _acronym_owner(text, s, e, spec, acr)
        if split:       # "Junta de la Federación Andina de Contadores (FAC)": FAC is the federation's
            org, o_spec = split
            out.append(Found(_entity(spec, name, None), s, e))
            out.append(Found(_entity(o_spec, _run_name(text, org), acr), org[0][1], start + m.end()))
            continue
        out.append(Found(_entity(spec, name, acr), s, start + m.end()))
    for m in ACRONYM_FIRST.finditer(chunk):
        inner_s = start + m.start("long")
        words = _words(text, inner_s, start + m.end("long"))
        got = _long_name(text, words)
        if not got or got[1] != inner_s or _covered_start(start + m.start(), taken):
            continue
        spec, s, e, name = got
        out.append(Found(_entity(spec, name, m.group("acr")), start + m.start(), start + m.end()))
    return out


def _acronym_owner(text: str, s: int, e: int, spec: dict, acr: str) -> tuple[list, dict] | None:
    """(the organisation's words, its kind) when the body named by text[s:e] runs on into an
    organisation whose initials alone the bracketed `acr` spells (loaders.acronym_owners): a
    Body's name only; the owner is an Organization (or a Conference) by its own head, and a
    body's owner that a board-like head would make a Body is the organisation the board governs
    ("Junta de Directores del Comité de Integración ... (CILEA)"); None otherwise."""
    from loaders.acronym_owners import owner_of_acronym
    if spec.get("kind") != "Body":
        return None
    ws = _words(text, s, e)
    k = owner_of_acronym([w for w, _, _ in ws], acr)
    if k is None:
        return None
    org = ws[k:]
    o_spec = _typed(org, {"kind": "Organization", "subtype": None})
    if o_spec.get("kind") == "Body" and spec.get("subtype") == "board":
        o_spec = {"kind": "Organization", "subtype": None}
    if o_spec.get("kind") not in ("Organization", "Conference"):
        return None
    return org, o_spec


def _places_joined(text: str, words: list, last: int, end: int, places: frozenset) -> int:
    """The index of a name's last word, taken on over two places or countries the name joins
    ("Comisión Binacional México — Estados Unidos": a dash between two places; "Comisión
    Binacional de Migración entre Costa Rica y Panamá": "entre"/"between" a place, "y"/"and",
    a place); `last` when the words after it do not."""
    if not places or last + 1 >= len(words):
        return last
    gap = text[words[last][2]:words[last + 1][1]]
    if gap.strip(" ") in ("—", "–", "-") and "\n" not in gap and _place_until(words, last, places):
        got = _place_from(words, last + 1, places)
        return got if got is not None else last
    if fold_same_length(words[last + 1][0]) in _place_joiner_words() and \
            fold_same_length(words[last + 1][0]) not in ("de", "of"):
        a = _place_from(words, last + 2, places)
        if a is not None and a + 2 < len(words) and fold_same_length(words[a + 1][0]) in COORDINATION:
            b = _place_from(words, a + 2, places)
            if b is not None and not text[words[last][2]:words[b][1]].count("\n"):
                return b
    return last


def _person_starts(words: list, j: int) -> bool:
    """A person's name starts at words[j]: a given name (loaders.given_names) followed by another
    capitalised word on the same footing ("Francisco Garduño")."""
    return j + 1 < len(words) and _capitalised(words[j][0]) and _capitalised(words[j + 1][0]) \
        and given_name(words[j][0])


def named(text: str, start: int, end: int, taken, places: frozenset, heading: bool = False,
          openers: dict | None = None) -> list[Found]:
    """Capitalised names opened by a head noun that carry a proper name ("Proceso de Quito",
    "Plan de Acción Regional contra la Trata de Personas"): a place or country in them, or three
    capitalised words (not in a title or heading, where every word may be capitalised); a
    defined acronym is not needed. `openers` maps a mention's kind to the (start, end) spans of
    its mentions here; those `_name_openers` allows open the name of a head of their kind
    ("United States Department of ...", "United Nations Charter")."""
    heads, connectors = _heads()
    out = []
    words = _words(text, start, end)
    at = {}                 # a word's start -> its first index (words.index, without the scan)
    for k, x in enumerate(words):
        at.setdefault(x[1], k)
    i = 0
    while i < len(words):
        w, s, _ = words[i]
        spec = heads.get(fold_same_length(w))
        if not (spec and _capitalised(w)) or _covered_start(s, taken):
            i += 1
            continue
        j, last = i + 1, i
        first = i if fold_same_length(w) in _opening_heads() else \
            _extend_back(text, words, i, taken, _opener_spans(openers, spec.get("kind")))
        while j < len(words):
            gap = text[words[j - 1][2]:words[j][1]]
            if j == i + 1 and first < i and _person_starts(words, j):
                break           # "National Migration Institute Francisco Garduño": the head closes
                                # a name written before it; a person's name follows
            if (gap.strip(" ") or "\n" in gap) and not _in_series(text, words[j - 1][2], end, gap, taken) \
                    and not wrapped_line(text, words[j - 1][2], gap):
                break
            if j - 1 == last and fold_same_length(words[j][0]) in _single_posts():
                break           # "Immigration Service Commissioner Doris Meissner": a post and a person
            if fold_same_length(words[j][0]) in _name_stops() or words[j][0].isupper() and len(words[j][0]) > 1 \
                    and not w.isupper():
                break           # "Conference CANBERRA", "Pacific Conference Papers"
            if _capitalised(words[j][0]):
                last = j
            elif fold_same_length(words[j][0]) not in connectors:
                break
            elif _person_after(words, j):
                break           # "Grace Chen of Auckland Council and Peter Lim": a person, not the name
            j += 1
        last = _places_joined(text, words, last, end, places)
        run = _coordinated(words[first:last + 1], heads, places)[0]
        resume = at[run[-1][1]] + 1 if run else last + 1     # after "and", another name
        while run and not _capitalised(run[-1][0]):
            run = run[:-1]
        if len(run) < 2:
            i = max(resume, i + 1)
            continue
        owner = _owner_split(run, spec, heads, taken)
        if owner:           # "Comité de Estado Abierto | de la | Alianza para el Gobierno Abierto"
            body, org, spec = owner
            out.append(Found(_entity(_typed(org, heads.get(fold_same_length(org[0][0])) or {"kind": "Organization",
                                                                                  "subtype": None}),
                                     " ".join(x[0] for x in org), None), org[0][1], org[-1][2]))
            run = body
        caps = [x for x in run if _capitalised(x[0])]
        owned = bool(owner) and len(caps) >= 2 and not heading
        proper = any(fold_same_length(x[0]) in places or city(x[0]) for x in caps if x[1] != s)
        dated = _dated(text, start, end, run) if not owner and not heading \
            and _typed(run, spec).get("kind") == "Instrument" else None
        if dated:           # "the 2016 Ministerial Declaration", "Estatuto Anticorrupción de 2011"
            kind = _typed(run, spec)
            plain = _run_name(text, run)
            ent = _entity(kind, " ".join(text[dated[0]:dated[1]].split()), None)
            # named with its year, mentioned by its words alone: the year stays a Date of its own
            out.append(Found(Entity(ent.id, ent.kind, ent.name, ent.subtype, None, None, (plain,),
                                    name_matches=False), run[0][1], run[-1][2]))
            i = max(resume, i + 1)
            continue
        mid = not heading and len(caps) == 2 and _mid_sentence(text, start, run[0][1]) \
            and (not any(fold_same_length(x[0]) in _generic_name_words() for x in caps if x[1] != s)
                 or _owned(text, run[-1][2], end, taken)) \
            and not _name_goes_on(text, run[-1][2], end, taken) and w not in series_heads()
        if len(run) >= 2 and (proper or len(caps) >= 3 and not heading or mid or owned) and \
                not all(x[0].isupper() for x in caps):
            name, stop = _run_name(text, run), run[-1][2]
            acr = _owner_acronym(text, stop, end, taken) if mid else None
            if acr:         # "Secretaría Ejecutiva del COSEFIN": named with whose body it is
                name, stop = name + " " + " ".join(text[stop:acr].split()), acr
                owner_acr = re.search(r"\S+$", text[run[-1][2]:acr])
                o_s = acr - len(owner_acr.group(0))     # the owner, named by its acronym alone
                out.append(Found(Entity(f"organization:{slug(owner_acr.group(0))}", "Organization",
                                        owner_acr.group(0), None, None, owner_acr.group(0),
                                        (f"={owner_acr.group(0)}",)), o_s, acr))
            kind = spec if owner and spec.get("kind") == "Body" else _typed(run, spec)
            out.append(Found(_entity(kind, name, None), run[0][1], stop))
        i = max(resume, i + 1)
    return out


@lru_cache(maxsize=1)
def _name_openers() -> dict:
    """{head kind: frozenset of mention kinds whose names may open a name of that head}, from
    `name_openers` of data/lang/<code>/heads.yaml ({mention kind: [head kinds]})."""
    out: dict = {}
    for kind, heads in (lexicon("heads").get("name_openers") or {}).items():
        for head in heads or ():
            out.setdefault(head, set()).add(kind)
    return {k: frozenset(v) for k, v in out.items()}


def _opener_spans(openers: dict | None, head_kind: str | None) -> list[tuple[int, int]]:
    """The (start, end) spans of `openers` ({mention kind: spans}) whose kind may open a name
    whose head is of `head_kind`; [] when none."""
    kinds = _name_openers().get(head_kind or "", frozenset())
    return [span for kind in kinds for span in (openers or {}).get(kind, ())]


SERIES = re.compile(rf"(?:,[^\S\n]+[{UPPER}][^\W\d_]+(?:[^\S\n]+[{UPPER}][^\W\d_]+)*){{1,6}},?"
                    rf"[^\S\n]+(?:y|e|and)[^\S\n]+[{UPPER}]")


def _person_after(words: list, j: int) -> bool:
    """words[j] is "and"/"y"/"e" and a person's name follows it: a given name
    (loaders.affiliations.given_name) then a capitalised word that is no head noun ("... Council
    and Peter Lim"), never "... of Trade and Industry"."""
    from loaders.affiliations import given_name
    if fold_same_length(words[j][0]) not in ("and", "y", "e") or j + 2 >= len(words):
        return False
    first, second = words[j + 1][0], words[j + 2][0]
    heads, _ = _heads()
    return _capitalised(first) and _capitalised(second) and given_name(first) and \
        fold_same_length(first) not in heads and fold_same_length(second) not in heads


def _in_series(text: str, at: int, end: int, gap: str, taken) -> bool:
    """Whether the comma at offset `at` joins capitalised words of one name, a series that ends
    in "y"/"e"/"and" and a capitalised word ("Política de Transparencia, Integridad, Legalidad
    e Innovación", "Global Compact for Safe, Orderly and Regular Migration"); not when a known
    mention (a country, a person) comes after it."""
    if gap.strip(" ") != "," or "\n" in gap:
        return False
    m = SERIES.match(text, at, end)
    return bool(m) and not _overlaps(at, m.end(), taken)


def _run_name(text: str, run: list) -> str:
    """A name as the text writes it, spaces folded: its words, the commas of a series and a
    dash between two places ("Comisión Binacional México — Estados Unidos")."""
    if any("," in text[a[2]:b[1]] or text[a[2]:b[1]].strip() in ("—", "–", "-")
           for a, b in zip(run, run[1:])):
        return " ".join(text[run[0][1]:run[-1][2]].split())
    return " ".join(x[0] for x in run)


YEAR_BEFORE = re.compile(r"(?<![\w/-])(?:(?:1[89]|20)\d\d|[IVXL]{1,6})[^\S\n]+$")    # a year, or "XXVI"
YEAR_AFTER = re.compile(r"[^\S\n]+(?:de|of)[^\S\n]+(?:1[89]|20)\d\d(?![\w/-])")


def _dated(text: str, start: int, end: int, run: list) -> tuple[int, int] | None:
    """The span of an instrument's name with the year that qualifies it, written before it
    ("the 2016 Ministerial Declaration") or after "de"/"of" ("Estatuto Anticorrupción de
    2011"), or the Roman number of its series before it ("XXVI Declaración Viceministerial"):
    these make a two-word name one instrument, not a generic phrase. None without a
    year there, or when the run is one word."""
    if len(run) < 2:
        return None
    s, e = run[0][1], run[-1][2]
    before = YEAR_BEFORE.search(text[max(start, s - 8):s])
    after = YEAR_AFTER.match(text, e, end)
    if after:
        return s, after.end()
    if before:
        return s - len(before.group(0)), e
    return None


OWNER_JOINS = frozenset({"de", "del", "of"})


def _owner_split(run: list, spec: dict, heads: dict, taken) -> tuple[list, list, dict] | None:
    """A body's name run on into the organisation it belongs to ("Comité de Estado Abierto de
    la Alianza para el Gobierno Abierto", "Secretaría de Transparencia de la Presidencia de la
    República"): (the body's words, the organisation's words) split at "de (la)"/"del"/"of
    (the)" before a name whose own head noun (the first of its name) is an Organization or
    Conference one, after an article or "del" ("Red Andina de Cooperación Aduanera" is one name),
    or before a known mention, and the kind the body's part is given: the name's own,
    or a forum's body for an office-like name before a forum ("the Regional Support Office of
    the Bali Process"), or an organisation's unit for a programme it runs ("el Programa de
    Buena Gobernanza de la Cooperación Sueca"); None when the name is of no body or holds no such name."""
    if spec.get("kind") not in ("Body", "Organization") and spec.get("subtype") != "programme":
        return None
    whole = fold_same_length(" ".join(w for w, _, _ in run))
    if spec.get("kind") == "Body" and any(_body_named_organisation(key).search(whole)
                                          for key, _ in BODY_NAMED_ORGANISATIONS):
        return None     # "Preparatory Commission of the X Organisation": an organisation of its own
    for k in range(2, len(run)):
        if fold_same_length(run[k - 1][0]) not in OWNER_JOINS and not (
                k >= 3 and fold_same_length(run[k - 1][0]) in ("la", "the", "los", "las")
                and fold_same_length(run[k - 2][0]) in OWNER_JOINS):
            continue
        if not _capitalised(run[k][0]):
            continue
        cut = k - 1 if fold_same_length(run[k - 1][0]) in OWNER_JOINS else k - 2
        rest = run[k:]
        owner_kind = _typed(rest, {}).get("kind")     # the owner's own head: its first name's
        if spec.get("kind") == "Organization":
            if owner_kind != "Conference":
                continue        # "Ministry of Foreign Affairs": no forum after it
            body_spec = OFFICE_OF_A_FORUM     # "the Regional Support Office of the Bali Process"
        elif spec.get("kind") == "Instrument":
            if owner_kind != "Organization":
                continue        # "Programa de Acción de la Conferencia": the forum's programme
            body_spec = PROGRAMME_OF_AN_ORGANISATION    # "el Programa X de la Agencia Y": its unit
        else:
            body_spec = spec
        bare = fold_same_length(run[k - 1][0]) in ("de", "of")     # no article: a topic may follow
        if owner_kind in ("Organization", "Conference") and not bare or _covered_start(run[k][1], taken):
            body = run[:cut]
            bare_head = len(rest) == 1 and fold_same_length(rest[0][0]) in heads \
                and not _covered_start(run[k][1], taken)    # "Secretaría Técnica del Sistema": no name
            if len(body) >= 2 and len(rest) >= 1 and not bare_head:
                return body, rest, body_spec
    return None


def _mid_sentence(text: str, block_start: int, at: int) -> bool:
    """Whether offset `at` is inside a sentence, after a lower-case word: not a sentence end, a
    bracket, a list mark, nor a capitalised word or acronym whose name may go on ("CER
    Investment Protocol", "New Zealand Affairs Secretariat")."""
    before = text[max(block_start, at - 40):at]
    m = re.search(r"(\S+)[^\S\n]+$", before)
    if m and m.group(1) in _sentence_articles() and \
            re.search(r"(?:^|[.;:!?]\s+|\n\s*)$", text[max(block_start, at - 42):at - len(m.group(0))]):
        return True     # "The Department of Immigration agreed": an article opens the sentence
    return bool(m) and m.group(1)[:1].islower() and m.group(1)[-1:].isalpha()


@lru_cache(maxsize=1)
def _sentence_articles() -> frozenset:
    """Articles that open a sentence before a name ("The", "El", "La"): heads.yaml
    `sentence_articles`, as written."""
    return frozenset(str(w) for w in lexicon("heads").get("sentence_articles") or [])


def _owned(text: str, at: int, end: int, taken=()) -> bool:
    """Whether "de (la)"/"del"/"of (the)" and a known mention or an acronym follow offset `at`
    (a body's name, then whose body it is: "Secretaría Ejecutiva | del COSEFIN")."""
    owner = re.compile(r"[^\S\n]+(?:de[^\S\n]+la|del|de|of[^\S\n]+the|of)[^\S\n]+(?=\S)").match(text, at, end)
    return bool(owner) and (_covered_start(owner.end(), taken)
                            or bool(re.compile(r"[A-Z]{2,}\b").match(text, owner.end())))


def _owner_acronym(text: str, at: int, end: int, taken=()) -> int | None:
    """The end of "del"/"of the" and an acronym no mention covers right after offset `at`
    ("Secretaría Ejecutiva | del COSEFIN"), else None."""
    m = re.compile(r"[^\S\n]+(?:de[^\S\n]+la|del|de|of[^\S\n]+the|of)[^\S\n]+[A-Z]{2,}\b").match(text, at, end)
    if not m or _covered_start(m.end() - 1, taken):
        return None
    return m.end()


def _name_goes_on(text: str, at: int, end: int, taken=()) -> bool:
    """Whether the words after a name continue it: one or two lower-case words then a
    capitalised word or a figure ("Red de Mujeres | por la Transparencia"), "de"/"of" and any
    word ("Estatuto Anticorrupción | de ese año"), "on"/"for" and a capitalised word, or one of
    these words ending the passage ("the Green Paper on" before a break); not "de"/"of" and a
    known mention or an acronym, whose body the name is ("Secretaría Ejecutiva | del COSEFIN")."""
    if _owned(text, at, end, taken):
        return False        # "Secretaría Ejecutiva | del COSEFIN": a body of a named organisation
    if _another_named(text, at, end):
        return False        # "el Ministerio de Energía | y el Ministerio de ...": a second name
    return bool(re.compile(r"\s+(?:(?:de|del|of)(?:\s+\w|\s*$)|(?:on|for|sobre|para)(?:\s+[A-ZÁÉÍÓÚÑ]|\s*$)"
                           r"|(?:[a-záéíóúñü]+[^\S\n]+){1,2}"
                           r"[A-ZÁÉÍÓÚÑ\d])").match(text, at, end))


COORDINATED_HEAD = re.compile(r"[^\S\n]*,?[^\S\n]+(?:y|e|and)[^\S\n]+(?:el|la|los|las|the)[^\S\n]+(?P<w>[A-ZÁÉÍÓÚÑ][^\W\d_]+)")


def _another_named(text: str, at: int, end: int) -> bool:
    """Whether "y el"/"and the" and a capitalised head noun follow offset `at` ("el Ministerio de
    Energía | y el Ministerio de Minas", "the Ministry of Energy | and the Department of ..."):
    the name ends at `at` and another opens."""
    m = COORDINATED_HEAD.match(text, at, end)
    return bool(m) and fold_same_length(m.group("w")) in _heads()[0]


@lru_cache(maxsize=1)
def _generic_name_words() -> frozenset:
    """Capitalised words that do not make a two-word name proper ("Working Group", "Action
    Plan", "Grupo Técnico"): heads.yaml `generic_name_words`."""
    return frozenset(fold_same_length(str(w)) for w in lexicon("heads").get("generic_name_words") or [])


@lru_cache(maxsize=1)
def _numbered_re() -> re.Pattern | None:
    heads = lexicon("heads").get("numbered") or []
    if not heads:
        return None
    alts = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
    # the number's sign as written: "No.", "Nº", "N°", "N.º", "N.°", "Nro.", "núm.", "número"
    sign = r"(?:No\.|N\.?[°º]\.?|Nro\.|n[úu]m\.|n[úu]mero|number)"
    # the acronym of the body that issues it may stand between head and number: "Decisión CMC
    # N° 68/12", "Resolución GMC Nº 35/14" (MERCOSUR's Council and Group), "Decision CMC 5/03"
    issuer = rf"(?:[^\S\n]+(?P<issuer>[{UPPER}]{{2,8}}))?"
    return re.compile(rf"(?<![\w-])(?P<head>{alts}){issuer}(?:[^\S\n]+{sign})?"
                      rf"[^\S\n]*(?<=[\s°º.])(?P<num>\d{{1,5}}(?:[/-]\d{{1,4}})?)(?![\w/-])")


def numbered(text: str, start: int, end: int, taken) -> list[Found]:
    """Instruments named by their head and number ("Resolution 1540", "Resolution No. 4",
    "Ley 1712", "Decreto 491", "Decisión CMC N° 68/12" with its issuer's acronym): one
    Instrument each, named as written, its id the head, issuer and number without the sign
    ("Resolución GMC Nº 35/14" and "Resolución GMC 35/14" are one node)."""
    pattern = _numbered_re()
    if pattern is None:
        return []
    heads, _ = _heads()
    out = []
    for m in pattern.finditer(text, start, end):
        if _covered_start(m.start(), taken):
            continue
        name = " ".join(m.group(0).split())
        spec = heads.get(fold_same_length(m.group("head"))) or {}
        kind_spec = {"kind": "Instrument",
                     "subtype": spec.get("subtype") if spec.get("kind") == "Instrument" else "law"}
        entity = _entity(kind_spec, name, None)
        # one node whatever sign the number is written with ("N°", "Nº", "No.", none)
        code = " ".join(g for g in (m.group("head"), m.group("issuer"), m.group("num")) if g)
        out.append(Found(replace(entity, id=f"instrument:{slug(code)}"), m.start(), m.end()))
    return out


# lower-case letters of a name: every accented Latin-1 letter ("Dallerès", "François", "Gonçalves")
NAME_LOWER = "a-zß-öø-ÿ'’-"
NAME_WORD = rf"[{UPPER}][{NAME_LOWER}]+(?:[{UPPER}][{NAME_LOWER}]+)?"     # "MacKellar", "McDermott"
WRAPPED_LINE = 40      # a line at least this long that breaks inside a name is wrapped prose
# initials before a surname ("J.B. Bolger", "M.J.R. MacKellar", "H. V. Evatt"): one to three
INITIALS = re.compile(rf"(?:[{UPPER}]\.[^\S\n]{{0,2}}){{1,3}}(?=[{UPPER}][a-záéíóúñü])")
POSTNOMINALS = r"(?:[^\S\n]+(?:MP|QC|KC|AO|AC|AM|OBE|CBE|MBE|PhD|MLA|MHR))?"    # "Alexander Downer MP"


# particles that join two surnames of one person ("Ortega y Gasset") but, after a plural post,
# two persons ("los Presidentes Zedillo y Clinton")
CONJUNCTIONS = frozenset({"y", "e", "and"})


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset:
    """Honorifics of every language pack, folded ("lic.", "dr.", "mr.", "sra.")."""
    return honorifics().words


def _conjunction_before_honorific(name: str) -> int | None:
    """Where a conjunction particle that an honorific follows starts in `name` ("Jorge Luis
    Soto y Lic. Paula": the offset of " y"): two persons, not one name; else None."""
    for cm in re.finditer(r"\s+(?:y|e|and)\s+([^\W\d_]+\.?)", name):
        word = fold_same_length(cm.group(1))
        if word in _honorific_words() or word + "." in _honorific_words():
            return cm.start()
    return None


def not_name_word(word: str, not_names: frozenset) -> bool:
    """The word is no part of a person's name: one of `not_names` (posts' words among them), or
    such a word in the plural ("Consejeros Regionales, Gobernadores, ...": kinds of officials,
    not a person)."""
    w = fold_same_length(word)
    return w in not_names or (w.endswith("s") and (w[:-1] in not_names or
                                                   (w.endswith("es") and w[:-2] in not_names)))


def _name_at(text: str, u: str, at: int, end: int, coordinated: bool = False) -> tuple[int, int] | None:
    """A person's name starting at `at`: two to four capitalised words, particles between.
    `coordinated`: the name is one of several after a plural post ("los Presidentes Zedillo y
    Clinton"), so a conjunction particle ("y", "e") ends it instead of joining two surnames."""
    _, _, not_names, particles = _person_words()
    if coordinated:
        particles = [p for p in particles if p not in CONJUNCTIONS]
    part = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in particles)
    sep = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"       # one line break: a name wrapped in a paragraph
    # a middle initial ("Mary A. Ryan") stands between two name words like a particle
    short = "|".join(map(re.escape, _short_given_names()))
    first = rf"(?:(?:{short})\.(?={sep})|{NAME_WORD})" if short else NAME_WORD
    m = re.compile(rf"{first}(?:{sep}(?:(?:{part}|[{UPPER}]\.){sep})?{NAME_WORD}){{1,4}}").match(text, at, end)
    initials = None if m else INITIALS.match(text, at, end)
    if initials:        # "J.B. Bolger", "A. Shirley": initials stand for the first names
        m = re.compile(rf"{NAME_WORD}(?:{sep}(?:(?:{part}){sep})?{NAME_WORD}){{0,3}}").match(text, initials.end(), end)
        stop = None
        for wm in re.finditer(r"[^\W\d_][\w'’-]*", text[m.start():m.end()]):
            w = wm.group(0)
            if w[:1].isupper() and not_name_word(w, not_names) or \
                    "\n" in text[m.start():m.start() + wm.start()]:
                break       # "J.B. Bolger Minister ...": the post is no part of the name
            stop = m.start() + wm.end()
        return (initials.start(), stop) if stop else None
    if not m:
        return None
    cut = _conjunction_before_honorific(m.group(0))
    if cut is not None:     # "Jorge Luis Soto y Lic. Paula Ibarra": the "y" ends the first name
        return _name_at(text, u, at, m.start() + cut, coordinated)
    if "\n" in m.group(0):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() + m.group(0).index("\n") - line_start < WRAPPED_LINE:
            return _name_at(text, u, at, m.start() + m.group(0).index("\n"), coordinated)   # a short line: a list, not prose
    words = re.findall(r"[^\W\d_][\w'’-]*", m.group(0))
    caps = [w for w in words if w[:1].isupper()]
    caps_at = [wm.start() for wm in re.finditer(r"[^\W\d_][\w'’-]*", m.group(0)) if wm.group(0)[:1].isupper()]
    keep = 0
    for k, w in enumerate(caps):
        if 0 < k < len(caps) - 1 and fold_same_length(w) in particles and \
                not not_name_word(caps[k + 1], not_names):
            continue    # "Julio Miguel De Vido": a capitalised particle between name words
        if not_name_word(w, not_names) or not k and fold_same_length(w) in _not_name_openers():
            break
        if k and fold_same_length(w) + "." in _honorific_words() and "\n" in m.group(0)[:caps_at[k]]:
            break       # "Alfredo Moreno\nSr. Ministro ...": the next line's title, not a surname
        if w.endswith(("'s", "’s")) and k + 1 < len(caps):
            break       # "Secretary Blinken's Meeting": a possessive ends the name before it
        keep = k + 1
    if keep < 2:
        return None
    # cut after the keep-th capitalised word
    count, stop = 0, m.start()
    for wm in re.finditer(r"[^\W\d_][\w'’-]*", m.group(0)):
        if wm.group(0)[:1].isupper():
            count += 1
            stop = m.start() + wm.end()
            if count == keep:
                break
    return m.start(), stop


class _At:
    """The end of a complement read further than its pattern matched."""

    def __init__(self, at: int):
        self.at = at

    def end(self) -> int:
        return self.at


def _complement_runs_on(text: str, u: str, got: tuple[int, int], c, end: int, several: bool):
    """("Ministro de Economía, | Fomento y Turismo, Juan Andrés Fontaine"): a capitalised phrase
    after the post's comma that opens with no given name, then a comma and a name that opens with
    one, is more of the post's complement; the name is the later one. Returns (name span, match
    whose end() is where the name starts)."""
    from loaders.given_names import given_name
    first = text[got[0]:got[1]].split()[0]
    if given_name(first):
        return got, c
    more = re.compile(r",[^\S\n]*").match(text, got[1], end)
    nxt = _name_at(text, u, more.end(), end, coordinated=several) if more else None
    if nxt and given_name(text[nxt[0]:nxt[1]].split()[0]):
        return nxt, _At(more.end())
    return got, c


def persons(text: str, start: int, end: int, taken, title_block: bool = False) -> list[Found]:
    """People named with a post or an honorific, with the phrase that gives their post."""
    post_re, hon_re, _, _ = _person_words()
    u = unaccent(text)      # accent-free, case kept, same length
    out: list[Found] = []
    opener, complement, direct = _person_patterns(post_re, hon_re)
    acronyms: list[Found] = []      # organisations an acronym opening a post names
    flowing = _unwrapped(u, start, end)      # a post's complement may run over a wrapped line
    # the same for the readers of a complement closed by a name ("President\nof Guatemala Ana ..."):
    # `text` with the same line breaks read as blanks (same length, so spans hold)
    flowing_text = text if flowing is u else "".join(" " if f == " " and c == "\n" else c for c, f in zip(text, flowing))
    for m in opener.finditer(u, start, end):
        if any(f.phrase[0] <= m.start() < f.phrase[1] for f in out):
            continue        # the honorific of a phrase already read ("..., señor Tomás Modelo")
        post_s = m.start("post") if m.group("post") else None
        if post_s is not None and re.search(rf"{NAME_WORD}[^\S\n]*[-–—][^\S\n]*$", text[max(start, post_s - 40):post_s]):
            continue        # "Scott Morrison - Minister for ...": the post of the name before it
        rest_end = m.end()
        tries = [complement, direct] if post_s is not None else [direct]
        several = bool(m.group("post")) and fold_same_length(m.group("post")).endswith("s")
        got = None
        if post_s is not None:
            # "Secretary of Homeland Security Alejandro Mayorkas, White House ...": the complement
            # closes with a personal name before the comma; what follows is another person's post
            got = _given_name_closing(flowing_text, flowing, m.end(), end, taken)
            if got:
                rest_end = got[0]
                tries = []
        for pat in tries:
            c = pat.match(flowing if pat is complement else u, m.end(), end)
            if c and pat is complement and TO_WHOM.search(c.group(0)):
                continue    # "Chair of X to their outgoing Chairperson, Ambassador A": A is not the Chair
            if c:
                got = _name_at(text, u, c.end(), end, coordinated=several)
                if got and pat is complement:
                    got, c = _complement_runs_on(text, u, got, c, end, several)
                if not got and pat is complement:
                    # "Director de Límites de la Cancillería, Ministro D. Alberto ...": a rank
                    # after the post's complement, then the name
                    rank = _rank_then_name(post_re, hon_re).match(u, c.end(), end)
                    got = _name_at(text, u, rank.end(), end, coordinated=several) if rank else None
                    if got:
                        rest_end = rank.end()
                        break
                if got:
                    rest_end = c.end() if pat is complement else m.end()
                    break
        if not got and post_s is not None:
            # "la Canciller colombiana María ...": a demonym after the post, then the name; the
            # demonym stays in the phrase (loaders.persons reads whom the person represents)
            dem = _demonym_after_post(hon_re).match(u, m.end(), end)
            got = _name_at(text, u, dem.end(), end, coordinated=several) if dem else None
        if not got and post_s is not None:
            # "Alcalde de primer voto Don Tomás", "Advisor to the Vice President\nDr. Phil ..."
            titled = _up_to_honorific(flowing, m.end(), end)
            if titled:
                got = _name_at(text, u, titled, end, coordinated=several)
                if got:
                    rest_end = titled
        if not got and post_s is not None:
            bare = _name_closing_complement(flowing_text, flowing, m.end(), end)
            if bare:
                got, rest_end = bare, bare[0]
        alone = False
        if not got and post_s is None and fold_same_length(m.group("hon") or "").strip() not in _given_name_titles():
            got = alone = _surname_after_title(text, m.end(), end)     # "Mr Downer", never "Don Manuel" alone
        if not got:
            continue
        ns, ne = got
        inner = re.compile(rf"[^\S\n]+(?<![\w.])(?i:{hon_re})[^\S\n]*(?=[A-Z])").search(u, ns, ne)
        if inner and post_s is not None and not alone:
            ns = rest_end = inner.end()     # "el Regidor Decano Don José": the post, then the name
        elif inner and post_s is None:
            continue        # "los Sres. Regidores D. José": the post after the title names him
        if _overlaps(ns, ne, taken):
            continue
        if post_s is not None:
            brk = None
            for brk in SENTENCE_BREAK.finditer(text, post_s, ns):
                if fold_same_length(text[max(0, brk.start() - 24):brk.start() + 1].rsplit(None, 1)[-1]) in _title_words():
                    brk = None      # "Prime Minister, Hon. Dato’ Sri Najib": a title's period
            if brk:     # "... la Secretaría de X. El Canciller Luis": the post opens the last sentence
                post_s = brk.end()
                if not re.compile(rf"(?i:{post_re})\b").match(u, post_s, ns):
                    continue
        post = None
        if post_s is not None:
            # "White House Homeland Security Advisor Liz ...", "Foreign Secretary Alicia ...": the
            # capitalised words before the post word are part of the post
            post_s = _premodified_post(text, start, post_s, taken, out)
            raw = unaccent(text[post_s:rest_end])
            cut = re.search(rf"(?:,?[^\S\n]*(?:(?<![\w.])(?i:{hon_re}))?[^\S\n]*|[^\S\n]+)$", raw)
            post = " ".join(text[post_s:post_s + (cut.start() if cut else len(raw))].split())
        phrase_s = post_s if post_s is not None else m.start()
        before = next((a for a, b in taken if b < phrase_s and re.fullmatch(r"[ \t]{1,3}", text[b:phrase_s])), None)
        if before is not None and post_s is not None:
            phrase_s = before        # "Papua New Guinea Minister for Foreign Affairs, the Hon ..."
        phrase_e = _after_name(text, u, ne, end)
        if not alone and (post is None or post_s is not None and rest_end == m.end()):   # none, or a bare title
            app = re.compile(rf"{POSTNOMINALS}(?:,[^\S\n]*\n?|[^\S\n]+[-–—])?[^\S\n]*(?i:(?P<post>{post_re}))\b"
                             rf"(?:(?!\s+(?:[Tt]he\s+Hon|Senator|HE|Mr|Mrs|Ms|Dr)\b)[^,;.\n()]){{0,100}}").match(u, ne, end)
            if app and _name_follows(u, app.end("post"), end):
                app = None          # "A, Councillor B": the post of the next person, not of A
            elif app and _post_then_wrapped_name(text, u, app.end(), end):
                app = None          # "A, Adviser to the Minister\nDr. B": the same, over a wrapped line
            elif app and (_given_name_closing(text, u, app.end("post"), app.end(), taken) or
                          _name_closing_complement(text, u, app.end("post"), app.end())):
                app = None          # "A, Minister of Security B, ...": the next person's post and name
            if app:
                post_e = _post_end(text, u, app.start("post"), app.end(), end)
                post = " ".join(text[app.start("post"):post_e].split()).rstrip(" ,")
                post = _post_on_next_line(text, post, post_e)
                phrase_e = max(phrase_e, post_e)
        name = " ".join(text[ns:ne].split())
        if post:
            words = post.split()
            while len(words) > 1 and (fold_same_length(words[-1]) in _title_words() or
                                      fold_same_length(words[-1]).rstrip(",;:") in _post_trailers()):
                words.pop()         # "Alcalde de primer voto D.": the title of the name after it;
                # "secretario el (señor ...)": the article of the name after it
            if words:
                words[-1] = words[-1].rstrip(",;:")     # "Embajador de Chile en Argentina, (D. ...)"
            post = " ".join(words)
            post = post[:1].upper() + post[1:]
        peers = bool(post) and _counterpart(post)
        if peers:
            post = None     # "su homólogo guatemalteco, A": the phrase says whom A is for, not A's post
        ent = Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,), post)
        lead = LEADING_ACRONYM.match(text, phrase_s, ns)
        if post and lead and post.startswith(lead.group("acr") + " ") and \
                not _overlaps(lead.start("acr"), lead.end("acr"), taken):
            a = lead.group("acr")       # "USAID Deputy Administrator Ana Example": the post's organisation
            acronyms.append(Found(Entity(f"organization:{slug(a)}", "Organization", a, None, None, a,
                                         (f"={a}",)), lead.start("acr"), lead.end("acr")))
            out.append(Found(ent, ns, ne, (phrase_s, phrase_e), holds=(f"organization:{slug(a)}",)))
        else:
            out.append(Found(ent, ns, ne, (phrase_s, phrase_e)))
        plural = m.group("post") and fold_same_length(m.group("post")).endswith("s") and (post or peers)
        first = len(out) - 1
        while plural:       # "Prime Ministers John Key and Julia Gillard"
            more = re.compile(rf"(?:,[^\S\n]*|[^\S\n]+(?:and|y|e)[^\S\n]+)(?:(?i:{hon_re})[^\S\n]*(?=[A-Z]))?").match(u, ne, end)
            nxt = _name_at(text, u, more.end(), end, coordinated=True) if more else None
            if not nxt or _overlaps(*nxt, taken):
                # "los cancilleres de Guatemala, A; de Honduras, B; y de El Salvador, C": each
                # name after the country or organisation it is for
                each = _each_for_its_own(text, u, ne, end, taken, hon_re)
                after = None if each else _own_after_each(text, u, ne, end, taken, hon_re)
                if after:
                    # "los cancilleres A, de Honduras; B, de México y C, de El Salvador": whom
                    # each is for follows the name; the post is the singular and that owner
                    prep, owner_s, owner_e, got = after
                    word = text[m.start("post"):m.end("post")]
                    one = _singular_post(word)
                    one = one[:1].upper() + one[1:] + " " + " ".join((prep + " " + text[owner_s:owner_e]).split())
                    last = out[-1]
                    out[-1] = replace(last, entity=replace(last.entity, post=None if _counterpart(one) else one),
                                      phrase=(last.phrase[0], max(last.phrase[1], owner_e)))
                    if got is None:
                        break
                    ns, ne = got
                    name = " ".join(text[ns:ne].split())
                    out.append(Found(Entity(f"person:{slug(name)}", "Person", name, None, None, None,
                                            (name,), None), ns, ne, (ns, ne)))
                    continue
                if not each:
                    break
                seg_s, owner_s, owner_e, ns, ne = each
                name = " ".join(text[ns:ne].split())
                word = text[m.start("post"):m.end("post")]
                one = _singular_post(word)
                one = one[:1].upper() + one[1:]
                head = out[first]
                if head.entity.post and head.entity.post.startswith(word[:1].upper() + word[1:]):
                    # the first of the list holds the post alone too: "Canciller de Guatemala"
                    out[first] = replace(head, entity=replace(head.entity, post=one + head.entity.post[len(word):]))
                prep = "" if each[0] < owner_s else (re.match(r"[^\S\n]+(?:de|del|of|for)\b", text[m.end("post"):]) or [""])[0]
                one += (" " + prep.strip() if prep else "") + " " + " ".join(text[seg_s:owner_e].split())
                one = None if _counterpart(one) else one
                out.append(Found(Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,),
                                        one), ns, ne, (seg_s, ne)))
                continue
            ns, ne = nxt
            name = " ".join(text[ns:ne].split())
            out.append(Found(Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,),
                                    post), ns, ne, (phrase_s, ne)))
        if plural and len(out) > first + 1:
            # "los alcaldes A y B", "Prime Ministers A and B": each holds the post in the singular
            word = text[m.start("post"):m.end("post")]
            for k in range(first, len(out)):
                held = out[k].entity.post
                if held and fold_same_length(held).startswith(fold_same_length(word)):
                    one = _singular_post(held[:len(word)])
                    out[k] = replace(out[k], entity=replace(out[k].entity, post=one[:1].upper() + one[1:] + held[len(word):]))
    return out + acronyms


# after a name, the next entry of a plural post's list: a semicolon or comma, "y"/"and", then
# "de"/"of" and an article before whom the next person is for ("; de Honduras, B", "; and El
# Salvador, C")
# the complement of the next entry's post before whom it is for: capitalised words and particles,
# then "de"/"of" ("Seguridad Interna de", "Homeland Security of the")
EACH_COMPLEMENT = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]+|de|del|la|las|los|el|y|para|of|the|and|for)"
                             r"(?:[^\S\n]+(?:[A-ZÁÉÍÓÚÑ][\w'’-]+|de|del|la|las|los|el|y|para|of|the|and|for)){0,6}?"
                             r"[^\S\n]+(?:de|del|of)[^\S\n]+(?:(?:la|el|the)[^\S\n]+)?(?=[A-Z])")
EACH_JOIN = re.compile(r"[^\S\n]*[;,][^\S\n]*(?:(?:y|e|and)[^\S\n]+)?(?P<prep>(?:(?:de|del|of|for)[^\S\n]+)?"
                       r"(?:(?:la|el|the)[^\S\n]+)?)(?=[A-Z])")


# after a name, whom that person is for: ", de Honduras", ", of Fiji" (then the next entry)
OWN_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*(?P<prep>de|del|of|from)[^\S\n]+(?:(?:la|el|the)[^\S\n]+)?(?=[A-Z])")
NEXT_ENTRY = re.compile(r"[^\S\n]*(?:[;,][^\S\n]*)?(?:(?:y|e|and)[^\S\n]+)?")


def _own_after_each(text: str, u: str, at: int, end: int, taken, hon_re: str):
    """Whom the person named right before `at` is for, written after the name, in a plural post's
    list ("los cancilleres A, de Honduras; B, de México y C, de El Salvador"): the preposition,
    the owner's span (a known name) and the next entry's name span (None after the last one),
    or None when no known name follows ", de"."""
    own = OWN_AFTER.match(text, at, end)
    if not own:
        return None
    owner = next(((a, b) for a, b in taken if a == own.end()), None)
    if owner is None:
        return None
    j = NEXT_ENTRY.match(text, owner[1], end)
    c = re.compile(rf"(?:(?i:{hon_re})[^\S\n]*){{0,2}}(?=[A-Z])").match(u, j.end(), end) \
        if j and j.end() > owner[1] and text[owner[1]:j.end()].strip() else None
    got = _name_at(text, u, c.end(), end, coordinated=True) if c else None
    if got and _overlaps(*got, taken):
        got = None
    return own.group("prep"), owner[0], owner[1], got


def _each_for_its_own(text: str, u: str, at: int, end: int, taken, hon_re: str):
    """The next entry of "los cancilleres de Guatemala, A; de Honduras, B; y de El Salvador, C"
    after a name ending at `at`: a known name (a country, an organisation) right after the join,
    a comma, up to two titles, then a person's name. (entry start, owner start, owner end, name
    start, name end), or None."""
    j = EACH_JOIN.match(text, at, end)
    if not j:
        return None
    owner = next(((a, b) for a, b in taken if a == j.end()), None)
    if owner is None and j.group("prep"):
        # "los secretarios de Gobernación de México, A, y de Seguridad Interna de Estados Unidos,
        # B": the next entry's own complement, then "de" and whom it is for
        comp = EACH_COMPLEMENT.match(text, j.end(), end)
        owner = next(((a, b) for a, b in taken if comp and a == comp.end()), None)
    if owner is None:
        return None
    c = re.compile(rf"[^\S\n]*,[^\S\n]*(?:(?i:{hon_re})[^\S\n]*){{0,2}}(?=[A-Z])").match(u, owner[1], end)
    got = _name_at(text, u, c.end(), end, coordinated=True) if c else None
    if not got or _overlaps(*got, taken):
        return None
    seg_s = j.start("prep") if j.group("prep") else owner[0]
    return seg_s, owner[0], owner[1], got[0], got[1]


def _counterpart(post: str) -> bool:
    """The post's words before its complement hold a word for a host's peer (persons.yaml
    `counterpart_words`: "homólogos de Guatemala", "Mexican counterpart"), no post of the
    person's own."""
    words = {fold_same_length(str(w)) for w in lexicon("persons").get("counterpart_words") or []}
    head = re.split(r"\s(?:de|del|of|for)\s", fold_same_length(post))[0].split()
    return any(x in (w, w + "s", w + "es") for x in head for w in words)


def _singular_post(word: str) -> str:
    """A plural post word as one holder's post ("cancilleres" → "canciller", "Foreign
    Ministers" → "Foreign Minister"): the form without "-es" or "-s" that persons.yaml `posts`
    lists, else the word as written.

    >>> _singular_post("cancilleres"), _singular_post("Foreign Ministers"), _singular_post("presidentes")
    ('canciller', 'Foreign Minister', 'presidente')
    """
    posts = {fold_same_length(str(p)) for p in lexicon("persons").get("posts") or []}
    for cut in (1, 2):
        if len(word) > cut + 2 and fold_same_length(word[:-cut]) in posts:
            return word[:-cut]
    return word


# an acronym in capitals opening a post before a name ("USAID Deputy Administrator ...")
LEADING_ACRONYM = re.compile(r"(?P<acr>[A-Z]{2,8})[^\S\n]+(?=[A-Z][a-z])")


WRAPPED_PROSE = 60      # a line at least this long that goes on in lower case or a name is wrapped prose


def _unwrapped(u: str, start: int, end: int) -> str:
    """`u` with the line breaks of wrapped prose in u[start:end] read as blanks (a line of at
    least WRAPPED_PROSE characters, or one that ends with a post's connector word such as "de"
    or "of" that no entry ends with, or is followed by one in lower case, followed by a
    non-blank line), the same length; `u` itself
    when there is none. A short line (a list's entry) keeps its break."""
    if "\n" not in u[start:end]:
        return u
    chars = None
    line_s = start
    connectors = _connectors()
    for m in re.finditer(r"\n", u[start:end]):
        at = start + m.start()
        last = u[line_s:at].rsplit(None, 1)[-1] if u[line_s:at].strip() else ""
        first = re.match(r"[a-z]+(?=[^\S\n])", u[at + 1:min(end, at + 12)])
        if (at - line_s >= WRAPPED_PROSE or " " in u[line_s:at].strip() and (
                fold_same_length(last) in connectors or first and first.group(0) in connectors)) \
                and at + 1 < end and not u[at + 1].isspace():
            chars = chars if chars is not None else list(u)
            chars[at] = " "
        line_s = at + 1
    return "".join(chars) if chars is not None else u


# a sentence's end inside the words between a post and its name ("Exteriores. El Canciller"), with
# the article that opens the next sentence
SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{3})\.[^\S\n]+(?:(?:El|La|Los|Las|The)[^\S\n]+)?(?=[A-ZÁÉÍÓÚÑ])")


def _up_to_honorific(u: str, at: int, end: int) -> int | None:
    """After a post, lower-case words that qualify it, then an honorific before a capitalised
    name ("Alcalde ordinario de primer voto Don Tomás", "Regidor decano D. Juan"): where the name
    starts, else None. A conjunction or a capitalised word other than a non-name word ("General")
    ends the search: the honorific then opens another person's phrase."""
    _, hon_re, not_names, _ = _person_words()
    pos, words = at, 0
    while words < 7:
        m = re.compile(r"[^\S\n]+(?P<w>[^\W\d_][\w.-]*)").match(u, pos, end)
        if not m:
            return None
        hon = re.compile(rf"[^\S\n]+(?i:{hon_re})[^\S\n]*(?=[A-Z])").match(u, pos, end)
        if hon and words:
            return hon.end()
        w = m.group("w")
        if w in ("y", "e", "and", "o", "or") or w[:1].isupper() and fold_same_length(w) not in not_names:
            return None
        pos, words = m.end(), words + 1
    return None


def _post_then_wrapped_name(text: str, u: str, at: int, end: int) -> bool:
    """A post after a name's comma that closes a line of wrapped prose (at least WRAPPED_PROSE
    characters) when the next line opens with a name, titles allowed ("..., Adviser to the
    Minister\nDr. Ana Example and ..."): the post is the next person's. A short line (a list's
    "Name, Post" entry) keeps its post."""
    if at >= end or u[at] != "\n" or at - (u.rfind("\n", 0, at) + 1) < WRAPPED_PROSE:
        return False
    hon_re = _person_words()[1]
    nxt = re.compile(rf"\n[^\S\n]*(?:(?i:{hon_re})[^\S\n]*){{0,2}}(?=[A-Z])").match(u, at, end)
    return bool(nxt) and _name_at(text, u, nxt.end(), end) is not None


def _name_follows(u: str, at: int, end: int) -> bool:
    """A capitalised word that may open a name right after a post word ("Councillor Mary
    Lindqvist"): the post then opens the next person's phrase ("Secretary General" does not)."""
    _, _, not_names, _ = _person_words()
    m = re.compile(r"[^\S\n]+(?P<w>[A-Z][\w'’-]+)[^\S\n]+[A-Z]").match(u, at, end)
    return bool(m) and fold_same_length(m.group("w")) not in not_names


@lru_cache(maxsize=1)
def _title_words() -> frozenset:
    """The honorifics of every language pack, folded ("d.", "mr.", "don"): loaders.honorifics."""
    return frozenset(honorifics().words)


@lru_cache(maxsize=1)
def _given_name_titles() -> frozenset:
    """Titles written before a given name ("Don Manuel", "D. José"): one word after them is a
    given name, too little to name a person (persons.yaml `given_name_titles`)."""
    return frozenset(fold_same_length(h) for h in lexicon("persons").get("given_name_titles") or [])


# a recipient inside what would be a post's complement: "the position of Chair of X to their
# outgoing Chairperson, Ambassador A" (the post is the one closest to the name)
TO_WHOM = re.compile(r"[^\S\n](?i:to|a)[^\S\n]+(?i:their|his|her|its|su|sus)[^\S\n]")


@lru_cache(maxsize=4)
def _person_patterns(post_re: str, hon_re: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Where a name may follow: a post, or an honorific alone (ignoring case); after a post,
    its complement up to a comma and an optional honorific ("..., señor"), or the name right away."""
    opener = re.compile(rf"\b(?i:(?P<post>{post_re}))\b|(?<![\w.])(?i:(?P<hon>{hon_re}))")
    quals = sorted({fold_same_length(q) for q in lexicon("persons").get("post_qualifiers") or []}, key=len, reverse=True)
    qual = rf"(?:[^\S\n]+(?i:{'|'.join(re.escape(q) for q in quals)}))?" if quals else ""
    # an acronym in brackets may stand inside it: "Comisionada del Servicio ... (SIN), Ana Pérez",
    # and a short mark of the post's standing: "Director Nacional de Fronteras (s), D. Anselmo ..."
    # and an enumeration of capitalised words closed by a comma: "Jefe de la Dirección de
    # Identificación, Inmigración y Extranjería, Coronel Ana ..."
    listed = r",[^\S\n]+(?=[A-Z][\w-]+(?:,[^\S\n]+[A-Z][\w-]+)*[^\S\n]+(?:y|e|and)[^\S\n]+[A-Z][\w-]+,)"
    # a mark of an acting holder right after the post word: "Canciller (e) de Colombia, Ana ...",
    # "Foreign Minister (a.i.) of Peru, Ana ..."
    acting = r"(?:[^\S\n]*\((?:[a-z]{1,3}\.?){1,3}\))?"
    complement = re.compile(rf"{qual}{acting}[^\S\n]+(?i:de|del|of|for|para|en|in|ante|to)\b(?:[^.;:\n(,]|\([A-Z]{{2,12}}\)|\([a-z]{{1,3}}\)|{listed}){{0,140}},"
                            rf"[^\S\n]*(?:(?i:{hon_re})(?:[^\S\n]*\n)?[^\S\n]*){{0,2}}(?=[A-Z])")
    # two titles may stand before the name: "Ingeniero D. José Luis ...", "Sr. Lic. Ana ..."
    direct = re.compile(rf"(?:[^\S\n]*,)?[^\S\n]*(?:(?i:{hon_re})[^\S\n]*){{0,2}}(?=[A-Z])")
    return opener, complement, direct


@lru_cache(maxsize=4)
def _rank_then_name(post_re: str, hon_re: str) -> re.Pattern:
    """A post word (a rank: "Ministro", "Ambassador") and up to two titles before a capitalised
    word."""
    return re.compile(rf"(?i:{post_re})\b[^\S\n]*(?:(?i:{hon_re})(?:[^\S\n]*\n)?[^\S\n]*){{0,2}}(?=[A-Z])")


@lru_cache(maxsize=4)
def _demonym_after_post(hon_re: str) -> re.Pattern:
    """A demonym written in lower case after a post (Spanish: "Canciller colombiana",
    "Presidente mexicano"), singular or plural, accents off, then an optional comma and up to two
    titles before a capitalised word (loaders.persons.lower_case_demonyms)."""
    from loaders.persons import lower_case_demonyms
    words = sorted({unaccent(w) for w in lower_case_demonyms()}, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"[^\S\n]+(?:{'|'.join(map(re.escape, words))})(?:e?s)?(?![\w])[^\S\n]*,?[^\S\n]*"
                      rf"(?:(?i:{hon_re})[^\S\n]*){{0,2}}(?=[A-Z])")


SURNAME = re.compile(rf"[^\S\n]*(?P<name>{NAME_WORD})(?=[^\S\n]+[a-z]|[^\S\n]*[,;:.)]|[^\S\n]*$)")


def _surname_after_title(text: str, at: int, end: int) -> tuple[int, int] | None:
    """A surname alone after a title ("Mr Cornall", "Dr. Evatt will report", "la señora
    Quispe,"): one capitalised word that is never part of a name, followed by a lower-case word
    or punctuation. loaders.entities drops it when it is the surname of a person the document
    names in full."""
    _, _, not_names, _ = _person_words()
    m = SURNAME.match(text, at, end)
    if not m or fold_same_length(m.group("name")) in not_names or len(m.group("name")) < 3 \
            or fold_same_length(m.group("name")) in _not_name_openers():
        return None
    return m.span("name")


# a post's complement over capitalised words up to a personal name that closes it ("Secretary of
# Homeland Security Alejandro Mayorkas", "Ambassador to the United States Esteban Moctezuma")
NAMED_COMPLEMENT = re.compile(r"[^\S\n]+(?i:de|del|of|for|para|to|en|ante)\b(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w'’-]*|\([A-Z]{2,12}\)|"
                              r"(?:de|del|la|las|los|el|y|e|of|the|and|for|para|on|en)\b)){2,20}")


def _given_name_closing(text: str, u: str, at: int, end: int, taken) -> tuple[int, int] | None:
    """A personal name closing a post's complement ("Secretary of Homeland Security Alejandro
    Mayorkas, ...", "Commissioner for the National Migration Institute Francisco Garduño Yaez;"):
    two to five capitalised words, the first a given name (loaders.given_names) that no known
    name covers, none of them a head noun or a word never part of a name, reaching the end of the
    complement's capitalised run; at least one capitalised word of the complement before it. The
    name's span, or None."""
    _, _, not_names, _ = _person_words()
    heads, _ = _heads()
    run = NAMED_COMPLEMENT.match(u, at, end)
    if not run or run.end() - at > 160:
        return None
    stop = run.end()
    while stop > at and not CLOSED_BY.match(text, stop, end):
        stop = text.rfind(" ", at, stop)        # the run ends inside a word
        if stop < 0:
            return None
    caps = [w for w in re.finditer(r"[^\W\d_][\w'’-]*", text[at:stop]) if w.group(0)[:1].isupper()]
    for i, w in enumerate(caps[1:], 1):
        s = at + w.start()
        if not given_name(w.group(0)) or _covered_start(s, taken):
            continue
        got = _name_at(text, u, s, stop)
        if not got or text[got[1]:stop].strip(" \t.") and not _next_person_phrase(u, got[1], stop):
            continue
        words = [x for x in re.findall(r"[^\W\d_][\w'’-]*", text[got[0]:got[1]]) if x[:1].isupper()]
        if any(not_name_word(x, not_names) or fold_same_length(x) in heads for x in words):
            continue
        return got
    return None


def _next_person_phrase(u: str, at: int, stop: int) -> bool:
    """After a name, "and"/"y" or a comma opens another person's phrase that holds a post word
    before `stop` ("Foreign Minister of Peru Ana Sample | and Mexican Foreign Secretary Marcelo
    Trial"): the name closes its own complement there."""
    post_re = _person_words()[0]
    join = re.compile(r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+)(?:(?:and|y|e)[^\S\n]+)?").match(u, at, stop)
    if not join or not re.search(r"[,]|(?:and|y|e)[^\S\n]+$", join.group(0)):
        return False
    return bool(re.compile(rf"\b(?i:{post_re})\b").search(u, join.end(), stop))


PREMODIFIER = re.compile(r"(?:^|(?<=[\s,;:(]))(?P<w>[A-Z][\w'’&.-]*)[^\S\n]$")


def _premodified_post(text: str, start: int, post_s: int, taken, found) -> int:
    """Where a post starts once the capitalised words written before its post word are taken
    in ("Foreign | Secretary", "White House Homeland Security | Advisor", "USAID Deputy |
    Administrator"): words on the same line, one blank apart, back to punctuation, a lower-case
    word or a person's name; a word opening a sentence only when a known name covers it. An
    honorific or a function word (`name_openers`, heads.yaml `not_before_names`) ends them.
    `start`: the passage's start; `found`: the persons read so far (their spans are not taken)."""
    at = post_s
    stops = _premodifier_stops()
    for _ in range(6):
        if at - 1 < start or text[at - 1] != " ":
            break
        span = next(((a, b) for a, b in taken if b == at - 1 and a >= start), None)
        if span is not None:
            s = span[0]
        else:
            m = PREMODIFIER.search(text, max(start, at - 40), at)
            if not m or m.end() != at:
                break
            word = m.group("w")
            if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word):
                break       # "... Tobago. Deputy Minister": a sentence ended there
            folded = fold_same_length(word)
            if folded in stops or folded in _title_words() or folded.rstrip(".") in honorifics().bare:
                break
            s = m.start("w")
        if any(f.start <= s < f.end or f.phrase[0] <= s < f.phrase[1] for f in found):
            break
        before = text[max(start, s - 3):s]
        opening = s == start or re.search(r"(?:[.!?]\s|\n\s*)$", text[max(start, s - 3):s]) or \
            re.fullmatch(r"\s*", before) and s - len(before) == start
        if opening and span is None:
            break           # "Yesterday Foreign ...": a sentence's first word, unknown, is not the post's
        at = s
    return at


@lru_cache(maxsize=1)
def _premodifier_stops() -> frozenset:
    """Function words that end the capitalised words before a post: the language packs'
    `name_openers` and heads.yaml `not_before_names`."""
    return frozenset(fold_same_length(str(w)) for w in lexicon("persons").get("name_openers") or []) | \
        _not_before_names()


@lru_cache(maxsize=1)
def _post_trailers() -> frozenset:
    """Articles that end a post read up to a title and a name ("Actúa como secretario el señor
    Mario"): persons.yaml `post_trailers`."""
    return frozenset(fold_same_length(str(w)) for w in lexicon("persons").get("post_trailers") or [])


BARE_COMPLEMENT = re.compile(r"[^\S\n]+(?i:de|del|of|for|para)\b(?:[^\S\n]+(?:[A-Z][\w'’-]*\.?|\([A-Z]{2,12}\)|"
                             r"(?:de|del|la|las|los|el|y|e|of|the|and|for|para|on|en)\b)){2,20}")
CLOSED_BY = re.compile(r"[^\S\n]*(?:$|[,;:.()\n]|[^\S\n]+[a-z])")


def _titled_inside(u: str, at: int, stop: int) -> bool:
    """An honorific of three letters or more ("Dr.", "Mr.", "Sra."; not an initial such as "D.")
    written inside u[at:stop]: a complement read that far has run into another person's title."""
    words = _title_words()
    return any(fold_same_length(w.group(0)) in words and len(w.group(0)) >= 3
               for w in re.finditer(r"(?<![\w.])[A-Za-z]+\.(?=[^\S\n]+[A-Z])", u[at:stop]))


def _name_closing_complement(text: str, u: str, at: int, end: int) -> tuple[int, int] | None:
    """A name right after a post's complement with no comma between ("Assistant Secretary of
    State for Consular Affairs Mary A. Ryan", "Subsecretario de Relaciones Exteriores Juan
    Pérez"): the complement runs over capitalised words and connectors; the name is what follows
    its last word that is never part of a name ("Affairs", "Exteriores") or an acronym in
    brackets, and must close the run. None when no such split leaves a name."""
    _, _, not_names, _ = _person_words()
    run = BARE_COMPLEMENT.match(u, at, end)
    if not run or run.end() - at > 160:
        return None
    if _titled_inside(u, at, run.end()):
        return None         # "Adviser to the Secretary of State Dr. B and ... A": B's title ends it
    stop = run.end()
    while stop > at and not CLOSED_BY.match(text, stop, end):
        stop = text.rfind(" ", at, stop)        # the run ends inside a word: no name
        if stop < 0:
            return None
    split = None
    for w in re.finditer(r"\([A-Z]{2,12}\)|[^\W\d_][\w'’-]*", text[at:stop]):
        word = w.group(0)
        if word.startswith("(") or word[:1].isupper() and fold_same_length(word) in not_names:
            split = at + w.end()
    if split is None:
        return None
    name_s = split + len(text[split:stop]) - len(text[split:stop].lstrip())
    got = _name_at(text, u, name_s, stop)
    if not got or text[got[1]:stop].strip(" \t."):
        return None
    return got


POST_GOES_ON = re.compile(r"(?:(?!\s+(?:and|y|e)\s+(?:the|la|el|los|las)\b)[^,;.\n()]){0,100}")


def _post_end(text: str, u: str, post_s: int, at: int, end: int) -> int:
    """Where a post read up to `at` ends: on the next line when the line breaks inside it in
    wrapped prose ("..., Ministro de\nRelaciones Exteriores."); before "y la ..."/"and the ..."
    that opens another clause ("Embajador con rango de Ministro y la Delegación de ...")."""
    line_s = text.rfind("\n", 0, at) + 1
    cut = re.compile(r"\s+(?:and|y|e)\s+(?:the|la|el|los|las)\b").search(text, post_s, at)
    if cut and cut.start() > post_s:
        return cut.start()
    for verb in re.compile(r"[^\S\n]+(?:and|y|e)[^\S\n]+(?P<w>[a-záéíóúñü]{3,})\b").finditer(text, post_s, at):
        if text[post_s:post_s + 1].isupper() and fold_same_length(verb.group("w")) not in _connectors():
            return verb.start()     # "Alcalde de la comuna y asisten ...": a clause, no part of a Capitalised post
    if at < end and text[at] == "\n" and at - line_s >= WRAPPED_LINE:
        more = POST_GOES_ON.match(u, at + 1, end)
        if more and more.end() > at + 1:
            return more.end()
    return at


@lru_cache(maxsize=1)
def _connectors() -> frozenset:
    return frozenset(fold_same_length(w) for w in lexicon("persons").get("post_connectors") or [])


NEXT_LINE = re.compile(r"[^\S\n]*\n\s*(?P<line>[^\W\d_][^\n,.;:()]{0,60})")


def _post_on_next_line(text: str, post: str, at: int) -> str:
    """A post a list breaks over lines ("Minister of Labour and\n\nImmigration."): when the
    post read up to `at` ends with a connector word ("and", "of", "y", "de"), the next line,
    up to its first comma or full stop, goes on with it. Only the post's wording grows; the
    phrase and its span stay in the passage."""
    words = post.split()
    if not words or fold_same_length(words[-1]) not in _connectors() or not text[at:at + 1].isspace():
        return post
    m = NEXT_LINE.match(text, at)
    if not m or not m.group("line")[:1].isupper():
        return post
    return post + " " + " ".join(m.group("line").split())


def _after_name(text: str, u: str, ne: int, end: int) -> int:
    """Where the phrase about a person ends: "... of Guatemala", "... led the United States
    delegation", ", Directora General de Migración de Costa Rica"."""
    for pat in (r"[^\S\n]+(?:of|from|de|del)[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w.]*[^\S\n]*){1,4}",
                r"[^\S\n]*\((?:[A-Z][\w.]*[^\S\n]*){1,4}\)",
                r"[^\S\n]+(?:led|headed|chaired)[^\S\n]+the[^\S\n]+(?:[A-Z][\w.]*[^\S\n]*){1,4}delegation"):
        m = re.compile(pat).match(text, ne, end)
        if m:
            return m.end()
    return ne


# a further place in a list after a cue: "in Canberra and Wellington", "from Queensland, New
# South Wales and Victoria", "en Antioquia y Caldas", "and the Ross Sea"
PLACE_CHAIN = re.compile(r"(?:,[^\S\n]*(?:(?:and|y|e)[^\S\n]+)?|,?[^\S\n]+(?:and|y|e)[^\S\n]+)"
                         r"(?:(?:the|la|el)[^\S\n]+)?(?=[A-Z])")
# the state or province a city is given with: "Morelia, Michoacán", "Tapachula, Chiapas"
PLACE_REGION = re.compile(rf",[^\S\n]*([{UPPER}][\w'’-]+(?:[^\S\n]+(?:de[^\S\n]+)?[{UPPER}][\w'’-]+){{0,2}})(?![\w'’-])")


def places(text: str, start: int, end: int, taken, country_mentions,
           context: frozenset = frozenset()) -> list[Found]:
    """Places named after a cue, before their country, or opening a date line; a second place
    joined to one by "and"/"y" ("in Canberra and Wellington"); after a cue, any name with a
    place head ("at Manus Island", "en la Isla de Pascua"). A name is a city, or when it is the
    whole capitalised name a province, state or island (loaders.world.place), one of a country
    in `context` (alpha-2 codes, the countries the document names) first."""
    cues, city_cues, not_places = _place_words()
    place_heads = _place_heads()
    heads, _ = _heads()
    u = unaccent(text)
    out: list[Found] = []
    cue_re = re.compile(r"(?<!\w)(?i:(?P<cue>%s))\s+(?:(?:la|el|the)\s+)?(?=[A-Z])" % (
        "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)))

    def candidate(at: int, country: str | None = None, any_name: bool = False,
                  chain: bool = False, chained: bool = False) -> None:
        words = _words(text, at, min(end, at + 60))
        if not words or words[0][1] != at:
            return
        run = [words[0]]
        for w in words[1:4]:
            gap = text[run[-1][2]:w[1]]
            if gap != " " or not (_capitalised(w[0]) or fold_same_length(w[0]) in ("de", "del")):
                break
            run.append(w)
        for n in range(len(run), 0, -1):
            piece = run[:n]
            if not _capitalised(piece[-1][0]):
                continue
            s, e = piece[0][1], piece[-1][2]
            name = text[s:e].rstrip(".")
            e = s + len(name)
            after = words[n][0] if n < len(words) else ""
            # a known name strictly inside is fine: "Ciudad de Guatemala" holds the country's name
            clash = any(s < b and a < e and not (s <= a and b <= e and (a, b) != (s, e))
                        for a, b in _spans_near(s, e, taken))
            if fold_same_length(name) in not_places or fold_same_length(piece[0][0]) in not_places or clash:
                continue
            if fold_same_length(piece[0][0]) in venue_heads():
                # "en el Palacio Itamaraty, Brasilia": a building; the known city after it is the place
                venue = VENUE_NAME.match(text, s, end)
                if venue:
                    candidate(venue.end())
                return
            if after and fold_same_length(after) in heads and _capitalised(after):
                return          # "Quito Process": a forum, not a place
            if chained and n < len(run):
                return      # "in Aceh and Northern Sumatra": the whole name or none
            c = place(name, country, context, regions=n == len(run))
            # a name that ends in a venue's head ("the White House", "Government House") is the
            # building: a city that has it only as a translated alternate name is not it
            # ("White House" is an alternate of Casablanca)
            venue = n > 1 and fold_same_length(piece[-1][0]) in venue_heads()
            if venue and c is not None and " ".join(fold_same_length(c.name).split()) != \
                    " ".join(fold_same_length(name).split()):
                c = None
            headed = n == len(run) and n > 1 and (fold_same_length(piece[-1][0]) in place_heads
                                                  or fold_same_length(piece[0][0]) in place_heads
                                                  or venue)
            if c is not None:
                # named as the text writes it ("Ciudad de Guatemala"), GeoNames' name in English
                ent = Entity(c.id, "Place", name, None, c.name, None, tuple(dict.fromkeys((name, c.name))))
            elif (any_name and not chained or headed) and n == len(run) and name:
                ent = Entity(f"place:{slug(name)}", "Place", name, None, None, None, ())
            else:
                continue
            out.append(Found(ent, s, e))
            if c is not None and c.population:      # "Morelia, Michoacán": the city's state
                region = PLACE_REGION.match(text, e, end)
                sd = subdivision(region.group(1), c.country) if region else None
                if sd is not None and not _overlaps(region.start(1), region.end(1), taken):
                    out.append(Found(Entity(sd.id, "Place", region.group(1), None, sd.name, None,
                                            (region.group(1),)), region.start(1), region.end(1)))
            if chain:       # "in Canberra and Wellington", "en Antioquia y Caldas", "from A, B and C"
                more = PLACE_CHAIN.match(text, e, end)
                if more:
                    candidate(more.end(), chain=True, chained=True)
            return

    for m in cue_re.finditer(u, start, end):
        cue = " ".join(fold_same_length(m.group("cue")).split())
        prev = fold_same_length(u[max(start, m.start() - 12):m.start()])
        if cue in ("en", "in") and re.search(r"\b(?:proceso|process)\s*$", prev):
            continue
        named_city = re.search(r"(?<!\w)C(?:iudad|ity)\b", text[m.start("cue"):m.end("cue")])
        if named_city:      # "en la Ciudad de México": "Ciudad" is part of the city's name
            before = len(out)
            candidate(m.start("cue") + named_city.start(), chain=True)
            if len(out) > before:
                continue
        candidate(m.end(), any_name=any(cue.endswith(c) for c in city_cues), chain=True)
    for code, cs, _ in country_mentions:
        before = text[max(start, cs - 60):cs]
        m = re.search(rf"(?<![\w])([{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{0,2}})\s*(?:,|\()\s*$", before)
        if m:
            candidate(cs - len(before) + m.start(1), country=code)
    # a date line: "Lima, 3 de mayo", "Morelia, Michoacán; a 13 de marzo 2019.-" (the city,
    # its state or province, then the day)
    first = re.match(rf"\s*([{UPPER}][\w'’.-]+(?: (?:de |del )?[{UPPER}][\w'’.-]+){{0,2}}),\s+"
                     rf"(?:[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{0,2}}\s*[;,]\s*(?:a\s+|el\s+)?)?"
                     rf"(?=\d|[{UPPER}][a-z]+ \d|\d{{1,2}} de )", text[start:end])
    if first:
        candidate(start + first.start(1))
    return out


def _merge(found: list[Found], known: dict) -> dict[str, Entity]:
    """One entity per id: aliases joined, the first post kept, and the name the longest form
    the text states that is not all in capitals (a person's: the first read) ("Decisión CMC N° 68/12" over "Decisión CMC
    68/12"; "Comité de Integración" over "COMITÉ DE INTEGRACIÓN"). A place or person found in the
    text is a proper name: only a capitalised mention names it ("Bank Nationale" found as a place
    is not "the bank account")."""
    out: dict[str, Entity] = {}
    for f in found:
        e = f.entity
        if e.id in known:
            continue
        if e.kind in PROPER_NAME_KINDS and not e.capitalised:
            e = replace(e, capitalised=True)
        old = out.get(e.id)
        if old is None:
            out[e.id] = e
            continue
        name = old.name if not old.name.isupper() else e.name
        if e.kind != "Person" and not e.name.isupper() and len(e.name) > len(name):
            name = e.name
        out[e.id] = Entity(old.id, old.kind, name, old.subtype, old.name_en, old.acronym or e.acronym,
                           tuple(dict.fromkeys(old.aliases + e.aliases)), old.post or e.post,
                           curated=old.curated)
    return out


AFFILIATIONS = ("Organization", "Body", "Country")     # what a person may be named "of" or "from"
PROPER_NAME_KINDS = ("Place", "Person")     # found in the text, mentioned only with a capital


def find_text_entities(ctx) -> None:
    """Add the entities the document defines or names (definitions, persons, places) to the
    context's gazetteer, for this document only, and link the mentions again with them.

    Keeps in ctx.found the spans that say who each person is (for loaders.persons)."""
    from loaders.affiliations import affiliations, bracketed_countries, bracketed_posts, fuller_names
    from loaders.apposition import appositions
    from loaders.capacity_posts import with_capacity_posts
    from loaders.capital_surnames import capital_surnames
    from loaders.governments import governments
    from loaders.mentions import link_mentions
    from loaders.organisation_lists import listed_organisations
    from loaders.person_names import same_persons
    doc = ctx.structure
    text, pos = visible(doc.text)       # matching sees through invisible characters
    o2c = _to_visible(doc.text, pos)
    taken_by_block: dict[int, list] = {}
    countries_by_block: dict[int, list] = {}
    actors_by_block: dict[int, list] = {}
    openers_by_block: dict[int, dict] = {}      # mentions that may open a longer name (`named`)
    for m in ctx.mentions:
        taken_by_block.setdefault(m.ordinal, []).append((o2c[m.start], o2c[m.end]))
        if not m.via:
            openers_by_block.setdefault(m.ordinal, {}).setdefault(m.kind, []).append((o2c[m.start], o2c[m.end]))
        if m.kind in AFFILIATIONS:
            actors_by_block.setdefault(m.ordinal, []).append((m.entity, o2c[m.start], o2c[m.end]))
        if m.kind == "Country" and not m.via:
            countries_by_block.setdefault(m.ordinal, []).append(
                (m.entity.split(":")[1], o2c[m.start], o2c[m.end]))
    place_words = frozenset(fold_same_length(n) for n in _place_names(ctx))
    doc_countries = frozenset(c for v in countries_by_block.values() for c, _, _ in v)
    found: list[Found] = []
    here_by_block: dict[int, list[Found]] = {}
    for b in doc.blocks:
        bs, be = o2c[b.start], o2c[b.end]
        taken = taken_by_block.get(b.ordinal, [])
        here = definitions(text, bs, be, taken)
        here += numbered(text, bs, be, taken + [(f.start, f.end) for f in here])
        here += governments(text, bs, be, taken + [(f.start, f.end) for f in here], doc_countries,
                            _covered_start)         # "Queensland Ministers" (loaders.governments)
        here += places(text, bs, be, taken + [(f.start, f.end) for f in here],
                       countries_by_block.get(b.ordinal, []), doc_countries)
        taken2 = taken + [(f.start, f.end) for f in here]
        here += named(text, bs, be, taken2, place_words | {fold_same_length(f.entity.name) for f in here
                                                           if f.entity.kind == "Place"},
                      heading=b.kind in ("title", "heading"), openers=openers_by_block.get(b.ordinal))
        # one meeting named like a forum or a body ("World Conference on ...", "Cairns Group Ministerial
        # Meeting") is an Event (loaders.events);
        # the forum it is a session of stays ("Bali Process Ministerial Conference": Bali Process)
        # "la Fundación EOI": a head noun and an acronym (loaders.acronym_names)
        here += acronym_named(text, bs, be, _covered_start, taken + [(f.start, f.end) for f in here])
        # "aprobó el documento “Guía ...”", "el Programa de Trabajo 2019" (loaders.instrument_titles)
        here += instrument_titles(text, bs, be, _covered_start, taken + [(f.start, f.end) for f in here])
        if b.kind in ("title", "heading"):
            # "COOPERATION AGREEMENT BETWEEN ...": the agreement the title names (loaders.instrument_titles)
            here += titled_instruments(text, bs, be, _covered_start, taken + [(f.start, f.end) for f in here])
        # "la junta directiva de Python Canarias": the body and the organisation (loaders.governing_bodies)
        here += governing_bodies(text, bs, be, taken + [(f.start, f.end) for f in here], _covered_start,
                                 place_words | {fold_same_length(f.entity.name) for f in here
                                                if f.entity.kind == "Place"})
        # "Director de Transparencia Mexicana", "the company Lantern Labs": a name without a head
        # noun beside a cue (loaders.cued_organisations)
        here += cued_organisations(text, bs, be, taken + [(f.start, f.end) for f in here], _covered_start,
                                   place_words | {fold_same_length(f.entity.name) for f in here
                                                  if f.entity.kind == "Place"})
        here = [g for f in here for g in ((_forum_inside(text, f),) if f.entity.kind in ("Conference", "Body")
                                          and names_one_meeting(f.entity.name) else (f,)) if g]
        taken3 = taken + [(f.start, f.end) for f in here]
        here += persons(text, bs, be, taken3)
        here += appositions(text, bs, be, taken + [(f.start, f.end) for f in here])   # loaders.apposition
        here += affiliations(text, bs, be, taken + [(f.start, f.end) for f in here],      # loaders.affiliations
                             actors_by_block.get(b.ordinal, []) + [(f.entity.id, f.start, f.end) for f in here
                                                                   if f.entity.kind in AFFILIATIONS])
        # "Juan Ejemplo (presidente de X)": the post in brackets after the name (loaders.affiliations)
        here += bracketed_posts(text, bs, be, taken + [(f.start, f.end) for f in here],
                                actors_by_block.get(b.ordinal, []) + [(f.entity.id, f.start, f.end) for f in here
                                                                      if f.entity.kind in AFFILIATIONS])
        # "Juan Ejemplo (Chile)": the country in brackets after the name (loaders.affiliations)
        here += bracketed_countries(text, bs, be, taken + [(f.start, f.end) for f in here],
                                    actors_by_block.get(b.ordinal, []))
        # "Oscar J. EJEMPLO, Presidente ... (SIGLA)": a capital surname (loaders.capital_surnames)
        here += capital_surnames(text, bs, be, taken + [(f.start, f.end) for f in here],
                                 actors_by_block.get(b.ordinal, []) + [(f.entity.id, f.start, f.end) for f in here
                                                                       if f.entity.kind in AFFILIATIONS])
        found += [_back(f, pos) for f in here]
        here_by_block[b.ordinal] = here
    # "AMEXICOM, ANADE, México Evalúa y el colectivo 50+1": the other names of a list of
    # organisations, those the whole text defines known (loaders.cued_organisations)
    defined = {fold_same_length(n) for f in found if f.entity.kind == "Organization"
               for n in (f.entity.name, f.entity.acronym) if n}
    for b in doc.blocks:
        here = here_by_block.get(b.ordinal, [])
        found += [_back(f, pos) for f in listed_with_organisations(
            text, o2c[b.start], o2c[b.end],
            [(s, e) for i, s, e in actors_by_block.get(b.ordinal, []) if i.startswith("organization:")]
            + [(f.start, f.end) for f in here if f.entity.kind == "Organization"], defined,
            taken_by_block.get(b.ordinal, []) + [(f.start, f.end) for f in here], _covered_start, place_words,
            known_entities=tuple({f.entity.id: f.entity for f in found if f.entity.kind == "Organization"}.values()))]
    found = _without_surnames_of_others(found)     # "Mr Downer" is Alexander Downer (person_names)
    text = doc.text
    for sg in doc.signatories:
        got = _name_at(text, text, text.find(sg.name, sg.start), sg.end) if sg.name in text[sg.start:sg.end] else None
        if got and not _overlaps(*got, taken_by_block.get(sg.ordinal, [])):
            name = " ".join(text[got[0]:got[1]].split())
            post = sg.post if sg.post and sg.post != name else None
            found.append(Found(Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,), post),
                               got[0], got[1]))     # what a signature says: loaders.signature_blocks
    spanish = _written_in_spanish(ctx)
    found = same_persons(found, spanish)      # "el Canciller Ejemplo Ruiz" is Marcelo Ejemplo Ruiz (person_names)
    found = _with_surnames(found, spanish)   # "Minister Pato" (loaders.person_names)
    found = with_capacity_posts(text, doc.blocks, found)    # "en calidad de asesores" (loaders.capacity_posts)
    found = fuller_names(found)         # "Ana Pérez de Chile" after "Ana Pérez Soto" (loaders.affiliations)
    found += _listed(ctx, found)        # attendance lists (loaders.attendance)
    listed = listed_organisations(doc, ctx.mentions)    # "Organizaciones firmantes" (loaders.organisation_lists)
    found = [f for f in found if not any(g.start <= f.start and f.end <= g.end for g in listed)] + listed
    found = _paired_languages(text, found)     # "Comisión Nacional (National Commission)"
    found, renamed = _known_by_acronym(text, found, ctx.gazetteer.entities)
    found = _without_short_forms(found, ctx.mentions, ctx.gazetteer.entities)    # "el Foro Mundial"
    new = {**_merge(found, ctx.gazetteer.entities), **renamed}
    ctx.found = [f for f in found if f.phrase]
    if not new:
        return
    ctx.gazetteer = ctx.gazetteer.with_entities(new)
    ctx.mentions = link_mentions(doc, ctx.gazetteer)


# share of a defined name's word stems the known name must hold to be the same organisation
SAME_NAME_SHARE = 0.6
_STEM = 6       # letters of a word compared ("Migración" and "Migraciones" agree)
_BRACKETED_ACRONYM = re.compile(r"[^\S\n]*\(([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ\-]{1,11})\)")


def _stems(name: str) -> set[str]:
    connectors = _heads()[1]
    return {w[:_STEM] for w in re.findall(r"\w+", fold_same_length(name).lower())
            if w not in connectors}


def same_organisation_name(a: str, b: str) -> bool:
    """Whether two long names of an organisation differ only in function words and endings
    (at least SAME_NAME_SHARE of their word stems shared).

    >>> same_organisation_name("Organización Internacional para la Migración",
    ...                        "Organización Internacional para las Migraciones")
    True
    >>> same_organisation_name("Sistema de Integración Centroamericana", "Sistema Económico Latinoamericano")
    False
    """
    x, y = _stems(a), _stems(b)
    return bool(x and y) and len(x & y) >= SAME_NAME_SHARE * len(x | y)


def _known_by_acronym(text: str, found: list[Found], known: dict) -> tuple[list[Found], dict]:
    """A name the text defines with the acronym of a known organisation, body or forum (its own
    acronym or an all-capital acronym among its aliases, or one in brackets right after it in
    `text`), written a little differently in its name of either language ("Sistema de Integración Centroamericana (SICA)" for the known "Sistema de
    la Integración Centroamericana"), is that known entity, not a second one: its Found is
    dropped and the written name becomes an alias of the known entity for this document (shown
    on its node; a later mention of the long name alone is not linked to it yet, the acronym's
    mentions are). Returns (found, {id: known entity with the alias})."""
    by_acronym: dict[str, list] = {}
    for e in known.values():
        if e.kind not in ("Organization", "Body", "Conference"):
            continue
        # its acronym, and an acronym of another language among its aliases ("IOM" of the "OIM")
        for a in dict.fromkeys([e.acronym] + [x.removeprefix("=") for x in e.aliases]):
            if a and (a == e.acronym or 2 <= len(a) <= 8 and a.isalpha() and a.isupper()):
                by_acronym.setdefault(a, []).append(e)
    kept, renamed = [], {}
    for f in found:
        e = f.entity
        acronym = e.acronym
        if not acronym and e.kind in ("Organization", "Body", "Conference"):
            after = _BRACKETED_ACRONYM.match(text, f.end)
            acronym = after.group(1) if after else None
        same = [k for k in by_acronym.get(acronym or "", ()) if k.id != e.id and
                any(n and same_organisation_name(e.name, n) for n in (k.name, k.name_en))] \
            if e.id not in known else []
        if len(same) != 1:
            kept.append(f)
            continue
        k = renamed.get(same[0].id, same[0])
        renamed[k.id] = replace(k, aliases=tuple(dict.fromkeys(k.aliases + (e.name,))))
    return kept, renamed


FORUM_KINDS = ("Organization", "Body", "Conference", "Event")


def _without_short_forms(found: list[Found], mentions, known: dict) -> list[Found]:
    """A forum, body or organisation found in the text whose name is only the first words of the
    name or an alias of a known one the document mentions ("el Foro Mundial" after "el Foro Mundial
    sobre Migración y Desarrollo") is that one written short, not another: its Found is dropped.
    Names compare folded, as whole words; a name of one word never counts."""
    mentioned = {m.entity for m in mentions}
    longer = [" ".join(fold_same_length(n).split()) for i in mentioned
              for e in (known.get(i),) if e is not None and e.kind in FORUM_KINDS
              for n in (e.name, *e.aliases) if n]

    def short(f: Found) -> bool:
        if f.entity.kind not in FORUM_KINDS or f.entity.id in known:
            return False
        name = " ".join(fold_same_length(f.entity.name).split())
        return " " in name and any(n.startswith(name + " ") for n in longer)
    return [f for f in found if not short(f)]


def _without_surnames_of_others(found: list[Found]) -> list[Found]:
    """Persons named by a surname alone after a title, left out when another person of the
    document is named in full with that surname (their alias then links the mention)."""
    full = {f.entity.name.split()[-1] for f in found if f.entity.kind == "Person" and " " in f.entity.name}
    return [f for f in found if not (f.entity.kind == "Person" and " " not in f.entity.name
                                     and f.entity.name in full)]

PAIRED_KINDS = ("Body", "Organization", "Conference", "Instrument")
PAIR_OPEN = re.compile(r"[^\S\n]*\([^\S\n]*")
PAIR_CLOSE = re.compile(r"[^\S\n]*(?:[,;][^\S\n]*[A-Z][A-Za-z0-9&/.-]{1,11}[^\S\n]*)?\)")


def _paired_languages(text: str, found: list[Found]) -> list[Found]:
    """One body named in two languages side by side is one entity: "la Comisión Nacional de
    Refugiados (National Refugee Commission)", "Andean Committee of Migration Authorities
    (Comité Andino de Autoridades Migratorias, CAAM)": the name in brackets right after a name
    of the same kind becomes an alias of the first, and every mention of it names the first.
    Shapes as `found`; nothing is paired across a sentence or without the brackets."""
    spans = sorted((f for f in found if f.entity.kind in PAIRED_KINDS), key=lambda f: f.start)
    same: dict[str, Entity] = {}
    for f, g in zip(spans, spans[1:]):
        if f.entity.kind != g.entity.kind or f.entity.id == g.entity.id or g.entity.id in same:
            continue
        opened = PAIR_OPEN.match(text, f.end)
        if not opened or opened.end() != g.start or not PAIR_CLOSE.match(text, g.end):
            continue
        first = same.get(f.entity.id, f.entity)
        same[g.entity.id] = first
    if not same:
        return found
    out = []
    for f in found:
        to = same.get(f.entity.id)
        if to is not None:
            e = f.entity
            f = replace(f, entity=replace(to, aliases=tuple(dict.fromkeys(to.aliases + (e.name,) + e.aliases))))
        out.append(f)
    return out


def _written_in_spanish(ctx) -> bool:
    """Whether the document is written in Spanish: the reader's language, else the text's
    (loaders.reading.metadata.detect_language)."""
    language = ctx.read.language if ctx.read is not None and ctx.read.language else None
    if language is None:
        from loaders.reading.metadata import detect_language
        language = detect_language(ctx.structure.text)
    return language == "es"


def _with_surnames(found: list[Found], spanish: bool = False) -> list[Found]:
    """Persons named with a post or title, each also named by a surname no one else has
    (`spanish`: the document is written in Spanish, loaders.person_names.surname)."""
    from loaders.person_names import both_surnames, surname_aliases
    people = {f.entity.id: f.entity for f in found if f.entity.kind == "Person" and f.phrase}
    others = [f.entity for f in found if f.entity.kind == "Person" and f.entity.id not in people]
    sur = surname_aliases(list(people.values()), others, spanish)
    out = [_also_named(f, sur.get(f.entity.id) if f.phrase else None) for f in found]
    # "Osorio Chong" of "Miguel Ángel Osorio Chong", called by his paternal surname "Osorio":
    # both surnames together name him too, and a mention takes the longer
    return [_also_named(f, both_surnames(f.entity.name, sur.get(f.entity.id)) if f.phrase else None)
            for f in out]


def _also_named(f: Found, alias: str | None) -> Found:
    """`f` with `alias` (matched case-sensitively) added to its entity's aliases; `f` itself
    when there is no alias."""
    if not alias:
        return f
    e = f.entity
    return Found(Entity(e.id, e.kind, e.name, e.subtype, e.name_en, e.acronym,
                        e.aliases + (f"={alias}",), e.post), f.start, f.end, f.phrase,
                 f.represents, f.holds)


def _listed(ctx, found: list[Found]) -> list[Found]:
    """Persons and organisations of the document's attendance lists; a listed person whose first
    name no other person of the document shares is also named by that first name alone."""
    from loaders.attendance import attendance, first_name_aliases
    listed = attendance(ctx.structure, ctx.mentions)
    firsts = first_name_aliases(listed, [f.entity for f in found])
    return [_also_named(f, firsts.get(f.entity.id)) for f in listed]


def _forum_inside(text: str, f: Found) -> Found | None:
    """The forum named at the front of a meeting's name ("Bali Process" in "Bali Process
    Ministerial Conference"): its words up to a forum head noun before the last word, at least
    two of them; None when there is none."""
    heads, _ = _heads()
    found = [(m, heads[fold_same_length(m.group(0))]) for m in WORD.finditer(text, f.start, f.end)
             if fold_same_length(m.group(0)) in heads]
    for m, spec in found[:-1]:          # the last head noun is the meeting's own
        if spec["kind"] == "Conference":
            words = text[f.start:m.end()].split()
            if len(words) < 2:
                return None
            return Found(_entity(spec, " ".join(words), None), f.start, m.end())
    return None


def _to_visible(text: str, pos: list[int]) -> list[int]:
    """For each offset of `text` (and one past the end), the offset in the visible text."""
    out, k = [], 0
    for i in range(len(text) + 1):
        while k < len(pos) - 1 and pos[k] < i:
            k += 1
        out.append(k)
    return out


def _back(f: Found, pos: list[int]) -> Found:
    """A span of the visible text as a span of the document."""
    def span(a: int, b: int) -> tuple[int, int]:
        return pos[a], (pos[b - 1] + 1 if b > a else pos[a])
    s, e = span(f.start, f.end)
    return Found(f.entity, s, e, span(*f.phrase) if f.phrase else None, f.represents, f.holds)


def _place_names(ctx) -> list[str]:
    """Names that make a capitalised name proper: the countries and places the text names."""
    return [m.quote for m in ctx.mentions if m.kind in ("Country", "Place")]

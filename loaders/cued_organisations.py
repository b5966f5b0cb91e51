"""Organisations whose name holds no head noun, named where a cue says what they are: a post
held in them ("Director de Transparencia Mexicana", "executive director of Open Harbour"), a
noun in apposition before them ("el colectivo 50+1", "the company Lantern Labs", "la organización
Datos Claros") or after them and a comma ("Lantern Labs, a non-profit, ...", "Datos Claros, una
organización ..."). The name is the capitalised words (figures, "+" and "&" among them) right
next to the cue, joined by the language's short words ("Ethos Innovación en Políticas Públicas",
"Red de Mujeres por la Transparencia" is another module's: it opens with a head noun).

What is not an organisation: a name that opens with a head noun (loaders.entities reads it),
a place or country, a given name or an honorific (a person), a lone generic word, and the unit
of an organisation that the text names right after it ("Directora de Programas | de la
Fundación X", "Director de Egresos | de la Universidad ..."): a post in a unit of a named
organisation. A country after the name is whose the organisation is, not part of its name
("directora general de Migración y Extranjería | de Costa Rica").

Cues are the language packs' (data/lang/*/heads.yaml `organisation_cues_before`, `organisation_cues_after`).
This module proposes entities and their spans; it must not write to a batch nor decide relations.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from loaders.gazetteer import Entity
from loaders.given_names import given_name
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.world import place, slug

UPPER = "A-ZÁÉÍÓÚÑÜ"
# one word of the name: capitalised, in capitals, or a figure joined by "+" ("50+1")
TOKEN = rf"(?:[{UPPER}][\w'’&+-]*|\d+\+\d+)"
# short words that join two words of one name (only between two of its words)
JOINER = r"(?:de|del|de[^\S\n]+la|de[^\S\n]+los|de[^\S\n]+las|por|para|en|y|e|of|of[^\S\n]+the|for|and|on)"
NAME = re.compile(rf"{TOKEN}(?:[^\S\n]+(?:{JOINER}[^\S\n]+)?{TOKEN}){{0,7}}")
# the joiners after which the rest of a name may be whose it is ("de Costa Rica", "of the IRO")
OWNER_JOIN = re.compile(r"[^\S\n]+(?:de[^\S\n]+la|de[^\S\n]+los|de[^\S\n]+las|del|de|of[^\S\n]+the|of)[^\S\n]+")
MAX_WORDS = 8


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern | None, re.Pattern | None]:
    """(a cue before a name, a cue after a name and its comma), from heads.yaml
    `organisation_cues_before` and `organisation_cues_after`; a `before` cue ending in "de"/"of" also takes "del", "de la", "of the"."""
    lex = lexicon("heads")
    before = [str(c) for c in lex.get("organisation_cues_before") or ()]
    after = [str(c) for c in lex.get("organisation_cues_after") or ()]
    rx_before = rx_after = None
    if before:
        alts = phrase_alternation(before, fold=False)
        rx_before = re.compile(rf"(?<!\w)(?i:{alts})(?i:(?<=de)l|(?<=de)[^\S\n]+(?:la|los|las|el)|(?<=of)[^\S\n]+the)?"
                               rf"[^\S\n]+(?={TOKEN})")
    if after:
        alts = phrase_alternation(after, fold=False)
        rx_after = re.compile(rf"(?P<name>{NAME.pattern}),[^\S\n]+(?i:{alts})(?!\w)")
    return rx_before, rx_after


@lru_cache(maxsize=1)
def _not_names() -> frozenset:
    """Folded words that alone are no organisation's name: generic name words and sentence words
    (heads.yaml `generic_name_words`, `not_before_names`)."""
    lex = lexicon("heads")
    return frozenset(fold_same_length(str(w)).lower()
                     for key in ("generic_name_words", "not_before_names") for w in lex.get(key) or ())


@lru_cache(maxsize=1)
def _field_words() -> frozenset:
    """Folded, lower-case words that open the field of a post rather than an organisation's name
    ("Asuntos Consulares", "Consular Affairs"; heads.yaml `post_field_words`)."""
    return frozenset(fold_same_length(str(w)).lower() for w in lexicon("heads").get("post_field_words") or ())


def _owned_by_place(text: str, e: int, end: int, places: frozenset) -> bool:
    """Whether "de"/"of" and a place or country follow text[:e] ("Migración y Extranjería | de
    Costa Rica"): a field so owned names that state's office."""
    tail = OWNER_JOIN.match(text, e, end)
    if not tail:
        return False
    rest = re.compile(rf"{TOKEN}(?:[^\S\n]+{TOKEN})*").match(text, tail.end(), end)
    if not rest:
        return False
    words = rest.group(0).split()
    return any(fold_same_length(" ".join(words[:k])) in places or place(" ".join(words[:k]))
               for k in range(len(words), 0, -1))


def _trimmed(text: str, s: int, e: int, end: int, covered, taken, places: frozenset) -> int | None:
    """The end of the organisation's name in text[s:e], or None when the words name no
    organisation: cut before "de"/"of" and a place, a country or a known name that owns it; None
    when what follows the name is an organisation that names a unit of it."""
    from loaders.entities import _heads
    heads, _ = _heads()
    for m in OWNER_JOIN.finditer(text, s, e):
        rest = text[m.end():e]
        if fold_same_length(" ".join(rest.split())) in places or place(rest):
            return m.start()    # "Migración y Extranjería | de Costa Rica": the country's
        word = re.compile(TOKEN).match(text, m.end(), e)
        if covered(m.end(), taken) or (word and heads.get(fold_same_length(word.group(0)), {}).get("kind")
                                       in ("Organization", "Body")):
            return None         # "Programas | de la Fundación X": a unit of X
    tail = OWNER_JOIN.match(text, e, end)
    if tail:
        nxt = re.compile(rf"{TOKEN}").match(text, tail.end(), end)
        if nxt and (covered(tail.end(), taken) or heads.get(fold_same_length(nxt.group(0)), {}).get("kind")
                    in ("Organization", "Body")) \
                and fold_same_length(" ".join(text[tail.end():nxt.end()].split())) not in places:
            return None     # "Directora de Programas | de la Fundación X": a unit of X
    return e


def cued_organisations(text: str, start: int, end: int, taken, covered, places: frozenset) -> list:
    """Found Organizations (loaders.entities.Found) named next to an organisation cue in
    text[start:end], none starting inside a span of `taken` (`covered`:
    loaders.entities._covered_start); `places`: folded names of places and countries."""
    from loaders.entities import Found, _heads, _title_words
    rx_before, rx_after = _cues()
    heads, _ = _heads()
    titles = _title_words()
    openers = _not_names() | frozenset(str(w) for w in lexicon("heads").get("sentence_articles") or ())
    spans = []
    if rx_before is not None:
        for m in rx_before.finditer(text, start, end):
            if covered(len(text[:m.end()].rstrip()) - 1, taken):
                continue        # "la Organización Internacional ...": the cue's noun opens a known name
            post = re.search(r"(?i:\b(?:de|del|of)(?:[^\S\n]+(?:la|los|las|el|the))?)[^\S\n]*$", m.group(0))
            if not post and m.group(0).split()[-1][:1].isupper():
                continue        # "la Organización Marítima Austral": a capitalised noun opens the name
            name = NAME.match(text, m.end(), end)
            # after a post ("Directora General de | Migración"), one common word is the office's
            # field, not an organisation: a one-word name there is one in capitals or with a figure
            if not name:
                continue
            e = name.end()
            words = list(re.finditer(TOKEN, text[name.start():e]))
            for prev, w in zip(words, words[1:]):
                pair = fold_same_length(f"{prev.group(0)} {w.group(0)}")
                if given_name(w.group(0)) and pair not in places and not place(pair):
                    # "el Director de Migración | Luis Ejemplo": a person's name ends the post
                    e = len(text[:name.start() + w.start()].rstrip())
                    break
            series = re.compile(rf",[^\S\n]*(?P<w>{TOKEN})").match(text, e, end)
            if post and series and not given_name(series.group("w")):
                continue        # "Director de Asuntos Migratorios, Consulares y ...": the post's fields
            spans.append((name.start(), e, bool(post)))
    if rx_after is not None:
        for m in rx_after.finditer(text, start, end):
            # the name is the words right before the comma, opening after a lower-case word
            s, e = m.start("name"), m.end("name")
            first = re.compile(rf"(?P<w>{TOKEN})[^\S\n]+").match(text, s, e)
            while first and (first.group("w") in openers or fold_same_length(first.group("w")).lower() in openers):
                s = first.end()         # "The Lantern Labs, ...", "Según X, ...": no part of the name
                first = re.compile(rf"(?P<w>{TOKEN})[^\S\n]+").match(text, s, e)
            spans.append((s, e, False))
    out, seen = [], set()
    for s, e, after_post in spans:
        if covered(s, taken) or (s, e) in seen:
            continue
        seen.add((s, e))
        e = _trimmed(text, s, e, end, covered, taken, places)
        if e is None or e <= s:
            continue
        name = " ".join(text[s:e].split())
        words = name.split()
        first = fold_same_length(words[0])
        if after_post and len(words) == 1 and not (name.isupper() or re.search(r"\d", name)):
            continue
        if len(words) == 1 and name.isupper() and f"({name})" in text:
            continue    # "la Presidenta de la SCJN" after "Suprema Corte ... (SCJN)": the defined name's acronym
        if after_post and first.lower() in _field_words() and not _owned_by_place(text, e, end, places):
            continue    # "director General de Asuntos Consulares, R. E.": the post's field, no office named
        if (len(words) > MAX_WORDS or first in heads or given_name(words[0])
                or first.lower() in titles or f"{first.lower()}." in titles
                or (len(words) == 1 and first.lower() in _not_names())
                or fold_same_length(name) in places or place(name) or text[e:e + 1] == "."
                and len(words) == 1 and len(name) <= 3):
            continue
        out.append(Found(Entity(f"organization:{slug(name)}", "Organization", name, None, None, None,
                                (name,)), s, e))
    return out


# a list of names: three or more, commas between them, "y"/"and" (and an article and a noun,
# "y el colectivo") before the last
# (no "y"/"and" inside a name of a list: it joins the last name to the others)
ITEM_JOINER = (r"(?:de|del|(?:de|por|para|en)[^\S\n]+(?:la|las|los|el)|por|para|en|of|of[^\S\n]+the|for|on"
               r"|for[^\S\n]+the)")
ITEM = re.compile(rf"{TOKEN}(?:[^\S\n]+(?:{ITEM_JOINER}[^\S\n]+)?{TOKEN}){{0,5}}")
LIST = re.compile(rf"{ITEM.pattern}(?:,[^\S\n]+{ITEM.pattern}){{1,}}"
                  rf"(?:,?[^\S\n]+(?:y|e|and)[^\S\n]+(?:(?:el|la|los|las|the)[^\S\n]+(?:[a-záéíóúñ]+[^\S\n]+)?)?"
                  rf"{ITEM.pattern})?")
# organisations a list must hold for its other names to be organisations too
LISTED_KNOWN = 2


def listed_with_organisations(text: str, start: int, end: int, organisations, names, taken, covered,
                              places: frozenset, known_entities=()) -> list:
    """Found Organizations (loaders.entities.Found) for the names of a list in text[start:end]
    that holds at least LISTED_KNOWN organisations already named (`organisations`: their (start,
    end) spans; `names`: folded names and acronyms of the organisations the text defined before): "AMEXICOM, ANADE, México Evalúa, Datos Claros y el colectivo 50+1" with the
    first two known. A name inside a span of `taken`, a place or country (`places`, folded), a
    person's given name or an instrument's or a forum's head noun is left as it is; a name in
    capitals that abbreviates the name of one of `known_entities` (Entity, organisations the text
    names) is that organisation ("BMA" for "Barra Mexicana de Abogados", `abbreviates`)."""
    from loaders.entities import Found, _heads
    heads, _ = _heads()
    out = []
    for m in LIST.finditer(text, start, end):
        names = {n.lower() for n in names}

        def is_known(name: str) -> bool:
            return _named_before(name, names) or _abbreviated(name, known_entities, places) is not None
        items = [_known_tail(text, i.start(), i.end(), organisations, is_known, taken, covered)
                 for i in ITEM.finditer(text, m.start(), m.end())]
        owners = [_abbreviated(" ".join(text[s:e].split()), known_entities, places) for s, e in items]
        known = sum(any(s < oe and os_ < e for os_, oe in organisations) or owner is not None
                    or _named_before(" ".join(text[s:e].split()), names) for (s, e), owner in zip(items, owners))
        if len(items) < 3 or known < LISTED_KNOWN:
            continue
        for (s, e), owner in zip(items, owners):
            name = " ".join(text[s:e].split())
            if owner is not None and not covered(s, taken):
                # "BMA" in the list, "la Barra Mexicana de Abogados" named elsewhere: that one
                out.append(Found(replace(owner, acronym=owner.acronym or name,
                                         aliases=tuple(dict.fromkeys(owner.aliases + (f"={name}",)))), s, e))
                continue
            if covered(s, taken) or any(s < oe and os_ < e for os_, oe in organisations) \
                    or _named_before(name, names):
                continue
            words = name.split()
            first = fold_same_length(words[0])
            if (given_name(words[0]) or heads.get(first, {}).get("kind") in ("Instrument", "Conference")
                    or fold_same_length(name) in places or place(name)
                    or (len(words) == 1 and first.lower() in _not_names())
                    or fold_same_length(name).lower() in _posts()):
                continue    # a post between a roll line's commas ("A, DS, Director-General of X")
            out.append(Found(Entity(f"organization:{slug(name)}", "Organization", name, None, None, None,
                                    (name,)), s, e))
    return out


@lru_cache(maxsize=1)
def _posts() -> frozenset:
    """Every post of the language packs (data/lang/*/persons.yaml `posts`), folded, lower case:
    "director-general", "ds", "viceministro"."""
    return frozenset(fold_same_length(str(p)).lower() for p in lexicon("persons").get("posts") or [])


def _known_tail(text: str, s: int, e: int, organisations, is_known, taken, covered) -> tuple[int, int]:
    """The span of a list's name, without the words before it that open the sentence when the
    rest is a known name ("Participaron | ANAR, FMA, ..."; `is_known(name)`): (s, e) else."""
    for w in re.finditer(r"[^\S\n]+(?=\S)", text[s:e]):
        at = s + w.end()
        if covered(at, taken) or any(at < oe and os_ < e for os_, oe in organisations) \
                or is_known(" ".join(text[at:e].split())):
            return at, e
    return s, e


def _named_before(name: str, names) -> bool:
    """Whether `name` is one of `names` (folded, lower case) or the first words of one ("ETHOS"
    for "Ethos Innovación en Políticas Públicas"), case aside."""
    folded = fold_same_length(name).lower()
    return folded in names or any(n.startswith(folded + " ") for n in names)


def abbreviates(acronym: str, name: str) -> bool:
    """Whether `acronym` is made of the first letters of every word of `name` but its short
    joining words, one or more letters of each, in order.

    >>> abbreviates("BMA", "Barra Mexicana de Abogados"), abbreviates("COPARMEX", "Confederación Patronal de la República Mexicana")
    (True, True)
    >>> abbreviates("ICC", "International Chamber of Commerce México"), abbreviates("ICC", "International Chamber of Commerce")
    (False, True)
    """
    from loaders.entities import _heads
    joiners = _heads()[1] | {"y", "e", "and", "&"}
    words = [w for w in re.findall(r"[^\W\d_]+", fold_same_length(name).lower()) if w not in joiners]
    acr = fold_same_length(acronym).lower()
    if not words or not acr.isalpha() or len(acr) < len(words):
        return False

    @lru_cache(maxsize=None)
    def fits(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acr)
        w = words[j]
        return any(fits(i + k, j + 1) for k in range(1, min(len(w), len(acr) - i) + 1)
                   if acr[i:i + k] == w[:k])
    return fits(0, 0)


def _without_country(name: str, places: frozenset) -> tuple[str, ...]:
    """`name`, and `name` without its last word when that word is a place or country ("International
    Chamber of Commerce México": the chamber's country is no letter of "ICC")."""
    words = name.split()
    last = words[-1] if len(words) > 2 else ""
    if last and (fold_same_length(last) in places or place(last)):
        return name, " ".join(words[:-1])
    return (name,)


def _abbreviated(name: str, known_entities, places: frozenset):
    """The one of `known_entities` whose name `name`, in capitals, abbreviates, else None."""
    if not name.isupper():
        return None
    return next((k for k in known_entities
                 if any(abbreviates(name, n) for n in _without_country(k.name, places))), None)

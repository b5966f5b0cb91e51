"""Short forms a document uses for a person it has named in full with a post or title: the
surname after a title ("Minister Pato said", "Mr Downer") stands for "Rimbink Pato", "Alexander
Downer" when no other person of the document has that surname; both Spanish surnames after a
title ("el Canciller Ejemplo Ruiz") or the paternal one ("el señor Ejemplo") stand for "Marcelo
Ejemplo Ruiz", so the document holds one Person, not two (`same_persons`).

This module only proposes aliases for persons already found (loaders.entities); it must not find
persons nor read text.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from loaders.gazetteer import Entity
from loaders.given_names import given_name
from loaders.lang import lexicon
from loaders.read import fold_same_length
from loaders.entities import unaccent


def surname(name: str, spanish: bool = False) -> str | None:
    """The word a person is called by alone: the last word of the name, or, for a Spanish double
    surname (three or more words, the one before the last neither a given name, an initial nor a
    particle), the first surname, the paternal one: "Ginés González García" → "González",
    "Rafael Ojeda Duran" in a Spanish document → "Ojeda"; None for a one-word name. The paternal
    rule holds only where the name is Spanish: `spanish` (the document is written in Spanish) or
    the name itself carries a Spanish letter or particle (`looks_spanish`); an English middle
    name is no surname ("Hillary Rodham Clinton" → "Clinton").

    >>> surname("Ginés González García"), surname("Antony J. Blinken"), surname("Ana María Pérez")
    ('González', 'Blinken', 'Pérez')
    >>> surname("Hillary Rodham Clinton"), surname("Rafael Ojeda Duran", spanish=True)
    ('Clinton', 'Ojeda')
    >>> surname("Julio Miguel De Vido"), surname("Alicia Margaríta Kirchner", spanish=True)
    ('De Vido', 'Kirchner')
    >>> surname("Bernardo Arévalo de León"), surname("José Ortega y Gasset")
    ('Arévalo de León', 'Ortega y Gasset')
    """
    words = name.split()
    if len(words) < 2:
        return None
    if len(words) >= 3 and words[-2] in ("de", "del", "y") and words[-3][:1].isupper() and words[-1][:1].isupper():
        return " ".join(words[-3:])         # "Bernardo Arévalo de León" → "Arévalo de León", never "León"
    if len(words) >= 3 and words[-2] in _capital_particles():
        return " ".join(words[-2:])         # "Julio Miguel De Vido" → "De Vido", never "Miguel"
    if len(words) >= 3 and (spanish or looks_spanish(name)):
        paternal = words[-2]
        # a middle given name written with a stray accent ("Alicia Margaríta Kirchner") is no surname
        if paternal[:1].isupper() and not paternal.endswith(".") and not given_name(paternal) \
                and not _given_unaccented(paternal) and paternal.isalpha() and len(paternal) >= 4:
            return paternal
    return words[-1]


def _given_unaccented(word: str) -> bool:
    """`word` without its accents is a given name ("Margaríta"): a stray accent on a given name.
    A word with "ñ" is written as it is ("Peña" is no "Pena"): that letter is no accent.

    >>> _given_unaccented("Margaríta"), _given_unaccented("Peña")
    (True, False)
    """
    return "ñ" not in word.lower() and given_name(unaccent(word))


def both_surnames(name: str, paternal: str | None) -> str | None:
    """The two surnames of a Spanish name whose paternal surname `paternal` (`surname`) is the
    word before its last: "Osorio Chong" of "Miguel Ángel Osorio Chong" called "Osorio"; None
    when `paternal` is None or is not that word.

    >>> both_surnames("Miguel Ángel Osorio Chong", "Osorio"), both_surnames("Ana Ruiz", "Ruiz")
    ('Osorio Chong', None)
    """
    words = name.split()
    if not paternal or len(words) < 3 or words[-2] != paternal:
        return None
    return " ".join(words[-2:])


@lru_cache(maxsize=1)
def _capital_particles() -> frozenset:
    """Particles written with a capital inside a surname ("De Vido", "Van Dijk"): the particles
    of data/lang/*/persons.yaml `spanish_name_particles` and `name_particles`, capitalised."""
    persons = lexicon("persons")
    words = [str(w) for w in (persons.get("spanish_name_particles") or []) + (persons.get("name_particles") or [])]
    return frozenset(w[:1].upper() + w[1:] for w in words if " " not in w and w not in ("y", "e", "and"))


def looks_spanish(name: str) -> bool:
    """Whether a person's name is written the Spanish way: a letter of persons.yaml
    `spanish_name_letters` ("González", "Peña") or a particle of `spanish_name_particles` between
    its words ("Pérez de Cuéllar", "Ortega y Gasset").

    >>> looks_spanish("Rosa Icela Rodríguez Velazquez"), looks_spanish("Hillary Rodham Clinton")
    (True, False)
    """
    persons = lexicon("persons")
    letters = str(persons.get("spanish_name_letters") or "")
    particles = {str(w) for w in persons.get("spanish_name_particles") or []}
    words = name.split()
    return any(c in letters for c in name) or any(w in particles for w in words[1:-1])


def surname_aliases(persons: list[Entity], others: list[Entity] = (), spanish: bool = False
                    ) -> dict[str, str]:
    """{person id: surname} for `persons` (named with a post or title) whose surname (`surname`)
    no other person of `persons` or `others` shares, is at least four letters long, is not the
    first word of any person's name and is no word that is never part of a name (a post's word,
    a head noun: "Security", "Sala"); the alias is case-sensitive ("=Surname") where it is used;
    `spanish`: the document is written in Spanish (`surname`)."""
    last: dict[str, set] = {}
    firsts = set()
    for ent in list(persons) + list(others):
        words = ent.name.split()
        firsts.add(words[0])
        if len(words) >= 2:
            last.setdefault(surname(ent.name, spanish), set()).add(ent.id)
    out = {}
    common = _common_words()
    for ent in persons:
        words = ent.name.split()
        if len(words) < 2:
            continue
        sur = surname(ent.name, spanish)
        if fold_same_length(sur) in common:
            continue
        if len(last.get(sur, ())) == 1 and len(sur) >= 4 and sur[:1].isupper() and \
                not sur.isupper() and sur not in firsts:
            out[ent.id] = sur
    return out


@lru_cache(maxsize=1)
def _common_words() -> frozenset:
    """Words of the language packs that name things, not persons: persons.yaml `not_names` and
    `posts`, heads.yaml `heads` and places.yaml `place_heads`, folded; a one-word alias among
    them would name a person wherever the word is written."""
    persons = lexicon("persons")
    words = {w for p in persons.get("posts") or [] for w in str(p).split()}
    words |= {str(w) for w in persons.get("not_names") or []}
    words |= {str(w) for w in (lexicon("heads").get("heads") or {})}
    words |= {str(w) for w in lexicon("places").get("place_heads") or []}
    return frozenset(fold_same_length(w) for w in words)


def shorter_form(short: str, full: str, spanish: bool = False) -> bool:
    """Whether a document that names a person `full` may name the same person `short`: the
    surnames without the given names ("Ejemplo Ruiz" of "Marcelo Ejemplo Ruiz", "De Vido" of
    "Julio Miguel De Vido"; the first word of `short` no given name), the surname alone (the last
    word, or the paternal one where the name is Spanish: `surname`), or the first given name and
    a surname with words left out ("Marcelo Ejemplo", "Hillary Clinton" of "Hillary Rodham
    Clinton"; an initial stands for the given name: "J. Example" of "John Example"). Post and
    title words opening `short` ("Canciller Ejemplo Ruiz") are passed over first.

    >>> shorter_form("Ejemplo Ruiz", "Marcelo Ejemplo Ruiz"), shorter_form("Ejemplo", "Marcelo Ejemplo Ruiz", True)
    (True, True)
    >>> shorter_form("Canciller Ejemplo Ruiz", "María Ejemplo Ruiz"), shorter_form("Hillary Clinton", "Hillary Rodham Clinton")
    (True, True)
    >>> shorter_form("Luis Soto", "Jorge Luis Soto"), shorter_form("Ana Ruiz", "Marcelo Ejemplo Ruiz")
    (False, False)
    >>> shorter_form("Foreign Secretary Alicia Example", "Alicia Example")
    True
    """
    words, longer = _past_titles(short.split()), full.split()
    if len(words) < len(short.split()) and words == longer:
        return True         # "Foreign Secretary Alicia Bárcena": the name with its post glued on
    initial = bool(words) and len(words[0]) == 2 and words[0].endswith(".")
    if not words or len(words) > len(longer) or len(words) == len(longer) and not initial or len(longer) < 2:
        return False
    last = {longer[-1], surname(full, spanish) or longer[-1]}
    if len(words) == 1:
        return words[0] in last and not given_name(words[0])
    if words == longer[-len(words):]:
        return not given_name(words[0]) and not _given_unaccented(words[0])
    first = words[0] == longer[0] or initial and longer[0].startswith(words[0][0]) and not \
        (len(longer[0]) == 2 and longer[0].endswith("."))
    if not first or words[-1] not in last:
        return False
    rest = iter(longer[1:])
    return all(w in rest for w in words[1:])


def _past_titles(words: list[str]) -> list[str]:
    """`words` without the post and title words opening them ("Canciller", "Sr."), at least one
    word kept."""
    common = _common_words() | _honorific_words()
    k = 0
    while k < len(words) - 1 and (fold_same_length(words[k]) in common or
                                  fold_same_length(words[k]).rstrip(".") in common):
        k += 1
    return words[k:]


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset:
    """The honorifics of every language pack, folded, with and without their period."""
    from loaders.honorifics import honorifics
    h = honorifics()
    return frozenset(h.words | h.bare)


def same_persons(found: list, spanish: bool = False) -> list:
    """One person per person of the document: a Person proposed under a shorter form
    (`shorter_form`) of exactly one other Person's name takes that person's entity (its id and
    name, its post or else the shorter form's, the shorter form among its aliases, matched
    case-sensitively), so a later
    "el Canciller Ejemplo Ruiz" or "Foreign Minister Sample" is the person named in full. A
    shorter form two persons could have is left as it is. `found`: loaders.entities.Found items
    in text order; returns them in the same order."""
    people = {}
    for f in found:
        if f.entity.kind == "Person":
            people.setdefault(f.entity.id, f.entity)
    fuller: dict[str, Entity] = {}
    for pid, ent in people.items():
        to = {o.id for o in people.values() if o.id != pid and shorter_form(ent.name, o.name, spanish)}
        if len(to) == 1:
            fuller[pid] = people[to.pop()]
    for pid in list(fuller):        # a chain ("Ruiz" → "Ejemplo Ruiz" → "Marcelo Ejemplo Ruiz")
        seen = {pid}
        while fuller[pid].id in fuller and fuller[pid].id not in seen:
            seen.add(fuller[pid].id)
            fuller[pid] = fuller[fuller[pid].id]
    if not fuller:
        return found
    out = []
    for f in found:
        to = fuller.get(f.entity.id)
        if to is not None and f.entity.kind == "Person":
            e = f.entity
            f = replace(f, entity=replace(to, post=to.post or e.post,
                                          aliases=tuple(dict.fromkeys(to.aliases + (f"={e.name}",)))))
        out.append(f)
    return out

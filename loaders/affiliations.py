"""Persons named with the organisation or country they come from, without post or title:
"Silvana Ejemplo y David Modelo del Observatorio X presentaron ...", "Ana Prueba, de la Fundación
Y, señaló", "Daniel Muestra de Uruguay", "Mary Example of the Open Data Institute", "John Sample
from Example Trust".

A name here is two to four capitalised words (no particles: "de" is the link) whose first is a given name (gender-guesser's list
of given names of many countries), not a word that is never part of a name, nor inside a longer
capitalised name; several names may be joined by commas and "y"/"and" before one link word
("de", "del", "of", "from") and a known organisation, body or country. Each person is proposed
with the phrase up to the organisation and `represents` it (loaders.persons writes REPRESENTS).
This module must not write to a batch nor read a person without the organisation after the name.
"""
from __future__ import annotations

import re

from dataclasses import replace

from loaders.entities import Found, _heads, _overlaps, _person_words
from loaders.gazetteer import Entity
from loaders.given_names import given_name
from loaders.read import fold_same_length
from loaders.world import slug

NAME_WORD = r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñüç'’-]+"
NAME_END = re.compile(rf"(?<![\w.])(?P<name>{NAME_WORD}(?:[^\S\n]+{NAME_WORD}){{1,3}})$")
LINK = re.compile(r",?[^\S\n]+(?:de|del|de[^\S\n]+la|de[^\S\n]+los|of|from)[^\S\n]+(?:(?:the|la|el|los|las)[^\S\n]+)?(?=[A-ZÁÉÍÓÚÑ])")
JOIN = re.compile(r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:y|e|and)[^\S\n]+)$")
WINDOW = 80
MOST = 6




def _name_before(text: str, start: int, at: int, taken) -> tuple[int, int] | None:
    """The person's name ending at `at` (a given name, then one to three more capitalised words),
    the whole capitalised run, outside known names; else None."""
    _, _, not_names, _ = _person_words()
    heads, _ = _heads()
    ws = max(start, at - WINDOW)
    m = NAME_END.search(text[ws:at])
    if not m:
        return None
    s, e = ws + m.start("name"), at
    before = text[max(start, s - 30):s]
    if re.search(rf"{NAME_WORD}[^\S\n]+$|(?:^|[^\w])(?:de|del|of|the|la|el)[^\S\n]+$", before) and \
            not re.search(r"[,;:.][^\S\n]*$", before):
        return None         # inside a longer name ("Foro de Datos Abiertos de X")
    words = re.findall(r"[\w'’-]+", text[s:e])
    caps = [w for w in words if w[:1].isupper()]
    if any(fold_same_length(w) in not_names or fold_same_length(w) in heads for w in caps):
        return None
    if not given_name(caps[0]) or _overlaps(s, e, taken):
        return None
    return s, e


def affiliations(text: str, start: int, end: int, taken, actors) -> list[Found]:
    """Persons of text[start:end] named before the organisation or country they come from.

    `taken`: spans already named (known mentions, entities found); `actors`: (entity id, start,
    end) of the organisations, bodies and countries of the passage."""
    at_start = {s: eid for eid, s, _ in actors}
    if not at_start:
        return []
    out: list[Found] = []
    for link in LINK.finditer(text, start, end):
        actor = at_start.get(link.end())
        if actor is None:
            continue
        actor_end = next(e for eid, s, e in actors if s == link.end())
        names = []
        at = link.start()
        while len(names) < MOST:
            got = _name_before(text, start, at, taken)
            if not got:
                break
            names.append(got)
            join = JOIN.search(text, max(start, got[0] - 6), got[0])
            if not join:
                break
            at = join.start()
        for s, e in names:
            name = " ".join(text[s:e].split())
            ent = Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,))
            out.append(Found(ent, s, e, (s, actor_end), (actor,)))
    return out


BRACKETED = re.compile(rf"(?<![\w.])(?P<name>{NAME_WORD}(?:[^\S\n]+{NAME_WORD}){{1,3}})[^\S\n]*\("
                       r"[*_]*(?P<post>[^()\n]{2,90}?)[*_]*\)")


def _post_words() -> frozenset:
    from loaders.lang import lexicon
    p = lexicon("persons")
    return frozenset(fold_same_length(str(w)) for key in ("posts", "presiding_posts", "officer_posts")
                     for w in p.get(key) or [])


def bracketed_posts(text: str, start: int, end: int, taken, actors) -> list[Found]:
    """Persons of text[start:end] named with their post in brackets right after the name:
    "Juan Ejemplo (presidente de Python Canarias)", "Mary Example (chair of the Example
    Institute)". The bracket must open with a post of data/lang/*/persons.yaml (`posts`,
    `presiding_posts`, `officer_posts`); the name is a given name and one to three capitalised
    words, outside known names, inside prose (words before the name and after the bracket on its
    line: a list entry is loaders.attendance's). The person is proposed with that post. A known organisation or
    body right after a link word inside the bracket ("de la", "of the") is the one the person
    holds the post in and represents, a country so named is represented ("ministra de Chile"),
    and the phrase runs to the closing bracket; with no one so named the phrase is the name
    alone, so a country ending a longer name ("presidente de Python España") is not theirs."""
    posts = _post_words()
    out: list[Found] = []
    for m in BRACKETED.finditer(text, start, end):
        words = fold_same_length(m.group("post")).split()
        if not any(" ".join(words[:k]) in posts for k in range(1, min(4, len(words)) + 1)):
            continue
        line_s = text.rfind("\n", 0, m.start()) + 1
        line_e = text.find("\n", m.end())
        if not re.search(r"[a-záéíóúñ]{2,}", text[line_s:m.start("name")]) or \
                not re.search(r"\w", text[m.end():len(text) if line_e < 0 else line_e]):
            continue        # an entry of a list ("- Ana Ruiz (chair)"): loaders.attendance reads it
        got = _name_before(text, start, m.end("name"), taken)
        if got is None or got[0] != m.start("name"):
            continue
        name = " ".join(text[got[0]:got[1]].split())
        post = " ".join(m.group("post").replace("*", "").replace("_", " ").split())
        # the actor right after a link word ("de la", "of the"), not a country ending a longer
        # name ("presidente de Python España" names no country)
        inside = [eid for eid, a, b in sorted(actors, key=lambda x: x[1])
                  if m.start("post") <= a and b <= m.end("post")
                  and re.search(r"(?:^|\s)(?:de|del|of|for|the|la|el|los|las)[^\S\n]+[*_]*$", text[m.start("post"):a])]
        holds = tuple(i for i in inside[:1] if not i.startswith("country:"))
        ent = Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,), post[:1].upper() + post[1:])
        # the phrase (the quote of what it says) runs to the bracket's end when the bracket names
        # whom the person is for; else the name alone, so no name inside it is read as theirs
        phrase = (got[0], m.end()) if inside else (got[0], got[1])
        out.append(Found(ent, got[0], got[1], phrase, tuple(inside[:1]), holds))
    return out


BRACKET_OPEN = re.compile(r"[^\S\n]*\([^\S\n]*(?:(?:the|la|el|los|las)[^\S\n]+)?")
BRACKET_CLOSE = re.compile(r"[^\S\n]*\)")
# a word of prose: the roll is written in a sentence, not a list
PROSE = re.compile(r"(?<![\w.])[a-záéíóúñü]{2,}")
# a word of prose and a link before the name: "con la participación de", "the statement of"; the
# name is not part of a longer capitalised one
LEAD_IN = re.compile(r"(?<![\w.])[a-záéíóúñü]{2,}[^\S\n]+(?:de|del|of)[^\S\n]+$")


def bracketed_countries(text: str, start: int, end: int, taken, actors) -> list[Found]:
    """Persons of text[start:end] named in prose with the country they are there for in brackets
    right after the name: "attended by Ana Ejemplo (Chile), Tomas Modelo (the Netherlands) and
    ...", "con la participación de Juan Muestra (Perú)". The bracket holds one known country and
    nothing else (an acronym "(ACR)", a date "(3 May)", a post or an organisation are not read
    here); the name is a given name and one to three capitalised words, outside known names, with
    words of prose before it on its line (a list entry is loaders.attendance's). The person is
    proposed with the phrase from the name to the closing bracket and `represents` the country.

    `taken`: spans already named; `actors`: (entity id, start, end) of the passage's organisations,
    bodies and countries. Returns one Found a person, in text order."""
    out: list[Found] = []
    for eid, a, b in sorted(actors, key=lambda x: x[1]):
        if not eid.startswith("country:") or not start <= a < b <= end:
            continue
        opened = next((m for m in BRACKET_OPEN.finditer(text, max(start, a - 12), a) if m.end() == a), None)
        closed = BRACKET_CLOSE.match(text, b, end)
        if opened is None or closed is None:
            continue
        at = opened.start()
        lead = NAME_END.search(text, max(start, at - WINDOW), at)
        floor = lead.start("name") if lead and LEAD_IN.search(text, max(start, lead.start() - 40),
                                                             lead.start("name")) else start
        got = _name_before(text, floor, at, taken)
        if got is None:
            continue
        line_s = text.rfind("\n", 0, got[0]) + 1
        line_e = text.find("\n", closed.end())
        if not PROSE.search(text, line_s, got[0]) and \
                not PROSE.search(text, closed.end(), len(text) if line_e < 0 else line_e):
            continue        # an entry of a list ("- Ana Ruiz (Chile)"): loaders.attendance reads it
        name = " ".join(text[got[0]:got[1]].split())
        ent = Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,))
        out.append(Found(ent, got[0], got[1], (got[0], closed.end()), (eid,)))
    return out


def fuller_names(found: list[Found]) -> list[Found]:
    """Persons proposed here (with `represents`) under another form of a name the document
    gives elsewhere: a shorter form of a fuller name ("Ana Pérez de Chile" after "la Ministra Ana
    Pérez Soto"), or a fuller form of a name given with a post ("Ana María Pérez Soto de Chile"
    after "la Ministra Ana Pérez", "la Canciller Pérez"): the same person, so the entry takes that entity (its id,
    name and post). Other entries unchanged."""
    people = [f.entity for f in found if f.entity.kind == "Person"]
    out = []
    for f in found:
        if f.entity.kind == "Person" and f.represents and f.entity.post is None:
            words = f.entity.name.split()
            fuller = [p for p in people if p.id != f.entity.id and
                      (_holds_words(p.name.split(), words) or
                       p.post and _holds_words(words, p.name.split(), same_first=False))]
            if len({p.id for p in fuller}) == 1:
                f = replace(f, entity=fuller[0])
        out.append(f)
    return out


def _holds_words(longer: list[str], shorter: list[str], same_first: bool = True) -> bool:
    """`longer` holds every word of `shorter` in order, first word first unless `same_first` is
    off ("Ana Pérez Soto" holds "Ana Pérez"; "Ana Pérez" holds "Pérez" without it)."""
    if len(longer) <= len(shorter) or same_first and longer[0] != shorter[0]:
        return False
    it = iter(longer)
    return all(w in it for w in shorter)

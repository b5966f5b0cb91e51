"""Persons written with the surname in capitals, as rolls of actas and minutes name them: "Oscar J.
EJEMPLO, Presidente de la Junta y Director por Uruguay (CCEA)", "Ana MUESTRA (España, ABC)",
"el delegado Juan PRUEBA (México, XYZ)", "Beatriz de MODELO por la Secretaría Permanente".

A name here is one to three capitalised given-name words or initials, the first a given name
(loaders.given_names), then a surname of capital letters (with particles and hyphens); the entry
runs to a semicolon, a sentence's end or the next such name. What the entry's layout says:
- the post: after a comma ("..., Vicepresidente ..."), in brackets ("(Director Ejecutivo AIC)") or
  right before the name ("el delegado Juan PRUEBA"); the post words are the language packs'
  (persons.yaml `posts`);
- `holds`: the organisation or body a post names right after its word ("Presidente AIC",
  "asistente del Departamento X");
- `represents`: a country or organisation after a representation word (roll_calls.yaml
  `entry_for`: "por", "for") or in brackets after the name or the post ("(Italia, CNDC)"); an
  acronym in those brackets that no known name covers is an Organization of its own.
This module proposes persons and organisations (loaders.entities.Found); it must not write to a
batch nor read a name that is not written with a capital surname.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.entities import NAME_WORD, Found, _covered_start, _not_name_openers, _overlaps, _person_words
from loaders.gazetteer import Entity
from loaders.given_names import given_name
from loaders.lang import lexicon
from loaders.read import fold_same_length
from loaders.world import slug

CAP = "A-ZÁÉÍÓÚÑÜÇ"
SURNAME_WORD = rf"[{CAP}][{CAP}'’]+(?:-[{CAP}][{CAP}'’]+)*(?![\w'’-])"
ACRONYM = re.compile(rf"(?<![\w-])[{CAP}][{CAP}&]{{1,11}}(?![\w-])")
ENTRY_END = re.compile(r";|(?<=[a-záéíóúñü)\d])\.(?:\s|$)|\n")


@lru_cache(maxsize=1)
def _name_re() -> re.Pattern:
    """Given names and initials, then a capital surname with its particles."""
    particles = r"(?:de|del|da|do|dos|van|von|di|la|y|DE|DEL|DA|VAN|VON|LA|Y)"
    given = rf"{NAME_WORD}(?:[^\S\n]+(?:{NAME_WORD}|[{CAP}]\.)){{0,2}}"
    surname = rf"(?:{particles}[^\S\n]+){{0,2}}{SURNAME_WORD}(?:[^\S\n]+(?:{particles}[^\S\n]+)?{SURNAME_WORD}){{0,3}}"
    # not the second half of a hyphenated word ("OpenWIS-Core PMC")
    return re.compile(rf"(?<![\w.-])(?P<given>{given})[^\S\n]+(?P<sur>{surname})")


@lru_cache(maxsize=1)
def _post_words() -> tuple[re.Pattern, re.Pattern]:
    """(a post at the start of a text, two capitalised words allowed before its word; a post
    word right before a name)."""
    post_re, _, _, _ = _person_words()
    lead = re.compile(rf"[^\S\n]*(?:(?:el|la|the)[^\S\n]+)?(?:[A-Z][\w'’-]+[^\S\n]+){{0,2}}(?i:{post_re})\b")
    before = re.compile(rf"(?<![\w])(?i:(?P<post>{post_re}))[^\S\n]+$")
    return lead, before


@lru_cache(maxsize=1)
def _entry_for() -> frozenset:
    """Words before whom a roll's entry speaks for ("Director por Uruguay", "Delegate for
    Chile"): roll_calls.yaml `entry_for`, folded."""
    return frozenset(fold_same_length(str(w)) for w in lexicon("roll_calls").get("entry_for") or [])


def _names(text: str, start: int, end: int, taken) -> list[tuple[int, int]]:
    """The spans of the capital-surname names of text[start:end] outside known names."""
    _, _, not_names, _ = _person_words()
    out = []
    for m in _name_re().finditer(text, start, end):
        first = m.group("given").split()[0]
        if not given_name(first) or fold_same_length(first) in not_names \
                or fold_same_length(first) in _not_name_openers():     # "Do MFI or KMA have ...?"
            continue
        sur = m.group("sur")
        if not any(len(w) >= 3 and w.isupper() for w in re.split(r"[\s-]+", sur)):
            continue
        if _overlaps(m.start(), m.end(), taken) or _covered_start(m.start("sur"), taken):
            continue
        out.append((m.start(), m.end()))
    return out


def _entry_end(text: str, at: int, end: int, next_name: int) -> int:
    """Where an entry that names a person at `at` ends: a semicolon, a sentence's end or a line
    break outside brackets, or the next name; the joining words before it dropped."""
    depth, stop = 0, min(end, next_name)
    for i in range(at, stop):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and ENTRY_END.match(text, i):
            stop = i
            break
    body = re.sub(r"(?:[\s,]+(?:y|e|and)?)+$", "", text[at:stop])
    return at + len(body)


def _organisation(acr: str, known: dict) -> str:
    """The id of the organisation an acronym names: the known one, else a new one."""
    return known.get(acr) or f"organization:{slug(acr)}"


def capital_surnames(text: str, start: int, end: int, taken, actors) -> list[Found]:
    """Persons of text[start:end] written with a capital surname, with their post, the
    organisation a post names and whom the entry says they speak for; and the organisations
    that only an acronym in an entry's brackets names.

    `taken`: spans already named; `actors`: (entity id, start, end) of the organisations,
    bodies and countries of the passage."""
    names = _names(text, start, end, taken)
    if not names:
        return []
    lead, before = _post_words()
    known_acr = {text[s:e]: eid for eid, s, e in actors if text[s:e].isupper()}
    out: list[Found] = []
    new_orgs: dict[str, Found] = {}
    for k, (ns, ne) in enumerate(names):
        nxt = names[k + 1][0] if k + 1 < len(names) else end
        entry_e = _entry_end(text, ne, end, nxt)
        post, post_s, post_e = None, None, None
        m = re.compile(r"[^\S\n]*,").match(text, ne, entry_e)
        bracket = re.compile(r"[^\S\n]*\((?P<in>[^()\n]{1,80})\)").match(text, ne, entry_e)
        if m and lead.match(text, m.end(), entry_e):
            post_s = m.end() + len(text[m.end():entry_e]) - len(text[m.end():entry_e].lstrip())
            stop = re.compile(r"[^,;(]*").match(text, post_s, entry_e).end()
            post_e = post_s + len(text[post_s:stop].rstrip())
        elif bracket and lead.match(text, bracket.start("in"), bracket.end("in")):
            post_s, post_e = bracket.start("in"), bracket.end("in")
        phrase_s = ns
        if post_s is None:
            b = before.search(text, max(start, ns - 40), ns)
            if b:
                post_s, post_e, phrase_s = b.start("post"), b.end("post"), b.start("post")
        holds: list[str] = []
        if post_s is not None:
            words = text[post_s:post_e]
            acrs = [a for a in ACRONYM.finditer(text, post_s, post_e)]
            for eid, s, e in actors:
                if post_s <= s and e <= post_e and not eid.startswith("country:") and \
                        not _for_word(text, post_s, s):
                    holds.append(eid)
            for a in acrs:
                if not _for_word(text, post_s, a.start()):
                    eid = known_acr.get(a.group(0)) or _new_org(a, new_orgs, known_acr)
                    if eid not in holds:
                        holds.append(eid)
            # the post is its words up to the organisation it names ("Director Ejecutivo AIC")
            cut = min([a.start() for a in acrs] + [s for eid, s, e in actors if post_s <= s < post_e] + [post_e])
            post = " ".join(re.sub(r"\s+(?:de|del|of|the|de la)\s*$", "", text[post_s:cut].rstrip(" ,")).split())
            post = post or " ".join(words.split())
        represents: list[str] = []
        for eid, s, e in actors:
            if ne <= s and e <= entry_e and eid not in holds and \
                    (_for_word(text, ne, s) or _in_brackets(text, ne, s)):
                represents.append(eid)
        for br in re.finditer(r"\((?P<in>[^()\n]{1,80})\)", text[ne:entry_e]):
            inner_s = ne + br.start("in")
            if post_s is not None and post_s == inner_s:
                continue            # "(Director Ejecutivo AIC)": a post, read above
            for a in ACRONYM.finditer(text, inner_s, ne + br.end("in")):
                eid = known_acr.get(a.group(0)) or _new_org(a, new_orgs, known_acr)
                if eid not in represents and eid not in holds:
                    represents.append(eid)
        name = " ".join(text[ns:ne].split())
        if post:
            post = post[:1].upper() + post[1:]
        ent = Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,), post)
        # an entry that says neither a post nor whom the person is there for is the name alone
        phrase_e = max(entry_e, ne) if post or represents or holds else ne
        out.append(Found(ent, ns, ne, (phrase_s, phrase_e), tuple(represents), tuple(holds)))
    return list(new_orgs.values()) + out


def _new_org(a: re.Match, new_orgs: dict, known_acr: dict) -> str:
    """An Organization named only by the acronym `a` (an entry's brackets): proposed once."""
    acr = a.group(0)
    eid = _organisation(acr, known_acr)
    if acr not in new_orgs and acr not in known_acr:
        new_orgs[acr] = Found(Entity(eid, "Organization", acr, None, None, acr, (acr,)), a.start(), a.end())
    return eid


def _for_word(text: str, s: int, at: int) -> bool:
    """A representation word stands right before `at` ("por Uruguay", "for the Secretariat")."""
    m = re.search(r"(?<![\w])(?P<w>\w+)[^\S\n]+(?:(?:el|la|los|las|the)[^\S\n]+)?$", text[max(s, at - 20):at])
    return bool(m) and fold_same_length(m.group("w")) in _entry_for()


@lru_cache(maxsize=1)
def _seat_re() -> re.Pattern:
    """A post word right before a representation word, folded ("director por", "delegate for")."""
    post_re = _person_words()[0]
    words = "|".join(sorted((re.escape(w) for w in _entry_for()), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w])(?:{post_re})[^\S\n]+(?:{words})[^\S\n]+\S")


def holds_seat(text: str, start: int, end: int) -> bool:
    """The roll entry text[start:end] gives its person a seat for someone: a post word stands
    right before a representation word ("Directora por Chile", "Director for Ireland"), so the
    person sits on the body whose roll it is for that country or member; a bare origin in
    brackets ("Ana MUESTRA (España, ABC)") or "por" after a name gives no seat.

    >>> holds_seat("Ana EJEMPLO, Presidenta ABC y Directora por Chile (XYZ)", 0, 56)
    True
    >>> holds_seat("Ana MUESTRA (España, ABC)", 0, 25), holds_seat("Beatriz de MODELO por la Secretaría", 0, 35)
    (False, False)
    """
    return bool(_seat_re().search(fold_same_length(text[start:end]).lower()))


def _in_brackets(text: str, s: int, at: int) -> bool:
    """`at` stands inside brackets opened after `s`."""
    return text.rfind("(", s, at) > text.rfind(")", s, at)

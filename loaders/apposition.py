"""Persons named before their post, in apposition: "Ana Example, Directora General de X, said",
"De acuerdo con Juan Modelo, Presidente del Comité (CPC), ...", and persons introduced by whom
they speak for: "En representación de la Asociación X, Ana Example destacó", "On behalf of X,
Ana Example noted".

The post words, honorifics and non-name words are the language packs' (data/lang/*/persons.yaml,
`posts`, `not_names`, `name_openers`, `representation_cues`). This module proposes persons with
the phrase that says who they are (loaders.entities.Found); it must not write to a batch nor
decide relations (loaders.persons reads the phrase).
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.entities import (NAME_WORD, Found, _heads, _honorific_words, _overlaps, _person_words, not_name_word,
                              unaccent)
from loaders.gazetteer import Entity
from loaders.given_names import given_name
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.world import slug

LOWER_WORD = re.compile(r"[a-záéíóúñü]+")


@lru_cache(maxsize=1)
def _words():
    lex = lexicon("persons")
    openers = frozenset(fold_same_length(w) for w in lex.get("name_openers") or [])
    connectors = frozenset(fold_same_length(w) for w in lex.get("post_connectors") or [])
    cues = sorted({fold_same_length(c) for c in lex.get("representation_cues") or []}, key=len, reverse=True)
    return openers, connectors, cues


@lru_cache(maxsize=1)
def _patterns():
    post_re, _, _, particles = _person_words()
    part = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in particles)
    name = rf"{NAME_WORD}(?:[^\S\n]+(?:(?:{part})[^\S\n]+)?{NAME_WORD}){{1,4}}"
    # ", Directora General de ...": the comma and the post after a name
    # ", Legal Counselor, ...": one or two capitalised words may qualify the post word
    after = re.compile(rf",[^\S\n]*(?:(?:el|la|the)[^\S\n]+)?(?P<pre>(?:[A-Z][\w'’-]+[^\S\n]+){{1,2}})?"
                       rf"(?i:(?P<post>{post_re}))\b")
    name_end = re.compile(rf"(?P<name>{name})$")
    _, _, cues = _words()
    cue = re.compile(r"(?<!\w)(?i:(?P<cue>%s))[^\S\n]+(?:(?:la|el|los|las|the)[^\S\n]+)?(?=[A-Z])" % (
        "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues))) if cues else None
    return after, name_end, cue, re.compile(rf"(?P<name>{name})")


def _clean_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The name without opening words ("En", "De acuerdo con" are no part of it) and cut at a
    word that is never part of a name; None when fewer than two name words remain."""
    _, _, not_names, particles = _person_words()
    openers, _, _ = _words()
    heads, _ = _heads()
    words = [(m.group(0), s + m.start(), s + m.end()) for m in re.finditer(r"[^\W\d_][\w'’-]*", text[s:e])]
    while words and (fold_same_length(words[0][0]) in openers or not_name_word(words[0][0], not_names)
                     or not words[0][0][:1].isupper()):
        words = words[1:]
    words = _without_opening_verb(text, words)
    words = _without_honorific(words)
    caps = [w for w in words if w[0][:1].isupper()]
    if len(caps) < 2 or any(not_name_word(w[0], not_names) or fold_same_length(w[0]) in heads or fold_same_length(w[0]) in openers
                            for w in caps):
        return None
    return words[0][1], words[-1][2]


def _after_common_noun(text: str, start: int, ns: int) -> bool:
    """The name at `ns` opens with a given name and follows "of"/"de" after a word in lower case
    ("the passing of Ana Example, Secretary ...", "el fallecimiento de Ana Ejemplo, Ministra
    ..."): a person named after a common noun, not the tail of a longer capitalised name
    ("Comité de Participación Ciudadana")."""
    m = re.search(r"(?<![\w])(?P<noun>[^\W\d_][\w'’-]*)[^\S\n]+(?:de|del|of)[^\S\n]+$", text[max(start, ns - 60):ns])
    first = re.match(r"[^\W\d_][\w'’-]*", text[ns:])
    return bool(m and m.group("noun").islower() and first and given_name(first.group(0)))


def _without_honorific(words: list) -> list:
    """`words` (word, start, end) without an honorific that opens them ("His Excellency",
    "Su Excelencia", "Mr"): a title, never a name (what is left may be too short to be one)."""
    honorifics = _honorific_words()
    for k in (3, 2, 1):
        head = " ".join(fold_same_length(w[0]).lower() for w in words[:k])
        if len(words) >= k and (head in honorifics or head + "." in honorifics):
            return words[k:]
    return words


def _without_opening_verb(text: str, words: list) -> list:
    """`words` (word, start, end) without the verb that opens the sentence before a name
    ("Intervino Luis Pérez, Director de ...", "Habló Ana Gómez, ..."): the first word, capitalised
    only because it opens the sentence, is no given name (loaders.affiliations.given_name) while
    the next one is, and two name words remain after it. Other runs unchanged.

    >>> t = "Intervino Luis Pérez Soto"
    >>> [w for w, _, _ in _without_opening_verb(t, [("Intervino", 0, 9), ("Luis", 10, 14), ("Pérez", 15, 20), ("Soto", 21, 25)])]
    ['Luis', 'Pérez', 'Soto']
    """
    from loaders.affiliations import given_name
    caps = [w for w in words if w[0][:1].isupper()]
    if len(caps) < 3 or words[0] is not caps[0] or words[1] is not caps[1]:
        return words
    at = words[0][1]
    opens = at <= 6 and not text[:at].strip() or \
        re.search(r"[.:;!?\n][ \t*_#\"“”-]*$", text[max(0, at - 6):at]) is not None
    if opens and not given_name(words[0][0]) and given_name(words[1][0]):
        return words[1:]
    return words


@lru_cache(maxsize=1)
def _entry_for() -> frozenset:
    """Words that say whom a post is held for ("Director por Uruguay"): roll_calls.yaml `entry_for`."""
    return frozenset(fold_same_length(str(w)) for w in lexicon("roll_calls").get("entry_for") or [])


# ", SRE." / ", SEGOB;": an acronym in capitals alone closes a "Name, Post" entry (a sentence's or
# a list item's end, or "and" the next entry)
TRAILING_ACRONYM = re.compile(r",[^\S\n]+(?P<acr>[A-Z]{2,8})(?=[^\S\n]*(?:[.;]|$|\n|,?[^\S\n]+and[^\S\n]))")


@lru_cache(maxsize=1)
def _second_post_for() -> re.Pattern:
    """ " y Directora por", " and Director for": a second post in an entry that says whom the
    person speaks for (persons.yaml `posts`, roll_calls.yaml `entry_for`)."""
    post_re, _, _, _ = _person_words()
    entry_for = phrase_alternation(lexicon("roll_calls").get("entry_for") or [], fold=False)
    return re.compile(rf"[^\S\n]+(?:and|y|e)[^\S\n]+(?i:{post_re})[^\S\n]+(?i:{entry_for})\b")


# ", Population and Migration": the rest of a list of capitalised fields a post is "of", closed
# by "and"/"y" and then a comma, a semicolon or a sentence end
_CAP = r"[A-ZÁÉÍÓÚÑ][\w'’-]*"
_CAPS = rf"{_CAP}(?:[^\S\n]+{_CAP}){{0,2}}"
FIELDS_GO_ON = re.compile(rf",[^\S\n]+(?P<first>{_CAP})(?:[^\S\n]+{_CAP}){{0,2}}"
                          rf"(?:,[^\S\n]+{_CAPS})*,?[^\S\n]+(?:and|y|e)[^\S\n]+{_CAPS}(?=[^\S\n]*(?:[,;.]|$))")


def _fields_go_on(text: str, post_start: int, comma: int, end: int) -> int | None:
    """Where a post "of" a list of fields ends when the list goes on after a comma
    ("Undersecretary of Human Rights, Population and Migration"); None when what follows the
    comma is no such list (a given name opens it, or the post so far is "of" nothing)."""
    m = FIELDS_GO_ON.match(text, comma, end)
    if not m or not re.search(r"\s(?:of|de|del|for|para)\s", text[post_start:comma]) \
            or given_name(m.group("first")) or m.group("first").isupper():
        return None
    return m.end()


def _post_end(text: str, at: int, end: int) -> int:
    """Where a post phrase ends: capitalised words, connectors and a bracketed acronym go on; a
    lower-case word that is no connector, a comma or a sentence end stop it; a comma goes on
    into the rest of a list of fields the post is of ("of Human Rights, Population and Migration")."""
    _, connectors, _ = _words()
    last = at
    for m in re.finditer(r"\([^()\n]{1,30}\)|[^\W\d_][\w'’./-]*|[,;:.]", text[at:end]):
        tok = m.group(0)
        if tok == ",":
            more = _fields_go_on(text, at, at + m.start(), end)
            if more is not None:
                return more
        if tok in ",;:.":
            break
        if tok.startswith("(") or tok[:1].isupper() or tok[:1].isdigit():
            last = at + m.start() + len(tok.rstrip("."))
        elif fold_same_length(tok) not in connectors and fold_same_length(tok) not in _entry_for():
            break       # "Director por Francia (ABC)": whom the post is held for goes on with it
    return last


def appositions(text: str, start: int, end: int, taken) -> list[Found]:
    """Persons whose post follows their name after a comma, and persons after a cue saying whom
    they represent; each with the phrase (name, post, represented body) that states it."""
    after, name_end, cue, name_re = _patterns()
    u = unaccent(text)
    out: list[Found] = []
    for m in after.finditer(u, start, end):
        look = max(start, m.start() - 80)
        nm = name_end.search(text, look, m.start())
        if not nm:
            continue
        got = _clean_name(text, nm.start(), nm.end())
        if not got or _overlaps(*got, taken):
            continue
        ns, ne = got
        before = text[max(start, ns - 4):ns]
        if re.search(r"(?<!\w)(?:de|of|y)\s$", before) and not re.search(r",\s*y\s$", before) \
                and not _after_common_noun(text, start, ns):
            continue        # "... Comité de Participación Ciudadana, ...": part of a longer name
            # (", y Ana Gómez, Ministra ...": the next person of a list)
        post_s = m.start("post")
        if m.group("pre") and not any(given_name(w) for w in m.group("pre").split()):
            post_s = m.start("pre")     # "Legal Counselor", never "Lisa" before a post
        post_e = _post_end(text, m.end("post"), end)
        second = _second_post_for().search(text, post_s, post_e)
        # "Vicepresidenta FAC y Directora por Chile (ABC)": the post is the first; the second
        # says whom the entry speaks for and stays in the phrase
        post = " ".join(text[post_s:second.start() if second else post_e].split())
        post = post[:1].upper() + post[1:]
        name = " ".join(text[ns:ne].split())
        acr = TRAILING_ACRONYM.match(text, post_e, end)
        if acr and not _overlaps(acr.start("acr"), acr.end("acr"), taken):
            # "Alejandro Ejemplo, Legal Counselor, SRE.": the acronym closing the entry is the
            # organisation the post is held in
            a = acr.group("acr")
            out.append(Found(Entity(f"organization:{slug(a)}", "Organization", a, None, None, a, (f"={a}",)),
                             acr.start("acr"), acr.end("acr")))
            post_e = acr.end("acr")
        holds = (f"organization:{slug(acr.group('acr'))}",) if acr and post_e == acr.end("acr") else ()
        out.append(Found(Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,), post),
                         ns, ne, (ns, post_e), holds=holds))
    if cue is None:
        return out
    for m in cue.finditer(u, start, end):
        comma = text.find(",", m.end(), min(end, m.end() + 160))
        if comma < 0 or "\n" in text[m.end():comma]:
            continue
        nm = name_re.match(text, comma + 1 + (len(text[comma + 1:]) - len(text[comma + 1:].lstrip(" "))), end)
        if not nm:
            continue
        got = _clean_name(text, nm.start(), nm.end())
        if not got or _overlaps(*got, taken) or any(f.start == got[0] for f in out):
            continue
        ns, ne = got
        nxt = LOWER_WORD.match(text, ne + 1) if ne < end and text[ne] == " " else None
        if not nxt:
            continue        # the name is followed by its verb ("..., Néstor Aparicio destacó")
        name = " ".join(text[ns:ne].split())
        out.append(Found(Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,)),
                         ns, ne, (m.start(), ne)))
    return out

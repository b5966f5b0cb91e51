"""States, provinces and territories that act in a meeting as governments: an Organization for
a subdivision (ISO 3166-2, of a country the document names) that the text writes right before a
word of a government's people ("Queensland Ministers", "Western Australia and Tasmania
delegations"), right after "Government of" ("el Gobierno de Chiapas"), opening a sentence right
before a verb of what it said or did ("Tasmania sought ..."), or opening a line of an
attendance list: followed by an honorific ("Victoria The Hon. J. Example") or alone with an
honorific opening one of the next three lines. Cues: data/lang/*/governments.yaml.

This module proposes entities and their spans (loaders.entities adds them); it must not decide
who took part nor read a subdivision named as a place ("in Queensland") as a government.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.gazetteer import Entity
from loaders.honorifics import honorifics
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.world import slug, subdivision

CAP = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*"
NAME_BEFORE = re.compile(rf"((?:{CAP}[^\S\n]+){{0,2}}{CAP})[^\S\n]*$")
JOIN_BEFORE = re.compile(r"(?:,[^\S\n]*|[^\S\n]+(?:and|y|e)[^\S\n]+)$")
NAME_AFTER = re.compile(rf"{CAP}(?:[^\S\n]+{CAP}){{0,2}}")


@lru_cache(maxsize=1)
def _rows() -> tuple[re.Pattern, re.Pattern]:
    """(row, honorific line): a line opening with a name, then an honorific or nothing; an
    honorific opening a line soon after. The honorifics are the packs' `honorifics_in_rows`
    (loaders.honorifics)."""
    hons = honorifics().in_rows
    row = re.compile(rf"(?m)^[^\S\n]*(?P<name>{CAP}(?:[^\S\n]+{CAP}){{0,2}}?)[^\S\n]*"
                     rf"(?:(?P<hon>(?<=\s){hons}(?=[\s.]))|$)")
    line = re.compile(rf"(?:[^\S\n]*\n)*(?:[^\n]*\n(?:[^\S\n]*\n)*){{0,2}}[^\S\n]*{hons}(?=[\s.])")
    return row, line


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lex = lexicon("governments")

    def raw(key):       # as written: the pattern runs on the text itself, capitals kept
        return phrase_alternation(lex.get(key), fold=False)

    def alts(key):
        return phrase_alternation(lex.get(key))
    return (re.compile(rf"(?<=[^\S\n])(?:{alts('after')})(?![\w])"),
            re.compile(rf"(?<![\w])(?:{alts('before')})[^\S\n]+(?:(?:the|la|el)[^\S\n]+)?(?=[A-ZÁÉÍÓÚÑ])", re.I),
            re.compile(rf"(?:^|(?<=[.;:][^\S\n])|(?<=\n))[^\S\n]*(?P<name>{CAP}(?:[^\S\n]+{CAP}){{0,2}}?)"
                       rf"[^\S\n]+(?i:{raw('subject_verbs')})(?![\w])"))


def _in_context(name: str, context: frozenset) -> bool:
    """Whether a subdivision of a country in `context` (alpha-2 codes) is so named."""
    return any(subdivision(name, c) is not None for c in context)


def _subdivision_at(text: str, s: int, e: int, context: frozenset):
    """The longest tail of text[s:e] that names a subdivision of a country in `context`:
    (start, end, name) or None."""
    words = [(m.start() + s, m.end() + s) for m in re.finditer(CAP, text[s:e])]
    for k in range(len(words)):
        a, b = words[k][0], words[-1][1]
        name = " ".join(text[a:b].split()).rstrip(".")
        if _in_context(name, context):
            return a, a + len(text[a:b].rstrip(".")), name
    return None


def _head_at(text: str, s: int, e: int, context: frozenset):
    """The longest head of text[s:e] that names a subdivision of a country in `context`:
    (start, end, name) or None."""
    words = [(m.start() + s, m.end() + s) for m in re.finditer(CAP, text[s:e])]
    for k in range(len(words), 0, -1):
        a, b = words[0][0], words[k - 1][1]
        name = " ".join(text[a:b].split()).rstrip(".,")
        if _in_context(name, context) and text[a:a + len(name)] == name:
            return a, a + len(name), name
    return None


def _line_start(text: str, start: int) -> int:
    """Where the line holding `start` begins, looked for at most 200 characters back: a passage
    far into one long line (a text on one line, read as its sentences) starts at itself, so each
    passage costs its own length, not the line's."""
    k = text.rfind("\n", max(0, start - 200), start)
    return k + 1 if k >= 0 else (0 if start <= 200 else start)


def governments(text: str, start: int, end: int, taken, context: frozenset, covered) -> list:
    """Subdivisions the passage text[start:end] writes as governments, as loaders.entities
    Found items (`covered(offset, spans)` tells whether a known mention starts there)."""
    from loaders.entities import Found
    after, before, subject = _cues()
    folded = fold_same_length(text[start:end])
    hits: list[tuple[int, int, str]] = []
    for m in after.finditer(folded):
        at = start + m.start()
        line_s = max(start, text.rfind("\n", 0, at) + 1)
        while True:         # "Western Australia and Queensland Ministers": each name before the cue
            nm = NAME_BEFORE.search(text, line_s, at)
            if not nm:
                break
            got = _subdivision_at(text, nm.start(1), nm.end(1), context)
            if not got:
                break
            hits.append(got)
            join = JOIN_BEFORE.search(text, line_s, got[0])
            if not join:
                break
            at = join.start()
    for m in before.finditer(folded):
        nm = NAME_AFTER.match(text, start + m.end(), end)
        if nm:
            got = _head_at(text, nm.start(), nm.end(), context)
            if got:
                hits.append(got)
    for m in subject.finditer(text, _line_start(text, start), end):     # "Tasmania sought ..."
        if m.start("name") < start:
            continue
        got = _head_at(text, m.start("name"), m.end("name"), context)
        if got and got[1] == m.end("name"):
            hits.append(got)
    row, honorific_line = _rows()
    for m in row.finditer(text, _line_start(text, start), end):    # a row: "Queensland The Hon. J. Example"
        if m.start("name") < start:
            continue
        got = _head_at(text, m.start("name"), m.end("name"), context)
        if got and (m.group("hon") or honorific_line.match(text, m.end(), min(len(text), m.end() + 200))):
            hits.append(got)
    out = []
    for s, e, name in hits:
        if covered(s, taken):
            continue
        ent = Entity(f"organization:{slug(name)}", "Organization", name, "subnational_government",
                     None, None, (name,))
        out.append(Found(ent, s, e))
    return out

"""Instruments named by a title the text quotes after a verb of adoption ("aprobó el documento
“Guía para la Elaboración de Informes”", "adopted the “Terms of Reference of the Advisory
Group”") and generic instrument names given with their year ("el Programa de Trabajo 2019", "the
Annual Report 2023", "Plan de Trabajo 2024-2025").

Words are the language packs' (data/lang/*/heads.yaml `instrument_verbs`, `instrument_nouns`,
`dated_instruments`); the subtype is the title's head noun's (heads.yaml `heads`), else
"document". This module proposes entities and their spans; it must not write to a batch nor
decide relations.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.gazetteer import Entity
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.world import slug

UPPER = "A-ZÁÉÍÓÚÑÜ"


def _alts(words) -> str:
    """The words as written (capitals kept: the patterns run on the text itself; loaders.lang)."""
    return phrase_alternation(words, fold=False)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    lex = lexicon("heads")
    quoted = re.compile(
        rf"(?<!\w)(?i:{_alts(lex.get('instrument_verbs'))})[^\S\n]+"
        rf"(?i:(?:(?:el|la|los|las|the|its|their|su|sus|a|an|un|una)[^\S\n]+)?"
        rf"(?:(?:{_alts(lex.get('instrument_nouns'))})[^\S\n]+(?:(?:titulad[oa]|denominad[oa]|entitled|titled)[^\S\n]+)?)?)"
        rf"[“\"«](?P<title>[{UPPER}][^”\"»\n]{{5,150}}?)[”\"»]")
    dated = re.compile(rf"(?<!\w)(?P<title>(?:{_alts(lex.get('dated_instruments'))})[^\S\n]+"
                       r"(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?)(?![\w-])")
    return quoted, dated


@lru_cache(maxsize=1)
def _titled() -> tuple[re.Pattern, ...]:
    """data/lang/*/heads.yaml `titled_instruments`, compiled for folded text (line starts)."""
    return tuple(re.compile(p, re.M) for p in lexicon("heads").get("titled_instruments") or ())


def titled_instruments(text: str, start: int, end: int, covered, taken) -> list:
    """Found Instruments for an agreement named by the title line that opens it ("COOPERATION
    AGREEMENT BETWEEN ...", "Convenio de Cooperación entre ..."): its name title-cased
    ("Cooperation Agreement"), its span the words as written. Only the first line of
    text[start:end] is read (a title or heading block), so reading stays linear."""
    from loaders.entities import Found
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    folded = fold_same_length(text[start:line_end])
    out = []
    for rx in _titled():
        m = rx.match(folded)
        if not m:
            continue
        s, e = start + m.start("title"), start + m.end("title")
        if covered(s, taken):
            continue
        words = text[s:e].split()
        small = {"de", "of", "y", "e", "and"}
        name = " ".join(w.lower() if fold_same_length(w.lower()) in small else w[:1].upper() + w[1:].lower()
                        for w in words)
        out.append(Found(Entity(f"instrument:{slug(name)}", "Instrument", name, "agreement", None, None,
                                (name,)), s, e))
        break
    return out


def instrument_titles(text: str, start: int, end: int, covered, taken) -> list:
    """Found Instruments (loaders.entities.Found) for the quoted titles and dated generic names
    in text[start:end], none starting inside a span of `taken` (`covered`:
    loaders.entities._covered_start)."""
    from loaders.entities import Found, _heads
    heads, _ = _heads()
    quoted, dated = _patterns()
    out = []
    for rx in (quoted, dated):
        for m in rx.finditer(text, start, end):
            s, e = m.span("title")
            if covered(s, taken):
                continue
            title = " ".join(text[s:e].split()).rstrip(".,;")
            e = s + len(text[s:e].rstrip(".,; "))
            words = title.split()
            spec = next((heads[w] for w in (fold_same_length(words[0]), fold_same_length(words[-1]))
                         if heads.get(w, {}).get("kind") == "Instrument"), {})
            if rx is quoted and any(heads.get(fold_same_length(w), {}).get("kind") not in (None, "Instrument")
                                    for w in words[:1]):
                continue            # "“Comité de Ética”": a body's name in quotes, not a text
            out.append(Found(Entity(f"instrument:{slug(title)}", "Instrument", title,
                                    spec.get("subtype") or "document", None, None, (title,)), s, e))
    return out

"""The name of the meeting a document records, as the document itself names it.

Titles say "Informe de la Reunión de ..., celebrada en Quito": the meeting is the part in
between, with a long name shortened to the acronym it spells ("Conferencia Regional sobre
Migración (CRM)" → "CRM") so it reads like the gazetteer's names. Cue words live in
data/patterns.yaml `meeting`. This module must not create nodes; the pipeline names the node.
"""
from __future__ import annotations

import re

from loaders.patterns import Patterns
from loaders.read import fold_same_length
from loaders.spans import trim
from loaders.structure import DocumentStructure


def _contract(name: str, connectors: frozenset) -> str:
    """"Conferencia Regional sobre Migración (CRM)" → "CRM": a long form whose capitals spell the
    acronym in parentheses after it gives way to the acronym; anything else stays as written."""
    out = name
    for m in reversed(list(re.finditer(r"\s*\((?P<acr>[A-ZÑ]{2,10})\)", name))):
        need = list(fold_same_length(m.group("acr")))
        words = list(re.finditer(r"[^\W\d_]+", name[:m.start()]))
        start = None
        for w in reversed(words):
            word = w.group(0)
            if word[0].isupper():
                if fold_same_length(word[0]) != need[-1]:
                    break
                need.pop()
                if not need:
                    start = w.start()
                    break
            elif fold_same_length(word) not in connectors:
                break
        if start is not None:
            out = out[:start] + m.group("acr") + out[m.end():]
    return out


def _known_long_names(name: str, gazetteer) -> str:
    """"IX Reunión Viceministerial de la Conferencia Regional sobre Migración" → "... de la CRM":
    the long name of a conference the gazetteer knows, after "de la"/"del"/"of the", gives way
    to its acronym, so the meeting reads like the gazetteer's names."""
    if gazetteer is None:
        return name
    folded = fold_same_length(name)
    for ent in gazetteer.entities.values():
        if ent.kind != "Conference" or not ent.acronym:
            continue
        for long in sorted({ent.name, *ent.aliases}, key=len, reverse=True):
            f = fold_same_length(long)
            if len(f) < 12 or f == fold_same_length(ent.acronym):
                continue
            m = re.search(r"\b(?:de\s+la|del|de|of\s+the|of)\s+(%s)\b" % re.escape(f), folded)
            if m:
                return name[:m.start(1)] + ent.acronym + name[m.end(1):]
    return name


def meeting_name(structure: DocumentStructure, patterns: Patterns,
                 gazetteer=None) -> tuple[str, int, int] | None:
    """The name of the meeting the document records, and the span it is read from.

    From the title, else a heading before the agreements (data/patterns.yaml `meeting`):
    report words off the front ("Informe de la", "Readout of the"), the purpose or venue off
    the end ("para la elaboración de ...", ", celebrada en ..."), "Long Name (ACR)" shortened to
    "ACR", an all-capitals heading in title case, and with `gazetteer` the long name of a
    known conference after "de la" shortened to its acronym. None when no block names a meeting.
    """
    from loaders.structure import display_title
    rules = patterns.meeting
    first = structure.agreements[0].ordinal if structure.agreements else None
    blocks = [b for b in structure.blocks if b.kind == "title"] + \
        [b for b in structure.blocks if b.kind == "heading"
         and (b.section == "acta" or b.section == "0")
         and (first is None or b.ordinal < first)]
    for b in blocks:
        f = fold_same_length(b.text.replace("*", " "))
        line = rules["dateline"].search(f)
        if line and line.start() > 0:
            f = f[:line.start()]        # "... Ministerial Meeting" over "Canberra, 23 October 2024"
        m = rules["prefix"].match(f)
        a = m.end() if m else 0
        if not rules["start"].match(f, a):
            continue
        cut = rules["end"].search(f, a)
        s, e = trim(structure.text, b.start + a, b.start + (cut.start() if cut else len(f)))
        name = " ".join(structure.text[s:e].replace("*", " ").split())
        name = display_title(name) if not any(ch.islower() for ch in name) else name
        name = _known_long_names(_contract(name, rules["connectors"]), gazetteer)
        name = name.strip(" ,;:.")
        if name:
            return name[:1].upper() + name[1:], s, e
    return None


def stated_meeting_name(text: str, start: int, end: int, patterns: Patterns) -> tuple[int, int] | None:
    """The span of the meeting's name in the sentence text[start:end] that says it met ("La XXIII
    Conferencia Suramericana sobre Migraciones se realizó", "The Eighth Bali Process Ministerial
    Conference was held"), or None. The name must hold a capitalised word that is not an
    ordinal, a meeting head or a generic word (data/patterns.yaml `meeting.stated_generic`):
    "La Sexta Conferencia se realizó" names no forum and gives no name."""
    rules = patterns.meeting
    for rx in rules["stated"]:
        m = rx.search(text, start, end)
        if not m:
            continue
        words = re.findall(r"[^\W\d_][\w’'\-]*", m.group("name"))
        own = [w for w in words if w[:1].isupper() and fold_same_length(w) not in rules["stated_generic"]
               and not re.fullmatch(r"[IVXLC]+|\w+(?:[eé]sim[ao]|teenth|tieth)", w)]
        if own and words[-1][:1].isupper():
            return m.span("name")
    return None

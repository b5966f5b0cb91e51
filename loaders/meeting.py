"""The name of the meeting a document records, as the document itself names it.

Titles say "Informe de la Reunión de ..., celebrada en Quito": the meeting is the part in
between, with a long name shortened to the acronym it spells ("Conferencia Regional sobre
Migración (CRM)" → "CRM") so it reads like the gazetteer's names. Cue words live in
data/patterns.yaml `meeting`. This module must not create nodes; the pipeline names the node.
"""
from __future__ import annotations

import re

from loaders.patterns import Patterns
from loaders.read import fold
from loaders.spans import trim
from loaders.structure import DocumentStructure


def _contract(name: str, connectors: frozenset) -> str:
    """"Conferencia Regional sobre Migración (CRM)" → "CRM": a long form whose capitals spell the
    acronym in parentheses after it gives way to the acronym; anything else stays as written."""
    out = name
    for m in reversed(list(re.finditer(r"\s*\((?P<acr>[A-ZÑ]{2,10})\)", name))):
        need = list(fold(m.group("acr")))
        words = list(re.finditer(r"[^\W\d_]+", name[:m.start()]))
        start = None
        for w in reversed(words):
            word = w.group(0)
            if word[0].isupper():
                if fold(word[0]) != need[-1]:
                    break
                need.pop()
                if not need:
                    start = w.start()
                    break
            elif fold(word) not in connectors:
                break
        if start is not None:
            out = out[:start] + m.group("acr") + out[m.end():]
    return out


def meeting_name(structure: DocumentStructure, patterns: Patterns) -> tuple[str, int, int] | None:
    """The name of the meeting the document records, and the span it is read from.

    From the title, else a heading of the acta before its agreements (data/patterns.yaml
    `meeting`): report words off the front ("Informe de la"), the purpose or venue off the end
    ("para la elaboración de ...", ", celebrada en ..."), "Long Name (ACR)" shortened to "ACR".
    None when no such block names a meeting.
    """
    rules = patterns.meeting
    first = structure.agreements[0].ordinal if structure.agreements else None
    blocks = [b for b in structure.blocks if b.kind == "title"] + \
        [b for b in structure.blocks if b.section == "acta" and b.kind == "heading"
         and (first is None or b.ordinal < first)]
    for b in blocks:
        f = fold(b.text.replace("*", " "))
        m = rules["prefix"].match(f)
        a = m.end() if m else 0
        if not rules["start"].match(f, a):
            continue
        cut = rules["end"].search(f, a)
        s, e = trim(structure.text, b.start + a, b.start + (cut.start() if cut else len(f)))
        name = _contract(" ".join(structure.text[s:e].replace("*", " ").split()), rules["connectors"])
        name = name.strip(" ,;:.")
        if name:
            return name[:1].upper() + name[1:], s, e
    return None

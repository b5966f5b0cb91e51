"""Organisations named by a Spanish head noun and an acronym alone ("la Fundación EOI", "el
Instituto INAI", "la Universidad UNED"): an Organization named so, whose acronym then names it
alone ("la EOI se encarga ..."). Only heads that open a Spanish name and give an organisation
(data/lang/es/heads.yaml `heads`), followed by one word in capitals that no capitalised word
follows ("Conferencia CANBERRA" is a heading, "Fundación ONCE Para ..." goes on).
This module proposes entities and their spans; it must not write to a batch nor decide relations.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lang import lexicon
from loaders.read import fold_same_length


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict]:
    heads = {k: v for k, v in (lexicon("heads", ("es",)).get("heads") or {}).items()
             if v.get("kind") == "Organization"}
    alts = "|".join(re.escape(k) for k in sorted(heads, key=len, reverse=True)) or r"(?!)"
    rx = re.compile(rf"(?<![\w])(?P<head>{alts})[^\S\n]+(?P<acr>[A-ZÁÉÍÓÚÑ]{{2,8}})(?![\w-])"
                    rf"(?![^\S\n]+(?:[A-ZÁÉÍÓÚÑ]|de[^\S\n]+[A-ZÁÉÍÓÚÑ]))")
    return rx, {fold_same_length(k): v for k, v in heads.items()}


def acronym_named(text: str, start: int, end: int, covered, taken) -> list:
    """Found Organizations (loaders.entities.Found) for "Fundación EOI"-like names in
    text[start:end], none starting inside a span of `taken` (`covered`:
    loaders.entities._covered_start)."""
    from loaders.entities import Found, _entity
    rx, heads = _pattern()
    out = []
    for m in rx.finditer(text, start, end):
        if covered(m.start(), taken) or covered(m.start("acr"), taken) or text[m.start():m.end("head")].isupper():
            continue
        name = f"{m.group('head')} {m.group('acr')}"
        out.append(Found(_entity(heads[fold_same_length(m.group("head"))], name, m.group("acr")),
                         m.start(), m.end()))
    return out

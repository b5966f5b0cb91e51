"""Spans of the document text: its sentences, and a quote's span without markup around it.

Every component cuts passages into sentences the same way, so a fact read by one and a fact read
by another quote the same sentence. A period after an abbreviation ("Sra.", "Dr.") does not
end a sentence. This module works on offsets only; it must not tag or interpret the text.
"""
from __future__ import annotations

import re

from loaders.read import fold


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Quotes without the markup and blanks around them."""
    while start < end and text[start] in " \t\n*":
        start += 1
    while end > start and text[end - 1] in " \t\n*":
        end -= 1
    return start, end


def _word_before(text: str, start: int, end: int) -> str:
    r"""The run of word characters and periods that ends text[start:end] (before one final
    newline), "" when there is none: what `([\w.]+)$` finds, read backwards from `end` so a
    long sentence is not read again at each period inside it."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    k = end
    while k > start and (text[k - 1].isalnum() or text[k - 1] in "_."):
        k -= 1
    return text[k:end]


def sentences(text: str, start: int, end: int, abbreviations: frozenset) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end]; a period after an abbreviation does not cut."""
    out, s = [], start
    for m in re.finditer(r"[.!?](?=\s+[\"'*¿¡(]*[A-ZÁÉÍÓÚÑ])", text[start:end]):
        cut = start + m.end()
        word = _word_before(text, s, cut - 1)
        if word and fold(word).lower() in abbreviations:
            continue
        out.append((s, cut))
        s = cut
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out

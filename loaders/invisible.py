"""Invisible characters inside words, and how matching sees through them.

A soft hyphen (U+00AD), a zero-width space, joiner or non-joiner (U+200B-U+200D), a word joiner
(U+2060), a BOM left mid-text (U+FEFF) or a bidirectional mark (left-to-right and right-to-left
marks U+200E-U+200F, the Arabic letter mark U+061C, embeddings and isolates U+202A-U+202E,
U+2066-U+2069, which pages copied from the web carry) print as nothing, but split a word for a regex: "Pe­rú"
would hide Perú. Matchers look through them (`visible`, with the offsets back), while quotes keep
the original characters, so text[start:end] == quote still holds. This module must not change
the document's text.
"""
from __future__ import annotations

INVISIBLE = frozenset("\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c"
                      "\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
INVISIBLE_CLASS = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"   # for a regex [...] class
_DROP = {ord(c): None for c in INVISIBLE}


def drop_invisible(text: str) -> str:
    """`text` without its invisible characters (for comparing words, never for offsets).

    >>> drop_invisible("Pe\u00adrú y Pana\u200bmá")
    'Perú y Panamá'
    >>> drop_invisible("Bras\u200eilia")
    'Brasilia'
    """
    return text.translate(_DROP)


def visible(text: str) -> tuple[str, list[int]]:
    """The text without invisible characters, and for each of its positions (plus one past the
    end) the offset in `text`: a span (a, b) of the visible text is (pos[a], pos[b-1] + 1).

    >>> shown, pos = visible("Pe\u00adrú")
    >>> shown, pos
    ('Perú', [0, 1, 3, 4, 5])
    >>> "Pe\u00adrú"[pos[0]:pos[3] + 1] == "Pe\u00adrú"
    True
    """
    if not any(c in INVISIBLE for c in text):
        return text, list(range(len(text) + 1))
    chars, pos = [], []
    for i, c in enumerate(text):
        if c not in INVISIBLE:
            chars.append(c)
            pos.append(i)
    pos.append(len(text))
    return "".join(chars), pos

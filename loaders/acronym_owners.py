"""Whose acronym a bracket defines when a body's name runs on into its organisation's: in
"la Junta de la Federación Andina de Contadores (FAC)" or "the Board of the Pacific Audit
Association (PAA)" the letters are those of the organisation named after "de (la)"/"del"/"of
(the)", not of the whole name, so the acronym names the organisation and the body is the part
before the joining words.

This module only reads a name's words and an acronym; it must not find names, type them nor
write to a batch (loaders.entities does).
"""
from __future__ import annotations

from loaders.read import fold_same_length

# words a name joins with, never initials of an acronym ("Comité de Integración (CI)")
JOINING_WORDS = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "en", "para", "sobre",
                           "of", "the", "and", "for", "on", "in"})
OWNER_JOINS = frozenset({"de", "del", "of"})
ARTICLES = frozenset({"la", "las", "los", "el", "the"})


def initials(words: list[str]) -> str:
    """The capital initials of a name's words, each part of a hyphenated word counted, joining
    words left out, accents folded.

    >>> initials(["COMITÉ", "de", "INTEGRACIÓN", "LATINO", "EUROPA-AMÉRICA"])
    'CILEA'
    """
    out = []
    for w in words:
        if fold_same_length(w.lower()) in JOINING_WORDS:
            continue
        for part in w.split("-"):
            if part[:1].isalpha():
                out.append(fold_same_length(part[:1]).upper())
    return "".join(out)


def owner_of_acronym(words: list[str], acronym: str) -> int | None:
    """The index of the first word of the organisation a bracketed `acronym` after `words`
    stands for: the words after a joining "de (la)"/"del"/"of (the)" whose initials are the
    acronym's letters when the whole name's are not; None when the acronym is the whole name's
    or no such tail spells it.

    >>> owner_of_acronym("Junta de la Federación Andina de Contadores".split(), "FAC")
    3
    >>> owner_of_acronym("Federación Andina de Contadores".split(), "FAC") is None
    True
    """
    acr = fold_same_length(acronym.rstrip("s")).upper()
    if len(acr) < 2 or initials(words) == acr:
        return None
    for k in range(1, len(words)):
        before = fold_same_length(words[k - 1].lower())
        joined = before in OWNER_JOINS or before in ARTICLES and k >= 2 \
            and fold_same_length(words[k - 2].lower()) in OWNER_JOINS
        if joined and words[k][:1].isupper() and initials(words[k:]) == acr:
            return k
    return None

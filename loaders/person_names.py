"""Short forms a document uses for a person it has named in full with a post or title: the
surname after a title ("Minister Pato said", "Mr Downer") stands for "Rimbink Pato", "Alexander
Downer" when no other person of the document has that surname.

This module only proposes aliases for persons already found (loaders.entities); it must not find
persons nor read text.
"""
from __future__ import annotations

from loaders.gazetteer import Entity


def surname_aliases(persons: list[Entity], others: list[Entity] = ()) -> dict[str, str]:
    """{person id: surname} for `persons` (named with a post or title) whose last name word no
    other person of `persons` or `others` shares, is at least four letters long and is not the
    first word of any person's name; the alias is case-sensitive ("=Surname") where it is used."""
    last: dict[str, set] = {}
    firsts = set()
    for ent in list(persons) + list(others):
        words = ent.name.split()
        firsts.add(words[0])
        if len(words) >= 2:
            last.setdefault(words[-1], set()).add(ent.id)
    out = {}
    for ent in persons:
        words = ent.name.split()
        if len(words) < 2:
            continue
        sur = words[-1]
        if len(last.get(sur, ())) == 1 and len(sur) >= 4 and sur[:1].isupper() and \
                not sur.isupper() and sur not in firsts:
            out[ent.id] = sur
    return out

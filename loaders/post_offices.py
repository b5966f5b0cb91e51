"""The office a post heads, when the document names it: "Minister of Foreign Affairs of the
Republic of Belarus" and "the Ministry of Foreign Affairs of the Republic of Belarus" elsewhere
in the text; "Ministro de Justicia" and "el Ministerio de Justicia". The person HOLDS_POST in
that organisation, citing the person's phrase. The post word and the office word come in pairs
from data/lang/<code>/persons.yaml `post_offices` ("minister of" → "ministry of"); the office's
name must be the post's complement word for word (folded), so a longer or shorter ministry is
never taken. This module must not find persons nor organisations, and must not say whom a person
represents (a state's own office is not whom its minister speaks for).
"""
from __future__ import annotations

from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon
from loaders.read import fold_same_length


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, str], ...]:
    """(post opening, office opening) pairs, folded, longest post opening first."""
    raw = lexicon("persons").get("post_offices") or {}
    pairs = {(" ".join(fold_same_length(str(k)).split()), " ".join(fold_same_length(str(v)).split()))
             for k, v in raw.items()}
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def office_name(post: str) -> str | None:
    """The folded name of the office the post heads, or None when the post opens with no
    `post_offices` word.

    >>> office_name("Minister of Foreign Affairs"), office_name("Ministra de Seguridad")
    ('ministry of foreign affairs', 'ministerio de seguridad')
    >>> office_name("Director General") is None
    True
    """
    folded = " ".join(fold_same_length(post).split()).rstrip(" ,;")
    for opening, office in _pairs():
        if folded.startswith(opening + " "):
            return office + folded[len(opening):]
    return None


def link_post_offices(ctx: Context) -> None:
    """HOLDS_POST from each person whose post heads an organisation the document names."""
    named: dict[str, str] = {}
    for m in ctx.mentions:
        if m.kind == "Organization":
            named.setdefault(" ".join(fold_same_length(ctx.text[m.start:m.end]).split()), m.entity)
    if not named:
        return
    for f in ctx.found:
        if f.entity.kind != "Person" or not f.entity.post or f.entity.id not in ctx.gazetteer.entities \
                or not f.phrase:
            continue
        office = office_name(f.entity.post)
        if office and office in named:
            ctx.edge("HOLDS_POST", f.entity.id, named[office], [ctx.source(*f.phrase)])

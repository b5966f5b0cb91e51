"""The governing body of an organisation and the organisation itself, where the text names the
body by its generic noun, often in lower case, then whose it is: "se reúnen los miembros de la
junta directiva de Python Canarias", "the steering committee of Coral Network met", "el consejo
directivo de la Asociación de Archiveros". The body is a Body named by its noun ("Junta
Directiva"), the organisation an Organization named by the capitalised words after "de"/"of"
(unless those name a place, a country or something already known, which is then the owner);
loaders.body_parts then says the body is PART_OF the organisation, loaders.frame that a meeting
of the body is PART_OF it.

Nouns are the language packs' (data/lang/*/heads.yaml `governing_bodies`). This module proposes
entities and their spans; it must not write to a batch nor decide relations.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.gazetteer import Entity
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.world import place, slug

UPPER = "A-ZÁÉÍÓÚÑÜ"
# the organisation's name: one to five capitalised words, "de"/"del"/"of" between them
OWNER = re.compile(rf"[{UPPER}][\w'’&.-]*(?:[^\S\n]+(?:(?:de|del|de la|of|of the|y|and|for)[^\S\n]+)?"
                   rf"[{UPPER}0-9][\w'’&.-]*){{0,4}}")


@lru_cache(maxsize=1)
def _body_re() -> re.Pattern:
    alts = phrase_alternation(lexicon("heads").get("governing_bodies"))
    return re.compile(rf"(?<!\w)(?i:(?P<body>{alts}))[^\S\n]+(?:de(?:l|[^\S\n]+la)?|of(?:[^\S\n]+the)?)[^\S\n]+")


def governing_bodies(text: str, start: int, end: int, taken, covered, places: frozenset) -> list:
    """Found entities (loaders.entities.Found) for each governing body named with its owner in
    text[start:end]: the Body over the noun and, when no known name or place stands there, the
    Organization over the capitalised words after it. `taken`: spans already named; `covered`:
    loaders.entities._covered_start; `places`: folded names of places and countries."""
    from loaders.entities import Found, _heads, unaccent
    heads, _ = _heads()
    out = []
    folded = fold_same_length(unaccent(text[start:end]))
    for m in _body_re().finditer(folded):
        bs, be = start + m.start("body"), start + m.end("body")
        if covered(bs, taken) or text[bs:be].isupper():
            continue                # named in full already; a title in capitals is loaders.frame's
        owner_at = start + m.end()
        name = " ".join(text[bs:be].split())
        body_name = " ".join(w.lower() if w.lower() in ("de", "of") else w[:1].upper() + w[1:].lower()
                             for w in name.split())
        owner = OWNER.match(text, owner_at, end)
        if owner is None:
            continue
        oname = " ".join(owner.group(0).rstrip(".").split())
        if not covered(owner_at, taken) and (fold_same_length(oname) in places or place(oname)):
            continue                # "the executive committee of Fiji": a country's, not an organisation
        # typed by its head noun: "Junta" opens a Spanish name, "Committee" ends an English one
        spec = next((heads[w] for w in (fold_same_length(x) for x in (body_name.split()[0], body_name.split()[-1]))
                     if heads.get(w, {}).get("kind") == "Body"), {"subtype": "committee"})
        out.append(Found(Entity(f"body:{slug(body_name)}", "Body", body_name, spec.get("subtype") or "committee",
                                None, None, (body_name,)), bs, be))
        if not covered(owner_at, taken):
            oe = owner_at + len(owner.group(0).rstrip("."))
            out.append(Found(Entity(f"organization:{slug(oname)}", "Organization", oname, None, None, None,
                                    (oname,)), owner_at, oe))
    return out

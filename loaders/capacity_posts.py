"""Posts a sentence gives to the persons it lists after a capacity cue: "y, en calidad de asesores,
los señores Ana EJEMPLO (Chile) y Luis MUESTRA", "attended as advisers: Jane Example and John
Sample": each person named after the cue, up to the sentence's end, who has no post of their own
holds the cue's post in the singular (data/lang/<code>/persons.yaml `capacity_cues` and
`capacity_posts`: plural → singular).

This module only gives posts to persons already found (loaders.entities); it must not find
persons, organisations nor relations, and it must not write to a batch.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length


@lru_cache(maxsize=1)
def _cue() -> tuple[re.Pattern | None, dict]:
    persons = lexicon("persons")
    cues = [str(c) for c in persons.get("capacity_cues") or []]
    plural = {fold_same_length(str(k).lower()): str(v) for k, v in (persons.get("capacity_posts") or {}).items()}
    if not cues or not plural:
        return None, {}
    rx = re.compile(rf"(?<!\w)(?:{phrase_alternation(cues, fold=False)})[^\S\n]+"
                    rf"(?P<post>{phrase_alternation(persons.get('capacity_posts'), fold=False)})(?!\w)",
                    re.IGNORECASE)
    return rx, plural


# a sentence ends at ";" or at a full stop after a word of two letters or more or a bracket
# (an initial's stop, "Oscar J. EJEMPLO", goes on)
SENTENCE_END = re.compile(r";|(?:\w\w|\))\.(?=\s|$)")


def capacity_scopes(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(scope start, scope end, post) for each capacity cue in text[start:end]: the scope runs
    from the cue's end to the end of its sentence (or `end`); post is the singular post.

    >>> capacity_scopes("y, en calidad de asesores, Ana EJEMPLO. Luego", 0, 45)
    [(25, 39, 'asesor')]
    """
    rx, plural = _cue()
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text, start, end):
        stop = SENTENCE_END.search(text, m.end(), end)
        out.append((m.end(), stop.end() if stop else end, plural[fold_same_length(" ".join(m.group("post").lower().split()))]))
    return out


def with_capacity_posts(text: str, blocks, found: list) -> list:
    """`found` (loaders.entities.Found, offsets into `text`) with each Person that has no post
    and starts inside a capacity cue's scope (`capacity_scopes`, per block of `blocks`: objects
    with `start`/`end`) given the cue's post."""
    scopes = [s for b in blocks for s in capacity_scopes(text, b.start, b.end)]
    if not scopes:
        return found
    out = []
    for f in found:
        if f.entity.kind == "Person" and not f.entity.post:
            post = next((p for s, e, p in scopes if s <= f.start < e), None)
            if post:
                f = replace(f, entity=replace(f.entity, post=post))
        out.append(f)
    return out

"""Persons named together with the states they come from, two lists side by side: "los
presidentes A y B, de Chile y Perú, respectivamente", "Presidents A and B of Chile and Peru,
respectively", or the states first, in the persons' post: "los viceministros de Perú y de
Colombia, A y B, respectivamente", "the vice ministers of Peru and Colombia, A and B
respectively". With the word that pairs them in order (data/lang/*/persons.yaml
`respectively_words`) and as many persons as states, each person REPRESENTS the state in the same
place of its list. Without it, a person is paired only where that is unambiguous: every person
but one REPRESENTS exactly one state of the list by what the text says elsewhere, each a
different one, and the one left takes the state left. The persons' ties to the listed states read
from that sentence up to the lists' end (one state read for the person before it: "B, de Chile" of
"A y B, de Chile y Perú") lose those sources, and a tie left with none is dropped, since no list
of two states says one person's state: a second list of the same persons later in the text
("Los viceministros de Perú y de Colombia, A y B, se reunieron ... los viceministros de Perú y de
Colombia, A y B, respectivamente") neither keeps the first one's ties alive nor is kept alive by
them.

This module must not make persons or countries, nor read posts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon, phrase_alternation

ONE = r"⟦%s(?:/\w+)?#\d+⟧"
JOIN = r"(?:\s*,\s*(?:(?:y|e|and)\s+)?|\s+(?:y|e|and)\s+)"


@lru_cache(maxsize=1)
def _lists() -> re.Pattern:
    """Two or more persons, "de"/"of", two or more states, then perhaps the pairing word, on
    folded tagged text (groups `persons`, `states`, `resp`)."""
    person, country = ONE % "Person", ONE % "Country"
    resp = phrase_alternation(lexicon("persons").get("respectively_words") or [])
    return re.compile(
        rf"(?P<persons>{person}(?:{JOIN}{person})+),?\s+(?:de|del|of|from)\s+(?:(?:la|el|the)\s+)?"
        rf"(?P<states>{country}(?:{JOIN}{country})+)(?:\s*,?\s*(?P<resp>{resp})\b)?")


# a state of a list written after its post, its "de"/"of" said again ("de Perú y de Colombia")
STATE_JOIN = r"(?:\s*,\s*(?:(?:y|e|and)\s+)?|\s+(?:y|e|and)\s+)(?:(?:de|del|of)\s+)?(?:(?:la|el|the)\s+)?"


@lru_cache(maxsize=1)
def _states_first() -> re.Pattern:
    """A post's "de"/"of", two or more states, then two or more persons in apposition and perhaps
    the pairing word ("de Perú y de Colombia, A y B, respectivamente"), on folded tagged text
    (groups `states`, `persons`, `resp`)."""
    person, country = ONE % "Person", ONE % "Country"
    resp = phrase_alternation(lexicon("persons").get("respectively_words") or [])
    return re.compile(
        rf"\b(?:de|del|of)\s+(?:(?:la|el|the)\s+)?(?P<states>{country}(?:{STATE_JOIN}{country})+)\s*,\s*"
        rf"(?P<persons>{person}(?:{JOIN}{person})+)(?:\s*,?\s*(?P<resp>{resp})\b)?")


def _first_ids(items) -> list[str]:
    return [it.ids[0] for it in items if it.ids]


def pair_persons_with_states(ctx: Context) -> None:
    """The pipeline component: REPRESENTS for persons listed beside the states they come from
    (module docstring); raises nothing."""
    for _, sentence, _, tagged in ctx.tagged_sentences():
        for m in (m for rx in (_lists(), _states_first()) for m in rx.finditer(tagged.s)):
            persons = _first_ids(tagged.group_items(m, "persons"))
            states = _first_ids(tagged.group_items(m, "states"))
            start, end = tagged.span(*m.span())
            ties = {(e.source, e.target): k for k, e in ctx.batch.edges.items()
                    if e.type == "REPRESENTS" and e.source in persons and e.target in states}
            # what was read from this sentence up to the lists' end (a post phrase opens before
            # the names) is dropped; a tie the text also states elsewhere keeps those sources
            for pair, k in list(ties.items()):
                edge = ctx.batch.edges[k]
                edge.sources = [s for s in edge.sources
                                if not (sentence <= s.start and s.end <= end)]
                if not edge.sources:
                    del ctx.batch.edges[ties.pop(pair)]
            pairs = _paired(persons, states, bool(m.group("resp")), set(ties))
            src = [ctx.source(start, end)]
            for person, state in pairs:
                ctx.edge("REPRESENTS", person, state, src)


def _paired(persons: list[str], states: list[str], respectively: bool,
            known: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """(person, state) pairs: in order when `respectively` and the lists are as long; else by
    elimination from `known` (each person's ties to the listed states stated elsewhere) when every
    person but at most one has exactly one, all different; [] otherwise.

    >>> _paired(["p:a", "p:b"], ["c:cl", "c:pe"], True, set())
    [('p:a', 'c:cl'), ('p:b', 'c:pe')]
    >>> _paired(["p:a", "p:b"], ["c:cl", "c:pe"], False, {("p:b", "c:cl")})
    [('p:a', 'c:pe'), ('p:b', 'c:cl')]
    >>> _paired(["p:a", "p:b"], ["c:cl", "c:pe"], False, set())
    []
    """
    if len(persons) != len(states) or len(set(persons)) != len(persons):
        return []
    if respectively:
        return list(zip(persons, states))
    of = {p: [s for s in states if (p, s) in known] for p in persons}
    if any(len(v) > 1 for v in of.values()):
        return []
    taken = [v[0] for v in of.values() if v]
    left = [s for s in states if s not in taken]
    unknown = [p for p in persons if not of[p]]
    if len(set(taken)) != len(taken) or len(unknown) > 1:
        return []
    return [(p, of[p][0] if of[p] else left[0]) for p in persons]

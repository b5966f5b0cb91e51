"""Whether a word is a given name: gender-guesser's list of given names of many countries, less
the words of the language packs that at the head of a capitalised run mostly name a place
(data/lang/*/persons.yaml `not_given_names`: "América", "Victoria").

Read by loaders.affiliations (a person named before where they come from) and loaders.mentions
(a country's name right after a given name is a surname: "Lisa Monaco"). This module must not
find persons; it only answers for one word.
"""
from __future__ import annotations

from functools import lru_cache

from loaders.lang import lexicon
from loaders.read import fold_same_length


@lru_cache(maxsize=1)
def _given_names():
    """gender-guesser's detector (loaded once, on the first candidate: it reads its name list)."""
    import gender_guesser.detector as detector
    return detector.Detector(case_sensitive=False)


def given_name(word: str) -> bool:
    """Whether `word` is a given name of gender-guesser's list ("Silvana", "David").

    >>> given_name("Silvana"), given_name("Transparencia")
    (True, False)
    """
    if fold_same_length(word) in _not_given():
        return False
    return _given_names().get_gender(word) != "unknown"


@lru_cache(maxsize=1)
def _not_given() -> frozenset:
    """Given names that, at the head of a capitalised run, mostly name a place or a region
    ("América del Sur", "Victoria"): data/lang/*/persons.yaml `not_given_names`."""
    return frozenset(fold_same_length(w) for w in lexicon("persons").get("not_given_names") or [])

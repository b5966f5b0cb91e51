"""Language packs: the words extraction needs in each language, read from data/lang/<code>/.

Each pack is a folder of YAML files, one per kind of word (heads, persons, places, ...); a file's
top-level keys are merged across languages, lists concatenated and mappings joined, because one
document may mix languages. This module reads words and writes them as regular-expression
sources (`phrase_alternation`); it must not search text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from graph.data_schemas import LanguagePack, ParticipantWords, load_checked
from graph.data_files import data_file
from loaders.errors import SourceError

LANG_DIR = data_file("lang")
# files of a pack whose keys are fixed: checked against their own schema
SCHEMAS = {"participants": ParticipantWords}


@lru_cache(maxsize=None)
def lexicon(kind: str, languages: tuple[str, ...] | None = None) -> dict:
    """The merged `data/lang/<code>/<kind>.yaml` of every language (or of `languages`).

    Lists are concatenated (first occurrence kept), mappings joined (first language wins).
    Raises SourceError on a file that is not a mapping.
    """
    codes = languages or tuple(sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir()))
    out: dict = {}
    for code in codes:
        path = LANG_DIR / code / f"{kind}.yaml"
        if not path.exists():
            continue
        raw = load_checked(path, SCHEMAS.get(kind, LanguagePack)) or {}
        if not isinstance(raw, dict):
            raise SourceError(f"lang/{code}/{kind}.yaml", 1, "expected a mapping")
        for key, value in raw.items():
            if isinstance(value, list):
                out[key] = list(dict.fromkeys((out.get(key) or []) + value))
            elif isinstance(value, dict):
                out[key] = {**value, **(out.get(key) or {})}
            else:
                out.setdefault(key, value)
    return out


def phrase_alternation(words, fold: bool = True, blank: str = r"[^\S\n]+",
                       last_blank: str | None = None) -> str:
    r"""A regular-expression source matching any of `words` (phrases of a language pack), with
    their blanks normalised and, unless `fold` is False, folded (loaders.read.fold_same_length);
    longest first (then in alphabetical order, so the source is the same in every process); each
    blank inside a phrase matches `blank` (by default a run of blanks on one line); "(?!)",
    which never matches, when there are none. `last_blank`, when given, is what the last blank of
    a phrase matches instead (an aside before the phrase's last word: "organised, as every
    year, by").

    >>> phrase_alternation(["Junta Directiva", "board"])
    'junta[^\\S\\n]+directiva|board'
    >>> phrase_alternation(["Annual Report"], fold=False, blank=r"\s+")
    'Annual\\s+Report'
    """
    from loaders.read import fold_same_length
    phrases = sorted({" ".join((fold_same_length(w) if fold else str(w)).split()) for w in words or []} - {""},
                     key=lambda w: (-len(w), w))
    def source(w: str) -> str:
        head, _, last = w.rpartition(" ")
        if not head or last_blank is None:
            return re.escape(w).replace(r"\ ", blank)
        return re.escape(head).replace(r"\ ", blank) + f"(?:{last_blank})" + re.escape(last)
    return "|".join(source(w) for w in phrases) or r"(?!)"

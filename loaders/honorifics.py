"""Honorifics: the titles written before a person's name ("Sr.", "Lic.", "Mtra.", "Dr.", "Hon.",
"Mr.", "H.E.", "S.E.", "Excmo."), read by every reader of names from one place.

The words are the language packs' (data/lang/<code>/persons.yaml):
- `honorifics`: the titles, matched on folded or accent-free text (case and accents ignored);
- `honorifics_in_rows`: regular expressions for the titles as an attendance list's row writes them,
  case kept ("Victoria The Hon. J. Example", "Sr.");
- `signature_titles`: the words before a signer's name that go with the post in a signature
  block ("Ministra", "Embajador", "Lic.").

`honorifics()` compiles each form once per set of languages and keeps it. This module only
builds the words and patterns; it must not read a document nor decide what a name is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.lang import lexicon
from loaders.read import fold_same_length


@dataclass(frozen=True)
class Honorifics:
    """The honorifics of a set of languages, in the forms their readers match.

    - `words`: the titles folded ("lic.", "the hon", "su excelencia");
    - `bare`: the same without a final period ("lic", "dr"), to drop from a name's words;
    - `alternation`: a regular expression source for one title, longest first, ending at a word
      boundary (a title with a period may be glued to initials: "Dr.J.B."); it matches folded or
      accent-free text under the case-ignoring flag;
    - `leading`: one title and the blanks after it, ignoring case, on accent-free text;
    - `run`: one or more titles opening a folded name ("sr. lic. ana"), each followed by blanks or
      closing with its period;
    - `in_rows`: a regular expression source for one title as a row of a list writes it, case kept;
    - `signature_titles`: the folded words before a signer's name that go with the post.
    """
    words: frozenset
    bare: frozenset
    alternation: str
    leading: re.Pattern
    run: re.Pattern
    in_rows: str
    signature_titles: frozenset

    def past(self, unaccented: str, s: int, e: int) -> int:
        """Where a name starts in unaccented[s:e] once a leading title and its blanks are passed
        ("Dr. Tom Example": the offset of "Tom"); `s` when none opens it."""
        m = self.leading.match(unaccented, s, e)
        return m.end() if m and m.end() > s else s


def _alternation(words) -> str:
    """One of `words` (folded), longest first; a title ending in a period needs no word boundary
    after it, another does; a one-letter title with its period ("D.") only before a blank and a
    capitalised word ("D. José", never the initials of "D.A. Lowe"), on the same line or the next."""
    def after(h: str) -> str:
        if len(h) == 2 and h.endswith("."):
            return r"(?=(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)[A-Z][a-z])"     # a wrapped line may part them
        return r"(?:(?!\w)|(?=[A-Z]\.))" if h.endswith(".") else r"\b"
    return r"(?:%s)" % "|".join(re.escape(h).replace(r"\ ", r"\s+") + after(h)
                                 for h in sorted(words, key=lambda h: (-len(h), h)))


def _run_alternation(names) -> str:
    """One of `names` as folded words joined by blanks, longest first; none matches nothing."""
    return "|".join(sorted((r"\s+".join(re.escape(fold_same_length(x)) for x in w.split())
                            for w in names), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=None)
def honorifics(languages: tuple[str, ...] | None = None) -> Honorifics:
    """The honorifics of `languages` (language codes; None: every language pack), compiled once.

    Raises loaders.errors.SourceError when a pack file is not a mapping (loaders.lang)."""
    lex = lexicon("persons", languages)
    listed = [str(h) for h in lex.get("honorifics") or []]
    words = frozenset(fold_same_length(h) for h in listed)
    alternation = _alternation(words)
    return Honorifics(
        words=words,
        bare=frozenset(w.rstrip(".") for w in words),
        alternation=alternation,
        leading=re.compile(rf"(?i:{alternation})[ \t]*"),
        run=re.compile(r"^(?:(?:%s)(?:\s+|(?<=\.)))+" % _run_alternation(listed)),
        in_rows=r"(?:%s)" % ("|".join(str(p) for p in lex.get("honorifics_in_rows") or []) or "(?!)"),
        signature_titles=frozenset(fold_same_length(str(w)) for w in lex.get("signature_titles") or []),
    )

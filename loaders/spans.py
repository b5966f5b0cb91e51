"""Spans of the document text: its sentences, and a quote's span without markup around it.

Every component cuts passages into sentences the same way, so a fact read by one and a fact read
by another quote the same sentence. A period after an abbreviation ("Sra.", "Dr.") does not
end a sentence. `Enclosing` and `ByStart` answer, per sentence, which spans enclose it or start
inside it without rescanning the document. This module works on offsets only; it must not tag
or interpret the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from loaders.read import fold_same_length


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Quotes without the markup and blanks around them."""
    while start < end and text[start] in " \t\n*":
        start += 1
    while end > start and text[end - 1] in " \t\n*":
        end -= 1
    return start, end


def _word_before(text: str, start: int, end: int) -> str:
    r"""The run of word characters and periods that ends text[start:end] (before one final
    newline), "" when there is none: what `([\w.]+)$` finds, read backwards from `end` so a
    long sentence is not read again at each period inside it."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    k = end
    while k > start and (text[k - 1].isalnum() or text[k - 1] in "_."):
        k -= 1
    return text[k:end]


# A list bullet inside a line of running text: what a PDF's list becomes once its lines are
# joined ("... will include: • 800 arrivals ... • in return, ..."), the Symbol-font bullet U+F0B7
# also as its UTF-8 bytes misread as Latin-1 ("ï\x82·"). It ends the sentence before it.
INLINE_BULLET = re.compile("(?:[ \t]+|(?<![^\n]))(?:\u00ef\u0082\u00b7|\uf0b7|\u2022|\u25cf|\u25aa)[ \t]+")
# a passage opening with a bullet or a dash: the item starts after it
_BULLET_AT = re.compile("[ \t]*(?:\u00ef\u0082\u00b7|\uf0b7|\u2022|\u25cf|\u25aa|-)[ \t]+")
# a dash after a sentence's full stop, before a capital, opens the next item of a joined list
# ("... regulators.  - Further investments ...")
_DASH_ITEM = "(?<=[.;])[ \t]+-[ \t]+(?=[A-ZÁÉÍÓÚÑ])"
# (a sentence may open with a typographic quotation mark: "... próximo. “Nosotros ...”, agregó.")
_CUT = re.compile(r"[.!?](?=\s+[\"'*¿¡(\u201c\u2018\u00ab]*[A-ZÁÉÍÓÚÑ])|" + INLINE_BULLET.pattern + "|" + _DASH_ITEM)


# a capitalised word before a one-letter initial, not itself after an article ("el Anexo B.",
# "the Plan B." end sentences; "Mary A. Ryan" does not)
_NAME_BEFORE_INITIAL = re.compile(
    r"(?<![^\W\d_])(?<!\bel )(?<!\bla )(?<!\blos )(?<!\blas )(?<!\bdel )(?<!\bal )(?<!\bthe )"
    r"(?<!\bun )(?<!\buna )(?<!\ban )(?<!\bEl )(?<!\bLa )(?<!\bThe )"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+[ \t]+$")


def _middle_initial(text: str, start: int, at: int, word: str | None) -> bool:
    """The word ending at `at` (before a period) is one capital letter right after a capitalised
    word ("Mary A. Ryan", "John F. Example"): a middle initial, not a sentence's end."""
    return bool(word) and len(word) == 1 and word.isupper() and \
        bool(_NAME_BEFORE_INITIAL.search(text, max(start, at - 1 - 40), at - 1))


def _initial_after_title(text: str, start: int, at: int, word: str | None,
                         abbreviations: frozenset) -> bool:
    """The word ending at `at` (before a period) is one capital letter right after an
    abbreviated title ("Dr. J. Pérez", "dn. J. José"): a name's initial, not a sentence's end."""
    if not (word and len(word) == 1 and word.isupper()):
        return False
    k = at - 1                      # the space(s) before the initial
    while k > start and text[k - 1] in " \t":
        k -= 1
    if k == at - 1 or k <= start or text[k - 1] != ".":
        return False
    title = _word_before(text, start, k - 1)
    return bool(title) and _abbreviated(fold_same_length(title).lower(), abbreviations)


def after_bullet(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens an item after an inline bullet (INLINE_BULLET)."""
    return bool(re.search(_BULLET_AT.pattern + r"$", text[max(0, start - 8):start]))


def _abbreviated(word: str, abbreviations: frozenset) -> bool:
    """The folded word before a period is an abbreviation, or several written together with
    their periods ("dr.don" of "dr.don. José").

    >>> _abbreviated("dr.don", frozenset({"dr", "don"})), _abbreviated("fin.dr", frozenset({"dr"}))
    (True, False)
    """
    if word in abbreviations:
        return True
    parts = word.split(".")
    return len(parts) > 1 and all(p in abbreviations for p in parts)


def sentences(text: str, start: int, end: int, abbreviations: frozenset) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end]; a period after an abbreviation does not cut; an inline
    list bullet (INLINE_BULLET) cuts, and belongs to neither sentence."""
    out, s = [], start
    opening = _BULLET_AT.match(text, start, end)
    if opening:                 # the passage opens with an inline bullet: the item starts after it
        s = opening.end()
    for m in _CUT.finditer(text, start, end):
        if m.group(0)[0] in ".!?":
            cut = after = m.end()
            word = _word_before(text, s, cut - 1)
            if word and _abbreviated(fold_same_length(word).lower(), abbreviations):
                continue
            if _middle_initial(text, s, cut - 1, word):
                continue            # "Mary A. Ryan": an initial inside a name
            if _initial_after_title(text, s, cut - 1, word, abbreviations):
                continue            # "dn. J. José": an initial after a title
        else:
            cut, after = m.start(), m.end()
            if cut <= s:            # a bullet opening the passage: the item starts after it
                s = after
                continue
        out.append((s, cut))
        s = after
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


class Enclosing:
    """A fixed set of (start, end) spans asked, many times over, whether one of them encloses a
    span: `covers(a, b)` is `any(x <= a and b <= y for x, y in spans)` in O(log n) (sorted starts
    and the running maximum of their ends, built once), so a document is not rescanned per
    sentence. Offsets are character offsets; the spans are not changed after construction."""

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self._starts = [x for x, _ in ordered]
        self._reach: list[int] = []
        best = None
        for _, y in ordered:
            best = y if best is None or y > best else best
            self._reach.append(best)

    def covers(self, a: int, b: int) -> bool:
        """Whether some span (x, y) has x <= a and b <= y."""
        k = bisect_right(self._starts, a)
        return k > 0 and self._reach[k - 1] >= b


class ByStart:
    """Things with a `start` offset, looked up by a range of offsets in O(log n) and returned in
    their original order: built once per document so a passage does not scan them all;
    `things` are not changed after construction."""

    def __init__(self, things) -> None:
        keyed = sorted((t.start, k) for k, t in enumerate(things))
        self._things = list(things)
        self._starts = [s for s, _ in keyed]
        self._order = [k for _, k in keyed]

    def within(self, start: int, end: int) -> list:
        """The things with start <= thing.start < end, in their original order."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [self._things[k] for k in sorted(self._order[lo:hi])]


class Coverage:
    """A fixed set of (start, end) spans asked, many times over, how many characters of a range
    they cover, counted once per span: `covered(a, b)` is
    `sum(min(b, y) - max(a, x) for x, y in spans if x < b and a < y)` in O(log n), as the
    difference of the running integral F(t) = sum of |[x, y) ∩ [0, t)| at b and at a (sorted
    starts and ends with their prefix sums, built once). Integers in, the same integer out;
    spans with y < x are not expected. The spans are not changed after construction."""

    def __init__(self, spans) -> None:
        pairs = list(spans)
        self._starts = sorted(x for x, _ in pairs)
        self._ends = sorted(y for _, y in pairs)
        self._start_sums = self._prefix(self._starts)
        self._end_sums = self._prefix(self._ends)

    @staticmethod
    def _prefix(values: list[int]) -> list[int]:
        out, total = [0], 0
        for v in values:
            total += v
            out.append(total)
        return out

    def _integral(self, t: int) -> int:
        """sum over spans of |[x, y) ∩ [0, t)| for spans starting before t."""
        k = bisect_left(self._starts, t)
        j = bisect_left(self._ends, t)
        return (k * t - self._start_sums[k]) - (j * t - self._end_sums[j])

    def covered(self, a: int, b: int) -> int:
        """Characters of [a, b) the spans cover, each span counted apart (nested or overlapping
        spans count twice); 0 when a >= b or no span meets the range."""
        if a >= b:
            return 0
        return self._integral(b) - self._integral(a)

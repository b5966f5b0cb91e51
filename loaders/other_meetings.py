"""Whether a meeting named in a sentence is another meeting than the one the document records.

"Destacando los avances de la V Reunión Binacional de Ministros, celebrada en Santiago el 23 de
agosto de 2013" in the record of the VI Reunión: the V Reunión is an earlier meeting, and the
place and day of its clause are its own, never the document's meeting's. A meeting named with
an ordinal other than the one of the document's own name, or called earlier ("la reunión
anterior", "the previous meeting", "last year's meeting"), is another meeting. Cues (ordinal
words, earlier words; Spanish and English) live in data/lang/*/other_meetings.yaml.

This module only tells; it must not add or remove nodes or edges.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.structure import roman_value
from loaders.tagging import PLACEHOLDER, Tagged

# a Roman numeral as the field numbers its meetings (I to CC), a number with an ordinal ending
ROMAN = re.compile(r"^(?:c{0,2})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
NUMBERED = re.compile(r"^(\d{1,3})(?:st|nd|rd|th|a|o|ª|º|°)?$")
OPENING_CHARS = 300     # a document's opening: its title or first heading
WORDS_BEFORE = 3        # an ordinal stands at most this many words before the meeting's noun


@lru_cache(maxsize=1)
def _cues() -> tuple[dict, re.Pattern, re.Pattern]:
    """(ordinal word -> number, earlier words before the noun, earlier words after it)."""
    lex = lexicon("other_meetings")
    ordinals = {fold_same_length(str(k)): int(v) for k, v in (lex.get("ordinals") or {}).items()}
    before = re.compile(r"(?:^|\s)(?:%s)\s+(?:[\w'’-]+\s+){0,2}$"
                        % phrase_alternation(lex.get("earlier_before") or []))
    after = re.compile(r"^\s*(?:%s)\b" % phrase_alternation(lex.get("earlier_after") or []))
    return ordinals, before, after


def _roman(word: str) -> int | None:
    """The value of a well-formed Roman numeral (ROMAN), else None."""
    return roman_value(word) if word and ROMAN.match(word) else None


@lru_cache(maxsize=1)
def _meeting_noun() -> re.Pattern:
    """A noun that names a meeting (other_meetings.yaml `meeting_nouns`), folded, whole word."""
    return re.compile(r"\b(?:%s)\b" % phrase_alternation(lexicon("other_meetings").get("meeting_nouns") or []))


def ordinal_of(words: list[tuple[str, str]]) -> int | None:
    """The number an ordinal among `words` states, scanning from the last: each word as
    (folded, as written); a Roman numeral counts only written in capitals ("V", not "v").
    None when no word is an ordinal."""
    ordinals = _cues()[0]
    for folded, written in reversed(words[-WORDS_BEFORE:]):
        if folded in ordinals:
            return ordinals[folded]
        m = NUMBERED.match(folded)
        if m:
            return int(m.group(1))
        if written.isupper() and _roman(folded):
            return _roman(folded)
    return None


def _words(folded: str, written: str) -> list[tuple[str, str]]:
    return [(folded[m.start():m.end()], written[m.start():m.end()])
            for m in re.finditer(r"[\w'’ªº°]+", folded)]


def own_ordinal(name: str) -> int | None:
    """The ordinal of the document's meeting from its name ("VI Reunión Binacional de
    Ministros" -> 6, "Fifth Ministerial Meeting" -> 5): the words before its first meeting
    noun, else its first words; None when the name states none."""
    folded = fold_same_length(name)
    noun = _meeting_noun().search(folded)
    cut = noun.start() if noun else len(folded)
    words = _words(folded[:cut], name[:cut])
    return ordinal_of(words if noun else words[:1])


def opening_ordinal(text: str) -> int | None:
    """The ordinal of the meeting the document's opening names first ("VI REUNIÓN BINACIONAL DE
    MINISTROS ..." -> 6): its title or heading, when no name was read for the meeting. Only the
    first OPENING_CHARS characters are read; None when the first meeting noun there has none."""
    head = text[:OPENING_CHARS]
    folded = fold_same_length(head)
    noun = _meeting_noun().search(folded)
    if noun is None:
        return None
    cut = max(folded.rfind(c, 0, noun.start()) for c in ",;:.()\n") + 1
    return ordinal_of(_words(folded[cut:noun.start()], head[cut:noun.start()]))


def names_another_meeting(text: str, tagged: Tagged, at: int, own: int | None) -> bool:
    """Whether the meeting named at offset `at` of the tagged, folded sentence (a meeting noun
    or a tagged Event placeholder there) is another meeting than the document's, whose ordinal
    is `own` (None when its name states none): an earlier word before or after the noun, or an
    ordinal that differs from `own`. `text` is the document (for how a word is written)."""
    _, before_cue, after_cue = _cues()
    ph = PLACEHOLDER.match(tagged.s, at)
    if ph:
        it = tagged.items[int(ph.group("idx"))]
        written = text[it.start:it.end]
        folded = fold_same_length(written)
        noun = _meeting_noun().search(folded)
        if noun is None:
            return False
        head_words = _words(folded[:noun.start()], written[:noun.start()])
        lead = tagged.s[max(0, at - 40):at]
        after = folded[noun.end():] + tagged.s[ph.end():ph.end() + 40]
        noun_at = at
    else:
        noun = _meeting_noun().match(tagged.s, at)
        if noun is None:
            return False
        head_words = []
        lead = tagged.s[max(0, at - 40):at]
        after = tagged.s[noun.end():noun.end() + 40]
        noun_at = at
    lead = re.split(r"[⟧,;:.()]", lead)[-1]         # the noun phrase only, not the clause before
    lead_start = noun_at - len(lead)
    if before_cue.search(lead) or after_cue.match(after):
        return True
    s, e = tagged.span(lead_start, noun_at) if lead else (0, 0)
    words = _words(lead, text[s:e]) if lead and e - s == len(lead) else \
        [(w, w) for w in lead.split()]
    found = ordinal_of(words + head_words)
    return own is not None and found is not None and found != own


# how far before a participant cue (tagged characters) the meeting noun whose name it stands in
# may be: "... sobre la I Reunión de | Ministros de Relaciones Exteriores de A y B"
CUE_IN_NAME = 24


@lru_cache(maxsize=1)
def _about() -> re.Pattern:
    """An about-word, an article and at most WORDS_BEFORE words (an ordinal), then a meeting noun
    ending the string (other_meetings.yaml `about_before`, `meeting_nouns`), folded."""
    lex = lexicon("other_meetings")
    return re.compile(r"(?:^|[\s,(])(?:%s)\s+(?:(?:la|el|los|las|the|an?)\s+)?(?:[\w'’ªº°-]+\s+){0,%d}(?:%s)\s+(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?$"
                      % (phrase_alternation(lex.get("about_before") or []), WORDS_BEFORE,
                         phrase_alternation(lex.get("meeting_nouns") or [])))


def in_name_of_meeting_about(tagged: Tagged, at: int) -> bool:
    """Whether tagged offset `at` (where a participant cue, "Ministros de ...", starts) stands in
    the name of a meeting the sentence is about rather than the one it records: "sobre la I
    Reunión de | Ministros de Relaciones Exteriores de A y B", "on the First Meeting of |
    Ministers of ...". Only the CUE_IN_NAME characters before `at`, back to a clause mark, are
    read."""
    lead = re.split(r"[⟧;:.()]", tagged.s[max(0, at - CUE_IN_NAME - 40):at])[-1]
    return bool(_about().search(lead))


@lru_cache(maxsize=1)
def _held() -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % phrase_alternation(lexicon("other_meetings").get("held_participles") or []))


def named_other_meeting(text: str, tagged: Tagged, at: int, end: int):
    """The other meeting named at offset `at` of the tagged sentence, up to the participle that
    says it was held ("la V Reunión Binacional de Ministros, celebrada", "the Fifth Ministerial
    Meeting, held"), before tagged offset `end`: (start, end) of its name in `text` (from its
    ordinal, its noun written with a capital), the tagged offset after the participle, and the
    id of the Event it is tagged as (else None). None when it has no such name ("la reunión
    anterior, celebrada": a meeting the text does not name)."""
    held = _held().search(tagged.s, at, end)
    if held is None:
        return None
    ph = PLACEHOLDER.match(tagged.s, at)
    if ph:
        it = tagged.items[int(ph.group("idx"))]
        if it.kind != "Event" or tagged.s[ph.end():held.start()].strip(" ,"):
            return None
        return it.start, it.end, held.end(), it.ids[0]
    lead = re.split(r"[⟧,;:.()]", tagged.s[max(0, at - 40):at])[-1]
    base = at - len(lead)
    s0, e0 = tagged.span(base, at) if lead else (0, 0)
    if e0 - s0 != len(lead):
        return None
    spots = [(m.start(), (lead[m.start():m.end()], text[s0 + m.start():s0 + m.end()]))
             for m in re.finditer(r"[\w'’ªº°]+", lead)][-WORDS_BEFORE:]
    first = next((k for k, w in reversed(spots) if ordinal_of([w]) is not None), None)
    name_end = len(tagged.s[:held.start()].rstrip(" ,"))
    if first is None or name_end <= at or PLACEHOLDER.search(tagged.s, at, name_end):
        return None
    s, e = tagged.span(base + first, name_end)
    if not text[tagged.span(at, at + 1)[0]].isupper():
        return None
    return s, e, held.end(), None

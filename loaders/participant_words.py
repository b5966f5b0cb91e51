"""The words of lists of who took part in a meeting, read once from data/lang/<code>/participants.yaml.

One lexicon per language serves both readers of such lists: loaders/participants.py (who took
part, for whom, as member or observer) and loaders/attendance.py (the persons a list names, their
posts and organisations). Words are folded (case and accents off, spaces single) so callers compare
folded text. This module only reads words; it must not search text.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from loaders.lang import lexicon
from loaders.read import fold_same_length


def _folded(words) -> frozenset[str]:
    return frozenset(" ".join(fold_same_length(str(w)).split()) for w in words or [])


@dataclass(frozen=True)
class ParticipantWords:
    """Folded word sets of data/lang/*/participants.yaml, all languages merged.

    `columns` maps a column's meaning ("name", "organisation", "country", "status", "post") to
    the header words that give it; `delegate_headings` open a list of delegates, one a line with
    whom they speak for first ("Conference Delegates"); `chair_marks` are the words a list puts in
    brackets after the one who chairs ("(Chairman)"); `note_words` open a note between a list's
    heading and its entries ("Note: ..."); `country_codes` maps a two-letter prefix a text writes for a
    country to its ISO alpha-2 code, lower case ("uk" -> "gb")."""

    headings: frozenset[str]
    observer_headings: frozenset[str]
    columns: dict[str, frozenset[str]]
    member_roles: frozenset[str]
    observer_roles: frozenset[str]
    observer_qualifiers: frozenset[str]
    guest_roles: frozenset[str]
    no_organisation: frozenset[str]
    meeting_words: frozenset[str]
    country_codes: dict[str, str]
    delegate_headings: frozenset[str] = frozenset()
    chair_marks: frozenset[str] = frozenset()
    note_words: frozenset[str] = frozenset()


COLUMNS = ("name", "organisation", "country", "status", "post")


@lru_cache(maxsize=1)
def participant_words() -> ParticipantWords:
    """The merged lexicon (cached). Raises DataFileError when a file does not fit its schema.

    >>> w = participant_words()
    >>> "list of participants" in w.headings and "asistentes" in w.headings
    True
    >>> w.country_codes["uk"]
    'gb'
    """
    lex = lexicon("participants")
    return ParticipantWords(
        headings=_folded(lex.get("headings")),
        observer_headings=_folded(lex.get("observer_headings")),
        columns={c: _folded(lex.get(f"{c}_columns")) for c in COLUMNS},
        member_roles=_folded(lex.get("member_roles")),
        observer_roles=_folded(lex.get("observer_roles")),
        observer_qualifiers=_folded(lex.get("observer_qualifiers")),
        guest_roles=_folded(lex.get("guest_roles")),
        no_organisation=_folded(lex.get("no_organisation")),
        meeting_words=_folded(lex.get("meeting_words")),
        country_codes={str(k).lower(): str(v).lower()
                       for k, v in (lex.get("country_codes") or {}).items()},
        delegate_headings=_folded(lex.get("delegate_headings")),
        chair_marks=_folded(lex.get("chair_marks")),
        note_words=_folded(lex.get("note_words")),
    )

"""The reading rules of data/structure.yaml (furniture, list markers, letterhead, title words,
languages), compiled once. It must not apply them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from graph.data_schemas import StructureRules, load_checked
from graph.data_files import data_file

STRUCTURE_PATH = data_file("structure.yaml")


@dataclass(frozen=True)
class ReadingRules:
    furniture_lines: tuple[re.Pattern, ...]
    furniture_marks: tuple[re.Pattern, ...]
    list_marker: re.Pattern
    list_marker_cased: re.Pattern
    sentence_end: re.Pattern
    letterhead: tuple[re.Pattern, ...]
    title_words: re.Pattern
    meeting_date_cue: re.Pattern
    languages: tuple[str, ...]
    title_lowercase_words: tuple[str, ...]
    page_numbers: tuple[re.Pattern, ...] = ()
    wrapped_line_chars: int = 60      # a line this long under a title is a wrapped paragraph's
    letterhead_max_chars: int = 200   # a line longer than this is text, never letterhead


@lru_cache(maxsize=None)
def reading_rules(path: Path = STRUCTURE_PATH) -> ReadingRules:
    """The rules, compiled; raises yaml/re errors on a malformed file."""
    r = load_checked(path, StructureRules)
    c = re.compile
    return ReadingRules(
        tuple(c(p) for p in r["furniture_lines"]), tuple(c(p) for p in r["furniture_marks"]),
        c(r["list_marker"]), c(r["list_marker_cased"]), c(r["sentence_end"]),
        tuple(c(p) for p in r["letterhead"]),
        c(r["title_words"]), c(r["meeting_date_cue"]), tuple(r["languages"]),
        tuple(r["title_lowercase_words"]), tuple(c(p) for p in r.get("page_numbers") or ()),
        int(r.get("wrapped_line_chars", 60)), int(r.get("letterhead_max_chars", 200)))

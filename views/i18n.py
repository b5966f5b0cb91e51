"""Interface strings in Spanish and English, read from views/strings.yaml.

Only the interface is translated: entity names, quotes and document text are shown exactly as the
source spells them. A missing English string falls back to Spanish, a missing key to the key
itself, so a gap shows up on screen instead of crashing a page.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

STRINGS_PATH = Path(__file__).with_name("strings.yaml")
LANGUAGES = {"es": "Español", "en": "English"}
DEFAULT_LANGUAGE = "es"


@lru_cache(maxsize=1)
def strings() -> dict[str, dict[str, str]]:
    with STRINGS_PATH.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values) -> str:
    """The string `key` in `lang`, with `{placeholders}` filled from `values`."""
    entry = strings().get(key)
    if entry is None:
        text = key
    else:
        text = entry.get(lang) or entry.get(DEFAULT_LANGUAGE) or key
    return text.format(**values) if values else text


def kind_label(kind: str, lang: str) -> str:
    return t(f"kind.{kind}", lang) if f"kind.{kind}" in strings() else kind


def edge_label(etype: str, lang: str) -> str:
    return t(f"edge.{etype}", lang) if f"edge.{etype}" in strings() else etype.lower()


def role_label(role: str | None, lang: str) -> str:
    if not role:
        return ""
    return t(f"role.{role}", lang) if f"role.{role}" in strings() else role

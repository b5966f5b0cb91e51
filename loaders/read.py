"""The canonical form of text, and the accent/case folding every matcher shares.

Every Source offset in a batch indexes text in the form `normalise` returns, so nothing
downstream may re-normalise. Reading files of each format is loaders.reading's job; `read_text`
stays here for plain text. This module must not parse structure or guess meaning.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

BOM = "\ufeff"


def normalise(text: str) -> str:
    r"""One canonical form (NFC, LF, no BOM) so offsets agree whoever reads the file.

    >>> normalise("\ufeffActa\r\nPeru\u0301")
    'Acta\nPerú'
    """
    text = text.lstrip(BOM).replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


class _FoldTable(dict):
    """Character -> its folded character, filled the first time a character is met (so
    `str.translate` folds in C, linear in the text, whatever alphabet it is in)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        self[code] = folded = base[0] if base else ch
        return folded


_FOLD = _FoldTable()


def fold_same_length(text: str) -> str:
    """Lower-case, accent-free copy with the SAME length, so a match in it is a span of `text`.

    >>> fold_same_length("Secretaría Técnica de PANAMÁ")
    'secretaria tecnica de panama'
    """
    return text.translate(_FOLD)


def read_text(path) -> str:
    """Read a plain-text report (.txt, or Markdown kept as written); refuse what would silently
    load as garbage. Other formats go through loaders.reading.read_document."""
    from loaders.reading.files import file_bytes
    from loaders.reading.plain import read_plain
    from loaders.source_bytes import shown_path
    path = Path(path)
    return read_plain(file_bytes(path), shown_path(path))

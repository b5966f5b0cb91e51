"""Plain text files: bytes in any common encoding to normalised text.

Decoding is charset-normalizer's job; this module only decides which answers to trust and
refuses what would silently load as garbage (binary files, a PDF saved as .txt). It must not
parse layout.
"""
from __future__ import annotations

import unicodedata

from loaders.errors import SourceError
from loaders.read import normalise

# Windows-1252 bytes that Latin-1 maps to C1 controls: dashes, curly quotes, ellipsis, bullets.
_CP1252_PUNCTUATION = bytes(range(0x80, 0xA0))


def decode(raw: bytes, name: str) -> str:
    """The file's characters, from UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252
    or Latin-1; raises SourceError when none of them gives text."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1", "utf_16"]).best()
    if best is not None:
        # Windows-1252 is a superset of Latin-1's printable range; prefer it so curly quotes survive.
        encoding = "cp1252" if best.encoding in ("latin_1", "iso8859_1") else best.encoding
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    # Short Windows files full of dashes and curly quotes defeat the statistics: decode strictly.
    for encoding in ("cp1252", "latin-1"):
        if encoding == "latin-1" and any(b in _CP1252_PUNCTUATION for b in raw):
            continue
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceError(name, 1, "cannot decode the file as UTF-8, Windows-1252 or Latin-1; "
                               "save it as UTF-8 and load it again")


def read_plain(raw: bytes, name: str) -> str:
    """Normalised text of a plain-text file's bytes; raises SourceError for binary or empty files."""
    if raw.lstrip().startswith(b"%PDF-"):
        raise SourceError(name, 1, "this is a PDF file saved with a text extension; "
                                   "rename it to .pdf and load it again")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(name, 1, "binary file (contains NUL bytes), not text")
    text = decode(raw, name)
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise SourceError(name, 1, "binary file (control characters), not text")
    text = normalise(text)
    if not text.strip():
        raise SourceError(name, 1, "the file is empty")
    return text

"""Bytes to normalised text, and the accent/case folding every matcher shares.

This is the only module that decides what "the text" of a document is: every Source offset in a
batch indexes the string `normalise` returns, so nothing downstream may re-normalise. It must not
parse structure or guess meaning.
"""
from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from loaders.errors import SourceError
from loaders.source_bytes import read_source_bytes

BOM = "\ufeff"
# Reports and actas run to tens of pages (the first one is 46 KB). Past this size a file is a
# corpus dump or a mistake, and extracting it would hold the whole store's write lock for long.
MAX_MEGABYTES = float(os.environ.get("ACTAGRAPH_MAX_MB", "20"))


def normalise(text: str) -> str:
    """One canonical form (NFC, LF, no BOM) so offsets agree whoever reads the file."""
    text = text.lstrip(BOM).replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, accent-free copy with the SAME length, so a match in it is a span of `text`."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0].lower()
        out.append(base[0] if base else ch)
    return "".join(out)


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1", "utf_16"]).best()
    if best is None:
        raise SourceError(name, 1, "cannot decode the file as UTF-8, Windows-1252 or Latin-1")
    # Windows-1252 is a superset of Latin-1's printable range; prefer it so curly quotes survive.
    encoding = "cp1252" if best.encoding in ("latin_1", "iso8859_1") else best.encoding
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_text(path) -> str:
    """Read a .txt/.md report; refuse what would silently load as garbage."""
    path = Path(path)
    name = path.name
    try:
        size_mb = path.stat().st_size / 1e6
    except OSError as exc:
        raise SourceError(str(path), 1, (exc.strerror or str(exc)).lower()) from None
    if path.is_dir():
        raise SourceError(str(path), 1, "is a folder, not a document")
    if size_mb > MAX_MEGABYTES:
        raise SourceError(name, 1, f"the file is {size_mb:.1f} MB, over the {MAX_MEGABYTES:g} MB "
                                   "limit (set ACTAGRAPH_MAX_MB to raise it)")
    raw = read_source_bytes(path)
    if raw.lstrip().startswith(b"%PDF-"):
        raise SourceError(name, 1, "this is a PDF file, not text; extract its text first")
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise SourceError(name, 1, "the file is empty")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(name, 1, "binary file (contains NUL bytes), not text")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        text = _decode(raw, name)
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise SourceError(name, 1, "binary file (control characters), not text")
    text = normalise(text)
    if not text.strip():
        raise SourceError(name, 1, "the file is empty")
    return text

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
    or Latin-1; raises SourceError (`file:line: ...`, naming the first byte each encoding could
    not take) when none of them gives text."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        not_utf8 = exc
    utf8_line = _utf8_accented_line(raw)
    if utf8_line is not None:
        # one encoding for the whole file would garble either the UTF-8 lines ("MÃ©xico") or the
        # others: refuse, naming a line of each
        raise SourceError(name, _line_of(raw, not_utf8.start), "the file mixes encodings: "
                          f"{_byte_at(raw, not_utf8.start)} is not UTF-8, while line "
                          f"{utf8_line} is UTF-8 with accented letters; save the whole file as "
                          "UTF-8 and load it again")
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
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        not_cp1252 = exc
    # Windows-1252 leaves only bytes of 0x80-0x9F without a character, and Latin-1 reads those
    # as control characters: such a file is in some other encoding, not Latin-1 text.
    c1 = next(i for i, b in enumerate(raw) if b in _CP1252_PUNCTUATION)
    raise SourceError(name, _line_of(raw, not_utf8.start), "cannot decode the file: it is not "
                      f"UTF-8 ({_byte_at(raw, not_utf8.start)}), not Windows-1252 "
                      f"({_byte_at(raw, not_cp1252.start)} has no character there), and Latin-1 "
                      f"would read {_byte_at(raw, c1)} as a control character; save it as UTF-8 "
                      "and load it again")


def _utf8_accented_line(raw: bytes) -> int | None:
    """The 1-based number of the first line that holds a multi-byte UTF-8 character and decodes
    as UTF-8 as a whole, in a file that as a whole does not; None when there is none. In
    Windows-1252 or Latin-1 text, a lead byte followed by the right continuation bytes is rare
    enough (an accented capital before a symbol) that such a line means UTF-8."""
    for number, line in enumerate(raw.split(b"\n"), 1):
        if max(line, default=0) < 0x80:
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return number
    return None


def _line_of(raw: bytes, offset: int) -> int:
    """The 1-based line of the byte at `offset`."""
    return raw.count(b"\n", 0, offset) + 1


def _byte_at(raw: bytes, offset: int) -> str:
    """'byte 0x81 on line 2' for the byte at `offset`."""
    return f"byte 0x{raw[offset]:02X} on line {_line_of(raw, offset)}"


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

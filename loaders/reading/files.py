"""A document file's bytes, with the checks every format shares (missing, folder, size, empty).

It must not decode or interpret the bytes.
"""
from __future__ import annotations

from pathlib import Path

from loaders.errors import SourceError
from loaders.source_bytes import read_source_bytes, shown_path



def file_bytes(path: Path) -> bytes:
    """The file's bytes; raises SourceError (one line) when it is missing, a folder or another
    special file, over ACTAGRAPH_MAX_MB megabytes (default 20; loaders.source_bytes reads at most
    that, whatever size the file claims) or empty."""
    path = Path(path)
    if path.is_dir():
        raise SourceError(shown_path(path), 1, "is a folder, not a document")
    raw = read_source_bytes(path)
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise SourceError(shown_path(path), 1, "the file is empty")
    return raw

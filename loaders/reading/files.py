"""A document file's bytes, with the checks every format shares (missing, folder, size, empty).

It must not decode or interpret the bytes.
"""
from __future__ import annotations

import os
from pathlib import Path

from loaders.errors import SourceError

# Reports and actas run to tens of pages (the first one is 46 KB). Past this size a file is a
# corpus dump or a mistake, and extracting it would hold the whole store's write lock for long.
MAX_MEGABYTES = float(os.environ.get("ACTAGRAPH_MAX_MB", "20"))


def file_bytes(path: Path) -> bytes:
    """The file's bytes; raises SourceError (one line) when it is missing, a folder, over
    ACTAGRAPH_MAX_MB megabytes (default 20) or empty."""
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
    raw = path.read_bytes()
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise SourceError(name, 1, "the file is empty")
    return raw

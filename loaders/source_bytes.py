"""The bounded read of a source file: its bytes, or one line saying why not.

Every loader reads a document's bytes through `read_source_bytes`, so no format reader can hang on
a FIFO, read a device forever or take in more than the size limit whatever the file system claims
(`/dev/zero` reports size 0 and never ends). It must not decode, sniff formats or parse anything.
"""
from __future__ import annotations

import errno
import math
import os
import stat
from pathlib import Path

from loaders.errors import SourceError

# Reports and actas run to tens of pages (the first one is 46 KB). Past this size a file is a
# corpus dump or a mistake, and extracting it would hold the store's write lock for long.
MAX_MEGABYTES = float(os.environ.get("ACTAGRAPH_MAX_MB", "20"))
CHUNK = 1 << 20


def max_bytes() -> int:
    """The size limit in bytes (ACTAGRAPH_MAX_MB megabytes, default 20)."""
    return int(MAX_MEGABYTES * 1_000_000)


def upload_limit_mb() -> int:
    """The app's upload limit in whole megabytes (Streamlit's server.maxUploadSize): the
    loader's own limit, so the upload box never offers what the loader refuses."""
    return max(1, math.floor(MAX_MEGABYTES))


def shown_path(path) -> str:
    """The file as error lines name it: the path as the user gave it (relative stays relative),
    cut to 200 characters with an ellipsis when longer."""
    given = str(path)
    return given if len(given) <= 200 else given[:199] + "…"


def read_source_bytes(path: Path) -> bytes:
    """The whole content of the regular file at `path`, at most `max_bytes()` bytes.

    Raises SourceError (`path:1: what`) when the path is missing or unreadable, is not a regular
    file (folder, FIFO, socket, device), or holds more than the limit. The file is opened without
    blocking (a FIFO with no writer would otherwise wait forever) and checked after opening, so a
    file swapped between the check and the read cannot slip through; reading stops one byte past
    the limit whatever size the file claims.
    """
    path = Path(path)
    shown = shown_path(path)
    limit = max_bytes()
    try:
        _check_kind(shown, os.stat(path).st_mode)       # a socket cannot even be opened
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise SourceError(shown, 1, _reason(exc)) from None
    try:
        st = os.fstat(fd)
        _check_kind(shown, st.st_mode)                  # what was opened, not what was looked at
        if st.st_size > limit:
            raise SourceError(shown, 1, _too_large(st.st_size))
        parts, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(CHUNK, limit + 1 - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
        if total > limit:
            raise SourceError(shown, 1, _too_large(None))
        return b"".join(parts)
    except OSError as exc:
        raise SourceError(shown, 1, _reason(exc)) from None
    finally:
        os.close(fd)


def _check_kind(shown: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise SourceError(shown, 1, "is a folder, not a document")
    if not stat.S_ISREG(mode):
        raise SourceError(shown, 1, f"is not a regular file ({_kind(mode)}), not a document")


def _too_large(size: int | None) -> str:
    told = f"{size / 1e6:.1f} MB" if size is not None else "larger than that"
    return (f"the file is {told}, over the {MAX_MEGABYTES:g} MB limit "
            "(set ACTAGRAPH_MAX_MB to raise it)")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return "the path is too long for the file system"
    if exc.errno == errno.ENOENT:
        return "no such file"
    return (exc.strerror or str(exc)).lower()

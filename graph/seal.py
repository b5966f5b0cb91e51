"""The seal of an embedded store file: what its last writer left, so that bytes changed behind the
engine's back (which LadybugDB does not checksum) are refused instead of read.

`<file>.seal` is one JSON object: {"size", "mtime_ns", "ino", "sha256"} once complete, or
{"size", "mtime_ns", "ino", "pending": TOKEN} while its SHA-256 is being computed.

What a writer pays for it is bounded, whatever the file's size: a file of at most INLINE_BYTES
(ACTAGRAPH_SEAL_INLINE_MB, 256 MB by default, about 0.3 s of SHA-256 on this project's machine)
is hashed before the writer returns, as before; a larger one gets a pending seal at once (its
size, mtime and inode) and a background process, started at low priority in its own session,
completes it. So a one-document load into a 1.4 GB store no longer hashes 1.4 GB on its path.

What the pending window gives up, and what it keeps (EmbeddedStore._verify_seal reads it):
- the same file unchanged (size and mtime equal): opened, as with a complete seal;
- the same file (same inode) changed while its seal was pending: refused as damaged, like a
  complete seal that no longer matches (no writer of ours changes a file without first removing
  its seal);
- another file (a copy made before the seal was complete): its bytes cannot be checked, so it is
  opened with one notice saying so.
The background process stops without writing when the seal it was started for is no longer the
one on disk (a writer removes the seal as soon as it holds the file) or the file's size or mtime
moved while it hashed.

What this module must not do: open the database, or write anything but `<file>.seal` (through a
temporary file beside it).
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

INLINE_BYTES = int(float(os.environ.get("ACTAGRAPH_SEAL_INLINE_MB", "256")) * (1 << 20))
BLOCK = 1 << 20
CHECK_EVERY_BLOCKS = 64          # the background hash looks at its seal every 64 MB
ROOT = Path(__file__).resolve().parent.parent


def seal_path(path: Path) -> Path:
    """`<file>.seal` beside `path`."""
    return Path(str(path) + ".seal")


def read_seal(path: Path) -> dict | None:
    """The seal of `path` as a dict, None when there is none or it cannot be read."""
    try:
        seal = json.loads(seal_path(path).read_text(encoding="utf-8"))
        return seal if isinstance(seal, dict) and "size" in seal and "mtime_ns" in seal else None
    except (OSError, ValueError):
        return None


def file_sha(path: Path, still=None) -> str | None:
    """The SHA-256 (hex) of the file at `path`; None when `still()` (asked every
    CHECK_EVERY_BLOCKS MB) says to stop. Raises OSError when the file cannot be read."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for n, block in enumerate(iter(lambda: fh.read(BLOCK), b""), 1):
            digest.update(block)
            if still is not None and n % CHECK_EVERY_BLOCKS == 0 and not still():
                return None
    return digest.hexdigest()


def _stamp(st: os.stat_result) -> dict:
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino}


def _write(path: Path, seal: dict) -> None:
    target = seal_path(path)
    tmp = Path(str(target) + f".tmp{os.getpid()}")
    try:
        tmp.write_text(json.dumps(seal) + "\n", encoding="utf-8")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)     # a full disk leaves it empty: no litter


def seal(path: Path, inline_bytes: int | None = None) -> tuple[int, int]:
    """Seal the closed file at `path`: complete at once up to `inline_bytes` (INLINE_BYTES),
    pending with a background completion above. Returns its (size, mtime_ns). Raises OSError
    (e.g. a full disk) when the seal cannot be written."""
    limit = INLINE_BYTES if inline_bytes is None else inline_bytes
    st = path.stat()
    if st.st_size <= limit:
        _write(path, {**_stamp(st), "sha256": file_sha(path)})
        return st.st_size, st.st_mtime_ns
    token = secrets.token_hex(8)
    _write(path, {**_stamp(st), "pending": token})
    start_completion(path, token)
    return st.st_size, st.st_mtime_ns


def start_completion(path: Path, token: str) -> subprocess.Popen:
    """Start the background process (`python -m graph.seal PATH TOKEN`) that completes the
    pending seal `token` of `path`; the folder holding this package leads its import path, so it
    runs this same code whether the project is installed or run from its checkout."""
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-m", "graph.seal", str(path), token], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True)


def complete(path: Path, token: str) -> bool:
    """Replace the pending seal `token` of `path` by a complete one, if it is still the seal on
    disk and the file did not move while it was hashed. Returns whether it was written."""
    def current() -> bool:
        seal = read_seal(path)
        try:
            st = path.stat()
        except OSError:
            return False
        return (seal is not None and seal.get("pending") == token
                and {k: seal.get(k) for k in ("size", "mtime_ns", "ino")} == _stamp(st))
    if not current():
        return False
    sha = file_sha(path, still=current)
    if sha is None or not current():
        return False
    st = path.stat()
    _write(path, {**_stamp(st), "sha256": sha})
    return True


def main(argv: list[str]) -> int:
    """`PATH TOKEN`: complete that pending seal at low priority; exit 0 whether or not it was
    still wanted, 1 on an error reading or writing."""
    try:
        os.nice(10)
    except OSError:
        pass
    try:
        complete(Path(argv[0]), argv[1])
    except OSError:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Where review decisions are kept: one JSON file per graph, apart from what the extractor writes.

The graph is derived (the extraction of each document with the decisions applied), the decisions
are not: they must outlive `clear()`, a deleted database file and a change of extractor. So they
live in their own file, never in the database: for the embedded engine beside the database file
(`graph.lbug` -> `graph.lbug.review.json`), for Neo4j in `.actagraph/review/` under a name taken
from the server address and database (no credentials), and wherever $ACTAGRAPH_REVIEW says for
either (a shared folder, a file kept under version control). The file is the export format, so
`review export` is a copy and a file can be read in a diff.

Writes are atomic (a temporary file renamed over the old one) and serialised by an advisory lock,
so the app and the command line can decide at the same time. This module must not apply
decisions (graph/review.py does) nor touch a store.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from graph.review import Decision, ReviewError, record

FORMAT = "actagraph-review"
VERSION = 1


def log_path(store, env: Mapping[str, str] | None = None) -> Path:
    """The review file of the graph `store` holds."""
    env = os.environ if env is None else env
    if env.get("ACTAGRAPH_REVIEW"):
        return Path(env["ACTAGRAPH_REVIEW"])
    if store.engine == "embedded":
        return Path(str(store.path) + ".review.json")
    from graph.config import REPO
    where = f"{store.uri}|{store.database}"
    return REPO / ".actagraph" / "review" / f"neo4j-{hashlib.sha1(where.encode()).hexdigest()[:12]}.json"


def dump(decisions) -> str:
    """The file text: decisions sorted by document and id, so equal logs are equal bytes."""
    ordered = sorted(decisions, key=lambda d: (d.document, d.id))
    return json.dumps({"format": FORMAT, "version": VERSION,
                       "decisions": [d.as_dict() for d in ordered]},
                      ensure_ascii=False, indent=2) + "\n"


def parse(text: str, origin: str) -> list[Decision]:
    """Decisions from a review file; ReviewError `origin:place: what is wrong` otherwise."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReviewError(f"{origin}:{exc.lineno}: not JSON ({exc.msg})") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ReviewError(f"{origin}:1: not an actagraph review file (\"format\": \"{FORMAT}\")")
    if raw.get("version") != VERSION:
        raise ReviewError(f"{origin}:1: review file version {raw.get('version')!r}, expected {VERSION}")
    items = raw.get("decisions")
    if not isinstance(items, list):
        raise ReviewError(f"{origin}:1: \"decisions\" must be a list")
    out, seen = [], set()
    for i, item in enumerate(items):
        d = Decision.from_dict(item, f"{origin}:decisions[{i}]")
        if d.id in seen:
            raise ReviewError(f"{origin}:decisions[{i}]: a second decision about fact {d.id}")
        seen.add(d.id)
        out.append(d)
    return out


class ReviewLog:
    """The decisions of one graph, read from and written to one file."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)

    def decisions(self) -> list[Decision]:
        """All decisions (none when the file does not exist yet)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        return parse(text, str(self.path))

    def by_id(self) -> dict[str, Decision]:
        return {d.id: d for d in self.decisions()}

    def revision(self) -> tuple:
        """Changes whenever the file does (for caches)."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return (str(self.path), None)
        return (str(self.path), st.st_mtime_ns, st.st_size)

    @contextlib.contextmanager
    def changing(self):
        """Hold the lock and yield the decisions by id; write them back if the block succeeds."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(str(self.path) + ".lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                current = self.by_id()
                box = {"decisions": current}
                yield box
                self._write(box["decisions"].values())
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def record(self, decision: Decision) -> None:
        with self.changing() as box:
            box["decisions"] = record(box["decisions"], decision)

    def import_decisions(self, decisions: list[Decision]) -> None:
        """Merge: an imported decision replaces the one about the same fact."""
        with self.changing() as box:
            box["decisions"] = {**box["decisions"], **{d.id: d for d in decisions}}

    def export_text(self) -> str:
        return dump(self.decisions())

    def _write(self, decisions) -> None:
        text = dump(decisions)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

"""EmbeddedStore: the default engine, a LadybugDB file on local disk.

LadybugDB allows one read-write opener per file, so this store opens the writer only for the
length of a load or a clear and answers every read through a read-only handle. That keeps the
engine itself refusing writes on the read path, and lets a CLI load run while the app reads. The
read-only handle sees the snapshot from when it opened, so it is reopened when the file changes.

Only a writer creates a file: a read of a path where no database exists, a zero-byte file, a file
that is not a LadybugDB database or one truncated below what its header points at is refused with
one line (`StoreError`), at once and without creating anything.

Faults, and how the store survives them (measured with a 24-40 MB tmpfs filled by a load):
- A write that fails inside a transaction (disk full, I/O error) makes LadybugDB abort the whole
  process from C++ (`terminate called after throwing ... IOException`); Python cannot catch it,
  which is why `actagraph load` writes from a child process (see actagraph/cli.py). What is left
  on disk is the main file exactly as of the last checkpoint plus a write-ahead log (WAL) whose
  tail is torn, which the engine then refuses to open ("WAL file is corrupted").
- Of the two ways back, loading into a copy of the file and renaming it doubles the disk a load
  needs (the file is 23 MB for one report) and would hide the load from concurrent readers; the
  torn WAL holds nothing that was not also at risk. So the next opener sets the torn WAL aside
  (renamed `<file>.wal.damaged`, kept for inspection) and reopens: the graph is the last
  checkpointed one, and the opener records one line in `notices` saying so.
- A checkpoint that fails (the WAL is whole, the main file was being rewritten) leaves "checkpoint
  recovery pending": a read-only opener cannot proceed, so the next opener completes the
  recovery with a short read-write open and says so; if that fails again (still no space) the
  user gets one line naming the cause. That open runs in a child process: a write of the shadow
  file that fails part-way makes the engine abort the process it runs in (8-12 KB left free).
- A checkpoint cut short before it was committed (a full disk while writing its shadow file, with
  no log beside it: the engine commits a checkpoint by a marker in the log) leaves a shadow file
  that read-only openers call "recovery pending" and that the read-write opener cannot clear
  without writing a log first: the next reader sets it aside (`<file>.shadow.unused`) and reads
  the graph as it was, saying so in one line. A writer never checkpoints an empty log.
- Whether another process holds the file is read from /proc/locks by device and inode: an inode
  number alone matches files in other tmpfs mounts, which number their inodes alike.
- Loads checkpoint every CHECKPOINT_EVERY_BYTES of WAL (not only at the end), which bounds both
  what a failure can lose and how much WAL a reader replays when it reopens during a long load.
- A large document (rows over BOUNDED_LOAD_CHARS characters) is not held in one transaction,
  whose engine memory grows with it (about 16 bytes per character of row): it is written one
  statement per transaction with a checkpoint every BOUNDED_CHECKPOINT_BYTES of log, after the
  file was checkpointed and copied (`<file>.before-load`) and the load marked (`<file>.loading`).
  Its checkpoints put part of the document in the main file, so atomicity comes from the copy:
  a failure puts it back (one line), a killed load is put back by the next opener (one line in
  `notices`), and a read-only opener during the load reads the copy, the graph before it. The
  copy is taken by `cp` in a child process: a file opened and closed here would drop the POSIX
  lock this process's writer holds on it.
- LadybugDB does not checksum its data pages: bytes written over them can make the engine read
  garbage or crash (a segmentation fault in one of six random cases measured). So each writer,
  once closed, seals the file: `<file>.seal` records its size, mtime and SHA-256 (70 ms for the
  23 MB file; above graph.seal.INLINE_BYTES the hash is completed by a background process, so
  what a writer pays does not grow with the store, see graph/seal.py). An opener whose file no
  longer matches its seal (hashed only when size or mtime changed, and only while no other
  process writes) refuses it in one line. A writer removes the
  seal as soon as it holds the file, so a load in progress is never mistaken for damage.
What this module must not do: delete a user's file, or answer from an empty graph in place of a
damaged one.
"""
from __future__ import annotations

import errno
import json
import os
import re
import stat
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import ladybug as lb

from graph.arrow_rows import column, rows_table
from graph.batch import GraphBatch, row_chars
from graph.facts import is_fact_row, with_row, without_document
from graph.ontology import load_ontology
from graph.query_syntax import from_ladybug
from graph.seal import file_sha, read_seal, seal_path
from graph.seal import seal as seal_file
from graph.store import (GraphStore, QueryMemoryError, QueryResult, QueryTimeout, StoreError,
                         normal_edge, normal_node, split_by_owner)

# LadybugDB checkpoints at every commit once its WAL passes a small default size, and a
# checkpoint rewrites in proportion to the whole file: measured, 5.6 s of a 5.7 s load at 100
# documents. So the engine's own threshold is set out of reach and a load session checkpoints
# itself once its WAL passes CHECKPOINT_EVERY_BYTES (and when it ends): a reader that reopens
# during a long load replays the WAL, and with the log unbounded a count query went from 0.7 s to
# 15 s during a 40-document load. Each checkpoint costs in proportion to the file, so the bound
# trades load time for read time: 64 MB is about 30 report-sized documents (1.9 MB of log each
# since their own rows are CREATEd whole; 4.4 MB when every property was a SET).
# BENCHMARKS.md, "Reads during a load", has the measurement and its command.
CHECKPOINT_BYTES = 1 << 40
CHECKPOINT_EVERY_BYTES = int(float(os.environ.get("ACTAGRAPH_CHECKPOINT_MB", "64")) * (1 << 20))
REOPEN_WAIT_S = 30.0   # how long a first read waits for another process's commit or checkpoint
SHOWN_PATH_CHARS = 120
MAGIC = b"LBUG"          # the first bytes of every LadybugDB database file  # a path longer than this is shortened in messages


# A document whose rows carry more characters than this is loaded in bounded transactions
# (EmbeddedStore._write_bounded), checkpointing every BOUNDED_CHECKPOINT_BYTES of log: one
# transaction holds about 16 bytes of engine memory per character of row (449 MB for a 1 MB
# text, 27 M characters of rows). Below it, a document keeps its one transaction and no copy.
BOUNDED_LOAD_CHARS = int(float(os.environ.get("ACTAGRAPH_BOUNDED_LOAD_MCHARS", "8")) * 1_000_000)
BOUNDED_CHECKPOINT_BYTES = 32 << 20


def _torn_log(low: str) -> bool:
    """Whether an engine's open error (lower case) says the write-ahead log's tail is torn: "WAL
    file is corrupted", or a read past the end of the `.wal` file (a write cut short at a page's
    end, as when the disk fills up there)."""
    return "wal file is corrupted" in low or ("reading past the end of the file" in low and ".wal" in low)


class EmbeddedStore(GraphStore):
    engine = "embedded"
    bounded_load_chars = BOUNDED_LOAD_CHARS
    bounded_checkpoint_bytes = BOUNDED_CHECKPOINT_BYTES
    # how messages name the file when it was opened by another path than the user gave (the
    # query worker opens the absolute path; its messages still say `--db` as typed)
    shown_as: str | None = None

    @classmethod
    def from_env(cls, env, db=None) -> "EmbeddedStore":
        """The store at `db`, else ACTAGRAPH_DB, else .actagraph/graph.lbug (graph.config)."""
        from graph.config import embedded_path
        return cls(db or embedded_path(env))

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._documents_committed = 0
        self._lock = threading.RLock()
        self._reader: lb.Database | None = None
        self._reader_conn: lb.Connection | None = None
        self._reader_stamp: tuple | None = None
        self._schema_ready = False
        self._held: tuple[lb.Database, lb.Connection] | None = None   # see writing()
        self.notices: list[str] = []   # one line per recovery this store made by itself
        self._verified: tuple | None = None   # (size, mtime_ns) last found to match the seal
        self.reader_options: dict = {}     # extra lb.Database options of the read-only handle
        self._pool = None                  # graph.query_worker.WorkerPool, started on first read

    def describe(self) -> str:
        return f"embedded LadybugDB file {self._shown()}"

    # -- connections -------------------------------------------------------------------------
    def _stamp(self) -> tuple:
        out = []
        for p in (self.path, Path(str(self.path) + ".wal")):
            try:
                st = p.stat()
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:             # missing, or a path the system cannot even look up
                out.append(None)
        return tuple(out)

    def _open_writer(self) -> tuple[lb.Database, lb.Connection]:
        self._documents_committed = 0        # by this writer: what a failed checkpoint may claim
        db = self._open_db(read_only=False)
        return db, lb.Connection(db)

    # -- opening, refusing and recovering ----------------------------------------------------
    def _shown(self) -> str:
        text = self.shown_as or str(self.path)
        return text if len(text) <= SHOWN_PATH_CHARS else text[:SHOWN_PATH_CHARS - 1] + "…"

    def _error(self, what: str) -> StoreError:
        return StoreError(f"{self._shown()}: {' '.join(what.split())}")

    def _check_file(self, read_only: bool) -> None:
        """Refuse, before the engine sees it, a path that cannot hold a database (one line)."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            if read_only:
                raise self._error("no database here; `actagraph load FILES` creates one "
                                  "(check --db or ACTAGRAPH_DB)") from None
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise self._error(_os_reason(exc)) from None
            return
        except OSError as exc:
            raise self._error(_os_reason(exc)) from None
        if stat.S_ISDIR(st.st_mode):
            raise self._error("is a folder, not a database file")
        if not stat.S_ISREG(st.st_mode):
            raise self._error("is not a regular file (a device, FIFO or socket), not a database")
        if st.st_size == 0:
            raise self._error("is an empty file (0 bytes), not a database: remove it or use "
                              "another path")

    def _locked_by_other(self, *, including_me: bool = False) -> bool | None:
        """Whether another process holds LadybugDB's writer lock on the file (None: cannot tell).

        With `including_me`, a lock this process holds (another store object) counts too.

        Read from /proc/locks, never by taking a lock: POSIX locks belong to the process, and
        opening and closing the file here would drop a lock this process's own writer holds.
        """
        try:
            st = self.path.stat()
            with open("/proc/locks", encoding="ascii", errors="replace") as fh:
                lines = fh.read().splitlines()
        except OSError:
            return None
        # the file's device and inode as /proc/locks writes them (major:minor in hex): an inode
        # number alone is not the file, since every tmpfs numbers its inodes from the start and
        # a file in another mount can hold a lock under the same number
        ident = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
        me = str(os.getpid())
        for line in lines:
            parts = line.split()
            if len(parts) > 5 and parts[5] == ident and (including_me or parts[4] != me):
                return True
        return False

    def _uncommitted_shadow(self) -> bool:
        """Whether the file's shadow file is one of a checkpoint never committed: LadybugDB
        commits a checkpoint by a marker in its log, so a shadow file beside no log (none, or
        an empty one) holds nothing the main file lacks. A checkpoint on a full disk leaves one
        (an empty one, or cut at a page); the engine's read-only opener still calls it pending
        recovery, and the read-write opener that would clear it writes a log first, which a
        full disk refuses (or aborts the process on)."""
        folder, name = self.path.parent, self.path.name
        if not (folder / f"{name}.shadow").exists():
            return False
        try:
            logs = [p for p in folder.iterdir()
                    if (p.name == f"{name}.wal" or p.name.startswith(f"{name}.wal.")
                        or p.name == f"{name}.checkpoint")
                    and not p.name.startswith(f"{name}.wal.damaged")]
            return all(p.stat().st_size == 0 for p in logs)
        except OSError:
            return False

    def _set_aside(self, suffix: str, mark: str) -> Path:
        """Rename the file's side file `<file><suffix>` to `<file><suffix><mark>` (then
        `...<mark>-1`, `-2`, ... when that name is taken), so the engine no longer reads it and
        the user can still look at it; returns the new path. Raises OSError if the rename fails."""
        side = Path(f"{self.path}{suffix}")
        target = Path(f"{side}{mark}")
        n = 1
        while target.exists():
            target = Path(f"{side}{mark}-{n}")
            n += 1
        side.rename(target)
        return target

    # -- the seal: a checksum of the file as its last writer left it -----------------------------
    @property
    def _seal_path(self) -> Path:
        return seal_path(self.path)

    def _write_seal(self) -> None:
        """Seal the closed file (graph.seal: at once up to its INLINE_BYTES, completed in the
        background above); best effort: a full disk skips it."""
        try:
            if self._wal_bytes() or not self.path.exists():
                return
            self._verified = seal_file(self.path)
        except OSError:
            pass

    def _break_seal(self) -> None:
        try:
            self._seal_path.unlink(missing_ok=True)
        except OSError:
            pass

    def _verify_seal(self) -> None:
        """Refuse a foreign file, or one whose bytes changed since its last writer sealed it
        (graph.seal says what a seal still pending can tell).

        Skipped while any writer (this process's included) holds the file: reading it here would
        mean closing a descriptor, which drops this process's POSIX locks on it.
        """
        try:
            st = self.path.stat()
            stamp = (st.st_size, st.st_mtime_ns)
            if stamp == self._verified or self._wal_bytes():
                return
            if self._locked_by_other(including_me=True) is not False:
                return
            with open(self.path, "rb") as fh:
                magic = fh.read(len(MAGIC))
        except OSError:
            return
        if magic != MAGIC:
            raise self._error("is not a LadybugDB database file")
        seal = read_seal(self.path)
        if seal is None:
            return                                     # no seal (or unreadable): nothing to check
        try:
            if stamp == (seal["size"], seal["mtime_ns"]):
                self._verified = stamp                 # unchanged
                return
            if "pending" in seal:
                if seal.get("ino") != st.st_ino:       # a copy made before its seal was complete
                    self.notices.append(
                        f"{self._shown()}: copied before its seal was complete, so its bytes "
                        "were not checked")
                    self._verified = stamp
                    return
            elif file_sha(self.path) == seal.get("sha256"):
                self._verified = stamp                 # copied/touched only
                return
        except (OSError, TypeError):
            return
        try:        # a writer that started meanwhile breaks the seal first: that is no damage
            if self._locked_by_other() is not False or not self._seal_path.exists():
                return
        except OSError:
            return
        raise self._error("is damaged: its content changed since its last writer closed it "
                          f"(checksum differs from {self._seal_path.name}); restore it from a "
                          "copy or load the documents into a new path (if you replaced the "
                          f"file on purpose, delete {self._seal_path.name})")

    def _open_db(self, read_only: bool) -> lb.Database:
        """Open the file, recovering from an interrupted write by itself (see the docstring)."""
        self._check_file(read_only)
        before = self._undo_interrupted_load() if self.path.exists() else None
        if before is not None and read_only:
            try:                          # a large load is being written: read the graph before it
                return lb.Database(str(before), read_only=True, **self.reader_options)
            except RuntimeError:
                pass                      # it ended meanwhile (the copy is gone): the file is whole
        if self.path.exists():
            self._verify_seal()
        deadline = time.monotonic() + REOPEN_WAIT_S
        recovered = False
        while True:
            try:
                if read_only:
                    return lb.Database(str(self.path), read_only=True, **self.reader_options)
                db = lb.Database(str(self.path), checkpoint_threshold=CHECKPOINT_BYTES)
                self._break_seal()          # we hold the file now: it is about to change
                return db
            except RuntimeError as exc:
                msg = str(exc)
                low = msg.lower()
                other = self._locked_by_other()
                if _torn_log(low) and not other and not recovered:
                    kept = self._set_aside(".wal", ".damaged")
                    self.notices.append(
                        f"{self._shown()}: recovered from an interrupted write: its incomplete "
                        f"log was set aside as {kept.name}; the graph is as of the last completed "
                        "checkpoint")
                    recovered = True
                    continue
                if "recovery is pending" in low and read_only and not other and not recovered:
                    if self._uncommitted_shadow():
                        kept = self._set_aside(".shadow", ".unused")
                        self.notices.append(
                            f"{self._shown()}: a checkpoint cut short before it was committed "
                            f"left its shadow file, set aside as {kept.name}; the graph is as it "
                            "was")
                    else:
                        self._complete_recovery()
                    recovered = True
                    continue
                transient = "retry" in low or "recovery is pending" in low
                if transient and other is not False and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                raise self._explain_open(msg, read_only, other) from None

    def _complete_recovery(self) -> None:
        """A checkpoint was cut short: a short read-write open finishes it (or says why not).

        It runs in a child process: the engine aborts the process it runs in when a write of its
        shadow file fails at some positions (`terminate called ... IOException`, measured with
        8 KB left on the disk), and a read must end in one line, not an abort. Raises
        StoreError naming the cause when the checkpoint cannot be completed."""
        try:
            proc = subprocess.run([sys.executable, "-c", _RECOVERY, str(self.path),
                                   str(CHECKPOINT_BYTES)], capture_output=True, text=True,
                                  timeout=RECOVERY_TIMEOUT_S, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise self._error(f"an interrupted checkpoint was not completed within "
                              f"{RECOVERY_TIMEOUT_S:g} s") from None
        if proc.returncode != 0:
            aborted = re.search(r"what\(\):\s*(.+)", proc.stderr)
            text = aborted.group(1) if aborted else proc.stderr
            reason = (_engine_reason(text) if text.strip() else
                      f"the engine stopped (exit {proc.returncode})")
            raise self._error(f"an interrupted checkpoint cannot be completed: {reason}") from None
        self._write_seal()
        self.notices.append(f"{self._shown()}: completed a checkpoint an earlier command could "
                            "not finish")

    def _explain_open(self, msg: str, read_only: bool, other: bool | None) -> StoreError:
        low = msg.lower()
        if "not a valid lbug database" in low:
            return self._error("is not a LadybugDB database file")
        if "outside the database file" in low or "cannot read checkpoint" in low:
            return self._error("is truncated or damaged: its header points past the end of the "
                               "file")
        if _torn_log(low):
            return self._error("its write-ahead log is damaged and another process holds the file")
        if "read-only file system" in low:
            return self._error("is on a read-only file system; load into a writable path")
        if "permission denied" in low:
            return self._error("permission denied")
        if "no space left" in low:
            return self._error("no space left on the device that holds it")
        if "lock" in low and not read_only:
            return self._error("another process is loading into it; try again when it ends")
        if "recovery is pending" in low:
            return self._error("another process is checkpointing it; try again when it ends")
        return self._error(f"cannot open ({_engine_reason(msg)})")

    @contextmanager
    def writing(self):
        """Keep one writer open across several loads (each still its own transaction).

        Closing a LadybugDB file after writing checkpoints it, which was most of the cost of a
        one-document load; a CLI load of many files pays it once, plus once per
        CHECKPOINT_EVERY_BYTES of log. While held, this process's own reads go through the writer
        (the lexical guard still applies), since a read-only opener cannot see commits that are
        not checkpointed yet. A checkpoint that fails raises StoreError naming the cause (the
        documents are committed in the log; the next opener completes it).
        """
        with self._lock:
            if self._held is not None:
                yield self
                return
            self.ensure_schema()
            self._close_reader()
            self._held = self._open_writer()
        ok = False
        try:
            yield self
            ok = True
        finally:
            with self._lock:
                db, conn = self._held
                self._held = None
                self._finish_writer(db, conn, ok)

    def _wal_bytes(self) -> int:
        try:
            return Path(str(self.path) + ".wal").stat().st_size
        except OSError:
            return 0

    def _checkpoint(self, conn: lb.Connection) -> None:
        if not self._wal_bytes():
            # nothing committed since the last checkpoint: the engine would still write a shadow
            # file, and a full disk there leaves a checkpoint pending (or aborts the process)
            return
        try:
            conn.execute("CHECKPOINT")
        except RuntimeError as exc:
            reason = _engine_reason(str(exc))
            if not self._documents_committed:
                # e.g. opening the writer completes an earlier checkpoint: nothing of this
                # command is in the log, so it must not be said to be stored
                raise self._error(f"the checkpoint failed ({reason}) before this command stored "
                                  "anything; the stored graph is as it was, and the next command "
                                  "completes the checkpoint once that is fixed") from None
            raise self._error(f"the loaded documents are committed but the checkpoint failed "
                              f"({reason}); the next command completes it "
                              "once that is fixed") from None

    def _after_commit(self, conn: lb.Connection) -> None:
        """Inside a load session, checkpoint once the log passes CHECKPOINT_EVERY_BYTES."""
        if self._held is not None and self._wal_bytes() >= CHECKPOINT_EVERY_BYTES:
            self._checkpoint(conn)

    @contextmanager
    def _writer(self):
        """The held writer, or one opened (and checkpointed, then closed) for this call."""
        if self._held is not None:
            yield self._held[1]
            return
        self._close_reader()
        db, conn = self._open_writer()
        ok = False
        try:
            yield conn
            ok = True
        finally:
            self._finish_writer(db, conn, ok)

    def _finish_writer(self, db: lb.Database, conn: lb.Connection, ok: bool) -> None:
        """Close a writer: after a good write, checkpoint first and seal the file after."""
        try:
            if ok:
                self._checkpoint(conn)
        finally:
            conn.close()
            db.close()
        if ok:
            self._write_seal()

    def _read_conn(self) -> lb.Connection:
        with self._lock:
            stamp = self._stamp()
            if self._reader_conn is not None and stamp == self._reader_stamp:
                return self._reader_conn
            try:
                db = self._open_db(read_only=True)
            except StoreError:
                # Another process is mid-commit or checkpointing past our wait. The snapshot we
                # hold is consistent (the last committed state we saw), so keep answering from it.
                if self._reader_conn is not None and self.path.exists():
                    return self._reader_conn
                raise
            self._close_reader()
            self._reader, self._reader_conn = db, lb.Connection(db)
            self._reader_stamp = stamp
            return self._reader_conn

    def _close_reader(self) -> None:
        if self._reader_conn is not None:
            self._reader_conn.close()
        if self._reader is not None:
            self._reader.close()
        self._reader = self._reader_conn = None

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
            self._close_reader()
            if self._held is not None:
                db, conn = self._held
                self._held = None
                conn.close()
                db.close()

    # -- schema ------------------------------------------------------------------------------
    def schema_statements(self) -> list[str]:
        onto = load_ontology()
        cols = ", ".join(f"{p} {t}" for p, t in onto.node_properties.items() if p != "id")
        stmts = [f"CREATE NODE TABLE IF NOT EXISTS {k}(id STRING PRIMARY KEY, {cols})"
                 for k in onto.node_kinds]
        ecols = ", ".join(f"{p} {t}" for p, t in onto.edge_properties.items())
        for name, et in onto.edge_types.items():
            pairs = ", ".join(f"FROM {a} TO {b}" for a, b in et.pairs())
            stmts.append(f"CREATE REL TABLE IF NOT EXISTS {name}({pairs}, {ecols})")
        return stmts

    def ensure_schema(self) -> None:
        with self._lock:
            if self._schema_ready and self.path.exists():
                return
            with self._writer() as conn:
                for stmt in self.schema_statements():
                    conn.execute(stmt)
                for stmt in self._added_columns(conn):
                    conn.execute(stmt)
                for stmt in self._added_pairs(conn):
                    conn.execute(stmt)
            self._schema_ready = True

    @staticmethod
    def _added_columns(conn: lb.Connection) -> list[str]:
        """ALTER statements for properties the ontology gained since this file was created."""
        onto = load_ontology()
        out = []
        for tables, props in ((onto.node_kinds, onto.node_properties),
                              (onto.edge_types, onto.edge_properties)):
            for table in tables:
                res = conn.execute(f"CALL table_info('{table}') RETURN name")
                have = set()
                while res.has_next():
                    have.add(res.get_next()[0])
                out += [f"ALTER TABLE {table} ADD IF NOT EXISTS {p} {t}"
                        for p, t in props.items() if p not in have and p != "id"]
        return out

    @staticmethod
    def _added_pairs(conn: lb.Connection) -> list[str]:
        """ALTER statements for the (from, to) kinds a relationship type gained in the ontology
        since this file was created (DELIVERABLE to a Body): a rel table keeps the pairs it was
        created with, and a write to a pair it lacks fails."""
        out = []
        for name, et in load_ontology().edge_types.items():
            res = conn.execute(f"CALL show_connection('{name}') RETURN *")
            have = set()
            while res.has_next():
                row = res.get_next()
                have.add((row[0], row[1]))
            out += [f"ALTER TABLE {name} ADD IF NOT EXISTS FROM {a} TO {b}"
                    for a, b in et.pairs() if (a, b) not in have]
        return out

    # -- writes ------------------------------------------------------------------------------
    def _write_batch(self, batch: GraphBatch, kinds: dict[str, str]) -> None:
        """Delete the document's previous facts and write the batch in one transaction.

        Rows go to the engine as Arrow tables scanned by `LOAD FROM $rows` (graph.arrow_rows),
        one statement per chunk of rows (GraphStore._chunks). What the document owns (its own
        nodes, `doc` or id equal to the document, and its own edges) was deleted first, so it is
        CREATEd with its properties in the pattern; shared entities and curated edges are
        MERGEd on their id and their properties SET (graph.store.split_by_owner).

        A batch whose rows carry more than `bounded_load_chars` characters is written by
        `_write_bounded` instead (one transaction per statement, checkpointed as it goes, undone
        from a copy of the file if it fails), since one transaction holds the whole document in
        the engine's memory (about 16 bytes per character of row).
        """
        node_rows, edge_rows = batch.node_rows(kinds), batch.edge_rows(kinds)
        chars = sum(row_chars(r) for rows in node_rows.values() for r in rows) + \
            sum(row_chars(r) for rows in edge_rows.values() for r in rows)

        def write(conn) -> None:
            onto = load_ontology()
            node_types, edge_types = dict(onto.node_properties), dict(onto.edge_properties)
            touched, old_facts = self._delete_document(conn, batch.document)
            for kind, rows in node_rows.items():
                for verb, part in _nodes_by_owner(rows, batch.document):
                    q = _node_statement(verb, kind, node_types)
                    for chunk in self._chunks(part):
                        conn.execute(q, {"rows": rows_table(chunk, node_types)})
            self._write_facts(conn, batch.document, old_facts, edge_rows, touched, edge_types)
            for (etype, a, b), rows in edge_rows.items():
                for verb, part in split_by_owner(rows, batch.document):
                    q = _edge_statement(verb, etype, a, b, edge_types)
                    for chunk in self._chunks(part):
                        conn.execute(q, {"rows": rows_table(chunk, edge_types)})
            self._collect_orphans(conn, touched)

        if chars > self.bounded_load_chars:
            self._write_bounded(batch.document, write)
            return
        with self._lock, self._writer() as conn:
            conn.set_query_timeout(0)          # a load is never cut short by a read's time limit
            conn.execute("BEGIN TRANSACTION")
            try:
                write(conn)
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise
            self._documents_committed = self._documents_committed + 1
            self._after_commit(conn)

    # -- the bounded load: a large document in many transactions, undone from a copy -------------
    @property
    def _undo_path(self) -> Path:
        return Path(str(self.path) + ".before-load")

    @property
    def _mark_path(self) -> Path:
        return Path(str(self.path) + ".loading")

    def _write_bounded(self, document: str, write) -> None:
        """Write a large document in one transaction per statement, checkpointing every
        `bounded_checkpoint_bytes` of log, so the engine's memory stays bounded; atomic all the
        same: the file is checkpointed and copied first (`<file>.before-load`), and a side file
        (`<file>.loading`) marks the load until its last checkpoint. On a failure the copy is put
        back and StoreError says so in one line; a killed process leaves the mark, and the next
        opener puts the copy back (`_undo_interrupted_load`). Needs free disk for one copy of the
        file. Raises StoreError (the failure and that the graph is as before it)."""
        with self._lock:
            try:
                with self._writer() as conn:
                    conn.set_query_timeout(0)
                    self._checkpoint(conn)      # the main file holds every commit before this load
                    self._mark_load(document)
                    write(_Checkpointing(conn, self))
                    self._checkpoint(conn)
                    self._unmark_load()
            except BaseException as exc:
                if not self._mark_path.exists():
                    raise
                if self._held is not None:      # the file cannot be replaced under an open writer
                    db, conn = self._held
                    conn.close()
                    db.close()
                self._put_back_copy()
                if self._held is not None:
                    self._held = self._open_writer()
                if not isinstance(exc, Exception):
                    raise
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise self._error(f"the load of {document!r} failed ({_engine_reason(reason)}); the "
                                  "graph is as it was before it (put back from "
                                  f"{self._undo_path.name})") from None
            self._documents_committed = self._documents_committed + 1

    def _mark_load(self, document: str) -> None:
        """Copy the checkpointed file aside, then write the mark (each synced to disk first)."""
        copy, tmp = self._undo_path, Path(str(self._undo_path) + ".tmp")
        try:
            # copied by another process: opening and closing the file here would drop the POSIX
            # lock this process's writer holds on it (a reflink where the file system has one)
            done = subprocess.run(["cp", "--reflink=auto", "--", str(self.path), str(tmp)],
                                  capture_output=True, text=True)
            if done.returncode != 0:
                raise OSError(errno.EIO, (done.stderr.strip().splitlines() or ["cp failed"])[-1])
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, copy)
            mark = json.dumps({"document": document, "copy": copy.name, "pid": os.getpid(),
                               "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())})
            tmp = Path(str(self._mark_path) + ".tmp")
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(mark + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self._mark_path)
            _sync_dir(self.path.parent)
        except OSError as exc:
            for p in (tmp, copy):
                try:
                    p.unlink(missing_ok=True)
                except OSError:
                    pass
            raise self._error(f"cannot keep a copy of the file before a large load "
                              f"({_os_reason(exc)}); nothing was written") from None

    def _unmark_load(self) -> None:
        """The load is whole in the main file: drop the mark first, then the copy."""
        self._mark_path.unlink(missing_ok=True)
        _sync_dir(self.path.parent)
        try:
            self._undo_path.unlink(missing_ok=True)
        except OSError:
            pass

    def _put_back_copy(self) -> dict:
        """Replace the file by the copy taken before the marked load, drop its log, the mark and
        the seal (a new one is written). Returns the mark's content ({} if unreadable). Raises
        OSError if the copy cannot be put back."""
        try:
            mark = json.loads(self._mark_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            mark = {}
        if self._undo_path.exists():
            os.replace(self._undo_path, self.path)
        for p in (Path(str(self.path) + ".wal"), Path(str(self.path) + ".shadow")):
            p.unlink(missing_ok=True)
        self._break_seal()
        self._mark_path.unlink(missing_ok=True)
        _sync_dir(self.path.parent)
        self._write_seal()
        return mark if isinstance(mark, dict) else {}

    def _undo_interrupted_load(self) -> Path | None:
        """At open: a mark that no process's writer holds is a large load that was killed; put
        the copy back and say so in `notices`. While a writer holds it, a read-only opener gets
        the copy's path to read (the graph before the load). Returns the path to open instead
        of the file, or None."""
        if not self._mark_path.exists():
            return None
        if self._locked_by_other(including_me=True) is False:
            try:
                mark = self._put_back_copy()
            except OSError as exc:
                if self._undo_path.exists():
                    return self._undo_path   # e.g. a confined reader: read the graph before it
                raise self._error(f"a large load was interrupted and its copy cannot be put back "
                                  f"({_os_reason(exc)})") from None
            what = f"the load of {mark['document']!r}" if mark.get("document") else "a load"
            self.notices.append(f"{self._shown()}: {what} was interrupted; the graph was put back "
                                "as it was before it")
            return None
        return self._undo_path if self._undo_path.exists() else None

    def _write_facts(self, conn: lb.Connection, document: str, old_facts: list[tuple],
                     edge_rows: dict[tuple[str, str, str], list[dict]],
                     touched: dict[str, set[str]], edge_types: dict[str, str]) -> None:
        """Bring every fact edge `document` stated last time (`old_facts`: (type, kind, src,
        kind, dst, fact id) from its load record) or states now (the fact rows of `edge_rows`)
        to its new sources (graph.facts): a fact no document states any more is deleted (its
        ends added to `touched`), the others are written whole. One anchored read and one
        write or delete per fact, never a scan."""
        new: dict[str, tuple] = {}
        for (etype, a, b), rows in edge_rows.items():
            for r in rows:
                if is_fact_row(r):
                    new[r["id"]] = (etype, a, r["src"], b, r["dst"], r)
        todo = {fid: (etype, a, src, b, dst, None) for etype, a, src, b, dst, fid in old_facts}
        todo.update(new)
        writes: dict[tuple[str, str, str], list[dict]] = {}
        for fid, (etype, a, src, b, dst, row) in sorted(todo.items()):
            anchor = (f"MATCH (s:{a} {{id: $src}})-[r:{etype}]->(t:{b} {{id: $dst}}) "
                      "WHERE r.id = $fid ")
            params = {"src": src, "dst": dst, "fid": fid}
            res = conn.execute(anchor + "RETURN r", params)
            stored = None
            if res.has_next():
                stored = {k: v for k, v in res.get_next()[0].items() if not k.startswith("_")}
            res.close()
            after = without_document(stored, document) if stored is not None else None
            if row is not None:
                after = with_row(after, row)
            if after is None:
                if stored is not None:
                    conn.execute(anchor + "DELETE r", params)
                    touched.setdefault(a, set()).add(src)
                    touched.setdefault(b, set()).add(dst)
                continue
            writes.setdefault((etype, a, b), []).append(after)
        for (etype, a, b), rows in writes.items():
            q = _edge_statement("MERGE", etype, a, b, edge_types)
            for chunk in self._chunks(rows):
                conn.execute(q, {"rows": rows_table(chunk, edge_types)})

    @staticmethod
    def _delete_document(conn: lb.Connection, document: str
                         ) -> tuple[dict[str, set[str]], list[tuple]]:
        """Delete what the document stated; return the shared nodes that lost edges (kind -> ids)
        and the fact edges it stated, (type, kind, src, kind, dst, fact id) each, which are not
        deleted here but brought to their other documents' sources (_write_facts).

        What its last load wrote is read from its Document node (`load_record`, by primary key):
        its own nodes go by primary key with their edges, its edges between shared entities one
        by one from their source's primary key, so the cost is the document's own size and the
        degree of those entities, never a scan of the store. A store written before the record
        existed (or a batch without a Document node, such as the curated reference layer) falls
        back to the scan by `doc`.
        """
        res = conn.execute("MATCH (d:Document {id: $doc}) RETURN d.load_record", {"doc": document})
        stored = res.get_next()[0] if res.has_next() else None
        res.close()
        if stored is None:
            return EmbeddedStore._delete_document_by_scan(conn, document)
        record = json.loads(stored)
        touched: dict[str, set[str]] = {}
        facts: list[tuple] = []
        for kind, nid in record["shared"]:
            if kind != "Document":
                touched.setdefault(kind, set()).add(nid)
        for entry in record["edges"]:
            if len(entry) == 6:                 # a fact edge: _write_facts removes its sources
                facts.append(tuple(entry))
                continue
            etype, a, src, b, dst = entry
            # one statement per edge: an UNWIND of pairs makes the engine join with a scan of the
            # whole relationship table, while fixed ends anchor on the source's primary key
            conn.execute(f"MATCH (s:{a} {{id: $src}})-[r:{etype}]->(t:{b} {{id: $dst}}) "
                         "WHERE r.doc = $doc AND r.docs IS NULL DELETE r",
                         {"src": src, "dst": dst, "doc": document})
        by_kind: dict[str, list[str]] = {}
        for kind, nid in record["nodes"]:
            by_kind.setdefault(kind, []).append(nid)
        for kind, ids in sorted(by_kind.items()):
            conn.execute(f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}}) DETACH DELETE n",
                         {"ids": ids})
        return touched, facts

    @staticmethod
    def _delete_document_by_scan(conn: lb.Connection, document: str
                                 ) -> tuple[dict[str, set[str]], list[tuple]]:
        """_delete_document for a document stored without `load_record`: scans every
        relationship and node for `doc` (and every fact edge for `docs`)."""
        res = conn.execute("MATCH (a)-[r]->(b) WHERE list_contains(r.docs, $doc) "
                           "RETURN r.type, a.kind, a.id, b.kind, b.id, r.id", {"doc": document})
        facts = []
        while res.has_next():
            facts.append(tuple(res.get_next()))
        res.close()
        res = conn.execute("MATCH (a)-[r]->(b) WHERE r.doc = $doc AND r.docs IS NULL "
                           "RETURN a.id, a.kind, a.doc, b.id, b.kind, b.doc", {"doc": document})
        touched: dict[str, set[str]] = {}
        while res.has_next():
            aid, akind, adoc, bid, bkind, bdoc = res.get_next()
            for nid, kind, doc in ((aid, akind, adoc), (bid, bkind, bdoc)):
                if doc is None and kind != "Document":
                    touched.setdefault(kind, set()).add(nid)
        conn.execute("MATCH ()-[r]->() WHERE r.doc = $doc AND r.docs IS NULL DELETE r",
                     {"doc": document})
        conn.execute("MATCH (n) WHERE n.doc = $doc OR n.id = $doc DETACH DELETE n",
                     {"doc": document})
        return touched, facts

    @staticmethod
    def _collect_orphans(conn: lb.Connection, touched: dict[str, set[str]]) -> None:
        """Shared entities no document mentions any more go with the last one that did."""
        for kind, ids in touched.items():
            conn.execute(f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}}) "
                         "WHERE n.doc IS NULL AND NOT EXISTS { MATCH (n)-[]-() } DELETE n",
                         {"ids": sorted(ids)})

    def clear(self) -> None:
        with self._lock:
            self.ensure_schema()
            with self._writer() as conn:
                conn.set_query_timeout(0)
                conn.execute("MATCH (n) DETACH DELETE n")

    # -- reads -------------------------------------------------------------------------------
    def _run(self, query, params, *, read_only, timeout, max_rows) -> QueryResult:
        """Reads go to a worker process (graph.query_worker) holding a read-only handle, unless a
        load holds the writer in this process (then its own reads see the uncommitted state)."""
        from graph.readonly import called_procedures
        # lex again only when the text may call a Neo4j procedure (reads are a hot path)
        neo4j_only = [p for p in called_procedures(query) if p.startswith("db.")] \
            if "db." in query.lower() else []
        if neo4j_only:
            raise StoreError(f"CALL {neo4j_only[0]}() is a Neo4j procedure; on the embedded engine "
                             "use CALL show_tables() or CALL table_info('<table>')")
        with self._lock:
            if read_only and self._held is None:
                self._check_file(read_only=True)    # a read never creates a database
                if self._pool is None:
                    # open once here first: recovering an interrupted write (which may complete
                    # a checkpoint) must not run inside a worker's memory limits
                    self._open_db(read_only=True).close()
                    from graph.query_worker import WorkerPool
                    self._pool = WorkerPool(self.path)
                pool = self._pool
            else:
                pool = None
                with self._writer() as conn:
                    if read_only:
                        check_plan(conn, query, params)
                    return self._execute(conn, query, params, timeout, max_rows)
        return pool.run(query, params, timeout, max_rows)

    def read_here(self, query: str, params: dict, timeout: float, max_rows: int) -> QueryResult:
        """Run a read in this process on the read-only handle, after the plan check. Only the
        query worker calls this; everything else goes through run()."""
        with self._lock:
            conn = self._read_conn()
            check_plan(conn, query, params)
            return self._execute(conn, query, params, timeout, max_rows)

    @staticmethod
    def _execute(conn, query, params, timeout, max_rows) -> QueryResult:
        conn.set_query_timeout(int(timeout * 1000))
        try:
            res = conn.execute(query, params)
        except RuntimeError as exc:
            raise (from_ladybug(str(exc), query) or _error(exc, timeout)) from exc
        if isinstance(res, list):
            res = res[-1]
        columns = res.get_column_names()
        out = QueryResult(columns, [])
        while res.has_next():
            if len(out.rows) >= max_rows:
                out.truncated = True
                break
            out.rows.append([_normalise(v, out) for v in res.get_next()])
        res.close()
        return out


def _nodes_by_owner(rows: list[dict], document: str) -> list[tuple[str, list[dict]]]:
    """CREATE for the document's own nodes (deleted just before), MERGE for shared ones."""
    own = [r for r in rows if r.get("doc") == document or r["id"] == document]
    shared = [r for r in rows if not (r.get("doc") == document or r["id"] == document)]
    return [(verb, part) for verb, part in (("CREATE", own), ("MERGE", shared)) if part]


def _node_statement(verb: str, kind: str, types: dict[str, str]) -> str:
    """The LOAD FROM statement writing rows of node table `kind` (verb CREATE or MERGE)."""
    if verb == "CREATE":
        props = ", ".join(f"{p}: {column(p)}" for p in types)
        return f"LOAD FROM $rows CREATE (n:{kind} {{{props}}})"
    sets = ", ".join(f"n.{p} = {column(p)}" for p in types if p != "id")
    return f"LOAD FROM $rows MERGE (n:{kind} {{id: {column('id')}}}) SET {sets}"


def _edge_statement(verb: str, etype: str, a: str, b: str, types: dict[str, str]) -> str:
    """The LOAD FROM statement writing `etype` rows from node table `a` to `b`."""
    ends = (f"LOAD FROM $rows MATCH (s:{a} {{id: {column('src')}}}) "
            f"MATCH (t:{b} {{id: {column('dst')}}}) ")
    if verb == "CREATE":
        props = ", ".join(f"{p}: {column(p)}" for p in types)
        return ends + f"CREATE (s)-[r:{etype} {{{props}}}]->(t)"
    sets = ", ".join(f"r.{p} = {column(p)}" for p in types if p != "id")
    return ends + f"MERGE (s)-[r:{etype} {{id: {column('id')}}}]->(t) SET {sets}"


# The child process of EmbeddedStore._complete_recovery: open read-write (which replays what the
# engine finds committed), checkpoint when a log is left, close; prints "empty" when there was
# no log to apply.
_RECOVERY = """
import os, sys
import ladybug as lb
path = sys.argv[1]
try:
    db = lb.Database(path, checkpoint_threshold=int(sys.argv[2]))
    conn = lb.Connection(db)
    wal = path + '.wal'
    applied = os.path.exists(wal) and os.path.getsize(wal) > 0
    if applied:
        conn.execute('CHECKPOINT')
    conn.close()
    db.close()
except RuntimeError as exc:
    sys.stderr.write(str(exc))
    sys.exit(1)
print('applied' if applied else 'empty')
"""
RECOVERY_TIMEOUT_S = 600.0


def _engine_reason(msg: str) -> str:
    """The useful part of an engine message: the OS error when there is one, else its first line."""
    found = re.search(r"Error: ([^.\n]+)", msg)
    if found:
        return found.group(1).strip()
    line = msg.strip().splitlines()[0] if msg.strip() else "unknown engine error"
    return re.sub(r"^(Runtime|IO|Storage) exception: ", "", line)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return "the path is too long for the file system"
    return (exc.strerror or str(exc)).lower()


def _error(exc: RuntimeError, timeout: float) -> Exception:
    from graph.readonly import ReadOnlyError
    msg = str(exc)
    if "interrupted" in msg.lower() or "timeout" in msg.lower():
        return QueryTimeout(f"query stopped after {timeout:g} s time limit")
    if "read-only" in msg.lower():
        return ReadOnlyError(f"read-only: {msg}")
    if "bad_alloc" in msg or "buffer manager" in msg.lower() or "out of memory" in msg.lower():
        return QueryMemoryError("query stopped: it needed more memory than a query may use")
    return StoreError(msg.splitlines()[0] if msg else type(exc).__name__)


# The physical operators of a read (LadybugDB's EXPLAIN names them), and the table functions a
# read may call. Anything else (COPY_TO, TRANSACTION for CHECKPOINT, STANDALONE_CALL for settings,
# INSTALL_EXTENSION, READ_CSV/PARQUET/JSON for LOAD FROM, scans of Python objects, ATTACH ...)
# is refused before the query runs.
READ_OPERATORS = frozenset("""
    RESULT_COLLECTOR PROJECTION FILTER FLATTEN LIMIT SKIP UNWIND EMPTY_RESULT CROSS_PRODUCT
    SCAN_NODE_TABLE SCAN_REL_TABLE PRIMARY_KEY_SCAN_NODE_TABLE INDEX_LOOKUP OFFSET_SCAN_NODE_TABLE
    COUNT_REL_TABLE QUERY_PRIMARY_KEY_LOOKUP HASH_JOIN_BUILD HASH_JOIN_PROBE INTERSECT_BUILD INTERSECT
    AGGREGATE AGGREGATE_SCAN AGGREGATE_FINALIZE ORDER_BY ORDER_BY_MERGE ORDER_BY_SCAN TOP_K
    TOP_K_SCAN UNION_ALL_SCAN RECURSIVE_EXTEND PATH_PROPERTY_PROBE SEMI_MASKER
    MULTIPLICITY_REDUCER TABLE_FUNCTION_CALL DUMMY_SINK DUMMY_SIMPLE_SINK PARTITIONER
    """.split())
READ_TABLE_FUNCTIONS = frozenset({"READ_FTABLE", "SHOW_TABLES", "TABLE_INFO"})
_OPERATOR = re.compile(r"[│|]\s*([A-Z][A-Z_]*)\[(\d+)\]\s*[│|]")
_FUNCTION = re.compile(r"Function:\s*([A-Za-z_][A-Za-z_0-9]*)")


def check_plan(conn: lb.Connection, query: str, params: dict) -> None:
    """ReadOnlyError unless LadybugDB's own plan for `query` holds only read operators."""
    from graph.readonly import ReadOnlyError
    try:
        res = conn.execute("EXPLAIN " + query, params)
    except RuntimeError as exc:
        err = from_ladybug(str(exc), query, shift=len("EXPLAIN ")) or _error(exc, 0)
        raise err from exc
    if isinstance(res, list):
        raise ReadOnlyError("read-only: one statement per query")
    text = []
    while res.has_next():
        text.extend(str(v) for v in res.get_next())
    res.close()
    plan = "\n".join(text)
    found = _OPERATOR.findall(plan)
    operators = {name for name, _ in found}
    ids = sorted({int(i) for _, i in found})
    if not ids or ids != list(range(len(ids))):
        # operators are numbered from 0 (a shared one is drawn twice): a gap means one of them
        # was not recognised
        raise ReadOnlyError("read-only: the engine's plan for this query could not be checked")
    bad = sorted(operators - READ_OPERATORS)
    if bad:
        raise ReadOnlyError(f"read-only: the engine plans {', '.join(bad)}, which a read may "
                            "not do")
    functions = {f.upper() for f in _FUNCTION.findall(plan)}
    bad = sorted(functions - READ_TABLE_FUNCTIONS)
    if bad:
        raise ReadOnlyError(f"read-only: the table function {', '.join(bad)} is not allowed")


class _Checkpointing:
    """A connection whose every statement commits on its own (no BEGIN) and which checkpoints
    once the log passes the store's `bounded_checkpoint_bytes`: what the engine keeps of
    committed data until a checkpoint is what bounds a large load's memory."""

    def __init__(self, conn: lb.Connection, store: "EmbeddedStore"):
        self._conn, self._store = conn, store

    def execute(self, query: str, params: dict | None = None):
        result = self._conn.execute(query, params or {})
        if self._store._wal_bytes() >= self._store.bounded_checkpoint_bytes:
            self._store._checkpoint(self._conn)
        return result

    def __getattr__(self, name):
        return getattr(self._conn, name)


def _sync_dir(folder: Path) -> None:
    """Make a rename or removal in `folder` durable (best effort where the system refuses)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def _rollback(conn: lb.Connection) -> None:
    """Roll back, unless the engine already did (it aborts a transaction on a failed statement):
    a second error here would hide the first, which is the one the user must see."""
    try:
        conn.execute("ROLLBACK")
    except RuntimeError as exc:
        if "no active transaction" not in str(exc).lower():
            raise


def _normalise(value, result: QueryResult):
    """Plain values; nodes, edges and paths in the engine-neutral shape (collected on the side)."""
    if isinstance(value, dict):
        if "_NODES" in value:
            nodes = [_normalise(n, result) for n in value["_NODES"]]
            rels = [_normalise(r, result) for r in value["_RELS"]]
            return {"nodes": nodes, "edges": rels}
        if "_SRC" in value and "_LABEL" in value:
            props = {k: v for k, v in value.items() if not k.startswith("_")}
            edge = normal_edge(value["_LABEL"], props)
            result.edges[edge["id"]] = edge
            return edge
        if "_LABEL" in value and "_ID" in value:
            props = {k: v for k, v in value.items() if not k.startswith("_")}
            node = normal_node(props.get("id"), value["_LABEL"], props)
            result.nodes[node["id"]] = node
            return node
        return {k: _normalise(v, result) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v, result) for v in value]
    return value

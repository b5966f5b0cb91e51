"""Read queries of the embedded engine, run in separate processes that a bad query cannot outlive.

LadybugDB runs inside the process that calls it, so a query that allocates without bound
(`UNWIND range(1, 1000000000)`, `repeat('x', 1000000000)`) or never ends would take the app or the
CLI with it. Every read of an EmbeddedStore therefore runs in a worker: `python -m
graph.query_worker PATH`, which opens the database file read-only with a bounded buffer pool and
thread count, limits itself (address space RLIMIT_AS, CPU time RLIMIT_CPU per query, no file
writes RLIMIT_FSIZE=0), works in an empty directory that it removes at once, and refuses any
query whose plan holds an operator outside the read allow-list (graph.embedded_store.check_plan).
The parent kills a worker whose resident memory passes the ceiling or that has not answered by the
time limit plus a grace, and the next query starts a fresh one; the caller gets QueryTimeout or
StoreError and keeps working. A worker whose query the engine itself stopped for memory (its
buffer pool full), or that failed in a way the engine did not name, is retired the same way after
it answers: LadybugDB did not give that memory back, and every later query of the process failed
for memory (measured at 1,000 meetings), so the next query opens the database in a fresh worker.

Results come back pickled and are unpickled with an allow-list of classes, so even a worker that
an engine bug had taken over could not run code in the parent. This module must not decide what a
query may do (graph/readonly.py and the plan check do) and must not open the file for writing.
"""
from __future__ import annotations

import io
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from graph.query_syntax import QuerySyntaxError
from graph.readonly import check_read_only
from graph.store import QueryMemoryError, QueryResult, QueryTimeout, ReadOnlyError, StoreError

MEMORY_MB = int(os.environ.get("ACTAGRAPH_QUERY_MEMORY_MB", "2048"))   # resident, per worker
# LadybugDB's buffer pool in a worker (its default is 80% of RAM): the engine's own allocations
# stop cleanly ("buffer pool is full") before the resident ceiling kills the worker. Measured: a
# shortest-path query over the one-report graph needs 896 MB of it (768 MB fails).
BUFFER_POOL_SHARE = 0.75
THREADS = 2                        # LadybugDB threads in a worker
GRACE_S = 3.0                      # past the time limit before the worker is killed
START_S = float(os.environ.get("ACTAGRAPH_QUERY_WORKER_START_S", "120"))  # start-up, not query time
WATCH_S = 0.02                     # how often the parent samples the worker's memory
POOL_SIZE = int(os.environ.get("ACTAGRAPH_QUERY_WORKERS", "2"))
MAX_RESULT_BYTES = 64 << 20        # a larger pickled result is refused in the worker
_HEADER = struct.Struct("!Q")
_ERRORS = {"readonly": ReadOnlyError, "timeout": QueryTimeout, "store": StoreError,
           "memory": QueryMemoryError, "engine": StoreError}
# answers after which the worker is not used again (see the module docstring)
_RETIRING = frozenset({"memory", "engine"})
RETIRED = "the read worker was restarted: the next query opens the database afresh"
_SAFE_CLASSES = {("graph.store", "QueryResult"), ("datetime", "date"), ("datetime", "datetime"),
                 ("datetime", "time"), ("datetime", "timedelta"), ("datetime", "timezone"),
                 ("decimal", "Decimal"), ("uuid", "UUID"), ("builtins", "set"),
                 ("builtins", "frozenset"), ("builtins", "complex"), ("builtins", "bytearray"),
                 ("zoneinfo", "ZoneInfo"), ("zoneinfo._zoneinfo", "ZoneInfo")}

__all__ = ["WorkerPool", "MEMORY_MB"]


def max_db_size(path: Path) -> int:
    """The address space LadybugDB reserves for the file: a power of two, at least 1 GiB and
    twice the file (it must hold the whole database)."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0
    out = 1 << 30
    while out < 2 * size:
        out <<= 1
    return out


class _ResultUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in _SAFE_CLASSES:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"worker sent a {module}.{name}, which is not a result value")


def _send(fh, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    fh.write(_HEADER.pack(len(data)) + data)
    fh.flush()


class _Worker:
    """One worker process and its pipes (parent side)."""

    def __init__(self, path: Path, memory_mb: int, buffer_pool_mb: int | None = None):
        self.path, self.memory_mb = path, memory_mb
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        pool = [str(buffer_pool_mb)] if buffer_pool_mb else []
        self.proc = subprocess.Popen(
            # the worker runs in the repository: a relative path is made absolute here, where it
            # means what the user meant, and messages still name it as given
            [sys.executable, "-m", "graph.query_worker", os.path.abspath(path), str(memory_mb),
             str(path), *pool],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            cwd=str(Path(__file__).resolve().parents[1]), env=env, close_fds=True)
        self.page = os.sysconf("SC_PAGE_SIZE")
        self.ready = False

    def alive(self) -> bool:
        return self.proc.poll() is None

    def rss_mb(self) -> float:
        try:
            with open(f"/proc/{self.proc.pid}/statm", "rb") as fh:
                return int(fh.read().split()[1]) * self.page / (1 << 20)
        except (OSError, IndexError, ValueError):
            return 0.0

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for fh in (self.proc.stdin, self.proc.stdout):
            try:
                fh.close()
            except OSError:
                pass

    def _frame(self, deadline: float, on_time) -> bytes:
        """The next answer frame from the worker; on_time() (which raises) past `deadline`, and
        the worker killed when its resident memory passes the ceiling or it dies."""
        fd = self.proc.stdout.fileno()
        buf = bytearray()
        need, body = _HEADER.size, False
        while True:
            if self.rss_mb() > self.memory_mb:
                self.kill()
                raise StoreError(f"query stopped: it needed more than the {self.memory_mb} MB "
                                 "a query may use")
            left = deadline - time.monotonic()
            if left <= 0:
                self.kill()
                on_time()
            ready, _, _ = select.select([fd], [], [], min(WATCH_S, left))
            if not ready:
                continue
            chunk = os.read(fd, max(need - len(buf), 1 << 16) if body else need - len(buf))
            if not chunk:
                code = self.proc.wait()
                self.kill()
                raise StoreError(_death(code, self.memory_mb))
            buf += chunk
            if not body and len(buf) >= _HEADER.size:
                need = _HEADER.unpack(bytes(buf[:_HEADER.size]))[0]
                if need > MAX_RESULT_BYTES * 2:
                    self.kill()
                    raise StoreError("the query worker sent a malformed answer")
                buf = buf[_HEADER.size:]
                body = True
            if body and len(buf) >= need:
                return bytes(buf)

    def _load(self, data: bytes):
        try:
            return _ResultUnpickler(io.BytesIO(data)).load()
        except Exception as exc:  # noqa: BLE001 - anything malformed ends this worker
            self.kill()
            raise StoreError(f"the query worker sent a malformed answer ({exc})") from None

    def run(self, query: str, params: dict, timeout: float, max_rows: int) -> QueryResult:
        if not self.ready:
            # Starting Python, LadybugDB and the file takes seconds on a busy machine: that is
            # not the query's time.
            def slow():
                raise StoreError(f"the query worker did not start within {START_S:g} s")
            first = self._load(self._frame(time.monotonic() + START_S, slow))
            if isinstance(first, tuple) and len(first) == 3 and first[:2] == ("error", "store"):
                self.kill()
                raise StoreError(first[2])       # the file could not be opened: its own line
            if first != ("ready",):
                self.kill()
                raise StoreError("the query worker sent a malformed answer")
            self.ready = True
        try:
            _send(self.proc.stdin, (query, params, timeout, max_rows))
        except (BrokenPipeError, OSError):
            self.kill()
            raise StoreError("the query worker stopped before the query started; try again")

        def late():
            raise QueryTimeout(f"query stopped after {timeout:g} s time limit")
        status, *payload = self._load(self._frame(time.monotonic() + timeout + GRACE_S, late))
        if status == "ok":
            return payload[0]
        kind, message = payload
        if kind == "syntax":                    # (what, line, column)
            raise QuerySyntaxError(*message)
        if kind in _RETIRING:
            self.kill()
            message = f"{message}; {RETIRED}"
        raise _ERRORS.get(kind, StoreError)(message)


def _death(code: int, memory_mb: int) -> str:
    if code in (-signal.SIGKILL, -signal.SIGSEGV, -signal.SIGABRT, -signal.SIGBUS):
        return (f"query stopped: the engine ran out of memory or crashed on it (limit "
                f"{memory_mb} MB); the graph is unchanged")
    if code == -signal.SIGXCPU:
        return "query stopped: it used more CPU time than its time limit"
    return f"query stopped: the query worker exited ({code}); the graph is unchanged"


class WorkerPool:
    """Up to `size` workers for one database file; each query takes an idle one (or starts one).

    Thread-safe: the app runs one script thread per browser session, and a query stuck in one
    worker does not hold up the others.
    """

    def __init__(self, path: str | os.PathLike, size: int = POOL_SIZE, memory_mb: int = MEMORY_MB,
                 buffer_pool_mb: int | None = None):
        """`buffer_pool_mb`: LadybugDB's buffer pool in each worker, by default
        BUFFER_POOL_SHARE of `memory_mb` (a smaller one lets a test fill it)."""
        self.path, self.memory_mb, self.buffer_pool_mb = Path(path), memory_mb, buffer_pool_mb
        self._idle: list[_Worker] = []
        self._slots = threading.BoundedSemaphore(max(1, size))
        self._lock = threading.Lock()
        self._closed = False

    def run(self, query: str, params: dict, timeout: float, max_rows: int) -> QueryResult:
        """Run one read query in a worker: QueryResult, or ReadOnlyError / QueryTimeout /
        StoreError (the worker is replaced after a kill or a crash)."""
        with self._slots:
            with self._lock:
                worker = None
                while self._idle and worker is None:
                    candidate = self._idle.pop()
                    if candidate.alive():
                        worker = candidate
                    else:
                        candidate.kill()
            if worker is None:
                worker = _Worker(self.path, self.memory_mb, self.buffer_pool_mb)
            try:
                result = worker.run(query, params, timeout, max_rows)
            except BaseException:
                if worker.alive():
                    self._release(worker)
                raise
            self._release(worker)
            return result

    def _release(self, worker: _Worker) -> None:
        with self._lock:
            if self._closed:
                worker.kill()
            else:
                self._idle.append(worker)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for w in idle:
            w.kill()
        self._closed = False      # a closed store may be used again: workers start on demand


# -- the worker process ---------------------------------------------------------------------------
def _limit_self(memory_mb: int, reserved: int) -> None:
    """Address space: the file's reservation and the buffer pool, twice (a changed file is opened
    before the old snapshot is let go), the query's own memory, and the interpreter, libraries
    and thread stacks. Files: none may be written. No core dumps."""
    import resource
    address = 2 * (reserved + (memory_mb << 20)) + (memory_mb << 20) + (512 << 20)
    resource.setrlimit(resource.RLIMIT_AS, (address, address))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _cpu_limit(timeout: float) -> None:
    import resource
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = used.ru_utime + used.ru_stime
    soft = int(spent + timeout * THREADS + GRACE_S) + 1
    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _read_exact(fh, n: int) -> bytes | None:
    data = fh.read(n)
    return data if data and len(data) == n else None


def serve(path: str, memory_mb: int, shown_as: str | None = None,
          buffer_pool_mb: int | None = None) -> None:
    """The worker's loop: read (query, params, timeout, max_rows), answer, until stdin closes.
    `path` is absolute; `shown_as` is how messages name the file (the path the user gave);
    `buffer_pool_mb` LadybugDB's buffer pool (default BUFFER_POOL_SHARE of `memory_mb`). After
    an answer of a kind in _RETIRING the worker stops: the parent does not use it again."""
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(Path(path).resolve())
    store.shown_as = shown_as
    reserved = max_db_size(store.path)
    pool_mb = buffer_pool_mb or int(memory_mb * BUFFER_POOL_SHARE)
    store.reader_options = {"buffer_pool_size": pool_mb << 20,
                            "max_num_threads": THREADS,
                            "max_db_size": reserved}
    # an empty directory that no longer exists: a relative path in a query names nothing, and no
    # folder is left behind however the worker ends (it is often killed)
    workdir = tempfile.mkdtemp(prefix="actagraph-query-")
    os.chdir(workdir)
    os.rmdir(workdir)
    _limit_self(memory_mb, reserved)
    try:
        with store._lock:
            store._read_conn()         # open before confining: nothing else is opened for writing
    except StoreError as exc:          # a missing, damaged or unsealed file: say why, in one line
        failed = pickle.dumps(("error", "store", str(exc)), protocol=pickle.HIGHEST_PROTOCOL)
        sys.stdout.buffer.write(_HEADER.pack(len(failed)) + failed)
        sys.stdout.buffer.flush()
        return
    from graph import landlock
    landlock.confine()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    rd, wr = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr            # nothing but answers on the pipe
    ready = pickle.dumps(("ready",), protocol=pickle.HIGHEST_PROTOCOL)
    wr.write(_HEADER.pack(len(ready)) + ready)
    wr.flush()
    while True:
        head = _read_exact(rd, _HEADER.size)
        if head is None:
            break
        body = _read_exact(rd, _HEADER.unpack(head)[0])
        if body is None:
            break
        query, params, timeout, max_rows = pickle.loads(body)
        _cpu_limit(timeout)
        try:
            check_read_only(query)     # whoever called the parent, the guard runs here too
            answer = ("ok", store.read_here(query, params, timeout, max_rows))
        except ReadOnlyError as exc:
            answer = ("error", "readonly", str(exc))
        except QueryTimeout as exc:
            answer = ("error", "timeout", str(exc))
        except QueryMemoryError as exc:
            answer = ("error", "memory", str(exc))
        except QuerySyntaxError as exc:
            answer = ("error", "syntax", (exc.what, exc.line, exc.column))
        except StoreError as exc:
            answer = ("error", "store", str(exc))
        except MemoryError:
            answer = ("error", "memory", f"query stopped: it needed more than the {memory_mb} MB "
                                         "a query may use")
        except Exception as exc:  # noqa: BLE001 - the parent turns it into one line
            answer = ("error", "engine", f"{type(exc).__name__}: {exc}".splitlines()[0])
        data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        if len(data) > MAX_RESULT_BYTES:
            data = pickle.dumps(("error", "store", f"query result is larger than "
                                 f"{MAX_RESULT_BYTES >> 20} MB; return fewer or smaller columns"))
        wr.write(_HEADER.pack(len(data)) + data)
        wr.flush()
        if answer[0] == "error" and answer[1] in _RETIRING:
            break
    store.close()


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None,
          int(sys.argv[4]) if len(sys.argv) > 4 else None)

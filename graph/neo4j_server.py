"""A local Neo4j Community 5.26 LTS server, run from Maven Central jars, for development and tests.

Why it exists: the project needs a real Neo4j, not a mock, on machines with no Docker and no way to
reach Neo4j's own download site; Maven Central is reachable and publishes the Community server. So
the jars come from tools/neo4j/pom.xml through mvn, and this module writes the config and starts,
checks and stops one server per root directory, with auth on and a password generated for that root.

What it must not do: print, log or put on a command line the password (it lives only in
<root>/password, mode 0600, and reaches neo4j-admin through a picocli @file); listen anywhere but
127.0.0.1; signal a process it did not start (a pid is trusted only if its command line is our
server for this root); leave the default neo4j/neo4j login usable, even for a moment; download
anything other than what that pom declares.

    python -m graph.neo4j_server fetch|start|status|stop
"""
from __future__ import annotations

import argparse
import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from graph.errors import UserError

REPO = Path(__file__).resolve().parents[1]
POM = REPO / "tools" / "neo4j" / "pom.xml"

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"  # what the neo4j-admin script runs, minus its bootloader
HEAP = "512m"
TRANSACTIONS_MEMORY = "256m"   # all transactions together, within HEAP
TRANSACTION_MEMORY = "128m"    # one transaction
TRANSACTION_TIMEOUT = "120s"
# The opens the neo4j launcher script would add; without them Netty and the page cache fall back
# to slower paths or log reflection warnings. No -XX:+ExitOnOutOfMemoryError: a single query that
# builds a huge value in an expression (which the transaction memory limits do not track) must
# fail on its own with OutOfMemoryError, not take the server down with it.
JVM_FLAGS = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "-Dfile.encoding=UTF-8",
)
STAMP = ".fetched"
LOG_TAIL_LINES = 20

__all__ = ["LocalServer", "ServerError", "main"]


class ServerError(UserError):
    """Neo4j could not be fetched, started or reached; the first line says what, the rest is log."""


def _default_root() -> Path:
    env = os.environ.get("ACTAGRAPH_NEO4J_HOME")
    return Path(env) if env else REPO / ".actagraph" / "neo4j"


def _default_port() -> int:
    env = os.environ.get("ACTAGRAPH_NEO4J_PORT")
    if not env:
        return 7687
    try:
        return int(env)
    except ValueError:
        raise ServerError(f"ACTAGRAPH_NEO4J_PORT={env!r} is not a port number") from None


@dataclass
class LocalServer:
    """One Neo4j server whose jars, config, data, logs and password all live under `root`.

    Roots are independent, so tests can run their own server beside a developer's.
    """

    root: Path = field(default_factory=_default_root)
    port: int = field(default_factory=_default_port)
    # db.memory.transaction.max: what one transaction may hold (a test server may set it lower)
    transaction_memory: str = TRANSACTION_MEMORY
    user: ClassVar[str] = "neo4j"  # the only user set-initial-password can set up

    def __post_init__(self) -> None:
        # Resolved once so the --home-dir we launch with is the one we later recognise in /proc.
        self.root = Path(self.root).expanduser().resolve()
        self.port = int(self.port)
        if not 0 < self.port < 65536:
            raise ServerError(f"port {self.port} is out of range")

    # -- paths ---------------------------------------------------------------------------------
    @property
    def lib(self) -> Path:
        return self.root / "lib"

    @property
    def conf_dir(self) -> Path:
        return self.root / "conf"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "logs" / "console.log"

    @property
    def pid_file(self) -> Path:
        return self.root / "run" / "neo4j.pid"

    @property
    def password_file(self) -> Path:
        return self.root / "password"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def password(self) -> str:
        """Generated once per root so no two machines or roots share a credential."""
        try:
            return self._read_password()
        except FileNotFoundError:
            pass
        self.root.mkdir(parents=True, exist_ok=True)
        pw = _new_password()
        try:  # O_EXCL: two processes racing on first use must not end with different passwords
            fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return self._read_password()
        with os.fdopen(fd, "w") as fh:
            fh.write(pw + "\n")
        return pw

    def _read_password(self) -> str:
        pw = self.password_file.read_text().strip()
        if not pw:
            raise ServerError(f"{self.password_file} is empty; delete it and {self.data_dir} to start afresh")
        return pw

    # -- jars ----------------------------------------------------------------------------------
    def fetch(self) -> None:
        """Copies the jars once per pom version, so later starts need neither mvn nor the network."""
        want = hashlib.sha256(POM.read_bytes()).hexdigest()
        stamp = self.lib / STAMP
        if stamp.is_file() and stamp.read_text().strip() == want and any(self.lib.glob("neo4j-server-*.jar")):
            return
        if self._running_pid() is not None:
            raise ServerError(f"the jars in {self.lib} are out of date; stop the server before fetching")
        mvn = shutil.which("mvn")
        if mvn is None:
            raise ServerError("mvn (Maven) is not on PATH; it is needed once to fetch the Neo4j jars")
        self.root.mkdir(parents=True, exist_ok=True)
        partial = self.root / "lib.partial"  # filled aside, so an interrupted fetch never looks done
        shutil.rmtree(partial, ignore_errors=True)
        out = subprocess.run(
            [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies", f"-DoutputDirectory={partial}"],
            stdin=subprocess.DEVNULL, capture_output=True, text=True,
        )
        if out.returncode != 0 or not any(partial.glob("neo4j-server-*.jar")):
            tail = "\n".join((out.stdout + out.stderr).splitlines()[-LOG_TAIL_LINES:])
            raise ServerError(f"mvn could not fetch the Neo4j jars (exit {out.returncode})\n{tail}")
        (partial / STAMP).write_text(want + "\n")
        if self.lib.is_symlink() or self.lib.is_file():
            self.lib.unlink()
        elif self.lib.exists():
            shutil.rmtree(self.lib)
        partial.rename(self.lib)

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self, timeout: float = 180) -> None:
        """Returns only once an authenticated query works, so callers never race the boot."""
        if self._running_pid() is not None:
            return
        self.pid_file.unlink(missing_ok=True)  # stale: its process is gone or is not ours
        if _port_in_use(self.port):
            # Otherwise the readiness check could end up talking to someone else's server.
            raise ServerError(f"127.0.0.1:{self.port} is already in use by another process")
        self.fetch()
        for sub in ("conf", "data", "logs", "run", "import", "plugins"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        self._write_conf()
        java = _java()
        self._set_initial_password(java)

        with open(self.log_file, "wb") as log:  # truncated: the tail in errors is this run's only
            proc = subprocess.Popen(
                [java, f"-Xmx{HEAP}", f"-Xms{HEAP}", *JVM_FLAGS, "-cp", str(self.lib / "*"), ENTRY_POINT,
                 f"--home-dir={self.root}", f"--config-dir={self.conf_dir}", "--console-mode"],
                cwd=self.root, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,  # detached: outlives this Python process and its Ctrl-C
            )
        self.pid_file.write_text(f"{proc.pid}\n")
        try:
            self._wait_ready(proc, timeout)
        except BaseException:
            _terminate(proc.pid, grace=15)
            self.pid_file.unlink(missing_ok=True)
            raise

    def stop(self, timeout: float = 60) -> None:
        """SIGTERM first so Neo4j checkpoints; SIGKILL only if it hangs past `timeout`."""
        pid = self._running_pid()
        if pid is not None:
            _terminate(pid, grace=timeout)
        self.pid_file.unlink(missing_ok=True)

    def status(self) -> str:
        pid = self._running_pid()
        return f"running on {self.uri} (pid {pid})" if pid is not None else "stopped"

    # -- internals -----------------------------------------------------------------------------
    def _running_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if _is_our_server(pid, self.root) else None

    def _write_conf(self) -> None:
        r = self.root
        lines = [
            "# Written by graph/neo4j_server.py on every start; edit that file, not this one.",
            f"server.directories.data={r / 'data'}",
            f"server.directories.logs={r / 'logs'}",
            f"server.directories.run={r / 'run'}",
            f"server.directories.import={r / 'import'}",
            f"server.directories.plugins={r / 'plugins'}",
            f"server.directories.lib={r / 'lib'}",
            "server.default_listen_address=127.0.0.1",
            f"server.bolt.listen_address=127.0.0.1:{self.port}",
            f"server.bolt.advertised_address=127.0.0.1:{self.port}",
            "server.http.enabled=false",
            "server.https.enabled=false",
            "dbms.security.auth_enabled=true",
            "server.memory.pagecache.size=64m",
            f"server.memory.heap.initial_size={HEAP}",
            f"server.memory.heap.max_size={HEAP}",
            # One query may not take the heap: past these the server stops the transaction
            # (MemoryPoolOutOfMemoryError) instead of dying of OutOfMemoryError.
            f"db.memory.transaction.total.max={TRANSACTIONS_MEMORY}",
            f"db.memory.transaction.max={self.transaction_memory}",
            # A backstop for clients that set no timeout of their own.
            f"db.transaction.timeout={TRANSACTION_TIMEOUT}",
            "dbms.usage_report.enabled=false",
            # Bolt otherwise waits 5 s twice on shutdown for connections a local server never has.
            "internal.server.bolt.connection_shutdown_wait_time=1s",
            "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
        ]
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        (self.conf_dir / "neo4j.conf").write_text("\n".join(lines) + "\n")

    def _set_initial_password(self, java: str) -> None:
        """Sets the password before the first boot so neo4j/neo4j is never accepted, even briefly."""
        if (self.data_dir / "databases" / "system").exists():
            if not self.password_file.exists():
                raise ServerError(
                    f"{self.data_dir} was initialised with a password that {self.password_file} no "
                    f"longer holds; delete {self.data_dir} to start afresh")
            return  # the system database already holds the password; auth.ini is read only once
        pw = self.password
        out = subprocess.run(
            # @file is picocli's argument file: the password never appears in argv or `ps`.
            [java, "-Xmx128m", "-cp", str(self.lib / "*"), ADMIN_TOOL,
             "dbms", "set-initial-password", f"@{self.password_file}"],
            cwd=self.root, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300,
            env={**os.environ, "NEO4J_HOME": str(self.root), "NEO4J_CONF": str(self.conf_dir)},
        )
        if out.returncode != 0:
            text = (out.stdout + out.stderr).replace(pw, "<password>")
            tail = "\n".join(text.splitlines()[-LOG_TAIL_LINES:])
            raise ServerError(f"neo4j-admin dbms set-initial-password failed (exit {out.returncode})\n{tail}")

    def _wait_ready(self, proc: subprocess.Popen, timeout: float) -> None:
        from neo4j.exceptions import AuthError, DriverError, Neo4jError

        deadline = time.monotonic() + timeout
        last = "Bolt port not open yet"
        while True:
            code = proc.poll()
            if code is not None:
                raise ServerError(self._failure(f"Neo4j exited with code {code} before Bolt answered"))
            if _port_in_use(self.port):
                try:
                    self._ping()
                    return
                except AuthError:
                    raise ServerError(self._failure(
                        f"Neo4j on {self.uri} rejected the password in {self.password_file}")) from None
                except (DriverError, Neo4jError, OSError) as exc:
                    last = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            if time.monotonic() >= deadline:
                raise ServerError(self._failure(f"Neo4j did not answer on {self.uri} within {timeout:.0f}s ({last})"))
            time.sleep(0.25)

    def _ping(self) -> None:
        from neo4j import GraphDatabase

        with GraphDatabase.driver(self.uri, auth=(self.user, self.password), connection_timeout=5,
                                  max_connection_pool_size=1) as driver:
            records, _, _ = driver.execute_query("RETURN 1 AS ok")
            if records[0]["ok"] != 1:
                raise ServerError(f"Neo4j on {self.uri} answered RETURN 1 with {records[0]['ok']!r}")

    def _failure(self, message: str) -> str:
        try:
            with open(self.log_file, errors="replace") as fh:
                tail = "".join(deque(fh, maxlen=LOG_TAIL_LINES)).rstrip()
        except OSError:
            tail = "(no log)"
        return f"{message}; log: {self.log_file}\n{tail}"


# -- process helpers ---------------------------------------------------------------------------
def _new_password() -> str:
    while True:
        pw = secrets.token_urlsafe(24)
        if not pw.startswith("-"):  # picocli would read a leading '-' as an option
            return pw


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    java = shutil.which("java")
    if java is None:
        raise ServerError("java is not on PATH (JDK 17 or 21 is needed for Neo4j 5.26)")
    return java


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _alive(pid: int) -> bool:
    try:  # reap it if it is our own child, or it lingers as a zombie that kill(0) calls alive
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except (OSError, IndexError):
        return True


def _is_our_server(pid: int, root: Path) -> bool:
    """A pid file can outlive its process and the pid be reused; never act on a stranger."""
    if pid <= 0 or not _alive(pid):
        return False
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc (macOS): the pid file is all there is to go on
    return ENTRY_POINT.encode() in argv and f"--home-dir={root}".encode() in argv


def _terminate(pid: int, grace: float) -> None:
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _alive(pid):
                return
            time.sleep(0.1)
    raise ServerError(f"Neo4j (pid {pid}) is still alive after SIGKILL")


# -- command line ------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m graph.neo4j_server",
        description="Run the local Neo4j Community server (root: $ACTAGRAPH_NEO4J_HOME, "
                    "port: $ACTAGRAPH_NEO4J_PORT).")
    parser.add_argument("command", choices=["fetch", "start", "stop", "status"])
    args = parser.parse_args(argv)
    try:
        server = LocalServer()
        began = time.monotonic()
        if args.command == "fetch":
            server.fetch()
            jars = len(list(server.lib.glob("*.jar")))
            print(f"{jars} jars ready in {server.lib} ({time.monotonic() - began:.1f}s)")
        elif args.command == "start":
            was_running = server.status() != "stopped"
            server.start()
            took = "already" if was_running else f"started in {time.monotonic() - began:.1f}s,"
            print(f"{took} {server.status()}")
        elif args.command == "stop":
            was_running = server.status() != "stopped"
            server.stop()
            print("stopped" if was_running else "stopped (was not running)")
        else:
            print(server.status())
    except (ServerError, OSError, subprocess.SubprocessError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"error: {first}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

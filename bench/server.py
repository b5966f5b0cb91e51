"""The benchmark's own Neo4j server (port 7699, root .actagraph/neo4j-bench), never the shared one.

Other engineers' tests clear the server on 7687; the benchmark starts and stops its own, reusing
the jars already fetched for the default root (lib is a symlink to .actagraph/neo4j/lib, so
LocalServer.fetch() sees its stamp and downloads nothing).
"""
from __future__ import annotations

from pathlib import Path

from graph.neo4j_server import LocalServer

REPO = Path(__file__).resolve().parents[1]
BENCH_ROOT = REPO / ".actagraph" / "neo4j-bench"
BENCH_PORT = 7699
SHARED_LIB = REPO / ".actagraph" / "neo4j" / "lib"


def bench_server(root: Path = BENCH_ROOT, port: int = BENCH_PORT) -> LocalServer:
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    lib = root / "lib"
    if not lib.exists() and not lib.is_symlink() and SHARED_LIB.is_dir():
        lib.symlink_to(SHARED_LIB.resolve(), target_is_directory=True)
    return LocalServer(root=root, port=port)


def settings(server: LocalServer) -> dict:
    return {"uri": server.uri, "user": server.user, "password": server.password,
            "database": "neo4j"}


def import_dir(server: LocalServer) -> Path:
    return server.root / "import"

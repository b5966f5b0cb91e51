"""Which store to open: Neo4j when NEO4J_URI is set (or asked for), else the embedded file.

`ENGINES` is the one registry of engines (name → store class, as "module:Class"); each store class
builds itself from the environment with `from_env(env, db)`. The CLI's `--engine`, the app, the
queries library, tests and bench read their engine lists from it, so adding an engine is one store
module and one entry here.

Settings come from the environment only (and, in the app, Streamlit secrets passed in as a
mapping), so no password ever sits in a file of the repository or on a command line.
"""
from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from pathlib import Path

from graph.store import GraphStore, StoreError

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DB = REPO / ".actagraph" / "graph.lbug"


def embedded_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    return Path(env.get("ACTAGRAPH_DB") or DEFAULT_DB)


def neo4j_settings(env: Mapping[str, str] | None = None) -> dict:
    """NEO4J_URI & co; without NEO4J_URI, the local server that `actagraph neo4j start` runs."""
    env = os.environ if env is None else env
    if env.get("NEO4J_URI"):
        return {"uri": env["NEO4J_URI"], "user": env.get("NEO4J_USER", "neo4j"),
                "password": env.get("NEO4J_PASSWORD", ""),
                "database": env.get("NEO4J_DATABASE", "neo4j")}
    from graph.neo4j_server import LocalServer
    server = LocalServer()
    return {"uri": server.uri, "user": server.user, "password": server.password,
            "database": env.get("NEO4J_DATABASE", "neo4j")}


ENGINES: dict[str, str] = {
    "embedded": "graph.embedded_store:EmbeddedStore",   # LadybugDB file, the default
    "neo4j": "graph.neo4j_store:Neo4jStore",            # a Neo4j server over Bolt
}
"""Every engine by name → its store class ("module:Class", imported on first use, so opening the
embedded file never imports the Neo4j driver). The first entry is the default."""


def store_class(engine: str) -> type[GraphStore]:
    """The store class registered for `engine`. Raises StoreError for an unknown name."""
    if engine not in ENGINES:
        raise StoreError(f"unknown engine {engine!r}: use {' or '.join(ENGINES)}")
    module, cls = ENGINES[engine].split(":")
    return getattr(importlib.import_module(module), cls)


def choose_engine(engine: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """The engine to use: `engine` if given, else ACTAGRAPH_ENGINE, else neo4j when NEO4J_URI is
    set, else the default (embedded). Raises StoreError for a name not in ENGINES."""
    env = os.environ if env is None else env
    engine = engine or env.get("ACTAGRAPH_ENGINE") or ("neo4j" if env.get("NEO4J_URI") else "embedded")
    if engine not in ENGINES:
        raise StoreError(f"unknown engine {engine!r}: use {' or '.join(ENGINES)}")
    return engine


def open_store(engine: str | None = None, db: str | os.PathLike | None = None,
               env: Mapping[str, str] | None = None) -> GraphStore:
    """A store of the chosen engine, built by its class's `from_env(env, db)` (not yet opened:
    use it as a context manager). Raises StoreError for an unknown engine."""
    engine = choose_engine(engine, env)
    return store_class(engine).from_env(os.environ if env is None else env, db)

"""Which store to open: Neo4j when NEO4J_URI is set (or asked for), else the embedded file.

Settings come from the environment only (and, in the app, Streamlit secrets passed in as a
mapping), so no password ever sits in a file of the repository or on a command line.
"""
from __future__ import annotations

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


def choose_engine(engine: str | None = None, env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    engine = engine or env.get("ACTAGRAPH_ENGINE") or ("neo4j" if env.get("NEO4J_URI") else "embedded")
    if engine not in ("embedded", "neo4j"):
        raise StoreError(f"unknown engine {engine!r}: use embedded or neo4j")
    return engine


def open_store(engine: str | None = None, db: str | os.PathLike | None = None,
               env: Mapping[str, str] | None = None) -> GraphStore:
    engine = choose_engine(engine, env)
    if engine == "neo4j":
        from graph.neo4j_store import Neo4jStore
        return Neo4jStore(**neo4j_settings(env))
    from graph.embedded_store import EmbeddedStore
    return EmbeddedStore(db or embedded_path(env))

"""The app's connection to the store and its caches (the only place that knows Streamlit caching).

One store object per process (`st.cache_resource`): LadybugDB allows one database object per
file per process. Query results are cached by (store, query text, parameters, data version), the
data version being the loaded documents' hashes, so a reload invalidates them and a rerun with
the same inputs does no work.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from graph.store import GraphStore, QueryResult, StoreError

SECRET_KEYS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "ACTAGRAPH_ENGINE",
               "ACTAGRAPH_DB", "ACTAGRAPH_REVIEW")


def settings() -> dict[str, str]:
    """Environment, overlaid with Streamlit secrets of the same names when a secrets file exists."""
    env = dict(os.environ)
    try:
        for key in SECRET_KEYS:
            if key in st.secrets:
                env[key] = str(st.secrets[key])
    except Exception:  # noqa: BLE001 - no secrets file is the normal case
        pass
    return env


def store_key(env: dict[str, str]) -> str:
    """What identifies the store to open, without the password (which is never shown or logged)."""
    from graph.config import choose_engine, embedded_path
    engine = choose_engine(None, env)
    if engine == "neo4j":
        where = f"{env.get('NEO4J_URI', 'local')}|{env.get('NEO4J_USER', '')}|{env.get('NEO4J_DATABASE', '')}"
        secret = hashlib.sha256(env.get("NEO4J_PASSWORD", "").encode()).hexdigest()[:12]
        return f"neo4j|{where}|{secret}"
    return f"embedded|{embedded_path(env)}"


@st.cache_resource(show_spinner=False)
def _open(key: str) -> GraphStore:
    from graph.config import open_store
    return open_store(env=settings())


def get_store() -> GraphStore:
    """The process-wide store; StoreError (with a message to show) if it cannot be opened."""
    return _open(store_key(settings()))


@st.cache_data(ttl=3, show_spinner=False, max_entries=8)
def _version(key: str) -> tuple:
    from graph.review_log import ReviewLog, log_path
    store = _open(key)
    # review decisions rewrite a document without changing its text: they are part of the version
    review = ReviewLog(log_path(store, settings())).revision()
    return tuple((d["id"], d.get("sha256")) for d in store.documents()) + (review,)


@dataclass
class Ctx:
    store: GraphStore
    key: str
    lang: str
    version: tuple

    def run(self, query: str, params: dict | None = None) -> QueryResult:
        return _run(self.key, query, json.dumps(params or {}, sort_keys=True, default=str),
                    self.version)

    def saved(self, name: str, raw: dict) -> QueryResult:
        return _saved(self.key, name, json.dumps(raw, sort_keys=True, default=str), self.version)

    def read(self, fn: str, *args) -> object:
        """views.readers.<fn>(store, *args), cached."""
        return _read(self.key, fn, args, self.version)


def data_changed() -> None:
    """Forget the cached data version, so the next run of every page reads the new graph."""
    _version.clear()


def context(lang: str) -> Ctx:
    key = store_key(settings())
    store = _open(key)
    return Ctx(store, key, lang, _version(key))


@st.cache_data(show_spinner=False, max_entries=256)
def _run(key: str, query: str, params_json: str, version: tuple) -> QueryResult:
    return _open(key).run(query, json.loads(params_json), read_only=True)


@st.cache_data(show_spinner=False, max_entries=256)
def _saved(key: str, name: str, raw_json: str, version: tuple) -> QueryResult:
    from queries.library import load_library
    return load_library()[name].run(_open(key), json.loads(raw_json))


@st.cache_data(show_spinner=False, max_entries=256)
def _read(key: str, fn: str, args: tuple, version: tuple):
    from views import readers
    return getattr(readers, fn)(_open(key), *args)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_render(kind: str, result_key: str, lang: str, title: str, _result: QueryResult):
    """Diagram/exports of a result, keyed by the result's identity (not its content)."""
    from views import exports
    return exports.render(kind, _result, lang, title)


class Memo:
    """A small LRU for deferred downloads (their callables run outside the script thread,
    where st.cache_data has no context)."""

    def __init__(self, size: int = 32):
        self.size, self.items = size, OrderedDict()

    def get(self, key: tuple, make: Callable[[], bytes]) -> bytes:
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        value = make()
        self.items[key] = value
        while len(self.items) > self.size:
            self.items.popitem(last=False)
        return value


@st.cache_resource(show_spinner=False)
def download_memo() -> Memo:
    return Memo()


def describe_safely(store: GraphStore) -> str:
    try:
        return store.describe()
    except Exception:  # noqa: BLE001
        return store.engine


__all__ = ["Ctx", "context", "data_changed", "get_store", "StoreError", "cached_render", "download_memo",
           "settings", "store_key"]

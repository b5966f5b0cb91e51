"""Prototypes of fixes, measured by the benchmark (not used by the project).

HeldWriterStore: EmbeddedStore that keeps ONE read-write LadybugDB handle open for a whole
multi-document load instead of opening and closing the database per document. Same statements,
same transactions (one per document); it only avoids the checkpoint LadybugDB runs when a written
database is closed, which is what dominates the project's per-document load time.
"""
from __future__ import annotations

import ladybug as lb

from graph.embedded_store import EmbeddedStore


class _NoClose:
    def __init__(self, obj):
        self._obj = obj

    def close(self):
        pass

    def __getattr__(self, name):
        return getattr(self._obj, name)


class HeldWriterStore(EmbeddedStore):
    def __init__(self, path):
        super().__init__(path)
        self._held = None

    def _open_writer(self):
        if self._held is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = lb.Database(str(self.path))
            self._held = (db, lb.Connection(db))
        db, conn = self._held
        conn.set_query_timeout(0)   # the read path sets a timeout on this shared connection
        return _NoClose(db), _NoClose(conn)

    def _read_conn(self):
        return self._open_writer()[1]

    def _close_reader(self):
        pass

    def close(self):
        if self._held is not None:
            conn, db = self._held[1], self._held[0]
            conn.close()
            db.close()
            self._held = None

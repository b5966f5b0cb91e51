"""The lexical read-only guard applied to every query before either engine sees it.

Each engine also enforces read-only on its own (Neo4j: READ access mode and an EXPLAIN check of the
query type; LadybugDB: a read-only database handle), so this guard is the first of two locks. Its
job is a clear message: it says which clause was refused instead of an engine error.
"""
from __future__ import annotations

import re
import unicodedata

WRITE_CLAUSES = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "LOAD",
                 "COPY", "IMPORT", "EXPORT", "INSTALL", "UNINSTALL", "ATTACH", "DETACH", "CHECKPOINT",
                 "BEGIN", "COMMIT", "ROLLBACK", "FOREACH", "GRANT", "REVOKE", "DENY", "START",
                 "STOP", "TERMINATE", "USE", "FINISH")
# Procedures that only read. Any other CALL is refused: write procedures (apoc.create.*, db.create*,
# dbms.*, gds.*.write) cannot be told apart reliably by name alone.
READ_PROCEDURES = ("db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
                   "show_tables", "table_info", "show_connection", "db_version")

_COMMENT = re.compile(r"//[^\n]*|/\*.*?(\*/|$)", re.S)
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`", re.S)
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9.]*")


class ReadOnlyError(PermissionError):
    """A query that would change the graph was refused; nothing was run."""


def strip_literals(query: str) -> str:
    """The query with comments removed and string/identifier literals blanked out."""
    text = unicodedata.normalize("NFKC", query)
    out, pos = [], 0
    while pos < len(text):
        m_c = _COMMENT.search(text, pos)
        m_s = _STRING.search(text, pos)
        m = min((x for x in (m_c, m_s) if x), key=lambda x: x.start(), default=None)
        if m is None:
            out.append(text[pos:])
            break
        out.append(text[pos:m.start()])
        out.append(" " if m is m_c else "''")
        pos = m.end()
    return "".join(out)


def check_read_only(query: str) -> None:
    """Raise ReadOnlyError if the query could write, define schema, or run several statements."""
    if not query or not query.strip():
        raise ReadOnlyError("empty query")
    if any(unicodedata.category(ch) in ("Cf", "Cc") and ch not in "\n\r\t" for ch in query):
        raise ReadOnlyError("query contains invisible control or format characters")
    bare = strip_literals(query)
    if ";" in bare.strip().rstrip(";"):
        raise ReadOnlyError("several statements in one query are not allowed")
    words = [w.upper() for w in _WORD.findall(bare)]
    for i, word in enumerate(words):
        if word in WRITE_CLAUSES:
            raise ReadOnlyError(f"read-only: the {word} clause is not allowed")
        if word == "CALL":
            target = words[i + 1].lower() if i + 1 < len(words) else ""
            if target in ("{", "") or target.rstrip("(") not in READ_PROCEDURES:
                raise ReadOnlyError(f"read-only: CALL {target or '{...}'} is not allowed")
    if "{" in bare and re.search(r"\bCALL\s*\{", bare, re.I):
        raise ReadOnlyError("read-only: CALL { ... } subqueries are not allowed")

"""A query the engine cannot parse or bind, said in one line with its place in the query's text.

Both engines answer a broken query with a message written for their own developers: LadybugDB
with several lines (the input up to the error, the grammar rule, the line again with carets),
Neo4j with one long line listing every token it would have accepted. Both stores check a read's
plan first, with `EXPLAIN ` put in front of the query, so the column they give on the first line
is shifted by that prefix. This module turns either message into a QuerySyntaxError holding the
line and column in the text the user wrote and what stands there; it must not run queries.
"""
from __future__ import annotations

import re

from graph.store import StoreError

__all__ = ["QuerySyntaxError", "from_ladybug", "from_neo4j"]

# "Parser exception: Invalid input <MATCH (n)\nRETRUN>: expected rule oC_SingleQuery (line: 3,
# offset: 0)" - the offset is the 0-based column on that line
_LADYBUG_PARSER = re.compile(r"^Parser exception: .*?\(line: (\d+), offset: (\d+)\)", re.S)
_LADYBUG_OTHER = re.compile(r"^(?:Binder|Catalog) exception: (.+)")
# "Invalid input 'RETRUN': expected ... (line 3, column 1 (offset: 43))"; the column is 1-based
_NEO4J_PLACE = re.compile(r"\s*\(line (\d+), column (\d+) \(offset: \d+\)\)")
_TOKEN = re.compile(r"\S+?(?=[\s(){}\[\],;:]|$)|\S")


class QuerySyntaxError(StoreError):
    """The query is not Cypher the engine can run: `what` is one line, `line` and `column`
    (1-based, in the query as written) are None when the engine gives no place."""

    def __init__(self, what: str, line: int | None = None, column: int | None = None):
        self.what, self.line, self.column = " ".join(str(what).split()), line, column
        place = f"syntax error at line {line}, column {column}: " if line else ""
        super().__init__(f"{place}{self.what}")

    def __reduce__(self):
        return QuerySyntaxError, (self.what, self.line, self.column)


def _placed(query: str, line: int, column: int, shift: int) -> QuerySyntaxError:
    """The error at the engine's (line, 1-based column) of `shift` characters + `query`."""
    if line == 1:
        column -= shift
    lines = query.split("\n")
    if not 1 <= line <= len(lines) or column < 1:
        return QuerySyntaxError("the engine cannot parse the query", line, max(column, 1))
    rest = lines[line - 1][column - 1:]
    found = _TOKEN.match(rest.lstrip())
    if found is None and line == len(lines):
        return QuerySyntaxError("the query ends too early", line, column)
    near = found.group(0) if found else "the end of the line"
    return QuerySyntaxError(f"unexpected {near!r}" if found else f"unexpected {near}",
                            line, column)


def from_ladybug(message: str, query: str, shift: int = 0) -> QuerySyntaxError | None:
    """The QuerySyntaxError a LadybugDB error `message` about `query` (sent with `shift`
    characters in front of it) describes, or None when it is about something else."""
    found = _LADYBUG_PARSER.match(message.strip())
    if found:
        return _placed(query, int(found.group(1)), int(found.group(2)) + 1, shift)
    found = _LADYBUG_OTHER.match(message.strip())
    if found:
        return QuerySyntaxError(found.group(1).splitlines()[0])
    return None


def from_neo4j(code: str | None, message: str | None, query: str,
               shift: int = 0) -> QuerySyntaxError | None:
    """The QuerySyntaxError a Neo4j error (its status `code` and `message`) about `query` (sent
    with `shift` characters in front of it) describes, or None when it is about something else."""
    if not code or not code.endswith(("Statement.SyntaxError", "Statement.SemanticError")):
        return None
    first = (message or "").strip().splitlines()[0] if (message or "").strip() else code
    place = _NEO4J_PLACE.search(first)
    if place is None:
        return QuerySyntaxError(first)
    if first.startswith("Invalid input"):
        return _placed(query, int(place.group(1)), int(place.group(2)), shift)
    # a name out of scope, a wrong argument: the engine's words, at its place
    line, column = int(place.group(1)), int(place.group(2))
    return QuerySyntaxError(first[:place.start()] + first[place.end():], line,
                            column - shift if line == 1 else column)

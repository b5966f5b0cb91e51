"""The lexical read-only guard applied to every query before either engine sees it.

It lexes the query text exactly as given (no Unicode normalisation: the engines do none) the way
Neo4j 5 and LadybugDB both do: strings in single or double quotes whose only escape character is
the ASCII backslash, backtick-quoted names, `//` and `/* */` comments. Where the two engines could
disagree it takes the stricter reading: a line comment ends at CR or LF, a backslash escape must
be one both engines know, and anything non-ASCII outside strings, names and comments is refused.
Then it allows only one statement that starts with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or
a CALL of an allow-listed read procedure, and refuses every keyword listed as refused in
data/read_only.yaml (writes, files, settings, administration, SHOW, TERMINATE, ...).

This is the first of two locks and the one that gives a clear message; each engine's read path
refuses on its own as well (graph/neo4j_store.py: READ access mode and the EXPLAIN plan;
graph/query_worker.py: a read-only handle in a separate, resource-limited process and the plan).
It must not run, rewrite or normalise the query.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path


from graph.data_schemas import ReadOnlyRules, load_checked
from graph.data_files import data_file
from graph.errors import UserError

RULES = data_file("read_only.yaml")
# Escapes both engines accept after a backslash inside a string. `\u`/`\U` are left out on
# purpose: a lexer that decodes them before tokenising would see a quote where we see letters.
_STRING_ESCAPES = set("\\'\"nrtbfNRTBF")
_PUNCTUATION = set("()[]{}<>=!+-*/%^,.:|$?;~&")
# Characters some lexers take as line ends or that hide text: refused anywhere in a query.
_LINE_BREAKS = {"\u2028", "\u2029", "\u0085", "\x0b", "\x0c"}


class ReadOnlyError(UserError, PermissionError):
    """A query that would change the graph, or reach beyond it, was refused; nothing was run."""


@dataclass(frozen=True)
class Token:
    kind: str      # "word", "name" (backtick-quoted), "string", "number", "param", "punct"
    text: str      # a word upper-cased, a name unquoted, a parameter's name, else the raw text
    pos: int       # offset of the token in the query
    end: int       # offset just after it


@functools.lru_cache(maxsize=1)
def rules() -> dict:
    """data/read_only.yaml as sets: first_clauses, allowed, refused (upper case), procedures."""
    data = load_checked(RULES, ReadOnlyRules)
    return {"first_clauses": {w.upper() for w in data["first_clauses"]},
            "allowed": {w.upper() for w in data["allowed"]},
            "refused": {w.upper() for w in data["refused"]},
            "procedures": {p.lower() for p in data["procedures"]}}


def _is_word_start(ch: str) -> bool:
    return ch.isascii() and (ch.isalpha() or ch == "_")


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


def tokens(query: str) -> list[Token]:
    """The query's tokens, comments dropped; ReadOnlyError on anything the engines might read
    differently (unterminated string or comment, unknown escape, non-ASCII code, line breaks
    other than CR/LF, control or format characters)."""
    for i, ch in enumerate(query):
        if ch in _LINE_BREAKS or (unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")
                                  and ch not in "\n\r\t"):
            raise ReadOnlyError(f"read-only: character U+{ord(ch):04X} at offset {i} is not "
                                "allowed in a query")
    out: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch in " \t\r\n":
            i += 1
        elif query.startswith("//", i):
            while i < n and query[i] not in "\r\n":
                if query[i] == "\\":
                    raise ReadOnlyError(f"read-only: backslash in a comment at offset {i}")
                i += 1
        elif query.startswith("/*", i):
            end = query.find("*/", i + 2)
            if end < 0:
                raise ReadOnlyError(f"read-only: comment opened at offset {i} is never closed")
            if "\\" in query[i:end]:
                raise ReadOnlyError(f"read-only: backslash in a comment at offset {i}")
            i = end + 2
        elif ch in "'\"":
            start, j = i, i + 1
            while True:
                if j >= n:
                    raise ReadOnlyError(f"read-only: string opened at offset {start} is never "
                                        "closed")
                c = query[j]
                if c == "\\":
                    if j + 1 >= n or query[j + 1] not in _STRING_ESCAPES:
                        raise ReadOnlyError(f"read-only: unsupported escape in the string at "
                                            f"offset {start} (use \\\\, \\', \\\", \\n, \\t, "
                                            "\\r, \\b or \\f)")
                    j += 2
                elif c == ch:
                    break
                else:
                    j += 1
            out.append(Token("string", query[start:j + 1], start, j + 1))
            i = j + 1
        elif ch == "`":
            end = query.find("`", i + 1)
            if end < 0:
                raise ReadOnlyError(f"read-only: name quoted at offset {i} is never closed")
            if "\\" in query[i:end]:
                raise ReadOnlyError(f"read-only: backslash in a quoted name at offset {i}")
            out.append(Token("name", query[i + 1:end], i, end + 1))
            i = end + 1
        elif _is_word_start(ch):
            j = i + 1
            while j < n and _is_word_char(query[j]):
                j += 1
            out.append(Token("word", query[i:j].upper(), i, j))
            i = j
        elif ch.isascii() and ch.isdigit():
            j = i + 1
            while j < n and (_is_word_char(query[j]) or
                             (query[j] == "." and j + 1 < n and query[j + 1].isascii()
                              and query[j + 1].isdigit())):
                j += 1
            out.append(Token("number", query[i:j], i, j))
            i = j
        elif ch == "$" and i + 1 < n and _is_word_char(query[i + 1]):
            j = i + 1
            while j < n and _is_word_char(query[j]):
                j += 1
            out.append(Token("param", query[i + 1:j], i, j))
            i = j
        elif ch in _PUNCTUATION:
            out.append(Token("punct", ch, i, i + 1))
            i += 1
        else:
            raise ReadOnlyError(f"read-only: character {ch!r} (U+{ord(ch):04X}) at offset {i} is "
                                "not allowed outside a string")
    return out


def strip_literals(query: str) -> str:
    """The query with comments removed and strings blanked to '' (names kept), for scanning
    code only; ReadOnlyError when the query cannot be lexed safely."""
    return " ".join("''" if tok.kind == "string" else query[tok.pos:tok.end]
                    for tok in tokens(query))


def called_procedures(query: str) -> list[str]:
    """The dotted names (lower case) the query CALLs, in order; [] when it calls none. Raises
    ReadOnlyError on text the guard cannot lex."""
    toks = tokens(query)
    return [_procedure(toks, k + 1)[0] for k, t in enumerate(toks)
            if t.kind == "word" and t.text == "CALL"]


def _procedure(toks: list[Token], i: int) -> tuple[str, int]:
    """The dotted name after CALL at toks[i] (lower case) and the index after it."""
    parts, j = [], i
    while j < len(toks) and toks[j].kind in ("word", "name"):
        parts.append(toks[j].text.lower())
        if j + 1 < len(toks) and toks[j + 1].text == ".":
            j += 2
        else:
            j += 1
            break
    return ".".join(parts), j


def _reduce_over_path(toks: list[Token], i: int) -> bool:
    """Whether the reduce( whose arguments start at toks[i] folds nodes(...)/relationships(...):
    the list after its first top-level IN."""
    depth = 0
    for j in range(i, len(toks)):
        t = toks[j]
        if t.kind == "punct" and t.text in "([{":
            depth += 1
        elif t.kind == "punct" and t.text in ")]}":
            if depth == 0:
                return False
            depth -= 1
        elif depth == 0 and t.kind == "word" and t.text == "IN":
            nxt = toks[j + 1:j + 3]
            return (len(nxt) == 2 and nxt[0].kind == "word"
                    and nxt[0].text in ("NODES", "RELATIONSHIPS", "RELS") and nxt[1].text == "(")
    return False


_QUANTIFIERS = {"ANY", "ALL", "NONE", "SINGLE", "REDUCE"}
_SUBQUERY_WORDS = {"EXISTS", "COUNT", "COLLECT"}


def _nested_iteration(toks: list[Token]) -> Token | None:
    """The first expression that iterates inside another iterating expression, or None.

    Iterating expressions: list comprehensions `[x IN list ...]`, pattern comprehensions
    `[(a)-->(b) | ...]`, quantifiers and reduce `any(x IN list WHERE ...)`, and the subquery
    expressions `EXISTS {...}`, `COUNT {...}`, `COLLECT {...}`. One alone costs a pass over its
    list; one inside another costs the product of both lists, within ONE expression, which Neo4j
    evaluates to the end whatever the transaction's time limit says."""
    frames: list[list] = []         # [open index, iterates]
    for k, t in enumerate(toks):
        if t.kind != "punct":
            continue
        if t.text in "([{":
            nxt = toks[k + 1:k + 3]
            prev = toks[k - 1] if k else None
            comprehension = (len(nxt) == 2 and nxt[0].kind == "word" and nxt[1].kind == "word"
                             and nxt[1].text == "IN")
            iterates = ((t.text == "[" and comprehension)
                        or (t.text == "(" and comprehension and prev is not None
                            and prev.kind == "word" and prev.text in _QUANTIFIERS)
                        or (t.text == "{" and prev is not None and prev.kind == "word"
                            and prev.text in _SUBQUERY_WORDS))
            if iterates and any(f[1] for f in frames):
                return t
            frames.append([k, iterates])
        elif t.text in ")]}" and frames:
            frames.pop()
        elif t.text == "|" and frames and toks[frames[-1][0]].text == "[" and not frames[-1][1]:
            # a pattern comprehension `[(a)-->(b) | ...]` is known at its '|'
            start = frames[-1][0]
            if start + 1 < len(toks) and toks[start + 1].text == "(":
                if any(f[1] for f in frames[:-1]):
                    return toks[start]
                frames[-1][1] = True
    return None


def check_read_only(query: str) -> None:
    """Raise ReadOnlyError unless the query is one statement of allowed read clauses.

    The message is one line naming what was refused.
    """
    if not query or not query.strip():
        raise ReadOnlyError("empty query")
    toks = tokens(query)
    if not toks:
        raise ReadOnlyError("empty query")
    r = rules()
    semis = [k for k, t in enumerate(toks) if t.kind == "punct" and t.text == ";"]
    if semis and (len(semis) > 1 or semis[0] != len(toks) - 1):
        raise ReadOnlyError("read-only: one statement per query (a ';' is followed by more)")
    if semis:
        toks = toks[:-1]
    if not toks:
        raise ReadOnlyError("empty query")
    first = toks[0]
    if first.kind != "word" or first.text not in r["first_clauses"]:
        shown = first.text if first.kind == "word" else query[first.pos:first.pos + 20]
        raise ReadOnlyError(f"read-only: a query must start with MATCH, OPTIONAL MATCH, WITH, "
                            f"UNWIND, RETURN or CALL of a read procedure, not {shown}")
    for k, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        prev = toks[k - 1] if k else None
        if prev is not None and prev.kind == "punct" and prev.text in ".$":
            continue                      # a property key, or a parameter `$`name
        if tok.text in r["refused"] and tok.text not in r["allowed"]:
            raise ReadOnlyError(f"read-only: {tok.text} is not allowed (only MATCH, OPTIONAL "
                                "MATCH, WITH, UNWIND, RETURN and CALL of read procedures)")
        called = k + 1 < len(toks) and toks[k + 1].text == "("
        if called and tok.text == "RANGE":
            raise ReadOnlyError("read-only: range() is not allowed: Neo4j cannot stop one "
                                "expression over a huge list at the time limit")
        if called and tok.text == "REDUCE" and not _reduce_over_path(toks, k + 2):
            raise ReadOnlyError("read-only: reduce() may only fold nodes(p) or "
                                "relationships(p) of a path")
        if tok.text == "CALL":
            name, _ = _procedure(toks, k + 1)
            if not name:
                raise ReadOnlyError("read-only: CALL { ... } and CALL (...) { ... } subqueries "
                                    "are not allowed")
            if name not in r["procedures"]:
                raise ReadOnlyError(f"read-only: CALL {name} is not allowed (allowed: "
                                    f"{', '.join(sorted(r['procedures']))})")
    nested = _nested_iteration(toks)
    if nested is not None:
        raise ReadOnlyError(f"read-only: an iteration inside another one (offset {nested.pos}) is "
                            "not allowed: one expression over the product of two lists cannot "
                            "be stopped at the time limit; use UNWIND or MATCH instead")
